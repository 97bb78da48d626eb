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

/**
 * The meta-schema every definition is checked against (`@casegrid/core/case-type.schema.json`).
 *
 * @example
 * ```ts
 * validate(caseTypeSchema, JSON.parse(file), { locale: 'zh-CN' }).issues;
 * ```
 */
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

// A failed `oneOf`/`anyOf` reports each branch's failure as well. Keep what the author most
// likely meant: the errors of a branch that got inside the value, else the errors of branches
// of the right type; when no branch fits at all, the combinator's own single error.
function pruneBranchErrors(errors: readonly ValidatorError[]): ValidatorError[] {
  const dropped = new Set<ValidatorError>();
  const combinators = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  for (const combinator of combinators) {
    const at = combinator.instancePath;
    const own = `${combinator.schemaPath}/`;
    const parent = combinator.schemaPath.slice(0, combinator.schemaPath.lastIndexOf('/') + 1);
    // Branches that are `$ref`s report under the referenced schema's own path, so a branch
    // error is any error at or below the value that is not a sibling keyword of the combinator.
    const inside = errors.filter(
      (e) =>
        e !== combinator &&
        (e.instancePath === at || e.instancePath.startsWith(`${at}/`)) &&
        (e.schemaPath.startsWith(own) || !e.schemaPath.startsWith(parent)),
    );
    if (inside.length === 0) continue;
    const deeper = inside.filter((e) => e.instancePath !== at);
    const sameLevel = inside.filter((e) => e.instancePath === at && e.keyword !== 'type');
    const onlyMissing = sameLevel.length > 1 && sameLevel.every((e) => e.keyword === 'required');
    const keep = deeper.length > 0 ? deeper : onlyMissing ? [] : sameLevel;
    for (const error of inside) if (!keep.includes(error)) dropped.add(error);
    if (keep.length > 0) dropped.add(combinator);
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
