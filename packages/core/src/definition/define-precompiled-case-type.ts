import { CaseGridError } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { CaseTypeDefinition, Locale } from './case-type-definition.js';
import { checkDefinitionSemantics } from './check-definition.js';
import { type CaseType, compileCaseType } from './compile-case-type.js';
import { type PrecompiledValidators, precompiledProvider } from './precompiled-validators.js';

/**
 * Compiles a definition with validators precompiled at build time: nothing is built from
 * strings and ajv is not loaded. The build step (`precompileCaseTypes`) checked the
 * definition against the meta-schema and the schema limits; here the semantic checks run
 * again, and a missing validator is an `invalid-definition`.
 *
 * @example
 * ```ts
 * import { defineCaseType } from '@casegrid/core/precompiled';
 * import { validators } from './validators.generated.js';
 * import dispute from './dispute.json' with { type: 'json' };
 *
 * const disputeType = defineCaseType(dispute, { validators });
 * ```
 */
export function defineCaseType(
  definition: CaseTypeDefinition,
  options: { validators: PrecompiledValidators; locale?: Locale },
): CaseType {
  const locale = options.locale ?? 'zh-CN';
  const issues = checkDefinitionSemantics(definition, locale);
  if (issues.length > 0) {
    throw new CaseGridError(
      'invalid-definition',
      text('en', 'def.invalid', { count: issues.length }),
      issues,
    );
  }
  return compileCaseType(definition, precompiledProvider(options.validators, locale));
}
