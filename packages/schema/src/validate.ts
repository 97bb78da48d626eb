import { compile } from './compile.js';
import { localizeErrors } from './localize-errors.js';
import type { CompileOptions, JsonSchema, Locale, ValidationResult } from './types.js';

/**
 * Validates a value and returns localized issues (default locale `zh-CN`). Compiles through the
 * `compile` cache, so calling it repeatedly with the same schema object is cheap.
 *
 * @example
 * ```ts
 * validate({ type: 'string', maxLength: 50 }, 'x'.repeat(51));
 * // { ok: false, issues: [{ path: '', message: '不能超过 50 个字符', keyword: 'maxLength', params: { limit: 50 } }] }
 * ```
 */
export function validate(
  schema: JsonSchema,
  value: unknown,
  options: CompileOptions & { locale?: Locale } = {},
): ValidationResult {
  const validator = compile(schema, options);
  if (validator(value)) return { ok: true, issues: [] };
  const localizeOptions = options.locale === undefined ? {} : { locale: options.locale };
  return { ok: false, issues: localizeErrors(validator.errors, localizeOptions) };
}
