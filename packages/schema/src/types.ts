/**
 * A UI language for validation messages.
 *
 * @example
 * ```ts
 * const locale: Locale = 'zh-CN';
 * ```
 */
export type Locale = 'zh-CN' | 'en';

/**
 * A JSON Schema (draft 2020-12): an object, or `true`/`false`.
 *
 * @example
 * ```ts
 * const schema: JsonSchema = { type: 'string', maxLength: 50, title: '姓名' };
 * ```
 */
export type JsonSchema = { [key: string]: unknown } | boolean;

/**
 * One localized problem, ready to show next to a field.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = { path: '/parties', message: '请填写“当事人”', keyword: 'required' };
 * ```
 */
export interface ValidationIssue {
  /** JSON pointer (RFC 6901) into the validated value (or, for `checkSchema`, into the schema); `''` is the root. */
  path: string;
  /** Text for people, in the requested locale. */
  message: string;
  /** The schema keyword (or schema rule) that failed: stable, for code to branch on. */
  keyword: string;
  /** Details from the failing keyword, e.g. `{ limit: 50 }`. */
  params?: Record<string, unknown>;
}

/**
 * The outcome of `validate`.
 *
 * @example
 * ```ts
 * const result: ValidationResult = { ok: true, issues: [] };
 * ```
 */
export interface ValidationResult {
  ok: boolean;
  issues: ValidationIssue[];
}

/**
 * One raw error as ajv reports it (`ErrorObject`), before localization.
 *
 * @example
 * ```ts
 * const error: ValidatorError = {
 *   keyword: 'maxLength',
 *   instancePath: '/name',
 *   schemaPath: '#/properties/name/maxLength',
 *   params: { limit: 50 },
 * };
 * ```
 */
export interface ValidatorError {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  // biome-ignore lint/suspicious/noExplicitAny: mirrors ajv's ErrorObject so its errors assign without a cast
  params: Record<string, any>;
  message?: string;
  /** Present when the validator was compiled with `verbose: true`; the source of field titles. */
  parentSchema?: unknown;
}

/**
 * A compiled validator: ajv's `ValidateFunction` shape; precompiled (standalone) validators have the
 * same shape. After a failing call, `errors` holds what went wrong.
 *
 * @example
 * ```ts
 * const validator: Validator = compile({ type: 'integer' });
 * if (!validator(1.5)) console.log(validator.errors);
 * ```
 */
export type Validator = ((value: unknown) => boolean) & { errors?: ValidatorError[] | null };

/**
 * How to compile a schema.
 *
 * @example
 * ```ts
 * const serverOptions: CompileOptions = { allErrors: false };
 * ```
 */
export interface CompileOptions {
  /**
   * `true` (default) collects every error, which forms need to mark all fields at once; `false`
   * stops at the first error, which is cheaper and enough for the authoritative server check.
   */
  allErrors?: boolean;
}
