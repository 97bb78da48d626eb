import { type CaseGridError, isCaseGridError, type Locale } from '@casegrid/core';
import { idbError } from './messages.js';

function errorName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'name' in error
    ? String((error as { name: unknown }).name)
    : undefined;
}

/**
 * What an IndexedDB failure means to the caller, as a `CaseGridError`: a full disk is
 * `storage-full`, a database written by newer code is `storage-blocked`, anything else is
 * `not-available`. The original error is the `cause`. A `CaseGridError` passes unchanged.
 *
 * @example
 * ```ts
 * try { await tx.done; } catch (error) { throw toStoreError(error, 'zh-CN'); }
 * ```
 */
export function toStoreError(error: unknown, locale: Locale): CaseGridError {
  if (isCaseGridError(error)) return error;
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return idbError('storage-full', 'storage.full', locale, {}, error);
    case 'VersionError':
      return idbError('storage-blocked', 'storage.newer', locale, {}, error);
    default: {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return idbError('not-available', 'storage.failed', locale, { reason }, error);
    }
  }
}
