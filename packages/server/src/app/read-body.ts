import type { Locale } from '@casegrid/core';
import { compile, localizeErrors } from '@casegrid/schema';
import { HttpError, httpError } from './http-error.js';
import { message } from './messages.js';

const maxIssues = 50;

/** Whether a `Content-Type` names JSON: `application/json` or a `+json` type, any parameters. */
function isJsonType(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

/**
 * Reads a request body as JSON and checks it against a JSON Schema: 415 when it is not JSON,
 * 400 `invalid-json` when it does not parse, 400 `invalid-input` with every issue (in the
 * request's language, at most 50) when it does not match. With `optional`, an empty body
 * reads as `undefined`.
 *
 * @example
 * ```ts
 * const body = (await readJsonBody(c.req.raw, openBodySchema, 'en')) as OpenBody;
 * ```
 */
export async function readJsonBody(
  request: Request,
  schema: Record<string, unknown>,
  locale: Locale,
  options: { optional?: boolean } = {},
): Promise<unknown> {
  if (options.optional && request.body === null) return undefined;
  if (!isJsonType(request.headers.get('content-type'))) {
    throw httpError(415, 'unsupported-media-type', locale, 'unsupportedMediaType');
  }
  const text = await request.text();
  if (options.optional && text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw httpError(400, 'invalid-json', locale, 'invalidJson');
  }
  const validator = compile(schema);
  if (!validator(value)) {
    const issues = localizeErrors(validator.errors, { locale })
      .slice(0, maxIssues)
      .map(({ path, message: text, keyword }) => ({ path, message: text, keyword }));
    throw new HttpError(400, {
      code: 'invalid-input',
      message: message(locale, 'invalidRequest'),
      issues,
    });
  }
  return value;
}
