// The writes every local store decides the same way, as pure functions over what the store
// read: the IndexedDB store reads inside its transaction, the memory store reads its maps.
import type { Locale } from '../definition/case-type-definition.js';
import type { CaseEvent } from '../engine/case-event.js';
import type { CaseView } from '../engine/case-view.js';
import type { CaseWrite } from '../engine/decide.js';
import { applyEvent, foldEvents } from '../engine/fold.js';
import { text } from '../i18n/messages.js';
import type { PositionedEvent } from './case-store.js';
import type { EventRecord, OutboxRecord } from './local-records.js';
import { storeError } from './store-error.js';

/**
 * An event in the log, with its outbox entry while it is local and unconfirmed.
 *
 * @example
 * ```ts
 * const stored: StoredEvent = entry ? { ...record, entry } : record;
 * ```
 */
export interface StoredEvent extends EventRecord {
  readonly entry?: OutboxRecord;
}

/**
 * What a local append needs to know of the store.
 *
 * @example
 * ```ts
 * const snapshot: LocalSnapshot = { view: (id) => views.get(id), isStored: (id) => ids.has(id), lastPosition };
 * ```
 */
export interface LocalSnapshot {
  view(caseId: string): CaseView | undefined;
  isStored(eventId: string): boolean;
  readonly lastPosition: number;
}

/**
 * What a local append writes: new log records, their outbox entries and the new views.
 *
 * @example
 * ```ts
 * const { records, outbox, views, lastPosition }: LocalPlan = planLocal(writes, snapshot, 'en');
 * ```
 */
export interface LocalPlan {
  readonly records: readonly EventRecord[];
  readonly outbox: readonly OutboxRecord[];
  readonly views: ReadonlyMap<string, CaseView>;
  readonly lastPosition: number;
}

/**
 * Checks local writes against the store and folds their views; throws `conflict` (and so
 * writes nothing) when a case is not at its expected seq or an event id is taken.
 *
 * @example
 * ```ts
 * const plan = planLocal(writes, { view, isStored, lastPosition }, 'zh-CN');
 * for (const record of plan.records) events.put(record);
 * ```
 */
export function planLocal(
  writes: readonly CaseWrite[],
  snapshot: LocalSnapshot,
  locale: Locale,
): LocalPlan {
  const views = new Map<string, CaseView>();
  const newIds = new Set<string>();
  const records: EventRecord[] = [];
  const outbox: OutboxRecord[] = [];
  let lastPosition = snapshot.lastPosition;
  for (const write of writes) {
    // The events of one write are one action: the sync client pushes them together.
    const actionId = write.events[0]?.id ?? '';
    let view = views.get(write.caseId) ?? snapshot.view(write.caseId);
    const seq = view?.seq ?? 0;
    if (seq !== write.expectedSeq) {
      throw storeError('conflict', 'store.seq', locale, {
        caseId: write.caseId,
        seq,
        expected: write.expectedSeq,
      });
    }
    for (const event of write.events) {
      if (snapshot.isStored(event.id) || newIds.has(event.id)) {
        throw storeError('conflict', 'store.eventId', locale, { id: event.id });
      }
      newIds.add(event.id);
      if (event.caseId !== write.caseId) {
        throw storeError('conflict', 'store.wrongCase', locale, {
          id: event.id,
          caseId: event.caseId,
          writeCaseId: write.caseId,
        });
      }
      view = applyEvent(view, event);
      lastPosition += 1;
      records.push({ position: lastPosition, event });
      outbox.push({
        eventId: event.id,
        actionId,
        position: lastPosition,
        status: 'pending',
        event,
        inLog: true,
      });
    }
    if (view) views.set(write.caseId, view);
  }
  return { records, outbox, views, lastPosition };
}

/**
 * What applying server events needs to know of the store.
 *
 * @example
 * ```ts
 * const snapshot: RemoteSnapshot = { caseEvents: (id) => logs.get(id) ?? [], byId: (id) => byId.get(id), lastPosition };
 * ```
 */
export interface RemoteSnapshot {
  /** The stored events of a case, in seq order. */
  caseEvents(caseId: string): readonly StoredEvent[];
  /** A stored event by id. */
  byId(eventId: string): StoredEvent | undefined;
  readonly lastPosition: number;
}

/**
 * What applying server events writes.
 *
 * @example
 * ```ts
 * for (const record of plan.added) events.put(record);
 * ```
 */
export interface RemotePlan {
  /** New log records. */
  readonly added: readonly EventRecord[];
  /**
   * Stored events now known to the server, as the server wrote them, at their local positions
   * (their outbox entries, if any, go).
   */
  readonly confirmed: readonly EventRecord[];
  /**
   * Local events a server event took the place of: each leaves the log (`position`) and its
   * outbox entry becomes rejected (`entry`).
   */
  readonly superseded: readonly { readonly position: number; readonly entry: OutboxRecord }[];
  /** The views of the cases that changed. */
  readonly views: ReadonlyMap<string, CaseView>;
  readonly lastPosition: number;
}

/**
 * Plans server events into the local log, in server order: an id already stored is confirmed
 * (a local event takes the server's version of itself), not written again; a server event at
 * a seq held by unconfirmed local events replaces them; anything else that does not follow
 * the case's confirmed events is a `conflict`.
 *
 * @example
 * ```ts
 * const plan = planRemote(pulled, { caseEvents, byId, lastPosition }, 'zh-CN');
 * ```
 */
export function planRemote(
  batch: readonly PositionedEvent[],
  snapshot: RemoteSnapshot,
  locale: Locale,
): RemotePlan {
  const working = new Map<string, StoredEvent[]>();
  const logOf = (caseId: string): StoredEvent[] => {
    let events = working.get(caseId);
    if (!events) {
      events = [...snapshot.caseEvents(caseId)];
      working.set(caseId, events);
    }
    return events;
  };
  const added: EventRecord[] = [];
  const confirmed = new Map<string, EventRecord>();
  const superseded: { position: number; entry: OutboxRecord }[] = [];
  const changed = new Set<string>();
  const seen = new Set<string>();
  let lastPosition = snapshot.lastPosition;

  for (const { position: serverPosition, event } of [...batch].sort(
    (a, b) => a.position - b.position,
  )) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    const disagrees = () =>
      storeError('conflict', 'store.remote', locale, {
        id: event.id,
        caseId: event.caseId,
        seq: event.seq,
      });
    const events = logOf(event.caseId);
    const stored = snapshot.byId(event.id);
    if (stored) {
      const index = events.findIndex((e) => e.event.id === event.id);
      if (stored.event.caseId !== event.caseId || stored.event.seq !== event.seq || index < 0) {
        throw disagrees();
      }
      const known = events[index]!;
      if (known.entry || known.serverPosition !== serverPosition) {
        // The server's version is the truth: the device's clock and deadlines give way to it.
        const record: EventRecord = { position: known.position, serverPosition, event };
        events[index] = record;
        confirmed.set(event.id, record);
        if (known.entry) changed.add(event.caseId);
      }
      continue;
    }
    const at = events.findIndex((e) => e.event.seq >= event.seq);
    if (at >= 0) {
      const later = events.slice(at);
      for (const { position, entry } of later) {
        if (!entry) throw disagrees();
        superseded.push({ position, entry: supersededEntry(entry, event, locale) });
      }
      events.length = at;
    }
    if (event.seq !== (events.at(-1)?.event.seq ?? 0) + 1) throw disagrees();
    lastPosition += 1;
    const record: StoredEvent = { position: lastPosition, serverPosition, event };
    events.push(record);
    added.push({ position: lastPosition, serverPosition, event });
    changed.add(event.caseId);
  }

  const views = new Map<string, CaseView>();
  for (const caseId of changed) views.set(caseId, foldEvents(logOf(caseId).map((e) => e.event)));
  return { added, confirmed: [...confirmed.values()], superseded, views, lastPosition };
}

function supersededEntry(entry: OutboxRecord, by: CaseEvent, locale: Locale): OutboxRecord {
  return {
    ...entry,
    status: 'rejected',
    rejection: {
      code: 'conflict',
      message: text(locale, 'store.superseded', { seq: by.seq }),
    },
    inLog: false,
  };
}
