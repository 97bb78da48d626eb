import type { Locale } from '@casegrid/core';

/** A message catalog: the same keys in every supported language. */
export type Catalogs<K extends string> = {
  readonly [L in Locale]: { readonly [key in K]: string };
};

/**
 * Makes a `t(locale, key, params)` for one element's catalog, with `{name}` placeholders.
 * Each element keeps its own words beside it (`<name>.messages.ts`).
 *
 * @example
 * ```ts
 * const t = translator({ 'zh-CN': { hi: '你好，{name}' }, en: { hi: 'Hello, {name}' } });
 * t('en', 'hi', { name: '张三' }); // 'Hello, 张三'
 * ```
 */
export function translator<K extends string>(catalogs: Catalogs<K>) {
  return (locale: Locale, key: K, params: Readonly<Record<string, string | number>> = {}) => {
    const template = (catalogs[locale] ?? catalogs['zh-CN'])[key];
    return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
  };
}
