// The steps of one sync, over one device's store, engine and transport: push and settle the
// answers, pull, and take again what a server event took the place of.
import type { Locale } from '../definition/case-type-definition.js';
import type { CaseEngine } from '../engine/create-engine.js';
import { CaseGridError, isCaseGridError } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { Actor } from '../org/org.js';
import type { PositionedEvent } from '../store/case-store.js';
import type { LocalStore, OutboxEntry, RejectedEntry, Rejection } from '../store/local-store.js';
import { casesWithGaps, isRemoteRefusal } from './case-gaps.js';
import {
  consequencesOf,
  groupActions,
  isPersonal,
  type LocalAction,
  planPush,
} from './local-actions.js';
import type { PushedAction, PushResponse } from './protocol.js';
import { retake } from './retake.js';
import type { SyncSettlement } from './sync-status.js';
import { type SyncTransport, SyncTransportError } from './sync-transport.js';

/**
 * What the steps of a sync work with.
 *
 * @example
 * ```ts
 * const steps = syncSteps({ engine, store, transport, device: 'phone-1', locale: 'en', batchSize: 100, pullLimit: 500, call: (fn) => fn(), settle: console.log });
 * ```
 */
export interface SyncContext {
  readonly engine: CaseEngine;
  readonly store: LocalStore;
  readonly transport: SyncTransport;
  readonly actor?: Actor;
  readonly device: string;
  readonly locale: Locale;
  readonly batchSize: number;
  readonly pullLimit: number;
  /** Runs a transport call, with retries. */
  call<T>(fn: () => Promise<T>): Promise<T>;
  /** Told how each local event left the pending outbox. */
  settle(settlement: SyncSettlement): void;
}

/**
 * What one sync did so far, counted by the steps.
 *
 * @example
 * ```ts
 * const counts: SyncCounts = { confirmed: 0, rejected: 0, retaken: 0, pulled: 0 };
 * ```
 */
export interface SyncCounts {
  confirmed: number;
  rejected: number;
  retaken: number;
  pulled: number;
}

/**
 * An outbox entry, pending or rejected.
 *
 * @example
 * ```ts
 * const entries: Entry[] = [...(await outbox.pending()), ...(await outbox.rejected())];
 * ```
 */
export type Entry = OutboxEntry | RejectedEntry;
const inLog = (entry: Entry) => !('inLog' in entry) || entry.inLog;

/**
 * The steps a sync (and `reapply`, `discard`) is made of. None takes the sync lock: the
 * caller holds it.
 *
 * @example
 * ```ts
 * const steps = syncSteps(context);
 * await steps.pushAll(counts);
 * await steps.pullAll(counts);
 * await steps.retakeSetAside(counts, new Set());
 * ```
 */
export function syncSteps(context: SyncContext) {
  const { store, engine, transport, locale, device, batchSize, pullLimit, call } = context;
  const settled = { next: context.settle };

  /** Marks a local event rejected, and says so. */
  async function reject(eventId: string, rejection: Rejection, counts: SyncCounts): Promise<void> {
    await store.outbox.reject(eventId, rejection);
    counts.rejected += 1;
    settled.next({ eventId, outcome: 'rejected', rejection });
  }

  /** Takes an action (and the later local events of its case) out of the log, as `rejection`. */
  async function setAsideAction(action: LocalAction<Entry>, rejection: Rejection): Promise<void> {
    const here = action.entries.filter(inLog).sort((a, b) => a.event.seq - b.event.seq);
    if (here[0]) await store.outbox.setAside(here[0].event.id, rejection);
    for (const entry of action.entries) {
      if (!inLog(entry)) await store.outbox.reject(entry.event.id, rejection);
    }
  }

  /** Every outbox entry, pending and rejected, grouped into actions. */
  async function outboxActions(): Promise<LocalAction<Entry>[]> {
    const [pending, rejected] = await Promise.all([
      store.outbox.pending(),
      store.outbox.rejected(),
    ]);
    return groupActions<Entry>([...pending, ...rejected]);
  }

  /**
   * Pushes every pending action a person took, in batches, and settles the answers; `true`
   * when an action met a conflict (the caller pulls, then takes it again).
   */
  async function pushAll(counts: SyncCounts): Promise<boolean> {
    const [pending, rejected] = await Promise.all([
      store.outbox.pending(),
      store.outbox.rejected(),
    ]);
    const plan = planPush(pending, rejected);
    const afterRejected = { code: 'conflict', message: text(locale, 'sync.afterRejected') };
    for (const eventId of plan.afterRejected) await reject(eventId, afterRejected, counts);
    const local = new Map(groupActions(pending).map((action) => [action.id, action]));
    let conflicted = false;
    for (let start = 0; start < plan.actions.length; start += batchSize) {
      const batch = plan.actions.slice(start, start + batchSize);
      const response = await call(() => transport.push({ device, actions: batch }));
      if (await settle(batch, response, local, counts)) conflicted = true;
    }
    return conflicted;
  }

  /** Records the server's answers to one push; `true` when an action met a conflict. */
  async function settle(
    batch: readonly PushedAction[],
    response: PushResponse,
    local: ReadonlyMap<string, LocalAction>,
    counts: SyncCounts,
  ): Promise<boolean> {
    const results = new Map((response.results ?? []).map((result) => [result.id, result]));
    const accepted: PositionedEvent[] = [];
    const acceptedActions: PushedAction[] = [];
    const refused: { action: PushedAction; rejection: Rejection }[] = [];
    const unanswered: string[] = [];
    let conflicted = false;
    for (const action of batch) {
      const result = results.get(action.id);
      if (!result) unanswered.push(action.id);
      else if (result.status === 'accepted') {
        accepted.push(...result.events);
        acceptedActions.push(action);
      } else if (result.status === 'rejected') {
        const { code, message } = result.error;
        refused.push({ action, rejection: { code, message } });
      } else conflicted = true;
    }
    if (accepted.length > 0) await store.applyRemote(accepted);

    const positions = new Map(accepted.map((e) => [e.event.id, e.position]));
    const actions = await outboxActions();
    const stillPending = new Set(
      actions.flatMap((a) => a.entries.filter((e) => !('rejection' in e)).map((e) => e.event.id)),
    );
    const notRecorded = { code: 'conflict', message: text(locale, 'sync.notRecorded') };
    const replaced = { code: 'conflict', message: text(locale, 'sync.replaced') };
    for (const action of acceptedActions) {
      for (const { id } of action.events) {
        if (stillPending.has(id)) await reject(id, notRecorded, counts);
        else {
          counts.confirmed += 1;
          settled.next({
            eventId: id,
            outcome: 'confirmed',
            serverPosition: positions.get(id) ?? 0,
          });
        }
      }
      // The server made its own child cases and parent moves: the device's give way by pull.
      const mine = local.get(action.id);
      for (const consequence of mine ? consequencesOf(mine, actions) : []) {
        await setAsideAction(consequence, replaced);
      }
    }
    for (const { action, rejection } of refused) {
      for (const { id } of action.events) await reject(id, rejection, counts);
      const mine = local.get(action.id);
      for (const consequence of mine ? consequencesOf(mine, actions) : []) {
        for (const entry of consequence.entries) {
          if (!('rejection' in entry)) await reject(entry.event.id, rejection, counts);
        }
      }
    }
    if (unanswered.length > 0) {
      const detail = unanswered.join(', ');
      throw new CaseGridError('not-available', text('en', 'sync.badAnswer', { detail }), [
        { path: '', message: text(locale, 'sync.badAnswer', { detail }), keyword: 'answer' },
      ]);
    }
    return conflicted;
  }

  /** Pulls from the checkpoint until the server has no more, each page with its cursor. */
  async function pullAll(counts: SyncCounts): Promise<void> {
    const pending = new Set((await store.outbox.pending()).map((e) => e.event.id));
    for (;;) {
      const since = (await store.checkpoint()) ?? 0;
      const page = await call(() => transport.pull(since, pullLimit));
      const position = Math.max(page.position, since);
      const received = await applyPage(page.events, position);
      counts.pulled += received.length;
      // A local event can come back by pull (its push's answer was lost): it is confirmed.
      for (const { event, position: at } of received) {
        if (!pending.delete(event.id)) continue;
        counts.confirmed += 1;
        settled.next({ eventId: event.id, outcome: 'confirmed', serverPosition: at });
      }
      if (!page.more || position === since) return;
    }
  }

  /**
   * Applies a pulled page with its checkpoint. When the store refuses it because a case's
   * events begin past the end of the device's log for that case (the case came into the
   * person's scope partway), the whole history of each such case is taken from the server and
   * applied first (idempotent by id), then the page. Resolves every server event received.
   */
  async function applyPage(
    events: readonly PositionedEvent[],
    checkpoint: number,
  ): Promise<readonly PositionedEvent[]> {
    try {
      await store.applyRemote(events, { checkpoint });
      return events;
    } catch (error) {
      if (!isRemoteRefusal(error)) throw error;
      const gaps = await casesWithGaps(store, events);
      // Not a gap: the server and the device disagree about a case, which no retry mends.
      if (gaps.length === 0) throw error;
      const received = new Map<string, PositionedEvent>();
      let rest = events;
      for (const caseId of gaps) {
        const history = await historyOf(caseId);
        if (!history) {
          // Out of the person's scope again since the pull: nothing of it is theirs to keep.
          rest = rest.filter((e) => e.event.caseId !== caseId);
          continue;
        }
        await store.applyRemote(history);
        for (const entry of history) received.set(entry.event.id, entry);
      }
      await store.applyRemote(rest, { checkpoint });
      for (const entry of rest) received.set(entry.event.id, entry);
      return [...received.values()];
    }
  }

  /** A case's whole history from the server, or `undefined` when the person may not see it. */
  async function historyOf(caseId: string): Promise<readonly PositionedEvent[] | undefined> {
    try {
      return await call(() => transport.history(caseId));
    } catch (error) {
      if (error instanceof SyncTransportError && error.status === 404) return undefined;
      throw error;
    }
  }

  /**
   * Takes again, in log order, the local actions a server event took the place of (rejected
   * `conflict`, out of the log); consequences among them are discarded, the server's own
   * version being in place. Resolves how many actions were taken again.
   */
  async function retakeSetAside(counts: SyncCounts, tried: Set<string>): Promise<number> {
    const rejected = await store.outbox.rejected();
    const aside = groupActions(rejected.filter((e) => !e.inLog && e.rejection.code === 'conflict'));
    let taken = 0;
    for (const action of aside) {
      // Part of an action whose first event the server kept: left for a person to see.
      if (!action.first || tried.has(action.id)) continue;
      tried.add(action.id);
      const newestFirst = [...action.entries].sort((a, b) => b.event.seq - a.event.seq);
      if (!isPersonal(action.first)) {
        for (const { event } of newestFirst) {
          await store.outbox.discard(event.id);
          settled.next({ eventId: event.id, outcome: 'replaced' });
        }
        continue;
      }
      let by: readonly string[];
      try {
        by = await retake(engine, action.first, context.actor ?? action.first.actor);
      } catch (error) {
        if (!isCaseGridError(error)) throw error;
        // The case changed while it was taken again: the next sync tries again.
        if (error.code === 'conflict') continue;
        const rejection = refusalOf(error, locale);
        for (const { event } of action.entries) await reject(event.id, rejection, counts);
        continue;
      }
      for (const { event } of newestFirst) {
        await store.outbox.discard(event.id);
        settled.next({ eventId: event.id, outcome: 'retaken', by });
      }
      taken += 1;
      counts.retaken += 1;
    }
    return taken;
  }
  return { reject, setAsideAction, outboxActions, pushAll, pullAll, retakeSetAside };
}

/**
 * The steps of a sync, as {@link syncSteps} makes them.
 *
 * @example
 * ```ts
 * const steps: SyncSteps = syncSteps(context);
 * ```
 */
export type SyncSteps = ReturnType<typeof syncSteps>;

/**
 * The rejection recorded when the engine refuses an action taken again: its code, and its
 * issues' messages (in the engine's language).
 *
 * @example
 * ```ts
 * refusalOf(error, 'en'); // { code: 'not-available', message: 'The case is in “Mediating”; ...' }
 * ```
 */
export function refusalOf(error: CaseGridError, locale: Locale): Rejection {
  const messages = error.issues.map((issue) => issue.message).filter((m) => m.length > 0);
  return {
    code: error.code,
    message: messages.length > 0 ? messages.join(locale === 'en' ? ' ' : '') : error.message,
  };
}
