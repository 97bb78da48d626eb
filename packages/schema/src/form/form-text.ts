import type { Locale } from '../types.js';
import { isRecord } from './resolve-schema.js';
import type { LocalizedString } from './ui-schema.js';

/**
 * A `LocalizedString` in one locale, falling back to zh-CN, then en.
 *
 * @example
 * ```ts
 * localize({ 'zh-CN': '当事人', en: 'Parties' }, 'en'); // 'Parties'
 * ```
 */
export function localize(text: LocalizedString | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[locale] ?? text['zh-CN'] ?? text.en;
}

/**
 * `x-i18n[locale][key]` when it is a string, else the schema's own `key` when it is one.
 *
 * @example
 * ```ts
 * schemaText({ title: '当事人', 'x-i18n': { en: { title: 'Parties' } } }, 'title', 'en'); // 'Parties'
 * ```
 */
export function schemaText(
  schema: unknown,
  key: 'title' | 'description',
  locale: Locale,
): string | undefined {
  if (!isRecord(schema)) return undefined;
  const translations = schema['x-i18n'];
  const forLocale = isRecord(translations) ? translations[locale] : undefined;
  if (isRecord(forLocale) && typeof forLocale[key] === 'string') return forLocale[key];
  return typeof schema[key] === 'string' ? schema[key] : undefined;
}

/**
 * The label of one `enum` value: `x-i18n[locale].enum[value]`, else the value as text.
 *
 * @example
 * ```ts
 * enumLabel({ enum: ['land'], 'x-i18n': { en: { enum: { land: 'Land' } } } }, 'land', 'en'); // 'Land'
 * ```
 */
export function enumLabel(schema: unknown, value: unknown, locale: Locale): string {
  const translations = isRecord(schema) ? schema['x-i18n'] : undefined;
  const forLocale = isRecord(translations) ? translations[locale] : undefined;
  const labels = isRecord(forLocale) ? forLocale.enum : undefined;
  const key = String(value);
  if (isRecord(labels) && Object.hasOwn(labels, key) && typeof labels[key] === 'string') {
    return labels[key];
  }
  return value === null ? '' : key;
}

/**
 * The label a schema gives one of its values, as the form's choices show it: the value's
 * `x-i18n[locale].enum` label, or the `title` of the `oneOf`/`anyOf` member whose `const` it is;
 * `undefined` when the schema gives none.
 *
 * @example
 * ```ts
 * choiceLabel({ oneOf: [{ const: 3, title: '满意' }] }, 3, 'zh-CN'); // '满意'
 * ```
 */
export function choiceLabel(schema: unknown, value: unknown, locale: Locale): string | undefined {
  if (!isRecord(schema)) return undefined;
  const translations = schema['x-i18n'];
  const forLocale = isRecord(translations) ? translations[locale] : undefined;
  const labels = isRecord(forLocale) ? forLocale.enum : undefined;
  const key = String(value);
  if (isRecord(labels) && Object.hasOwn(labels, key) && typeof labels[key] === 'string') {
    return labels[key];
  }
  const members = schema.oneOf ?? schema.anyOf;
  if (!Array.isArray(members)) return undefined;
  const member = members.find((candidate) => isRecord(candidate) && candidate.const === value);
  return schemaText(member, 'title', locale);
}
