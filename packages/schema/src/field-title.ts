import type { Locale } from './types.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The label of a field in one locale: `x-i18n[locale].title` when the schema carries a translation,
 * else its `title`, else `undefined` (callers then fall back to the property name).
 *
 * Translations live in an `x-` keyword because draft 2020-12 has one `title` per schema and county
 * files are written in one language; `x-` keywords are ignored by validation.
 *
 * @example
 * ```ts
 * const schema = { title: '当事人', 'x-i18n': { en: { title: 'Parties' } } };
 * fieldTitle(schema, 'en'); // 'Parties'
 * fieldTitle(schema, 'zh-CN'); // '当事人'
 * ```
 */
export function fieldTitle(schema: unknown, locale: Locale): string | undefined {
  if (!isRecord(schema)) return undefined;
  const translations = schema['x-i18n'];
  if (isRecord(translations)) {
    const forLocale = translations[locale];
    if (isRecord(forLocale) && typeof forLocale.title === 'string') return forLocale.title;
  }
  return typeof schema.title === 'string' ? schema.title : undefined;
}

/**
 * The label of property `name` of an object schema, falling back to the name itself.
 *
 * @example
 * ```ts
 * propertyLabel({ properties: { parties: { title: '当事人' } } }, 'parties', 'zh-CN'); // '当事人'
 * propertyLabel({}, 'parties', 'zh-CN'); // 'parties'
 * ```
 */
export function propertyLabel(objectSchema: unknown, name: string, locale: Locale): string {
  const properties = isRecord(objectSchema) ? objectSchema.properties : undefined;
  const propertySchema =
    isRecord(properties) && Object.hasOwn(properties, name) ? properties[name] : undefined;
  return fieldTitle(propertySchema, locale) ?? name;
}
