import type { Locale } from '../types.js';
import { isRecord } from './resolve-schema.js';
import type { LocalizedString } from './ui-schema.js';

/** A `LocalizedString` in one locale, falling back to zh-CN, then en. */
export function localize(text: LocalizedString | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[locale] ?? text['zh-CN'] ?? text.en;
}

/** `x-i18n[locale][key]` when it is a string, else the schema's own `key` when it is one. */
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

/** The label of one `enum` value: `x-i18n[locale].enum[value]`, else the value as text. */
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
