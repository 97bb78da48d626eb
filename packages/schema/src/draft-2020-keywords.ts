/**
 * Keywords of JSON Schema draft 2020-12 (all vocabularies of the default meta-schema), plus the
 * four range keywords that ajv-formats adds and casegrid's ajv enforces. Anything else, unless it
 * starts with `x-`, is reported by `checkSchema`: ajv (with `strictSchema: false`) would silently
 * ignore it, so a typo like `requried` would quietly drop a rule.
 */
export const knownKeywords: ReadonlySet<string> = new Set([
  // core
  '$schema',
  '$id',
  '$ref',
  '$anchor',
  '$dynamicRef',
  '$dynamicAnchor',
  '$vocabulary',
  '$comment',
  '$defs',
  // applicator
  'prefixItems',
  'items',
  'contains',
  'additionalProperties',
  'properties',
  'patternProperties',
  'dependentSchemas',
  'propertyNames',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  // unevaluated
  'unevaluatedItems',
  'unevaluatedProperties',
  // validation
  'type',
  'const',
  'enum',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'maxContains',
  'minContains',
  'maxProperties',
  'minProperties',
  'required',
  'dependentRequired',
  // meta-data
  'title',
  'description',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'examples',
  // format-annotation (asserted by casegrid's ajv)
  'format',
  // content
  'contentEncoding',
  'contentMediaType',
  'contentSchema',
  // ajv-formats
  'formatMinimum',
  'formatMaximum',
  'formatExclusiveMinimum',
  'formatExclusiveMaximum',
]);

/** Keywords whose value is one subschema. */
export const subschemaKeywords: ReadonlySet<string> = new Set([
  'items',
  'contains',
  'additionalProperties',
  'propertyNames',
  'if',
  'then',
  'else',
  'not',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
]);

/** Keywords whose value is an array of subschemas. */
export const subschemaListKeywords: ReadonlySet<string> = new Set([
  'prefixItems',
  'allOf',
  'anyOf',
  'oneOf',
]);

/**
 * Keywords whose value maps names to subschemas. `definitions` and `dependencies` are not draft
 * 2020-12 (they are reported as unknown) but ajv still resolves `$ref`s into them, so their
 * contents are checked too.
 */
export const subschemaMapKeywords: ReadonlySet<string> = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'dependentSchemas',
  'definitions',
  'dependencies',
]);

/** Formats whose values are numbers: no string is matched, so no `maxLength` is needed. */
export const numberFormats: ReadonlySet<string> = new Set(['int32', 'int64', 'float', 'double']);
