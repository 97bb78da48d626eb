import { CaseGridError } from '@casegrid/core';
import type { Database } from './database.js';

/**
 * Names an advisory lock: a string (hashed by PostgreSQL to a 64-bit key) or a 64-bit
 * integer. Every process that contends for the same work must use the same key.
 *
 * @example
 * ```ts
 * const schedulerLock: AdvisoryLockKey = 'casegrid:scheduler';
 * ```
 */
export type AdvisoryLockKey = string | number | bigint;

/**
 * What {@link withAdvisoryLock} did: ran the function (and what it returned) or not, because
 * another holder had the lock.
 *
 * @example
 * ```ts
 * const outcome: AdvisoryLockResult<number> = await withAdvisoryLock(db, 'job', count);
 * if (outcome.ran) log(outcome.result);
 * ```
 */
export type AdvisoryLockResult<T> =
  | { readonly ran: true; readonly result: T }
  | { readonly ran: false; readonly result?: undefined };

/** Keys held through each database in this process (PGlite's one session would re-enter). */
const heldHere = new WeakMap<Database, Set<string>>();

/**
 * Runs `fn` only if this caller can take the advisory lock `key` now, and never waits: with
 * several server processes on one PostgreSQL, the one that gets the lock runs the job (the
 * deadline scheduler) and the others skip their turn. The lock is a session lock taken and
 * released on one connection held for the whole run (one client checked out of the pool);
 * if the process dies, PostgreSQL releases it with the connection.
 *
 * Within one process the same key is exclusive too, also on PGlite, where every caller
 * shares the one session and PostgreSQL would let it take the lock again.
 *
 * @example
 * ```ts
 * setInterval(async () => {
 *   const outcome = await withAdvisoryLock(db, 'casegrid:scheduler', () =>
 *     engine.runDue(new Date().toISOString()),
 *   );
 *   if (!outcome.ran) return; // another process is on it
 * }, 60_000);
 * ```
 */
export async function withAdvisoryLock<T>(
  db: Database,
  key: AdvisoryLockKey,
  fn: () => Promise<T>,
): Promise<AdvisoryLockResult<T>> {
  const { expression, param, id } = lockKey(key);
  let held = heldHere.get(db);
  if (!held) {
    held = new Set();
    heldHere.set(db, held);
  }
  if (held.has(id)) return { ran: false };
  held.add(id);
  try {
    return await db.session(async (session) => {
      const [row] = await session.query<{ locked: boolean }>(
        `SELECT pg_try_advisory_lock(${expression}) AS locked`,
        [param],
      );
      if (row?.locked !== true) return { ran: false };
      try {
        return { ran: true, result: await fn() };
      } finally {
        await session.query(`SELECT pg_advisory_unlock(${expression})`, [param]);
      }
    });
  } finally {
    held.delete(id);
  }
}

function lockKey(key: AdvisoryLockKey): { expression: string; param: string; id: string } {
  if (typeof key === 'string') {
    return { expression: 'hashtextextended($1::text, 0)', param: key, id: `s:${key}` };
  }
  const value = typeof key === 'bigint' ? key : Number.isSafeInteger(key) ? BigInt(key) : null;
  if (value === null || value < -(2n ** 63n) || value >= 2n ** 63n) {
    throw new CaseGridError(
      'invalid-input',
      `An advisory lock key is a string or a 64-bit integer, not ${String(key)}.`,
    );
  }
  return { expression: '$1::bigint', param: value.toString(), id: `n:${value}` };
}

/**
 * The SQL expression of a lock key private to the current schema: `casegrid:<name>:<schema>`,
 * hashed. Two casegrid schemas in one database never wait for each other.
 *
 * @example
 * ```ts
 * await tx.query(`SELECT pg_advisory_xact_lock(${schemaLockKeySql('log')})`);
 * ```
 */
export function schemaLockKeySql(name: string): string {
  return `hashtextextended('casegrid:${name}:' || current_schema(), 0)`;
}
