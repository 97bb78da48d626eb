// What the outbox's own writes change in the log, as pure functions over what the store read.
import type { Locale } from '../definition/case-type-definition.js';
import type { CaseEvent } from '../engine/case-event.js';
import type { CaseView } from '../engine/case-view.js';
import { foldEvents } from '../engine/fold.js';
import type { OutboxRecord } from './local-records.js';
import type { Rejection } from './local-store.js';
import type { StoredEvent } from './plan-writes.js';
import { storeError } from './store-error.js';

/**
 * What discarding a rejected event changes in its case: nothing when a server event already
 * took its place; otherwise it leaves the log and the view is folded from the remaining events
 * (`undefined`: none remain, the case goes).
 *
 * @example
 * ```ts
 * const plan: DiscardPlan = planDiscard(eventId, entry, caseEvents, 'en');
 * ```
 */
export type DiscardPlan =
  | { readonly fromLog: false }
  | { readonly fromLog: true; readonly view: CaseView | undefined };

/**
 * Checks that an outbox entry may be discarded and folds what its case keeps. `events` are the
 * case's stored events in seq order.
 *
 * @example
 * ```ts
 * const plan = planDiscard(eventId, entry, caseEvents, 'en');
 * if (plan.fromLog) writeView(caseId, plan.view);
 * ```
 */
export function planDiscard(
  eventId: string,
  entry: OutboxRecord | undefined,
  events: readonly CaseEvent[],
  locale: Locale,
): DiscardPlan {
  if (!entry) throw storeError('not-found', 'store.outboxUnknown', locale, { id: eventId });
  if (entry.status !== 'rejected') {
    throw storeError('not-available', 'store.notRejected', locale, { id: eventId });
  }
  if (!entry.inLog) return { fromLog: false };
  if (events.at(-1)?.id !== eventId) {
    throw storeError('conflict', 'store.discardLater', locale, { caseId: entry.event.caseId });
  }
  const remaining = events.slice(0, -1);
  return { fromLog: true, view: remaining.length > 0 ? foldEvents(remaining) : undefined };
}

/**
 * What setting a local event aside changes: the outbox entries to write (each rejected, out of
 * the log), the log positions that go, and the view of the events before (`undefined`: none
 * remain, the case goes). `fromLog` is `false` when the event was out of the log already.
 *
 * @example
 * ```ts
 * const plan: SetAsidePlan = planSetAside(eventId, entry, caseEvents, rejection, 'en');
 * ```
 */
export type SetAsidePlan =
  | { readonly fromLog: false; readonly entries: readonly OutboxRecord[] }
  | {
      readonly fromLog: true;
      readonly entries: readonly OutboxRecord[];
      readonly positions: readonly number[];
      readonly view: CaseView | undefined;
    };

/**
 * Checks that a local event may be set aside (it and every later event of its case are
 * local) and plans it: they leave the log, their entries become rejected with `rejection`
 * and `inLog: false`. `events` are the case's stored events in seq order, with their entries.
 *
 * @example
 * ```ts
 * const plan = planSetAside(eventId, entry, caseEvents, { code: 'conflict', message }, 'en');
 * ```
 */
export function planSetAside(
  eventId: string,
  entry: OutboxRecord | undefined,
  events: readonly StoredEvent[],
  rejection: Rejection,
  locale: Locale,
): SetAsidePlan {
  if (!entry) throw storeError('not-found', 'store.outboxUnknown', locale, { id: eventId });
  const aside = (e: OutboxRecord): OutboxRecord => ({
    ...e,
    status: 'rejected',
    rejection: { code: rejection.code, message: rejection.message },
    inLog: false,
  });
  if (!entry.inLog) return { fromLog: false, entries: [aside(entry)] };
  const at = events.findIndex((e) => e.event.id === eventId);
  const later = events.slice(at);
  if (at < 0 || later.some((e) => !e.entry)) {
    throw storeError('conflict', 'store.asideConfirmed', locale, {
      caseId: entry.event.caseId,
      id: eventId,
    });
  }
  const remaining = events.slice(0, at).map((e) => e.event);
  return {
    fromLog: true,
    entries: later.map((e) => aside(e.entry!)),
    positions: later.map((e) => e.position),
    view: remaining.length > 0 ? foldEvents(remaining) : undefined,
  };
}
