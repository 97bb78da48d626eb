/**
 * The stable error codes of casegrid (`invalid-form`: a form's schema, UI schema or expression
 * cannot be turned into a form; `storage-full`: the device's storage is full and nothing of
 * the change was saved; `storage-blocked`: the device's database cannot be used by this page,
 * close the other tabs or reload). They are part of the public API: code against them,
 * never against message text.
 */
export type CaseGridErrorCode =
  | 'invalid-definition'
  | 'invalid-input'
  | 'forbidden'
  | 'not-available'
  | 'conflict'
  | 'not-found'
  | 'invalid-form'
  | 'storage-full'
  | 'storage-blocked';

/** One localized problem, located by a JSON pointer. */
export interface CaseGridIssue {
  /** JSON pointer (RFC 6901) to the problem: into the definition, the input, or the case data. */
  path: string;
  /** Message in the reader's language (the `locale` the engine or call was given). */
  message: string;
  /** The rule that was broken, when one applies (a JSON Schema keyword or a casegrid check). */
  keyword?: string;
}

/**
 * The one error class every casegrid package throws across its boundary.
 *
 * @example
 * ```ts
 * try {
 *   await engine.perform(caseId, 'resolve', { actor, input });
 * } catch (error) {
 *   if (error instanceof CaseGridError && error.code === 'invalid-input') {
 *     for (const issue of error.issues) showUnder(issue.path, issue.message);
 *   }
 * }
 * ```
 */
export class CaseGridError extends Error {
  /** The stable code: what went wrong, for programs. */
  readonly code: CaseGridErrorCode;
  /** Every problem found, each with its JSON pointer and a localized message. */
  readonly issues: readonly CaseGridIssue[];

  constructor(
    code: CaseGridErrorCode,
    message: string,
    issues: readonly CaseGridIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CaseGridError';
    this.code = code;
    this.issues = issues;
  }

  /** A plain object for logs and HTTP bodies: `{ code, message, issues }`. */
  toJSON(): { code: CaseGridErrorCode; message: string; issues: CaseGridIssue[] } {
    return { code: this.code, message: this.message, issues: [...this.issues] };
  }
}

/**
 * Whether a value is a {@link CaseGridError}, optionally with a given code. Works across
 * bundles that each carry their own copy of the class.
 *
 * @example
 * ```ts
 * if (isCaseGridError(error, 'conflict')) await retry();
 * ```
 */
export function isCaseGridError(value: unknown, code?: CaseGridErrorCode): value is CaseGridError {
  if (value instanceof CaseGridError) return code === undefined || value.code === code;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return candidate.name === 'CaseGridError' && (code === undefined || candidate.code === code);
}
