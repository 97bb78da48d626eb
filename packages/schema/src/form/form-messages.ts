import type { Locale } from '../types.js';

/** The problems a UI schema can have, in every supported language. */
const catalogs = {
  'zh-CN': {
    localizedString: '应为文字，或 { "zh-CN": 文字, "en": 文字 }',
    boolean: '应为 true 或 false',
    columns: '应为 1 到 12 的整数',
    names: '应为属性名的列表',
    condition: '应为 { "schema": JSON Schema } 或 { "logic": 表达式 }',
    object: '应为对象',
    list: '应为列表',
    sectionId: '应为由字母、数字、- 和 _ 组成的名称',
    widget: '应为控件名称',
    fields: '应为以字段路径为键的对象',
    unknownKey: '不是 UI schema 的键（可用：{known}）',
    didYouMeanKey: '不是 UI schema 的键（是否想写“{near}”？）',
    unknownField: 'schema 中没有字段“{name}”',
    didYouMean: '（是否想写“{near}”？）',
    summary: 'UI schema 有 {count} 处问题：{list}',
  },
  en: {
    localizedString: 'must be a string or { "zh-CN"?: string, "en"?: string }',
    boolean: 'must be true or false',
    columns: 'must be a whole number from 1 to 12',
    names: 'must be a list of property names',
    condition: 'must be { "schema": <JSON Schema> } or { "logic": <expression> }',
    object: 'must be an object',
    list: 'must be a list',
    sectionId: 'must be a name of letters, digits, - and _',
    widget: 'must be a widget name',
    fields: 'must be an object keyed by field path',
    unknownKey: 'is not a UI schema key (known: {known})',
    didYouMeanKey: 'is not a UI schema key (did you mean "{near}"?)',
    unknownField: 'no field "{name}" in the schema',
    didYouMean: ' (did you mean "{near}"?)',
    summary: 'The UI schema has {count} problem(s): {list}',
  },
} as const;

/** A problem a UI schema can have. */
export type FormMessageKey = keyof (typeof catalogs)['en'];

/**
 * One UI-schema message in a locale, with `{name}` placeholders filled in.
 *
 * @example
 * ```ts
 * formMessage('zh-CN', 'unknownField', { name: 'sumary' }); // 'schema 中没有字段“sumary”'
 * ```
 */
export function formMessage(
  locale: Locale,
  key: FormMessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const template: string = (catalogs[locale] ?? catalogs['zh-CN'])[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
