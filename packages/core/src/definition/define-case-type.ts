import {
  checkSchema,
  compile,
  type JsonSchema,
  localizeErrors,
  type ValidatorError,
} from '@casegrid/schema';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import metaSchema from '../../case-type.schema.json' with { type: 'json' };
import { CaseGridError, type CaseGridIssue } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { CaseTypeDefinition, Locale } from './case-type-definition.js';
import { checkDefinitionSemantics, definitionSchemas } from './check-definition.js';
import { type CaseType, compileCaseType, schemaKey } from './compile-case-type.js';
import type { PrecompiledValidators } from './precompiled-validators.js';
import { precompiledProvider } from './precompiled-validators.js';

/** The typed case data of a definition written `as const` (through json-schema-to-ts). */
export type DefinitionData<D> = D extends { readonly data: infer S }
  ? S extends JSONSchema
    ? FromSchema<S>
    : Record<string, unknown>
  : Record<string, unknown>;

/** A compiled case type that remembers the type of its data. */
export type TypedCaseType<TData> = CaseType & { readonly __data?: TData };

/** Options of {@link defineCaseType}. */
export interface DefineCaseTypeOptions {
  /** Language of the issues reported (default `zh-CN`). */
  locale?: Locale;
  /** Collect every input error (forms) instead of stopping at the first (default: first). */
  allErrors?: boolean;
  /** Validators precompiled at build time; any missing one is compiled at run time. */
  validators?: PrecompiledValidators;
}

/** The meta-schema every definition is checked against (`@casegrid/core/case-type.schema.json`). */
export const caseTypeSchema: JsonSchema = metaSchema as JsonSchema;

/**
 * Checks a definition completely: the meta-schema, the limits for untrusted JSON Schema, and
 * the semantic checks. Returns every problem at once, each with its JSON pointer.
 *
 * @example
 * ```ts
 * const issues = checkCaseTypeDefinition(JSON.parse(file), { locale: 'en' });
 * for (const issue of issues) console.log(issue.path, issue.message);
 * ```
 */
export function checkCaseTypeDefinition(
  definition: unknown,
  options: { locale?: Locale } = {},
): CaseGridIssue[] {
  const locale = options.locale ?? 'zh-CN';
  const validator = compile(caseTypeSchema, { allErrors: true });
  if (!validator(definition)) {
    return dedupe(localizeErrors(pruneBranchErrors(validator.errors ?? []), { locale }));
  }
  const typed = definition as CaseTypeDefinition;
  const issues: CaseGridIssue[] = [];
  for (const [pointer, schema] of Object.entries(definitionSchemas(typed))) {
    issues.push(...checkSchema(schema, { locale, pathPrefix: pointer }));
  }
  issues.push(...checkDefinitionSemantics(typed, locale));
  return issues;
}

/**
 * Checks a case-type definition (data, from JSON or YAML, or a TypeScript object `as const`)
 * and compiles it to a {@link CaseType}: an xstate v5 machine plus a validator for every
 * schema. Every problem is reported at once as a `CaseGridError` with code
 * `invalid-definition` and `issues: [{ path, message }]`.
 *
 * @example
 * ```ts
 * import { defineCaseType } from '@casegrid/core';
 * import dispute from './dispute.json' with { type: 'json' };
 *
 * const disputeType = defineCaseType(dispute);
 * ```
 */
export function defineCaseType<const D extends CaseTypeDefinition>(
  definition: D,
  options?: DefineCaseTypeOptions,
): TypedCaseType<DefinitionData<D>>;
export function defineCaseType(definition: unknown, options?: DefineCaseTypeOptions): CaseType;
export function defineCaseType(definition: unknown, options: DefineCaseTypeOptions = {}): CaseType {
  const locale = options.locale ?? 'zh-CN';
  const issues = checkCaseTypeDefinition(definition, { locale });
  if (issues.length > 0) {
    throw new CaseGridError(
      'invalid-definition',
      text('en', 'def.invalid', { count: issues.length }),
      issues,
    );
  }
  const typed = definition as CaseTypeDefinition;
  const precompiled = options.validators
    ? precompiledProvider(options.validators, locale)
    : undefined;
  const allErrors = options.allErrors ?? false;
  return compileCaseType(typed, (key, schema) => {
    if (precompiled && options.validators?.[key]) return precompiled(key, schema);
    return compile(schema, { allErrors });
  });
}

export { schemaKey };

// A failed `oneOf`/`anyOf` reports each branch's failure as well; keep only the errors of
// the branch that got furthest, so county IT see one clear problem per place.
function pruneBranchErrors(errors: readonly ValidatorError[]): ValidatorError[] {
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (combinators.length === 0) return [...errors];
  const branchErrors = (combinator: ValidatorError) =>
    errors.filter(
      (e) =>
        e !== combinator &&
        e.schemaPath.startsWith(`${combinator.schemaPath}/`) &&
        e.instancePath.startsWith(combinator.instancePath),
    );
  const dropped = new Set<ValidatorError>();
  for (const combinator of combinators) {
    const inside = branchErrors(combinator);
    if (inside.length === 0) continue;
    // Group by branch index; a branch whose errors sit deeper matched more of the value.
    const byBranch = new Map<string, ValidatorError[]>();
    for (const error of inside) {
      const branch = error.schemaPath.slice(combinator.schemaPath.length + 1).split('/')[0] ?? '';
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), error]);
    }
    const depth = (list: ValidatorError[]) =>
      Math.max(
        ...list.map((e) => e.instancePath.split('/').length + (e.keyword === 'type' ? 0 : 0.5)),
      );
    const best = [...byBranch.values()].sort((a, b) => depth(b) - depth(a))[0] ?? [];
    const bestDepth = depth(best);
    const combinatorDepth = combinator.instancePath.split('/').length;
    if (bestDepth > combinatorDepth) {
      dropped.add(combinator);
      for (const error of inside) if (!best.includes(error)) dropped.add(error);
    } else {
      for (const error of inside) dropped.add(error);
    }
  }
  return errors.filter((e) => !dropped.has(e));
}

function dedupe(issues: CaseGridIssue[]): CaseGridIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
