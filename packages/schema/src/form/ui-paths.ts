import { closestKeyword } from '../closest-keyword.js';
import type { CaseGridIssue } from '../errors/case-grid-error.js';
import type { JsonSchema, Locale } from '../types.js';
import { invalidForm } from './check-ui-schema.js';
import { formMessage } from './form-messages.js';
import { deref, isRecord, type SchemaObject } from './resolve-schema.js';
import type { UiField, UiSchema } from './ui-schema.js';

const maxDepth = 32;

/**
 * Every UI path a schema can show, in any branch: `a`, `a/b`, `list`, `list[]`, `list/x`.
 * Also the property names of each object path, for `order` and `sections`.
 */
function collectPaths(schema: JsonSchema) {
  const paths = new Set<string>(['']);
  const names = new Map<string, Set<string>>();
  const visit = (raw: unknown, uiPath: string, depth: number) => {
    if (depth > maxDepth) return;
    const part: SchemaObject = deref(raw, schema);
    const own = names.get(uiPath) ?? new Set<string>();
    names.set(uiPath, own);
    const branches = [
      ...(Array.isArray(part.allOf) ? part.allOf : []),
      ...(Array.isArray(part.anyOf) ? part.anyOf : []),
      ...(Array.isArray(part.oneOf) ? part.oneOf : []),
      part.then,
      part.else,
      ...(isRecord(part.dependentSchemas) ? Object.values(part.dependentSchemas) : []),
    ];
    for (const branch of branches) if (branch !== undefined) visit(branch, uiPath, depth + 1);
    if (isRecord(part.properties)) {
      for (const [name, sub] of Object.entries(part.properties)) {
        const child = uiPath === '' ? name : `${uiPath.replace(/\[\]$/, '')}/${name}`;
        own.add(name);
        paths.add(child);
        visit(sub, child, depth + 1);
      }
    }
    if (part.items !== undefined && typeof part.items !== 'boolean') {
      paths.add(`${uiPath}[]`);
      visit(part.items, `${uiPath}[]`, depth + 1);
    }
  };
  visit(schema, '', 0);
  return { paths, names };
}

const escapeToken = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

const checked = new WeakMap<object, WeakSet<object>>();

/**
 * Checks that every path and name a UI schema mentions exists in the schema (in some branch):
 * `fields` keys, `order` entries and section `fields`. A misspelt path would otherwise be
 * ignored without a word. Throws `CaseGridError` (`invalid-form`) with every unknown name, its
 * JSON pointer into the UI schema, and the closest known name.
 *
 * @example
 * ```ts
 * checkUiPaths({ properties: { summary: { type: 'string' } } }, { fields: { sumary: {} } }, 'en');
 * // throws: /fields/sumary — no field "sumary" in the schema (did you mean "summary"?)
 * ```
 */
export function checkUiPaths(schema: JsonSchema, ui: UiSchema, locale: Locale = 'zh-CN'): void {
  if (typeof schema !== 'object' || schema === null) return;
  const seen = checked.get(schema);
  if (seen?.has(ui)) return;
  const { paths, names } = collectPaths(schema);
  const issues: CaseGridIssue[] = [];
  const unknown = (at: string, name: string, known: Iterable<string>) => {
    const near = closestKeyword(name, known);
    const suggestion = near === undefined ? '' : formMessage(locale, 'didYouMean', { near });
    issues.push({
      path: at,
      keyword: 'unknown-field',
      message: formMessage(locale, 'unknownField', { name }) + suggestion,
    });
  };
  const checkObject = (field: UiField, uiPath: string, at: string) => {
    const own = names.get(uiPath) ?? new Set<string>();
    (field.order ?? []).forEach((name, index) => {
      if (name !== '*' && !own.has(name)) unknown(`${at}/order/${index}`, name, own);
    });
    (field.sections ?? []).forEach((section, sectionIndex) => {
      section.fields.forEach((name, index) => {
        if (!own.has(name)) unknown(`${at}/sections/${sectionIndex}/fields/${index}`, name, own);
      });
    });
  };
  checkObject(ui, '', '');
  for (const [key, field] of Object.entries(ui.fields ?? {})) {
    const at = `/fields/${escapeToken(key)}`;
    if (!paths.has(key)) unknown(at, key, paths);
    else checkObject(field, key, at);
  }
  if (issues.length > 0) throw invalidForm(locale, issues);
  if (seen === undefined) checked.set(schema, new WeakSet([ui]));
  else seen.add(ui);
}
