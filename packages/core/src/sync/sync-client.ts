import { BehaviorSubject, type Observable, Subject } from 'rxjs';
import type { Locale } from '../definition/case-type-definition.js';
import type { CaseEngine } from '../engine/create-engine.js';
import { CaseGridError, isCaseGridError } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { Actor } from '../org/org.js';
import type { LocalStore, RejectedEntry } from '../store/local-store.js';
import { storeError } from '../store/store-error.js';
import { type BackoffOptions, withRetries } from './backoff.js';
import { type FetchTransportOptions, fetchTransport } from './fetch-transport.js';
import { consequencesOf, groupActions } from './local-actions.js';
import type { ReapplyOutcome, SyncReport, SyncSettlement, SyncStatus } from './sync-status.js';
import { type Entry, type SyncCounts, syncSteps } from './sync-steps.js';
import { isRetryable, type SyncTransport, SyncTransportError } from './sync-transport.js';

/**
 * Options of {@link syncClient}.
 *
 * @example
 * ```ts
 * const options: SyncClientOptions = { engine, store, transport, actor: me, backoff: { retries: 3 } };
 * ```
 */
export interface SyncClientOptions {
  /** The device's engine, over `store`: it takes refused and conflicting actions again. */
  readonly engine: CaseEngine;
  readonly store: LocalStore;
  /** How to reach the server; or give `url` (and `auth`) for HTTP through {@link fetchTransport}. */
  readonly transport?: SyncTransport;
  /** Where the casegrid server is mounted, when no `transport` is given. */
  readonly url?: string;
  /** Credentials for `url`: headers or a bearer token, asked before every request. */
  readonly auth?: FetchTransportOptions['auth'];
  /** Who takes actions again (default: the person written on each action's first event). */
  readonly actor?: Actor;
  /** A stable id of this device, sent with every push for the server's logs (default `actor.id`). */
  readonly device?: string;
  /** Milliseconds since the epoch (default `Date.now`): for `lastSync`. */
  readonly clock?: () => number;
  /** How failed calls are retried (offline, 5xx): exponential backoff with jitter. */
  readonly backoff?: BackoffOptions;
  /** The language of the client's own messages (default `zh-CN`); give the engine the same. */
  readonly locale?: Locale;
  /** Actions per push, at most 100 (default 100). */
  readonly batchSize?: number;
  /** Events asked for per pull (default 500). */
  readonly pullLimit?: number;
}

/**
 * The sync client of one device. See {@link syncClient}.
 *
 * @example
 * ```ts
 * const client: SyncClient = syncClient({ engine, store, transport });
 * client.start({ intervalMs: 60_000 });
 * ```
 */
export interface SyncClient {
  /** The state to show a person; emits the current state to each new subscriber. */
  readonly status$: Observable<SyncStatus>;
  /** How each local event left the pending outbox: confirmed, rejected, retaken, replaced, discarded. */
  readonly settled$: Observable<SyncSettlement>;
  /**
   * Pushes the outbox, then pulls until the server has no more, then takes conflicting actions
   * again on the server's version of their cases (and pushes those), under the store's sync
   * lock. Resolves `ran: false` when another tab holds the lock. Fails with the last error
   * (after retries) and shows it in `status$`; what was done before the failure stays done.
   */
  sync(): Promise<SyncReport>;
  /**
   * Takes a refused action again through the engine on its case as it is now (the case without
   * it and without the later local changes of that case, which are taken again after it), with
   * new event ids; the refused events are discarded once the engine accepts. If the engine
   * refuses, the action stays rejected with the engine's reason. The next sync pushes it.
   */
  reapply(eventId: string): Promise<ReapplyOutcome>;
  /**
   * Discards a refused action (every event of it, and the consequences it wrote: the child
   * cases it opened). Fails with `conflict` while later local changes of the case remain.
   */
  discard(eventId: string): Promise<void>;
  /**
   * Syncs now and then every `intervalMs` (default 60 s), and when the browser comes online.
   * With `afterChangeMs`, also that long after a burst of local changes (appended through the
   * engine), so a change reaches the server soon rather than at the next interval.
   */
  start(options?: { readonly intervalMs?: number; readonly afterChangeMs?: number }): void;
  /** Stops what `start` began; a sync under way finishes. */
  stop(): void;
  /** Stops, and completes `status$` and `settled$`. */
  close(): void;
}

const maxBatch = 100;
// Rounds of push → pull → retake in one sync: each round settles every action it pushed.
const maxRounds = 4;

/**
 * The sync client: pushes a device's local actions to the county server, pulls what changed,
 * and settles every local event as confirmed or rejected, never dropping one silently.
 *
 * - Push: pending actions grouped by action id, in log order, 100 per request, each with the
 *   seq its case had before it. `accepted`: the server's events are applied (same ids: the
 *   local events are confirmed and take the server's version). `rejected`: every event of the
 *   action is marked rejected with the server's code and message and stays in its case until a
 *   person calls {@link SyncClient.reapply} or {@link SyncClient.discard}. `conflict`: pull first.
 * - Pull: from the store's checkpoint (a server log position), applied with the next position
 *   in one transaction, until the server says there is no more.
 * - Rebase: local events that a pulled server event took the place of (rejected `conflict`,
 *   out of the log) are taken again through the engine on the new state, in their original
 *   order; where the engine refuses, they stay rejected with its code and message.
 * - Calls that get no answer, or a 5xx, are tried again with exponential backoff and jitter;
 *   pushes are idempotent by event id, so a lost answer is safe.
 *
 * @example
 * ```ts
 * const store = idbStore({ name: 'casegrid' });
 * const engine = createEngine({ caseTypes, org, store });
 * const client = syncClient({
 *   engine, store, actor: me,
 *   transport: fetchTransport({ url: '/casegrid', auth: () => session.token }),
 * });
 * client.status$.subscribe(renderBadge);
 * client.start({ intervalMs: 60_000 });
 * ```
 */
export function syncClient(options: SyncClientOptions): SyncClient {
  const { engine, store } = options;
  const locale = options.locale ?? 'zh-CN';
  const transport =
    options.transport ??
    (options.url === undefined
      ? undefined
      : fetchTransport({
          url: options.url,
          locale,
          ...(options.auth === undefined ? {} : { auth: options.auth }),
        }));
  if (transport === undefined) {
    throw new CaseGridError('invalid-input', 'syncClient needs a `transport` or a `url`', [
      { path: '', message: 'Give `transport`, or `url` (and `auth`) for HTTP' },
    ]);
  }
  const clock = options.clock ?? Date.now;
  const device = options.device ?? options.actor?.id ?? 'casegrid-device';
  const batchSize = Math.max(1, Math.min(maxBatch, options.batchSize ?? maxBatch));
  const pullLimit = options.pullLimit ?? 500;
  const status = new BehaviorSubject<SyncStatus>({
    online: (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false,
    syncing: false,
    pending: 0,
    rejected: 0,
  });
  const settled = new Subject<SyncSettlement>();
  const update = (patch: Partial<SyncStatus>) => status.next({ ...status.value, ...patch });

  // This client's operations run one at a time; the store's lock keeps other tabs out.
  let queue: Promise<unknown> = Promise.resolve();
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  }
  async function locked<T>(fn: () => Promise<T>): Promise<{ ran: boolean; value?: T }> {
    let value: T | undefined;
    const ran = await store.withSyncLock(async () => {
      value = await fn();
    });
    return ran ? { ran, value: value as T } : { ran };
  }

  async function call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      const result = await withRetries(fn, isRetryable, options.backoff, (error) => {
        if (isOffline(error)) update({ online: false });
      });
      if (!status.value.online) update({ online: true });
      return result;
    } catch (error) {
      if (!isOffline(error)) throw error;
      update({ online: false });
      throw error instanceof SyncTransportError
        ? error
        : new SyncTransportError('offline', { locale }, { cause: error });
    }
  }

  const steps = syncSteps({
    engine,
    store,
    transport,
    ...(options.actor ? { actor: options.actor } : {}),
    device,
    locale,
    batchSize,
    pullLimit,
    call,
    settle: (s) => settled.next(s),
  });
  const { setAsideAction, outboxActions, pushAll, pullAll, retakeSetAside } = steps;

  async function runSync(): Promise<SyncReport> {
    const counts: SyncCounts = { confirmed: 0, rejected: 0, retaken: 0, pulled: 0 };
    update({ syncing: true });
    try {
      const { ran } = await locked(async () => {
        const tried = new Set<string>();
        for (let round = 0; round < maxRounds; round += 1) {
          const conflicted = await pushAll(counts);
          await pullAll(counts);
          const taken = await retakeSetAside(counts, tried);
          if (taken === 0 && !conflicted) break;
        }
      });
      if (ran) {
        const { error: _, ...rest } = status.value;
        status.next({ ...rest, lastSync: new Date(clock()).toISOString() });
      }
      return { ran, ...counts };
    } catch (error) {
      update({ error: describe(error) });
      throw error;
    } finally {
      update({ syncing: false });
      await refreshCounts();
    }
  }

  let inFlight: Promise<SyncReport> | undefined;
  function sync(): Promise<SyncReport> {
    inFlight ??= exclusive(runSync).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  async function findRejected(eventId: string): Promise<RejectedEntry[]> {
    const rejected = await store.outbox.rejected();
    const target = rejected.find((e) => e.event.id === eventId);
    if (target) return rejected.filter((e) => e.actionId === target.actionId);
    const pending = await store.outbox.pending();
    if (pending.some((e) => e.event.id === eventId)) {
      throw new CaseGridError('not-available', text('en', 'sync.notRejected', { id: eventId }), [
        { path: '', message: text(locale, 'sync.notRejected', { id: eventId }), keyword: 'status' },
      ]);
    }
    throw storeError('not-found', 'store.outboxUnknown', locale, { id: eventId });
  }

  function busy(): CaseGridError {
    return new CaseGridError('not-available', text('en', 'sync.busy'), [
      { path: '', message: text(locale, 'sync.busy'), keyword: 'lock' },
    ]);
  }

  function reapply(eventId: string): Promise<ReapplyOutcome> {
    return exclusive(async () => {
      const outcomes: SyncSettlement[] = [];
      const watching = settled.subscribe((s) => {
        if (s.eventId === eventId) outcomes.push(s);
      });
      try {
        const result = await locked(async () => {
          const entries = await findRejected(eventId);
          const [action] = groupActions<Entry>(entries);
          const again = { code: 'conflict', message: text(locale, 'sync.reapplying') };
          const consequences = consequencesOf(action!, await outboxActions());
          await setAsideAction(action!, again);
          for (const consequence of consequences) await setAsideAction(consequence, again);
          await retakeSetAside({ confirmed: 0, rejected: 0, retaken: 0, pulled: 0 }, new Set());
        });
        if (!result.ran) throw busy();
      } finally {
        watching.unsubscribe();
        await refreshCounts();
      }
      const last = outcomes.at(-1);
      if (last?.outcome === 'retaken') return { status: 'reapplied', eventIds: last.by };
      const now = (await store.outbox.rejected()).find((e) => e.event.id === eventId);
      return {
        status: 'rejected',
        rejection: now?.rejection ?? { code: 'conflict', message: text(locale, 'sync.reapplying') },
      };
    });
  }

  function discard(eventId: string): Promise<void> {
    return exclusive(async () => {
      try {
        const result = await locked(async () => {
          const entries = await findRejected(eventId);
          const [action] = groupActions<Entry>(entries);
          const consequences = consequencesOf(action!, await outboxActions());
          for (const { event } of [...entries].sort((a, b) => b.event.seq - a.event.seq)) {
            await store.outbox.discard(event.id);
            settled.next({ eventId: event.id, outcome: 'discarded' });
          }
          const gone = { code: 'conflict', message: text(locale, 'sync.replaced') };
          for (const consequence of consequences) {
            await setAsideAction(consequence, gone);
            for (const { event } of consequence.entries) {
              await store.outbox.discard(event.id);
              settled.next({ eventId: event.id, outcome: 'discarded' });
            }
          }
        });
        if (!result.ran) throw busy();
      } finally {
        await refreshCounts();
      }
    });
  }

  // The counts follow the store: a person working offline sees `pending` grow.
  let counting: Promise<void> | undefined;
  let recount = false;
  function refreshCounts(): Promise<void> {
    if (counting) {
      recount = true;
      return counting;
    }
    counting = (async () => {
      try {
        do {
          recount = false;
          const [pending, rejected] = await Promise.all([
            store.outbox.pending(),
            store.outbox.rejected(),
          ]);
          update({ pending: pending.length, rejected: rejected.length });
        } while (recount);
      } catch {
        // A closed store has nothing to count.
      } finally {
        counting = undefined;
      }
    })();
    return counting;
  }
  const changes = store.changes$.subscribe(() => void refreshCounts());
  void refreshCounts();

  // Where the page can tell (a browser), coming online syncs at once.
  const page = globalThis as {
    addEventListener?: (type: string, listener: () => void) => void;
    removeEventListener?: (type: string, listener: () => void) => void;
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  let soon: ReturnType<typeof setTimeout> | undefined;
  let localChanges: { unsubscribe(): void } | undefined;
  const tick = () => {
    sync().catch(() => {
      // Shown in status$.
    });
  };
  const onOnline = () => {
    update({ online: true });
    tick();
  };
  const onOffline = () => update({ online: false });

  function stop(): void {
    if (timer === undefined) return;
    clearInterval(timer);
    timer = undefined;
    clearTimeout(soon);
    localChanges?.unsubscribe();
    localChanges = undefined;
    page.removeEventListener?.('online', onOnline);
    page.removeEventListener?.('offline', onOffline);
  }

  return {
    status$: status.asObservable(),
    settled$: settled.asObservable(),
    sync,
    reapply,
    discard,
    start({ intervalMs = 60_000, afterChangeMs } = {}) {
      if (timer !== undefined) return;
      timer = setInterval(tick, intervalMs);
      if (afterChangeMs !== undefined) {
        // A burst of changes (an action that opens child cases) goes in one sync.
        localChanges = engine.changes$.subscribe(() => {
          clearTimeout(soon);
          soon = setTimeout(tick, afterChangeMs);
        });
      }
      page.addEventListener?.('online', onOnline);
      page.addEventListener?.('offline', onOffline);
      tick();
    },
    stop,
    close() {
      stop();
      changes.unsubscribe();
      status.complete();
      settled.complete();
    },
  };
}

function isOffline(error: unknown): boolean {
  if (error instanceof SyncTransportError) return error.failure === 'offline';
  return error instanceof TypeError;
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof SyncTransportError) {
    return { code: error.serverCode, message: error.issues[0]?.message ?? error.message };
  }
  if (isCaseGridError(error)) {
    return { code: error.code, message: error.issues[0]?.message ?? error.message };
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
