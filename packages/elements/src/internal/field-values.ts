import type { Locale, Org } from '@casegrid/core';
import {
  choiceLabel,
  type JsonSchema,
  localize,
  orderNames,
  schemaText,
  type UiField,
  type UiSchema,
} from '@casegrid/schema/form';
import { unitTitle } from './case-text.js';

/** One field of a value as a person reads it: its label and its value in words. */
export interface FieldRow {
  /** The property name. */
  readonly key: string;
  readonly label: string;
  readonly text: string;
}

/** What formatting a value needs besides its schema. */
export interface FieldTextOptions {
  readonly locale: Locale;
  /** Labels and widgets (an `org-unit` widget shows the unit's title instead of its id). */
  readonly uiSchema?: UiSchema | undefined;
  readonly org?: Org | undefined;
  /** Property names left out (e.g. links shown elsewhere). */
  readonly skip?: ReadonlySet<string>;
}

type Schema = Readonly<Record<string, unknown>>;

const words: Readonly<Record<Locale, { yes: string; no: string; list: string; parts: string }>> = {
  'zh-CN': { yes: '是', no: '否', list: '、', parts: '；' },
  en: { yes: 'yes', no: 'no', list: ', ', parts: '; ' },
};

function isRecord(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The property names of an object schema, then any other keys of the value, in the UI schema's order. */
function orderedKeys(schema: Schema, value: Schema, order: readonly string[] | undefined) {
  const declared = isRecord(schema.properties) ? Object.keys(schema.properties) : [];
  return orderNames(
    [...declared, ...Object.keys(value).filter((key) => !declared.includes(key))],
    order,
  );
}

function fieldUi(uiSchema: UiSchema | undefined, path: string): UiField | undefined {
  return uiSchema?.fields?.[path];
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * The label of the field at `path` (property names joined by `/`): the UI schema's `label`,
 * else the schema's `x-i18n.<locale>.title` or `title`, else the property name.
 *
 * @example
 * ```ts
 * fieldLabel({ title: '当事人', 'x-i18n': { en: { title: 'Parties' } } }, 'parties', { locale: 'en' }); // 'Parties'
 * ```
 */
export function fieldLabel(
  schema: JsonSchema | undefined,
  path: string,
  options: Pick<FieldTextOptions, 'locale' | 'uiSchema'>,
): string {
  return (
    localize(fieldUi(options.uiSchema, path)?.label, options.locale) ??
    schemaText(schema, 'title', options.locale) ??
    path.slice(path.lastIndexOf('/') + 1)
  );
}

/**
 * A value in words, following its schema: 是/否 for booleans, enum labels where the schema
 * gives them, lists joined, an `org-unit` field's unit title, nested objects as
 * `label: value` pairs. Strings (dates included) stay as they are.
 *
 * @example
 * ```ts
 * valueText({ type: 'boolean' }, true, { locale: 'zh-CN' }); // '是'
 * valueText({ type: 'array' }, ['甲', '乙'], { locale: 'en' }); // '甲, 乙'
 * ```
 */
export function valueText(
  schema: JsonSchema | undefined,
  value: unknown,
  options: FieldTextOptions,
  path = '',
): string {
  const own = isRecord(schema) ? schema : {};
  const { locale } = options;
  if (typeof value === 'boolean') return value ? words[locale].yes : words[locale].no;
  if (Array.isArray(value)) {
    const items = isRecord(own.items) ? own.items : undefined;
    return value
      .map((item) => valueText(items as JsonSchema | undefined, item, options, path))
      .join(words[locale].list);
  }
  if (isRecord(value)) {
    return fieldRows(schema, value, { ...options, skip: new Set() }, path)
      .map((row) => `${row.label}: ${row.text}`)
      .join(words[locale].parts);
  }
  const label = choiceLabel(own, value, locale);
  if (label !== undefined) return label;
  if (typeof value === 'string' && fieldUi(options.uiSchema, path)?.widget === 'org-unit') {
    return unitTitle(options.org, value, locale);
  }
  return value === undefined || value === null ? '' : String(value);
}

/**
 * The filled-in fields of an object value, labelled from its schema (`title`, or
 * `x-i18n.<locale>.title`) or the UI schema's `label`, in the UI schema's order. Empty values are
 * left out.
 *
 * @example
 * ```ts
 * const schema = { type: 'object', properties: { partiesAgree: { title: '双方同意', type: 'boolean' } } };
 * fieldRows(schema, { partiesAgree: true }, { locale: 'zh-CN' });
 * // [{ key: 'partiesAgree', label: '双方同意', text: '是' }]
 * ```
 */
export function fieldRows(
  schema: JsonSchema | undefined,
  value: unknown,
  options: FieldTextOptions,
  path = '',
): FieldRow[] {
  if (!isRecord(value)) return [];
  const own = isRecord(schema) ? schema : {};
  const properties = isRecord(own.properties) ? own.properties : {};
  const ui = path === '' ? options.uiSchema : fieldUi(options.uiSchema, path);
  const rows: FieldRow[] = [];
  for (const key of orderedKeys(own, value, ui?.order)) {
    const item = value[key];
    if (options.skip?.has(key) || isEmpty(item)) continue;
    const childPath = path === '' ? key : `${path}/${key}`;
    const propertySchema = properties[key] as JsonSchema | undefined;
    rows.push({
      key,
      label: fieldLabel(propertySchema, childPath, options),
      text: valueText(propertySchema, item, options, childPath),
    });
  }
  return rows;
}
