import type { JsonSchema } from '../types.js';
import type { Expression } from './expression.js';

/**
 * Text for people: one string for every locale, or one per locale (`zh-CN` is the fallback).
 *
 * @example
 * ```ts
 * const placeholder: LocalizedString = { 'zh-CN': '请简要描述', en: 'Describe briefly' };
 * ```
 */
export type LocalizedString = string | { readonly 'zh-CN'?: string; readonly en?: string };

/**
 * A rule over the form value: a JSON Schema condition (`schema`, the subset checked by
 * `checkCondition`) or an expression (`logic`). Rules on a field see the object that holds the
 * field (its siblings); `$root` in an expression reaches the whole form value.
 *
 * @example
 * ```ts
 * const otherReason: FormCondition = { schema: { properties: { reason: { not: { const: 'other' } } } } };
 * const minor: FormCondition = { logic: { '<': [{ var: 'age' }, 18] } };
 * ```
 */
export type FormCondition =
  | { readonly schema: JsonSchema; readonly logic?: never }
  | { readonly logic: Expression; readonly schema?: never };

/**
 * A section of an object: a titled part of the form holding some of its fields.
 *
 * @example
 * ```ts
 * const section: UiSection = { title: { 'zh-CN': '当事人', en: 'Parties' }, fields: ['parties', 'phone'] };
 * ```
 */
export interface UiSection {
  /** A stable id (default: its position); used in element ids and `::part` names. */
  readonly id?: string;
  readonly title?: LocalizedString;
  readonly help?: LocalizedString;
  /** Property names of the object, in order. */
  readonly fields: readonly string[];
  /** Grid columns on wide screens (default: the object's `columns`). */
  readonly columns?: number;
  readonly hiddenWhen?: FormCondition;
}

/**
 * How one field (or group, or list) is shown. Every key is optional.
 *
 * @example
 * ```ts
 * const summary: UiField = { widget: 'textarea', placeholder: { 'zh-CN': '经过', en: 'What happened' } };
 * ```
 */
export interface UiField {
  /** A widget name from the registry (`text`, `textarea`, `select`, `radio`, ...). */
  readonly widget?: string;
  /** Replaces the schema's title. */
  readonly label?: LocalizedString;
  /** Replaces the schema's description. */
  readonly help?: LocalizedString;
  readonly placeholder?: LocalizedString;
  readonly readOnly?: boolean;
  readonly hiddenWhen?: FormCondition;
  readonly readOnlyWhen?: FormCondition;
  /** Computes the value from the others; the field becomes read-only. */
  readonly calculate?: Expression;
  /** Columns this field spans in its group's grid (default 1). */
  readonly span?: number;
  /** For objects: property order; `'*'` stands for the properties not named. */
  readonly order?: readonly string[];
  /** For objects: grid columns on wide screens (default 1). */
  readonly columns?: number;
  /** For objects: titled sections; properties in no section follow them. */
  readonly sections?: readonly UiSection[];
  /** For lists: whether rows can be moved up and down (default true). */
  readonly reorderable?: boolean;
  /** Options for the widget itself, e.g. `{ rows: 6 }` for a textarea. */
  readonly options?: Readonly<Record<string, unknown>>;
}

/**
 * The UI schema of a form: options for the whole form plus `fields`, keyed by the field's path
 * with `/` between property names and without row numbers (`members/name` is the name of every
 * row of `members`).
 *
 * @example
 * ```ts
 * const ui: UiSchema = {
 *   order: ['summary', '*'],
 *   fields: {
 *     summary: { widget: 'textarea' },
 *     otherReason: { hiddenWhen: { schema: { properties: { reason: { not: { const: 'other' } } } } } },
 *     total: { calculate: { sum: { map: [{ var: 'items' }, { '*': [{ var: 'qty' }, { var: 'price' }] }] } } },
 *   },
 * };
 * ```
 */
export interface UiSchema extends UiField {
  readonly fields?: Readonly<Record<string, UiField>>;
}
