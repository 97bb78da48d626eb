import { CaseGridError, isCaseGridError } from '@casegrid/core';

/**
 * The `keyword` on the issue of a `conflict` that says which rule a write broke:
 * - `expected-seq`: the case is not at the seq the write expected (someone wrote first);
 * - `duplicate-event`: an event id is already stored (the write may be a retry: see
 *   {@link SqlStore.findEvent});
 * - `wrong-case`: an event names another case than the write it is in.
 *
 * @example
 * ```ts
 * const kind = conflictKind(error); // 'duplicate-event' for a retried push
 * ```
 */
export type ConflictKind = 'expected-seq' | 'duplicate-event' | 'wrong-case';

/**
 * Which rule a store `conflict` broke, or `undefined` for any other error (and for the
 * conflicts `applyEvent` reports itself, such as an event that does not follow its case).
 *
 * @example
 * ```ts
 * try {
 *   await store.append(event.caseId, event.seq - 1, [event]);
 * } catch (error) {
 *   if (conflictKind(error) !== 'duplicate-event') throw error;
 *   const stored = await store.findEvent(event.id); // same content: already accepted
 * }
 * ```
 */
export function conflictKind(error: unknown): ConflictKind | undefined {
  if (!isCaseGridError(error, 'conflict')) return undefined;
  for (const issue of error.issues) {
    if (
      issue.keyword === 'expected-seq' ||
      issue.keyword === 'duplicate-event' ||
      issue.keyword === 'wrong-case'
    ) {
      return issue.keyword;
    }
  }
  return undefined;
}

/**
 * The case is not at the expected seq (the memory store's message, with an issue).
 *
 * @example
 * ```ts
 * throw seqConflict('c-1', 3, 2, '/0/expectedSeq'); // "Case c-1 is at seq 3, not 2."
 * ```
 */
export function seqConflict(
  caseId: string,
  seq: number,
  expectedSeq: number,
  path: string,
): CaseGridError {
  const message = `Case ${caseId} is at seq ${seq}, not ${expectedSeq}.`;
  return new CaseGridError('conflict', message, [{ path, message, keyword: 'expected-seq' }]);
}

/**
 * An event id that is already stored, or given twice.
 *
 * @example
 * ```ts
 * throw duplicateEvent('e-1', '/0/events/0/id'); // "Event e-1 is already stored."
 * ```
 */
export function duplicateEvent(eventId: string, path: string): CaseGridError {
  const message = `Event ${eventId} is already stored.`;
  return new CaseGridError('conflict', message, [{ path, message, keyword: 'duplicate-event' }]);
}

/**
 * An event in the write of another case.
 *
 * @example
 * ```ts
 * throw wrongCase('e-1', 'c-2', 'c-1', '/0/events/0/caseId');
 * ```
 */
export function wrongCase(
  eventId: string,
  eventCaseId: string,
  caseId: string,
  path: string,
): CaseGridError {
  const message = `Event ${eventId} belongs to case ${eventCaseId}, not ${caseId}.`;
  return new CaseGridError('conflict', message, [{ path, message, keyword: 'wrong-case' }]);
}

/**
 * Turns what PostgreSQL refused into casegrid's errors: a unique key that another writer took
 * first is a `conflict`; a value PostgreSQL cannot store (a malformed instant, a NUL
 * character in JSON) is `invalid-input`. Anything else is returned as it is.
 *
 * @example
 * ```ts
 * try { await db.query(sql, params); } catch (error) { throw translateSqlError(error); }
 * ```
 */
export function translateSqlError(error: unknown): unknown {
  if (isCaseGridError(error)) return error;
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  if (typeof code !== 'string') return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (code === '23505') {
    const keyword: ConflictKind =
      constraint === 'events_event_id_key' ? 'duplicate-event' : 'expected-seq';
    const message =
      keyword === 'duplicate-event'
        ? 'An event of this write is already stored.'
        : 'A case of this write was written by someone else first.';
    return new CaseGridError('conflict', message, [{ path: '', message, keyword }], {
      cause: error,
    });
  }
  if (code.startsWith('22') || code === '23502') {
    return new CaseGridError(
      'invalid-input',
      `PostgreSQL cannot store or compare a value: ${detail}`,
      [],
      { cause: error },
    );
  }
  return error;
}
