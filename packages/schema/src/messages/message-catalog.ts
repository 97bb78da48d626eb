/** What a keyword message can draw on. */
export interface KeywordMessageContext {
  /** The failing keyword's `params` as ajv reports them. */
  // biome-ignore lint/suspicious/noExplicitAny: ajv's params are untyped per keyword
  params: Record<string, any>;
  /** The label of property `name` of the failing schema: its localized title, else the name. */
  label(name: string): string;
}

/** What a schema-rule message (from `checkSchema`) can draw on. */
// biome-ignore lint/suspicious/noExplicitAny: each rule has its own params
export type SchemaRuleParams = Record<string, any>;

/**
 * All wording for one locale. Messages are written for the UI language, not translated from ajv's
 * English, so each locale owns its sentence shapes.
 *
 * @example
 * ```ts
 * const catalog: MessageCatalog = zhCN;
 * catalog.keywords.maxLength?.({ params: { limit: 50 }, label: (name) => name }); // '不能超过 50 个字符'
 * ```
 */
export interface MessageCatalog {
  /** One message per keyword ajv can report with draft 2020-12 and ajv-formats. */
  keywords: Record<string, (context: KeywordMessageContext) => string>;
  /** The noun for each format, used by the `format` message. */
  formats: Record<string, string>;
  /** For a format without a noun above. */
  unknownFormat(format: string): string;
  /** For a keyword without a message above (a custom keyword, a future ajv). */
  fallback: string;
  /** One message per `checkSchema` rule. */
  schemaRules: Record<string, (params: SchemaRuleParams) => string>;
}

/**
 * Writes a decimal step like 0.01 as the number of decimal places it allows (2), or `undefined`
 * when the step is not a power of ten; "at most 2 decimal places" reads better than "a multiple of 0.01".
 *
 * @example
 * ```ts
 * decimalPlaces(0.01); // 2
 * decimalPlaces(1); // 0
 * decimalPlaces(0.5); // undefined
 * ```
 */
export function decimalPlaces(step: unknown): number | undefined {
  if (typeof step !== 'number' || !(step > 0) || step > 1) return undefined;
  const places = Math.round(-Math.log10(step));
  return Math.abs(10 ** -places - step) < 1e-12 ? places : undefined;
}

/**
 * Shows a JSON value inside a message.
 *
 * @example
 * ```ts
 * showValue('a'); // '“a”'
 * showValue(3); // '3'
 * ```
 */
export function showValue(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : (JSON.stringify(value) ?? String(value));
}

/**
 * The JSON types a `type` error names: ajv reports one type or a list.
 *
 * @example
 * ```ts
 * typeList('string,null'); // ['string', 'null']
 * ```
 */
export function typeList(type: unknown): string[] {
  return (Array.isArray(type) ? type.map(String) : String(type).split(',')).filter(Boolean);
}

/**
 * Looks up a catalog entry by a key that comes from outside (a keyword or format name), ignoring
 * inherited members so that a keyword named `constructor` gets the fallback, not a function.
 *
 * @example
 * ```ts
 * ownEntry({ a: 1 }, 'a'); // 1
 * ownEntry({ a: 1 }, 'constructor'); // undefined
 * ```
 */
export function ownEntry<T>(record: Record<string, T>, key: unknown): T | undefined {
  return typeof key === 'string' && Object.hasOwn(record, key) ? record[key] : undefined;
}
