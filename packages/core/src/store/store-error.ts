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
  return localizedError(code, key, (language) => text(language, key, params), locale, cause);
}

/**
 * A `CaseGridError` shaped as every store's errors are: `message` in English (for logs), one
 * issue with the sentence in the reader's language and the message key as `keyword`. `say`
 * gives the sentence in a language; stores with a catalogue of their own (IndexedDB) pass theirs.
 *
 * @example
 * ```ts
 * throw localizedError('storage-full', 'storage.full', (l) => text(l, 'storage.full'), 'zh-CN');
 * ```
 */
export function localizedError(
  code: CaseGridErrorCode,
  keyword: string,
  say: (locale: Locale) => string,
  locale: Locale,
  cause?: unknown,
): CaseGridError {
  return new CaseGridError(
    code,
    say('en'),
    [{ path: '', message: say(locale), keyword }],
    cause === undefined ? undefined : { cause },
  );
}
