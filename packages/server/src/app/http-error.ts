import {
  type CaseGridErrorCode,
  type CaseGridIssue,
  isCaseGridError,
  type Locale,
} from '@casegrid/core';
import { type MessageKey, message } from './messages.js';

/**
 * The stable codes of the server's error bodies: the engine's codes, and the server's own for
 * what happens before the engine is asked.
 *
 * @example
 * ```ts
 * const retry: ServerErrorCode[] = ['conflict', 'internal'];
 * ```
 */
export type ServerErrorCode =
  | CaseGridErrorCode
  | 'unauthenticated'
  | 'invalid-json'
  | 'too-large'
  | 'unsupported-media-type'
  | 'internal';

/**
 * The JSON body of every 4xx and 5xx answer, in the request's language.
 *
 * @example
 * ```ts
 * const body = (await response.json()) as ErrorBody;
 * if (body.code === 'invalid-input') for (const issue of body.issues ?? []) mark(issue.path);
 * ```
 */
export interface ErrorBody {
  readonly code: ServerErrorCode;
  readonly message: string;
  readonly issues?: readonly CaseGridIssue[];
}

/**
 * An answer other than success, thrown inside a handler and written by the app's error hook.
 *
 * @example
 * ```ts
 * throw new HttpError(404, { code: 'not-found', message: '案件不存在。' });
 * ```
 */
export class HttpError extends Error {
  readonly status: number;
  readonly body: ErrorBody;

  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'HttpError';
    this.status = status;
    this.body = body;
  }
}

/**
 * A server error from the catalog, in a language.
 *
 * @example
 * ```ts
 * throw httpError(415, 'unsupported-media-type', locale, 'unsupportedMediaType');
 * ```
 */
export function httpError(
  status: number,
  code: ServerErrorCode,
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
  issues?: readonly CaseGridIssue[],
): HttpError {
  const text = message(locale, key, params);
  return new HttpError(status, { code, message: text, ...(issues ? { issues } : {}) });
}

const statusOfCode: Record<CaseGridErrorCode, number> = {
  'invalid-input': 422,
  forbidden: 403,
  'not-available': 409,
  conflict: 409,
  'not-found': 404,
  'invalid-definition': 500,
  'invalid-form': 500,
  'storage-full': 507,
  'storage-blocked': 503,
};

/**
 * The HTTP status of an engine error code.
 *
 * @example
 * ```ts
 * statusOf('not-available'); // 409
 * ```
 */
export function statusOf(code: CaseGridErrorCode): number {
  return statusOfCode[code] ?? 500;
}

/**
 * What a client is told about a refusal from the engine: its code, a message in the
 * request's language (the engine's localized issues, or a sentence for the code), its issues.
 *
 * @example
 * ```ts
 * engineErrorBody(new CaseGridError('forbidden', 'No.'), 'en');
 * // { code: 'forbidden', message: 'You may not do this.' }
 * ```
 */
export function engineErrorBody(
  error: { code: CaseGridErrorCode; issues: readonly CaseGridIssue[] },
  locale: Locale,
): ErrorBody {
  const issues = error.issues.map(({ path, message: text, keyword }) => ({
    path,
    message: text,
    ...(keyword !== undefined ? { keyword } : {}),
  }));
  const detail = issues.map((issue) => issue.message).join(locale === 'en' ? ' ' : '');
  return {
    code: error.code,
    message: detail || message(locale, `code.${error.code}`),
    ...(issues.length > 0 ? { issues } : {}),
  };
}

/**
 * The status and body for anything a handler threw; `internal` (500) for what is neither an
 * {@link HttpError} nor a `CaseGridError`, whose details stay in the server's log.
 *
 * @example
 * ```ts
 * const { status, body } = errorAnswer(new Error('disk full'), 'en'); // 500, code 'internal'
 * ```
 */
export function errorAnswer(error: unknown, locale: Locale): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) return { status: error.status, body: error.body };
  if (isCaseGridError(error)) {
    return { status: statusOf(error.code), body: engineErrorBody(error, locale) };
  }
  return { status: 500, body: { code: 'internal', message: message(locale, 'internal') } };
}
