import type { Observable } from 'rxjs';
import type { CaseEvent } from '../engine/case-event.js';
import type { CaseStore, PositionedEvent } from './case-store.js';

/**
 * How far a store has pulled the server's log: the server position of the last event scanned
 * (a log position, never a time).
 *
 * @example
 * ```ts
 * const since: SyncCheckpoint = (await store.checkpoint()) ?? 0;
 * ```
 */
export type SyncCheckpoint = number;

/**
 * A local event that the server has not confirmed yet, with its position in the local log.
 *
 * @example
 * ```ts
 * const entry: OutboxEntry = { position: 3, actionId: 'ev-7', event };
 * ```
 */
export interface OutboxEntry {
  readonly position: number;
  /**
   * The id of the first event of the `append` (or of the write, in `appendAll`) it came in: the
   * events of one action share it, and the sync protocol pushes them together under this id.
   */
  readonly actionId: string;
  readonly event: CaseEvent;
}

/**
 * Why the server (or a newer server event) refused a local event.
 *
 * @example
 * ```ts
 * const rejection: Rejection = { code: 'forbidden', message: '案件不在您的管辖范围内。' };
 * ```
 */
export interface Rejection {
  /** A stable code, usually a `CaseGridError` code from the server (`conflict`, `forbidden`...). */
  readonly code: string;
  /** A sentence for the person who made the change. */
  readonly message: string;
}

/**
 * A local event the server refused: kept until a person has seen it and discards it.
 *
 * @example
 * ```ts
 * for (const { event, rejection, inLog } of await store.outbox.rejected()) show(event, rejection);
 * ```
 */
export interface RejectedEntry extends OutboxEntry {
  readonly rejection: Rejection;
  /**
   * Whether the event is still in the case's log (and so in its view). `false` once a server
   * event took its place (or it was set aside): the case already shows the server's version.
   */
  readonly inLog: boolean;
}

/**
 * The local events not yet confirmed by the server. The sync client pushes `pending()` in
 * order and marks each one confirmed or rejected; nothing leaves the outbox silently.
 *
 * @example
 * ```ts
 * const waiting = await store.outbox.pending();
 * await store.outbox.reject(waiting[0]!.event.id, { code: 'forbidden', message });
 * ```
 */
export interface Outbox {
  /** Local events waiting to be pushed, in log order. */
  pending(): Promise<readonly OutboxEntry[]>;
  /** The server accepted the event at `serverPosition`: it leaves the outbox (idempotent). */
  confirm(eventId: string, serverPosition: number): Promise<void>;
  /** The server refused the event: it stays, marked rejected, until {@link Outbox.discard}. */
  reject(eventId: string, rejection: Rejection): Promise<void>;
  /** The refused local events, in log order. */
  rejected(): Promise<readonly RejectedEntry[]>;
  /**
   * Removes a rejected event. If it is still in its case's log it must be the case's last
   * event; it is removed and the view is folded again from the remaining events (a case left
   * without events is removed).
   */
  discard(eventId: string): Promise<void>;
  /**
   * Takes a local event, and every later event of its case (all of them local), out of the
   * case's log in one transaction: each becomes a rejected entry with `rejection` and
   * `inLog: false`, and the view is folded again from the events before (a case left without
   * events is removed). The sync client uses it to take an action again on the case as it is
   * without it. An entry already out of the log only gets the new rejection.
   */
  setAside(eventId: string, rejection: Rejection): Promise<void>;
  /** How many local events are not confirmed: pending and rejected. */
  count(): Promise<number>;
}

/**
 * What {@link LocalStore.applyRemote} is also asked to save, in the same transaction.
 *
 * @example
 * ```ts
 * await store.applyRemote(page.events, { checkpoint: page.position } satisfies ApplyRemoteOptions);
 * ```
 */
export interface ApplyRemoteOptions {
  /** The server position pulled up to: saved with the events it covers, never apart from them. */
  readonly checkpoint?: SyncCheckpoint;
}

/**
 * A store on the device: the engine's {@link CaseStore} plus what offline work and the sync
 * client need. Events appended through `append`/`appendAll` are local and wait in the outbox;
 * events from the server come in through `applyRemote`.
 *
 * @example
 * ```ts
 * const store: LocalStore = memoryLocalStore(); // or idbStore({ name: 'casegrid' })
 * const engine = createEngine({ caseTypes, org, store });
 * await engine.perform(caseId, 'accept', { actor });
 * (await store.outbox.pending()).length; // 1, until the sync client confirms it
 * ```
 */
export interface LocalStore extends CaseStore {
  /**
   * Writes events that come from the server, in the order of their server positions, with no
   * outbox entry. Idempotent by event id: an event already stored is not written again; a
   * local one is thereby confirmed and takes the server's version (its time, its deadline),
   * and its case is folded again. A server event at a seq where the case has unconfirmed
   * local events takes their place: they move to the rejected outbox (code `conflict`,
   * `inLog: false`), never lost. All events and the checkpoint are saved in one transaction,
   * or nothing is.
   */
  applyRemote(events: readonly PositionedEvent[], options?: ApplyRemoteOptions): Promise<void>;
  /** The local events not confirmed yet. */
  readonly outbox: Outbox;
  /** The checkpoint saved by the last `applyRemote` that gave one, or `undefined`. */
  checkpoint(): Promise<SyncCheckpoint | undefined>;
  /**
   * The ids of cases whose view changed in this store: by this page or, for the IndexedDB
   * store, by another tab on the same database.
   */
  readonly changes$: Observable<string>;
  /**
   * Runs `fn` unless another holder (another tab, for the IndexedDB store) is syncing this
   * store: resolves `true` when `fn` ran, `false` when it was skipped.
   */
  withSyncLock(fn: () => unknown): Promise<boolean>;
  /** Lets go of the storage; later calls fail with `CaseGridError`. */
  close(): void;
}
