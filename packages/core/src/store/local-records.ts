import type { CaseEvent } from '../engine/case-event.js';
import type { OutboxEntry, RejectedEntry, Rejection } from './local-store.js';

/**
 * One event in a local store's log, as the planners and stores keep it.
 *
 * @example
 * ```ts
 * const record: EventRecord = { position: 4, serverPosition: 120, event };
 * ```
 */
export interface EventRecord {
  /** The position in this device's log (1, 2, 3...; a discarded event leaves a gap). */
  readonly position: number;
  /** The position in the server's log, once the server has the event. */
  readonly serverPosition?: number;
  readonly event: CaseEvent;
}

/**
 * A local event not yet confirmed by the server, as a local store keeps it.
 *
 * @example
 * ```ts
 * const entry: OutboxRecord = { eventId, actionId: eventId, position: 4, status: 'pending', event, inLog: true };
 * ```
 */
export interface OutboxRecord {
  readonly eventId: string;
  /** The id of the first event of the write it came in: the events of one action share it. */
  readonly actionId: string;
  /** Its position in the local log (the order the sync client pushes in). */
  readonly position: number;
  readonly status: 'pending' | 'rejected';
  readonly event: CaseEvent;
  readonly rejection?: Rejection;
  /** `false` once a server event took its place in the case's log, or it was set aside. */
  readonly inLog: boolean;
}

/**
 * The outbox entry a local store hands out for a stored record (its public shape).
 *
 * @example
 * ```ts
 * records.filter((r) => r.status === 'pending').map(outboxEntry);
 * ```
 */
export function outboxEntry({ position, actionId, event }: OutboxRecord): OutboxEntry {
  return { position, actionId, event };
}

/**
 * The rejected entry a local store hands out for a stored record that the server refused.
 *
 * @example
 * ```ts
 * records.filter((r) => r.status === 'rejected').map(rejectedEntry);
 * ```
 */
export function rejectedEntry(record: OutboxRecord): RejectedEntry {
  return { ...outboxEntry(record), rejection: record.rejection!, inLog: record.inLog };
}
