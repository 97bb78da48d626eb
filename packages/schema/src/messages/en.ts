import {
  decimalPlaces,
  type MessageCatalog,
  ownEntry,
  showValue,
  typeList,
} from './message-catalog.js';

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'yes or no',
  object: 'an object',
  array: 'a list',
  null: 'empty',
};

const plural = (count: unknown, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const notAllowed = () => 'This value is not allowed.';
const tooManyItems = ({ params }: { params: Record<string, unknown> }) =>
  `Must have at most ${plural(params.limit, 'item')}.`;

/**
 * English wording, written as UI text: short sentences that name fields by their titles.
 *
 * @example
 * ```ts
 * en.keywords.maxLength?.({ params: { limit: 50 }, label: (name) => name }); // 'Must be at most 50 characters.'
 * ```
 */
export const en: MessageCatalog = {
  keywords: {
    required: ({ params, label }) => `Enter “${label(params.missingProperty)}”.`,
    dependentRequired: ({ params, label }) =>
      `Enter “${label(params.missingProperty)}” when “${label(params.property)}” is filled in.`,
    dependencies: ({ params, label }) =>
      `Enter “${label(params.missingProperty)}” when “${label(params.property)}” is filled in.`,
    type: ({ params }) =>
      `Must be ${typeList(params.type)
        .map((type) => typeNames[type] ?? type)
        .join(' or ')}.`,
    enum: () => 'Choose one of the allowed options.',
    const: ({ params }) =>
      params.allowedValue === true
        ? 'Must be checked.'
        : `Must be ${showValue(params.allowedValue)}.`,
    minLength: ({ params }) =>
      params.limit === 1 ? 'Must not be empty.' : `Must be at least ${params.limit} characters.`,
    maxLength: ({ params }) => `Must be at most ${plural(params.limit, 'character')}.`,
    pattern: () => 'Is not in the expected format.',
    format: ({ params }) => {
      const noun = ownEntry(en.formats, params.format);
      return noun ? `Enter a valid ${noun}.` : en.unknownFormat(String(params.format));
    },
    minimum: ({ params }) => `Must be at least ${params.limit}.`,
    maximum: ({ params }) => `Must be at most ${params.limit}.`,
    exclusiveMinimum: ({ params }) => `Must be greater than ${params.limit}.`,
    exclusiveMaximum: ({ params }) => `Must be less than ${params.limit}.`,
    multipleOf: ({ params }) => {
      const places = decimalPlaces(params.multipleOf);
      if (places === 0) return 'Must be a whole number.';
      if (places !== undefined) return `Must have at most ${plural(places, 'decimal place')}.`;
      return `Must be a multiple of ${params.multipleOf}.`;
    },
    formatMinimum: ({ params }) => `Must be ${params.limit} or later.`,
    formatMaximum: ({ params }) => `Must be ${params.limit} or earlier.`,
    formatExclusiveMinimum: ({ params }) => `Must be after ${params.limit}.`,
    formatExclusiveMaximum: ({ params }) => `Must be before ${params.limit}.`,
    minItems: ({ params }) => `Must have at least ${plural(params.limit, 'item')}.`,
    maxItems: tooManyItems,
    uniqueItems: ({ params }) => `Item ${params.i + 1} duplicates item ${params.j + 1}.`,
    contains: ({ params }) =>
      params.maxContains === undefined
        ? `At least ${plural(params.minContains, 'item')} must match.`
        : `Between ${params.minContains} and ${params.maxContains} items must match.`,
    minProperties: ({ params }) => `Fill in at least ${plural(params.limit, 'field')}.`,
    maxProperties: ({ params }) => `Must have at most ${plural(params.limit, 'field')}.`,
    additionalProperties: ({ params }) => `Unexpected field “${params.additionalProperty}”.`,
    unevaluatedProperties: ({ params }) => `Unexpected field “${params.unevaluatedProperty}”.`,
    propertyNames: ({ params }) => `Invalid field name “${params.propertyName}”.`,
    items: tooManyItems,
    additionalItems: tooManyItems,
    unevaluatedItems: tooManyItems,
    oneOf: ({ params }) =>
      params.passingSchemas
        ? 'Matches more than one of the allowed shapes; it must match exactly one.'
        : 'Must match one of the allowed shapes.',
    anyOf: () => 'Must match one of the allowed shapes.',
    not: notAllowed,
    if: () => 'Does not meet the requirements for this case.',
    'false schema': notAllowed,
  },
  formats: {
    email: 'email address',
    date: 'date (e.g. 2024-01-31)',
    time: 'time (e.g. 08:30:00+08:00)',
    'date-time': 'date and time (e.g. 2024-01-31T08:30:00+08:00)',
    'iso-time': 'time (e.g. 08:30:00)',
    'iso-date-time': 'date and time (e.g. 2024-01-31T08:30:00)',
    duration: 'duration (e.g. P3D)',
    uri: 'URI',
    'uri-reference': 'URI reference',
    'uri-template': 'URI template',
    url: 'URL',
    hostname: 'host name',
    ipv4: 'IPv4 address',
    ipv6: 'IPv6 address',
    regex: 'regular expression',
    uuid: 'UUID',
    'json-pointer': 'JSON pointer',
    'json-pointer-uri-fragment': 'JSON pointer',
    'relative-json-pointer': 'relative JSON pointer',
    byte: 'Base64 value',
    int32: '32-bit whole number',
    int64: '64-bit whole number',
    float: 'number',
    double: 'number',
    'phone-cn': 'mainland China mobile number (11 digits)',
    'id-card-cn': '18-character Chinese resident ID number',
  },
  unknownFormat: (format) => `Must be a valid ${format}.`,
  fallback: 'This value is invalid.',
  schemaRules: {
    notSerializable: () => 'The schema is not valid JSON data.',
    maxBytes: ({ bytes, limit }) => `The schema is too large: ${bytes} bytes (limit ${limit}).`,
    maxDepth: ({ limit }) => `The schema is nested more than ${limit} levels deep.`,
    maxProperties: ({ count, limit }) => `Too many members: ${count} (limit ${limit}).`,
    $data: () => '$data references are not allowed.',
    unboundedString: ({ keyword, limit }) =>
      keyword === 'patternProperties'
        ? `patternProperties needs propertyNames with a maxLength (at most ${limit}) on the same schema.`
        : `${keyword} needs a maxLength (at most ${limit}) on the same schema.`,
    maxStringLength: ({ limit }) => `maxLength must be at most ${limit}.`,
    maxPatternLength: ({ length, limit }) =>
      `The pattern is too long: ${length} characters (limit ${limit}).`,
    invalidPattern: ({ detail }) => `Invalid regular expression: ${detail}`,
    unsafePattern: ({ reason }) =>
      reason === 'nestedQuantifier'
        ? 'The pattern risks catastrophic backtracking: a repeated group contains a variable quantifier, as in (a+)+.'
        : 'The pattern risks catastrophic backtracking: a repeated group has alternatives that may overlap, as in (a|ab)*.',
    remoteRef: ({ ref }) =>
      `Remote reference “${ref}” is not allowed; use a local reference starting with #.`,
    unknownKeyword: ({ keyword, suggestion }) =>
      `Unknown keyword “${keyword}”` +
      (suggestion
        ? ` (did you mean “${suggestion}”?).`
        : '; custom extensions must start with x-.'),
    unknownFormat: ({ format }) => `Unknown format “${format}”.`,
    compile: ({ detail }) => `The schema cannot be compiled: ${detail}`,
  },
};
