import { closestKeyword } from '../closest-keyword.js';
import { knownKeywords } from '../draft-2020-keywords.js';
import { appendPointer } from '../json-pointer.js';
import type { JsonSchema } from '../types.js';

// Forms decide conditions on every keystroke, in pages whose CSP forbids eval, so ajv (which turns
// schemas into code) is not available there. This interpreter covers the small subset conditions
// use; its results agree with the package's ajv (see the property test beside this file).

type JsonObject = Record<string, unknown>;

const assertionKeywords = [
  'type',
  'const',
  'enum',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'required',
  'properties',
  'minProperties',
  'maxProperties',
  'dependentRequired',
  'prefixItems',
  'items',
  'contains',
  'minContains',
  'maxContains',
  'minItems',
  'maxItems',
  'uniqueItems',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
] as const;

// `format` is an annotation here: casegrid's ajv asserts formats, but a condition that depends on
// one (is this a valid phone number?) belongs to validation, not to showing or hiding a field.
const annotationKeywords = [
  'title',
  'description',
  '$comment',
  'default',
  'examples',
  'format',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$schema',
  '$id',
] as const;

/**
 * The keywords a condition may use: the assertions and applicators that `matches` evaluates, then
 * the annotations it ignores (`format` included: it is not asserted in conditions). Keywords
 * starting with `x-` are allowed as well and ignored.
 *
 * @example
 * ```ts
 * conditionKeywords.includes('minimum'); // true
 * conditionKeywords.includes('$ref'); // false
 * ```
 */
export const conditionKeywords: readonly string[] = Object.freeze([
  ...assertionKeywords,
  ...annotationKeywords,
]);

/**
 * One reason a schema cannot be used as a condition.
 *
 * @example
 * ```ts
 * const issue: ConditionIssue = {
 *   path: '/properties/party/$ref',
 *   message: '"$ref" is a JSON Schema keyword that conditions do not support',
 *   keyword: '$ref',
 * };
 * ```
 */
export interface ConditionIssue {
  /** JSON pointer (RFC 6901) into the schema: the unsupported keyword or the malformed value. */
  path: string;
  /** English text for schema authors. */
  message: string;
  /** The unsupported or malformed keyword; `''` when the condition itself is not a schema. */
  keyword: string;
}

const dialect = 'https://json-schema.org/draft/2020-12/schema';
const simpleTypes: ReadonlySet<string> = new Set([
  'array',
  'boolean',
  'integer',
  'null',
  'number',
  'object',
  'string',
]);

// Same tolerance as `multipleOfPrecision: 9` in create-ajv.ts (not imported: that module loads ajv).
const multipleOfTolerance = 1e-9;

const isOwnEnumerable = Object.prototype.propertyIsEnumerable;

/** Compiled once per pattern string; conditions reuse a handful of patterns on every keystroke. */
const patterns = new Map<string, RegExp>();

function patternRegExp(pattern: string): RegExp {
  let regExp = patterns.get(pattern);
  if (regExp === undefined) {
    // ajv compiles patterns with the `u` flag (its `unicodeRegExp` default).
    regExp = new RegExp(pattern, 'u');
    patterns.set(pattern, regExp);
  }
  return regExp;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** NaN and ±Infinity are not JSON numbers (ajv's `strictNumbers`): no numeric keyword applies. */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Own enumerable and not `undefined`: `{ a: undefined }` serializes to `{}`, so a cleared field
 * counts as absent, as it will be once the value reaches the server. Checking ownership before
 * reading keeps `__proto__` and `toString` from being found on Object.prototype.
 */
function has(object: JsonObject, key: string): boolean {
  return isOwnEnumerable.call(object, key) && object[key] !== undefined;
}

function countProperties(object: JsonObject): number {
  let count = 0;
  for (const key in object) if (has(object, key)) count++;
  return count;
}

/** A sibling keyword of the schema being evaluated (own only, so a polluted prototype is ignored). */
function sibling(schema: JsonObject, keyword: string): unknown {
  return Object.hasOwn(schema, keyword) ? schema[keyword] : undefined;
}

/** JSON equality: key order is irrelevant, numbers compare by value (1 and 1.0 are one number). */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) {
      if (!deepEqual(a[index], b[index])) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as JsonObject;
  const right = b as JsonObject;
  let count = 0;
  for (const key in left) {
    if (!has(left, key)) continue;
    if (!has(right, key) || !deepEqual(left[key], right[key])) return false;
    count++;
  }
  return count === countProperties(right);
}

/** Unicode code points, counted like ajv's `ucs2length` (a lone surrogate counts as one). */
function codePointLength(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      if ((text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) index++;
    }
    count++;
  }
  return count;
}

function hasType(type: string, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'number':
      return isNumber(value);
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return false;
  }
}

function isMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  // Written as ajv writes it: an overflowing quotient (NaN difference) passes there, so here too.
  return !(Math.abs(Math.round(quotient) - quotient) > multipleOfTolerance);
}

function allUnique(items: readonly unknown[]): boolean {
  // Quadratic, like ajv for items of unknown type; form arrays are short.
  for (let index = 1; index < items.length; index++) {
    for (let earlier = 0; earlier < index; earlier++) {
      if (deepEqual(items[index], items[earlier])) return false;
    }
  }
  return true;
}

function containsHolds(schema: JsonObject, contains: JsonSchema, items: readonly unknown[]) {
  const min = (sibling(schema, 'minContains') as number | undefined) ?? 1;
  const max = sibling(schema, 'maxContains') as number | undefined;
  if (max === undefined && min === 0) return true;
  let count = 0;
  for (let index = 0; index < items.length; index++) {
    if (!evaluate(contains, items[index])) continue;
    count++;
    if (max === undefined) {
      if (count >= min) return true;
    } else if (count > max) return false;
  }
  return count >= min;
}

/** One keyword of a checked schema. Keywords that do not apply to the value's type hold. */
function holds(schema: JsonObject, keyword: string, argument: unknown, value: unknown): boolean {
  switch (keyword) {
    case 'type': {
      if (typeof argument === 'string') return hasType(argument, value);
      const types = argument as readonly string[];
      for (let index = 0; index < types.length; index++) {
        if (hasType(types[index]!, value)) return true;
      }
      return false;
    }
    case 'const':
      return deepEqual(argument, value);
    case 'enum': {
      const options = argument as readonly unknown[];
      for (let index = 0; index < options.length; index++) {
        if (deepEqual(options[index], value)) return true;
      }
      return false;
    }
    case 'minimum':
      return !isNumber(value) || value >= (argument as number);
    case 'maximum':
      return !isNumber(value) || value <= (argument as number);
    case 'exclusiveMinimum':
      return !isNumber(value) || value > (argument as number);
    case 'exclusiveMaximum':
      return !isNumber(value) || value < (argument as number);
    case 'multipleOf':
      return !isNumber(value) || isMultipleOf(value, argument as number);
    case 'minLength': {
      if (typeof value !== 'string') return true;
      const min = argument as number;
      // A string has between length / 2 and length code points: count only when that matters.
      if (value.length < min) return false;
      return value.length >= 2 * min || codePointLength(value) >= min;
    }
    case 'maxLength':
      if (typeof value !== 'string') return true;
      return value.length <= (argument as number) || codePointLength(value) <= (argument as number);
    case 'pattern':
      return typeof value !== 'string' || patternRegExp(argument as string).test(value);
    case 'required': {
      if (!isObject(value)) return true;
      const names = argument as readonly string[];
      for (let index = 0; index < names.length; index++) {
        if (!has(value, names[index]!)) return false;
      }
      return true;
    }
    case 'properties': {
      if (!isObject(value)) return true;
      const properties = argument as Record<string, JsonSchema>;
      for (const name in properties) {
        if (!Object.hasOwn(properties, name) || !has(value, name)) continue;
        if (!evaluate(properties[name]!, value[name])) return false;
      }
      return true;
    }
    case 'minProperties':
      return !isObject(value) || countProperties(value) >= (argument as number);
    case 'maxProperties':
      return !isObject(value) || countProperties(value) <= (argument as number);
    case 'dependentRequired': {
      if (!isObject(value)) return true;
      const dependencies = argument as Record<string, readonly string[]>;
      for (const name in dependencies) {
        if (!Object.hasOwn(dependencies, name) || !has(value, name)) continue;
        const names = dependencies[name]!;
        for (let index = 0; index < names.length; index++) {
          if (!has(value, names[index]!)) return false;
        }
      }
      return true;
    }
    case 'prefixItems': {
      if (!Array.isArray(value)) return true;
      const schemas = argument as readonly JsonSchema[];
      const end = Math.min(schemas.length, value.length);
      for (let index = 0; index < end; index++) {
        if (!evaluate(schemas[index]!, value[index])) return false;
      }
      return true;
    }
    case 'items': {
      if (!Array.isArray(value)) return true;
      const prefix = sibling(schema, 'prefixItems') as readonly unknown[] | undefined;
      for (let index = prefix?.length ?? 0; index < value.length; index++) {
        if (!evaluate(argument as JsonSchema, value[index])) return false;
      }
      return true;
    }
    case 'contains':
      return !Array.isArray(value) || containsHolds(schema, argument as JsonSchema, value);
    case 'minItems':
      return !Array.isArray(value) || value.length >= (argument as number);
    case 'maxItems':
      return !Array.isArray(value) || value.length <= (argument as number);
    case 'uniqueItems':
      return argument === false || !Array.isArray(value) || allUnique(value);
    case 'allOf': {
      const schemas = argument as readonly JsonSchema[];
      for (let index = 0; index < schemas.length; index++) {
        if (!evaluate(schemas[index]!, value)) return false;
      }
      return true;
    }
    case 'anyOf': {
      const schemas = argument as readonly JsonSchema[];
      for (let index = 0; index < schemas.length; index++) {
        if (evaluate(schemas[index]!, value)) return true;
      }
      return false;
    }
    case 'oneOf': {
      const schemas = argument as readonly JsonSchema[];
      let passed = 0;
      for (let index = 0; index < schemas.length; index++) {
        if (evaluate(schemas[index]!, value) && ++passed > 1) return false;
      }
      return passed === 1;
    }
    case 'not':
      return !evaluate(argument as JsonSchema, value);
    case 'if': {
      const branch = sibling(schema, evaluate(argument as JsonSchema, value) ? 'then' : 'else');
      return branch === undefined || evaluate(branch as JsonSchema, value);
    }
    default:
      // then, else, minContains, maxContains (read by their partners), annotations and x-*.
      return true;
  }
}

function evaluate(schema: JsonSchema, value: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  for (const keyword in schema) {
    if (!Object.hasOwn(schema, keyword)) continue;
    const argument = schema[keyword];
    if (argument !== undefined && !holds(schema, keyword, argument, value)) return false;
  }
  return true;
}

/** Schema objects that passed `checkCondition`; like `compile`, this assumes they are not mutated. */
const checked = new WeakSet<object>();

/**
 * Whether `value` satisfies the condition `schema`, with draft 2020-12 semantics, without eval (safe
 * under `script-src 'self'`). Each keyword applies only to its instance type, so `{ minimum: 5 }`
 * holds for `'abc'`. A property whose value is `undefined` counts as absent. `format` is only an
 * annotation here. The first call for a schema object checks all of it (see `checkCondition`),
 * later calls only evaluate.
 *
 * @throws TypeError when the schema uses a keyword outside the subset or a malformed keyword value;
 * its `cause` is the list of `ConditionIssue`s. Call `checkCondition` first to report them.
 *
 * @example
 * ```ts
 * const urgent = { properties: { severity: { enum: ['high', 'critical'] } }, required: ['severity'] };
 * matches(urgent, { severity: 'high' }); // true
 * matches(urgent, {}); // false
 * matches({ $ref: '#/$defs/x' }, 1); // throws TypeError
 * ```
 */
export function matches(schema: JsonSchema, value: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  if (!checked.has(schema)) {
    const issues = checkCondition(schema);
    if (issues.length > 0) {
      const list = issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
      throw new TypeError(`Not a supported condition: ${list}`, { cause: issues });
    }
    checked.add(schema);
  }
  return evaluate(schema, value);
}

interface Checker {
  issues: ConditionIssue[];
  /** Schema objects on the path from the root, to report a schema that contains itself. */
  ancestors: Set<object>;
}

type Rule = (argument: unknown, path: string, keyword: string, checker: Checker) => void;

function report(checker: Checker, path: string, keyword: string, message: string): void {
  checker.issues.push({ path, message, keyword });
}

function checkSubschema(schema: unknown, path: string, keyword: string, checker: Checker): void {
  if (typeof schema === 'boolean') return;
  if (!isObject(schema)) {
    report(checker, path, keyword, 'must be a schema: an object, true or false');
    return;
  }
  if (checker.ancestors.has(schema)) {
    report(checker, path, keyword, 'contains itself; a condition must be a tree');
    return;
  }
  checker.ancestors.add(schema);
  for (const name of Object.keys(schema)) {
    const argument = schema[name];
    if (argument === undefined || name.startsWith('x-')) continue;
    const at = appendPointer(path, name);
    const rule = rules.get(name);
    if (rule !== undefined) rule(argument, at, name, checker);
    else report(checker, at, name, unsupported(name));
  }
  checker.ancestors.delete(schema);
}

function unsupported(name: string): string {
  if (knownKeywords.has(name))
    return `"${name}" is a JSON Schema keyword that conditions do not support`;
  const suggestion = closestKeyword(name, conditionKeywords);
  const hint = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
  return `"${name}" is not a JSON Schema keyword${hint}`;
}

const anything: Rule = () => {};

function valueRule(test: (argument: unknown) => boolean, message: string): Rule {
  return (argument, path, keyword, checker) => {
    if (!test(argument)) report(checker, path, keyword, message);
  };
}

const string = valueRule((argument) => typeof argument === 'string', 'must be a string');
const boolean = valueRule((argument) => typeof argument === 'boolean', 'must be true or false');
const number = valueRule(isNumber, 'must be a finite number');
const count = valueRule(
  (argument) => Number.isInteger(argument) && (argument as number) >= 0,
  'must be a non-negative integer',
);

const schemaRule: Rule = checkSubschema;

const schemaList: Rule = (argument, path, keyword, checker) => {
  if (!Array.isArray(argument) || argument.length === 0) {
    report(checker, path, keyword, 'must be a non-empty array of schemas');
    return;
  }
  argument.forEach((schema, index) => {
    checkSubschema(schema, appendPointer(path, index), keyword, checker);
  });
};

const schemaMap: Rule = (argument, path, keyword, checker) => {
  if (!isObject(argument)) {
    report(checker, path, keyword, 'must be an object whose values are schemas');
    return;
  }
  for (const name of Object.keys(argument)) {
    checkSubschema(argument[name], appendPointer(path, name), keyword, checker);
  }
};

const names: Rule = (argument, path, keyword, checker) => {
  if (!Array.isArray(argument)) {
    report(checker, path, keyword, 'must be an array of property names');
    return;
  }
  argument.forEach((name, index) => {
    const at = appendPointer(path, index);
    if (typeof name !== 'string') report(checker, at, keyword, 'must be a string');
    else if (argument.indexOf(name) < index) report(checker, at, keyword, `repeats "${name}"`);
  });
};

const type: Rule = (argument, path, keyword, checker) => {
  const message = `must be one of ${[...simpleTypes].join(', ')}`;
  if (typeof argument === 'string') {
    if (!simpleTypes.has(argument)) report(checker, path, keyword, message);
    return;
  }
  if (!Array.isArray(argument) || argument.length === 0) {
    report(checker, path, keyword, 'must be a type name or a non-empty array of type names');
    return;
  }
  argument.forEach((name, index) => {
    const at = appendPointer(path, index);
    if (typeof name !== 'string' || !simpleTypes.has(name)) report(checker, at, keyword, message);
    else if (argument.indexOf(name) < index) report(checker, at, keyword, `repeats "${name}"`);
  });
};

const rules: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ['type', type],
  ['const', anything],
  [
    'enum',
    // ajv refuses an empty enum, though the meta-schema allows it.
    valueRule(
      (argument) => Array.isArray(argument) && argument.length > 0,
      'must be a non-empty array',
    ),
  ],
  ['minimum', number],
  ['maximum', number],
  ['exclusiveMinimum', number],
  ['exclusiveMaximum', number],
  [
    'multipleOf',
    valueRule((argument) => isNumber(argument) && argument > 0, 'must be a number greater than 0'),
  ],
  ['minLength', count],
  ['maxLength', count],
  [
    'pattern',
    (argument, path, keyword, checker) => {
      if (typeof argument !== 'string') return report(checker, path, keyword, 'must be a string');
      try {
        patternRegExp(argument);
      } catch (error) {
        const detail = (error as Error).message;
        report(
          checker,
          path,
          keyword,
          `is not a valid regular expression with the u flag: ${detail}`,
        );
      }
    },
  ],
  ['required', names],
  ['properties', schemaMap],
  ['minProperties', count],
  ['maxProperties', count],
  [
    'dependentRequired',
    (argument, path, keyword, checker) => {
      if (!isObject(argument)) {
        report(
          checker,
          path,
          keyword,
          'must be an object whose values are arrays of property names',
        );
        return;
      }
      for (const name of Object.keys(argument)) {
        names(argument[name], appendPointer(path, name), keyword, checker);
      }
    },
  ],
  ['prefixItems', schemaList],
  [
    'items',
    (argument, path, keyword, checker) => {
      if (!Array.isArray(argument)) return checkSubschema(argument, path, keyword, checker);
      report(checker, path, keyword, 'must be a schema; tuples use prefixItems in draft 2020-12');
    },
  ],
  ['contains', schemaRule],
  ['minContains', count],
  ['maxContains', count],
  ['minItems', count],
  ['maxItems', count],
  ['uniqueItems', boolean],
  ['allOf', schemaList],
  ['anyOf', schemaList],
  ['oneOf', schemaList],
  ['not', schemaRule],
  ['if', schemaRule],
  ['then', schemaRule],
  ['else', schemaRule],
  ['title', string],
  ['description', string],
  ['$comment', string],
  ['default', anything],
  ['examples', valueRule(Array.isArray, 'must be an array')],
  ['format', string],
  ['readOnly', boolean],
  ['writeOnly', boolean],
  ['deprecated', boolean],
  [
    '$schema',
    valueRule(
      (argument) => argument === dialect || argument === dialect + '#',
      `must be "${dialect}": conditions are draft 2020-12`,
    ),
  ],
  ['$id', string],
]);

/**
 * Every reason `schema` cannot be used as a condition, all at once: keywords outside the subset
 * (see `conditionKeywords`; `x-*` keywords are allowed), malformed keyword values (`required` not
 * an array of unique strings, `minimum` not a number, a `pattern` that does not compile with the
 * `u` flag...), subschemas that are not schemas, and schemas that contain themselves.
 * An empty list means `matches` accepts the schema.
 *
 * @example
 * ```ts
 * checkCondition({ properties: { age: { minimum: '18' } }, $ref: '#/$defs/adult' });
 * // [
 * //   { path: '/properties/age/minimum', keyword: 'minimum', message: 'must be a finite number' },
 * //   { path: '/$ref', keyword: '$ref', message: '"$ref" is a JSON Schema keyword that conditions do not support' },
 * // ]
 * ```
 */
export function checkCondition(schema: unknown): ConditionIssue[] {
  const checker: Checker = { issues: [], ancestors: new Set() };
  checkSubschema(schema, '', '', checker);
  return checker.issues;
}
