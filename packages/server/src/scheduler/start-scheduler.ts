import type { CaseEngine, CaseEvent } from '@casegrid/core';
import { type AdvisoryLockKey, withAdvisoryLock } from '../db/advisory-lock.js';
import type { Database } from '../db/database.js';

/**
 * Options of {@link startScheduler}.
 *
 * @example
 * ```ts
 * const options: SchedulerOptions = { engine, db, intervalMs: 30_000, onEvents: log };
 * ```
 */
export interface SchedulerOptions {
  /** The engine whose passed deadlines become events (`engine.runDue`). */
  readonly engine: CaseEngine;
  /**
   * The shared SQL database. Given it, a tick runs only while holding an advisory lock on it,
   * so that of several server processes one at a time does the work; the others skip.
   */
  readonly db?: Database;
  /** Milliseconds between the end of one tick and the start of the next (default 60 000). */
  readonly intervalMs?: number;
  /** Run the first tick at once (default `true`); `false` waits one interval. */
  readonly runAtStart?: boolean;
  /** The advisory lock's key (default `'casegrid:scheduler'`). */
  readonly lockKey?: AdvisoryLockKey;
  /** Told of the events each tick produced. */
  readonly onEvents?: (events: readonly CaseEvent[]) => void;
  /** Told of a failed tick (default: `console.error`); the next tick runs all the same. */
  readonly onError?: (error: unknown) => void;
}

/**
 * What one tick did: ran (and what it produced), or skipped because another held the lock.
 *
 * @example
 * ```ts
 * const outcome: TickOutcome = await scheduler.tick();
 * if (outcome.ran) console.log(outcome.events.length, 'deadline events');
 * ```
 */
export type TickOutcome =
  | { readonly ran: true; readonly events: readonly CaseEvent[] }
  | { readonly ran: false };

/**
 * A running scheduler.
 *
 * @example
 * ```ts
 * const scheduler: Scheduler = startScheduler({ engine });
 * await scheduler.stop();
 * ```
 */
export interface Scheduler {
  /** Runs one tick now (after the running one, if any) and reports what it did. */
  tick(): Promise<TickOutcome>;
  /** Stops the timer and waits for a running tick to end. */
  stop(): Promise<void>;
}

const defaultInterval = 60_000;

/**
 * Turns passed deadlines into events on a schedule: one tick at once (deadlines that passed
 * while the server was down), then one every `intervalMs` after the previous tick ended, so
 * ticks never overlap. Correctness never rests on the timer: a late tick writes the same
 * events, at the times the deadlines passed. With `db`, ticks across processes are serialized
 * by a PostgreSQL advisory lock; even without it, a deadline's event is stored once, as the
 * store refuses a second write at the same seq.
 *
 * @example
 * ```ts
 * const scheduler = startScheduler({ engine, db, intervalMs: 30_000 });
 * process.on('SIGTERM', () => scheduler.stop());
 * ```
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { engine, db } = options;
  const key = options.lockKey ?? 'casegrid:scheduler';
  const interval = options.intervalMs ?? defaultInterval;
  const report = options.onError ?? ((error: unknown) => console.error(error));
  let running: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function runOnce(): Promise<TickOutcome> {
    if (!db) return { ran: true, events: await engine.runDue() };
    const outcome = await withAdvisoryLock(db, key, () => engine.runDue());
    return outcome.ran ? { ran: true, events: outcome.result } : { ran: false };
  }

  function tick(): Promise<TickOutcome> {
    const next = running.then(runOnce);
    running = next.catch(() => {});
    return next.then((outcome) => {
      if (outcome.ran && outcome.events.length > 0) options.onEvents?.(outcome.events);
      return outcome;
    });
  }

  function schedule(delay: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      tick()
        .catch(report)
        .finally(() => schedule(interval));
    }, delay);
    // The scheduler alone never keeps the process alive; the HTTP server does.
    timer.unref?.();
  }

  schedule(options.runAtStart === false ? interval : 0);
  return {
    tick,
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
}
