import type { Locale } from '../definition/case-type-definition.js';
import { CaseGridError, type CaseGridErrorCode } from '../errors/case-grid-error.js';
import { type MessageKey, text } from '../i18n/messages.js';

/**
 * A sentence a local store can say: the `store.*` keys of core's catalogue.
 *
 * @example
 * ```ts
 * const key: StoreMessageKey = 'store.outboxUnknown';
 * ```
 */
export type StoreMessageKey = Extract<MessageKey, `store.${string}`>;

type Params = Record<string, string | number>;

/**
 * The error a local store throws: as the engine does, `message` is English (for logs) and the
 * one issue carries the sentence in the reader's language, with the message key as `keyword`.
 * Shared by every `LocalStore` implementation so that they fail alike.
 *
 * @example
 * ```ts
 * throw storeError('not-found', 'store.outboxUnknown', 'zh-CN', { id: eventId });
 * ```
 */
export function storeError(
  code: CaseGridErrorCode,
  key: StoreMessageKey,
  locale: Locale,
  params: Params = {},
  cause?: unknown,
): CaseGridError {
  return new CaseGridError(
    code,
    text('en', key, params),
    [{ path: '', message: text(locale, key, params), keyword: key }],
    cause === undefined ? undefined : { cause },
  );
}
