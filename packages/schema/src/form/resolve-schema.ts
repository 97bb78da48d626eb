// Resolves the parts of a schema a form needs against the current value: local `$ref`s, `allOf`,
// `if/then/else`, `dependentSchemas` and `dependentRequired`.

import { CaseGridError } from '../errors/case-grid-error.js';
import { pointerTokens } from './form-value.js';
import { checkCondition, matches } from './matches.js';

/** A schema object (boolean schemas are read as `{}`/`{ not: {} }` where it matters). */
export type SchemaObject = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const empty: SchemaObject = Object.freeze({});
const maxRefDepth = 32;

/** Follows local `$ref`s (`#/...`) to the schema they name; other keywords beside `$ref` win. */
export function deref(schema: unknown, root: unknown): SchemaObject {
  let current: unknown = schema;
  for (let depth = 0; isRecord(current) && typeof current.$ref === 'string'; depth++) {
    const ref = current.$ref;
    if (depth === maxRefDepth || !ref.startsWith('#')) {
      throw new CaseGridError('invalid-form', `Cannot follow $ref "${ref}" in a form schema`, [
        {
          path: '',
          message: `Only local references ("#/...") are followed, ${maxRefDepth} deep at most`,
          keyword: '$ref',
        },
      ]);
    }
    let target: unknown = root;
    for (const token of pointerTokens(decodeURIComponent(ref.slice(1)))) {
      target = isRecord(target) && Object.hasOwn(target, token) ? target[token] : undefined;
    }
    if (target === undefined) {
      throw new CaseGridError('invalid-form', `$ref "${ref}" names nothing in the form schema`, [
        { path: '', message: `$ref "${ref}" names nothing`, keyword: '$ref' },
      ]);
    }
    const { $ref: _followed, ...siblings } = current;
    current = Object.keys(siblings).length === 0 ? target : { ...(target as object), ...siblings };
  }
  return isRecord(current) ? current : empty;
}

const checked = new WeakSet<object>();

/** Whether a condition holds; an unsupported condition is a form error, found once per schema. */
export function holds(condition: unknown, value: unknown, where: string): boolean {
  if (typeof condition === 'boolean') return condition;
  if (isRecord(condition) && !checked.has(condition)) {
    const issues = checkCondition(condition);
    if (issues.length > 0) {
      throw new CaseGridError(
        'invalid-form',
        `The condition at ${where} uses JSON Schema a form cannot evaluate`,
        issues.map((issue) => ({ ...issue, path: where + issue.path })),
      );
    }
    checked.add(condition);
  }
  return matches(condition as SchemaObject, value);
}

/** The resolved shape of an object schema for one value. */
export interface ResolvedObject {
  /** Property schemas in order of first appearance; branches merge over the base. */
  readonly properties: Map<string, SchemaObject>;
  readonly required: Set<string>;
  /** Properties named only by branches that do not apply now. */
  readonly inactive: Set<string>;
  /** The object schema with branches merged in, for annotations such as `title`. */
  readonly schema: SchemaObject;
}

function propertyNames(schema: SchemaObject, root: unknown): string[] {
  const names: string[] = [];
  const visit = (part: SchemaObject) => {
    if (isRecord(part.properties)) names.push(...Object.keys(part.properties));
    if (Array.isArray(part.allOf)) for (const member of part.allOf) visit(deref(member, root));
  };
  visit(schema);
  return names;
}

/**
 * Resolves an object schema against its current value: which properties exist, which are
 * required, and which are defined only by branches that are not taken.
 */
export function resolveObject(
  schema: unknown,
  value: unknown,
  root: unknown,
  where: string,
): ResolvedObject {
  const properties = new Map<string, SchemaObject>();
  const required = new Set<string>();
  const inactive = new Set<string>();
  const object = isRecord(value) ? value : {};
  let merged: Record<string, unknown> = {};
  const present = (key: string) => Object.hasOwn(object, key) && object[key] !== undefined;

  const collect = (raw: unknown, at: string) => {
    const part = deref(raw, root);
    merged = { ...merged, ...part };
    if (isRecord(part.properties)) {
      for (const [name, sub] of Object.entries(part.properties)) {
        const before = properties.get(name);
        const next = deref(sub, root);
        properties.set(name, before === undefined ? next : { ...before, ...next });
      }
    }
    if (Array.isArray(part.required)) {
      for (const name of part.required) if (typeof name === 'string') required.add(name);
    }
    if (Array.isArray(part.allOf)) {
      part.allOf.forEach((member, index) => {
        collect(member, `${at}/allOf/${index}`);
      });
    }
    if (part.if !== undefined) {
      const taken = holds(part.if, object, `${at}/if`);
      const branch = taken ? 'then' : 'else';
      const other = taken ? 'else' : 'then';
      if (part[branch] !== undefined) collect(part[branch], `${at}/${branch}`);
      if (part[other] !== undefined) {
        for (const name of propertyNames(deref(part[other], root), root)) inactive.add(name);
      }
    }
    if (isRecord(part.dependentSchemas)) {
      for (const [key, sub] of Object.entries(part.dependentSchemas)) {
        if (present(key)) collect(sub, `${at}/dependentSchemas/${key}`);
        else for (const name of propertyNames(deref(sub, root), root)) inactive.add(name);
      }
    }
    if (isRecord(part.dependentRequired)) {
      for (const [key, names] of Object.entries(part.dependentRequired)) {
        if (present(key) && Array.isArray(names)) {
          for (const name of names) if (typeof name === 'string') required.add(name);
        }
      }
    }
  };
  collect(schema, where);
  for (const name of properties.keys()) inactive.delete(name);
  return { properties, required, inactive, schema: merged };
}
