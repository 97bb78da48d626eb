import type { JsonSchema, Validator } from '@casegrid/schema';
import { CaseGridError } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { Locale } from './case-type-definition.js';
import type { ValidatorProvider } from './compile-case-type.js';

/**
 * Validators compiled at build time (`casegrid compile`, or `precompileCaseTypes` from
 * `@casegrid/core/build`), keyed by `schemaKey`: `dispute@1#/actions/resolve/input`.
 */
export type PrecompiledValidators = { readonly [key: string]: Validator };

/**
 * A validator provider that only looks keys up, never compiles: nothing is built from
 * strings at run time, so it works under a Content-Security-Policy without 'unsafe-eval'.
 *
 * @example
 * ```ts
 * const provider = precompiledProvider(validators, 'en');
 * const check = provider('dispute@1#/data', disputeDataSchema);
 * ```
 */
export function precompiledProvider(
  validators: PrecompiledValidators,
  locale: Locale,
): ValidatorProvider {
  return (key: string, _schema: JsonSchema) => {
    const validator = validators[key];
    if (!validator) {
      throw new CaseGridError(
        'invalid-definition',
        text('en', 'def.precompiledMissing', { name: key }),
        [
          {
            path: key.slice(key.indexOf('#') + 1),
            message: text(locale, 'def.precompiledMissing', { name: key }),
          },
        ],
      );
    }
    return validator;
  };
}
