import { closestKeyword } from './closest-keyword.js';
import { createAjv } from './create-ajv.js';
import {
  knownKeywords,
  numberFormats,
  subschemaKeywords,
  subschemaListKeywords,
  subschemaMapKeywords,
} from './draft-2020-keywords.js';
import { appendPointer } from './json-pointer.js';
import { localizeErrors } from './localize-errors.js';
import { catalogs, defaultLocale } from './messages/catalogs.js';
import type { SchemaRuleParams } from './messages/message-catalog.js';
import { findBacktrackingRisk } from './regex-safety.js';
import { defaultSchemaLimits, type SchemaLimits } from './schema-limits.js';
import type { Locale, ValidationIssue } from './types.js';

type SchemaObject = Record<string, unknown>;

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matchesStrings(schema: SchemaObject): boolean {
  const { type } = schema;
  if (type === undefined) return true;
  return Array.isArray(type) ? type.includes('string') : type === 'string';
}

class SchemaChecker {
  readonly issues: ValidationIssue[] = [];
  /** Set by problems that make compiling pointless or unsafe; a compile error would only repeat them. */
  blocking = false;
  private depthReported = false;

  constructor(
    private readonly limits: SchemaLimits,
    private readonly locale: Locale,
    private readonly prefix: string,
    private readonly formats: ReadonlySet<string>,
  ) {}

  report(path: string, keyword: string, params: SchemaRuleParams = {}): void {
    const message = catalogs[this.locale].schemaRules[keyword]!(params);
    this.issues.push({ path: this.prefix + path, message, keyword, params });
  }

  /** Rules about the JSON itself, wherever it sits: nesting, member counts, `$data`. */
  checkJson(value: unknown, path: string, depth: number): void {
    if (typeof value !== 'object' || value === null) return;
    if (depth > this.limits.maxDepth) {
      if (!this.depthReported) this.report(path, 'maxDepth', { limit: this.limits.maxDepth });
      this.depthReported = true;
      this.blocking = true;
      return;
    }
    const entries = Object.entries(value);
    if (entries.length > this.limits.maxProperties) {
      const params = { count: entries.length, limit: this.limits.maxProperties };
      this.report(path, 'maxProperties', params);
      this.blocking = true;
    }
    for (const [key, member] of entries) {
      const memberPath = appendPointer(path, key);
      if (key === '$data' && !Array.isArray(value)) {
        this.report(memberPath, '$data');
        this.blocking = true;
      }
      this.checkJson(member, memberPath, depth + 1);
    }
  }

  /** Rules about keywords, for one schema object and the subschemas under it. */
  checkSchema(schema: unknown, path: string, depth: number): void {
    if (!isObject(schema) || depth > this.limits.maxDepth) return;
    for (const [keyword, value] of Object.entries(schema)) {
      const keywordPath = appendPointer(path, keyword);
      if (keyword.startsWith('x-')) continue;
      if (!knownKeywords.has(keyword)) {
        this.report(keywordPath, 'unknownKeyword', {
          keyword,
          suggestion: closestKeyword(keyword, knownKeywords),
        });
      }
      if ((keyword === '$ref' || keyword === '$dynamicRef') && typeof value === 'string') {
        if (!value.startsWith('#')) {
          this.report(keywordPath, 'remoteRef', { ref: value });
          this.blocking = true;
        }
      } else if (keyword === 'pattern' && typeof value === 'string') {
        this.checkPattern(value, keywordPath);
      } else if (keyword === 'patternProperties' && isObject(value)) {
        for (const pattern of Object.keys(value)) {
          this.checkPattern(pattern, appendPointer(keywordPath, pattern));
        }
      } else if (keyword === 'format' && typeof value === 'string' && !this.formats.has(value)) {
        this.report(keywordPath, 'unknownFormat', { format: value });
      }
      if (subschemaKeywords.has(keyword)) {
        this.checkSchema(value, keywordPath, depth + 1);
      } else if (subschemaListKeywords.has(keyword) && Array.isArray(value)) {
        value.forEach((item, index) => {
          this.checkSchema(item, appendPointer(keywordPath, index), depth + 2);
        });
      } else if (subschemaMapKeywords.has(keyword) && isObject(value)) {
        for (const [name, item] of Object.entries(value)) {
          this.checkSchema(item, appendPointer(keywordPath, name), depth + 2);
        }
      }
    }
    this.checkStringBounds(schema, path);
  }

  /** Every pattern runs on untrusted input, so its input must be bounded: see README.md. */
  private checkStringBounds(schema: SchemaObject, path: string): void {
    const limit = this.limits.maxStringLength;
    const triggers: string[] = [];
    if (typeof schema.pattern === 'string') triggers.push('pattern');
    if (typeof schema.format === 'string' && !numberFormats.has(schema.format)) {
      triggers.push('format');
    }
    if (triggers.length > 0 && matchesStrings(schema)) {
      if (typeof schema.maxLength !== 'number') {
        for (const keyword of triggers) {
          this.report(appendPointer(path, keyword), 'unboundedString', { keyword, limit });
        }
      } else if (schema.maxLength > limit) {
        this.report(appendPointer(path, 'maxLength'), 'maxStringLength', { limit });
      }
    }
    if (isObject(schema.patternProperties) && Object.keys(schema.patternProperties).length > 0) {
      const names = schema.propertyNames;
      const maxLength = isObject(names) ? names.maxLength : undefined;
      if (typeof maxLength !== 'number') {
        const params = { keyword: 'patternProperties', limit };
        this.report(appendPointer(path, 'patternProperties'), 'unboundedString', params);
      } else if (maxLength > limit) {
        this.report(appendPointer(path, 'propertyNames', 'maxLength'), 'maxStringLength', {
          limit,
        });
      }
    }
  }

  private checkPattern(pattern: string, path: string): void {
    const length = Array.from(pattern).length;
    if (length > this.limits.maxPatternLength) {
      this.report(path, 'maxPatternLength', { length, limit: this.limits.maxPatternLength });
    }
    try {
      // ajv compiles patterns with the `u` flag (its `unicodeRegExp` default).
      new RegExp(pattern, 'u');
    } catch (error) {
      this.report(path, 'invalidPattern', { detail: (error as Error).message });
      this.blocking = true;
      return;
    }
    const reason = findBacktrackingRisk(pattern);
    if (reason !== undefined) this.report(path, 'unsafePattern', { reason });
  }
}

/**
 * Checks a schema from outside before it is compiled, and reports every problem at once with a
 * JSON pointer into the schema (after `pathPrefix`) and the broken rule as `keyword`. Returns `[]`
 * when the schema is safe to pass to `compile`.
 *
 * ajv treats a schema as trusted code: a huge or deeply nested schema exhausts memory, a pattern
 * like `(a+)+` can hang the server on one value, `$data` lets data steer validation, and a remote
 * `$ref` reaches out. Rules: `notSerializable`, `maxBytes`, `maxDepth`, `maxProperties`, `$data`,
 * `unboundedString` (`pattern`/`format` without `maxLength`, `patternProperties` without
 * `propertyNames.maxLength`), `maxStringLength`, `maxPatternLength`, `invalidPattern`,
 * `unsafePattern`, `remoteRef`, `unknownKeyword`, `unknownFormat`, meta-schema violations (with
 * ajv's keyword, e.g. `type`), and `compile` when ajv refuses the schema. The compile attempt is
 * skipped when a limit, `$data`, a remote `$ref` or a broken pattern was found.
 *
 * @example
 * ```ts
 * checkSchema({ type: 'object', requried: ['name'] }, { locale: 'en' });
 * // [{ path: '/requried', keyword: 'unknownKeyword',
 * //    message: 'Unknown keyword “requried” (did you mean “required”?).', params: { ... } }]
 * ```
 */
export function checkSchema(
  schema: unknown,
  options: { limits?: Partial<SchemaLimits>; locale?: Locale; pathPrefix?: string } = {},
): ValidationIssue[] {
  const limits = { ...defaultSchemaLimits, ...options.limits };
  const locale = options.locale ?? defaultLocale;
  const prefix = options.pathPrefix ?? '';
  const ajv = checkerAjv();
  const checker = new SchemaChecker(limits, locale, prefix, new Set(Object.keys(ajv.formats)));

  let json: string | undefined;
  try {
    json = JSON.stringify(schema);
  } catch {
    json = undefined;
  }
  if (json === undefined) {
    checker.report('', 'notSerializable');
    return checker.issues;
  }
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > limits.maxBytes) {
    checker.report('', 'maxBytes', { bytes, limit: limits.maxBytes });
    checker.blocking = true;
  }
  checker.checkJson(schema, '', 1);
  checker.checkSchema(schema, '', 1);

  // The meta-schema catches wrong value types (`"properties": 5`) with pointers into the schema.
  let metaValid = false;
  try {
    metaValid = ajv.validateSchema(schema as object) as boolean;
    if (!metaValid) {
      checker.issues.push(...localizeErrors(ajv.errors, { locale, pathPrefix: prefix }));
    }
  } catch (error) {
    checker.report('', 'compile', { detail: (error as Error).message });
  }
  if (metaValid && !checker.blocking) {
    try {
      ajv.compile(schema as object);
    } catch (error) {
      checker.report('', 'compile', { detail: (error as Error).message });
    } finally {
      // Compiling registers the schema and its `$id`s; forget them so that the next check of
      // the same or another file starts clean (no "schema already exists").
      forget(ajv, schema, json.includes('"$id"'));
    }
  }
  return checker.issues;
}

let sharedAjv: ReturnType<typeof createAjv> | undefined;

// One instance for every check: building an ajv costs more than checking most schemas.
function checkerAjv(): ReturnType<typeof createAjv> {
  sharedAjv ??= createAjv({ allErrors: true, logger: false });
  return sharedAjv;
}

function forget(ajv: ReturnType<typeof createAjv>, schema: unknown, hasIds: boolean): void {
  // Schemas with `$id`s (possibly nested) register them; a fresh instance is the sure reset.
  if (hasIds) {
    sharedAjv = undefined;
    return;
  }
  try {
    ajv.removeSchema(schema as object);
  } catch {
    sharedAjv = undefined;
  }
}
