/**
 * Bounds that `checkSchema` enforces on schemas from outside (county IT's case-type files).
 * ajv turns a schema into code and runs its patterns on every value, so an unchecked schema can
 * exhaust memory or CPU; see README.md for why each default was chosen.
 *
 * @example
 * ```ts
 * const limits: SchemaLimits = { ...defaultSchemaLimits, maxBytes: 64 * 1024 };
 * ```
 */
export interface SchemaLimits {
  /** Largest schema, as UTF-8 bytes of its JSON text. */
  maxBytes: number;
  /** Deepest nesting of JSON objects and arrays (the root object is level 1). */
  maxDepth: number;
  /** Most members in any one JSON object or array of the schema (`properties`, `enum`, ...). */
  maxProperties: number;
  /** Longest `pattern` / `patternProperties` key, in characters. */
  maxPatternLength: number;
  /**
   * Largest `maxLength` allowed where one is required (next to `pattern` or `format`, and in
   * `propertyNames` next to `patternProperties`): it bounds the work a pattern can do per value.
   */
  maxStringLength: number;
}

/**
 * The limits `checkSchema` uses unless told otherwise.
 *
 * @example
 * ```ts
 * checkSchema(schema, { limits: { maxDepth: defaultSchemaLimits.maxDepth * 2 } });
 * ```
 */
export const defaultSchemaLimits: SchemaLimits = Object.freeze({
  maxBytes: 256 * 1024,
  maxDepth: 32,
  maxProperties: 1000,
  maxPatternLength: 1000,
  maxStringLength: 10_000,
});
