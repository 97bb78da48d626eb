import { Subject } from 'rxjs';
import type { Locale } from '../definition/case-type-definition.js';
import type { CaseView } from '../engine/case-view.js';
import type { CaseWrite } from '../engine/decide.js';
import type { PositionedEvent } from './case-store.js';
import {
  type EventRecord,
  type OutboxRecord,
  outboxEntry,
  rejectedEntry,
} from './local-records.js';
import type { LocalStore, Outbox, SyncCheckpoint } from './local-store.js';
import { matchesQuery } from './match-query.js';
import { planDiscard, planSetAside } from './plan-outbox.js';
import { planLocal, planRemote, type StoredEvent } from './plan-writes.js';
import { storeError } from './store-error.js';
import { dueViews, newestFirst, queryPage } from './view-order.js';

/**
 * How to make a {@link memoryLocalStore}.
 *
 * @example
 * ```ts
 * const options: MemoryLocalStoreOptions = { locale: 'en' };
 * ```
 */
export interface MemoryLocalStoreOptions {
  /** The language of error messages (`issues[0].message`); default `zh-CN`. */
  readonly locale?: Locale;
}

/**
 * A {@link LocalStore} in memory, with the same decisions as the IndexedDB store (the
 * outbox, server events, discards): for Node, tests, and the sync client's own tests. Its
 * `changes$` emits this store's changes only; its sync lock holds within this store.
 *
 * @example
 * ```ts
 * const store = memoryLocalStore();
 * const engine = createEngine({ caseTypes, org, store });
 * await engine.open('dispute', { data, unit: 'grid-1', actor });
 * (await store.outbox.pending()).length; // 1
 * ```
 */
export function memoryLocalStore(options: MemoryLocalStoreOptions = {}): LocalStore {
  const locale = options.locale ?? 'zh-CN';
  // The log in position order (a Map keeps insertion order; positions only grow).
  const log = new Map<number, EventRecord>();
  const byId = new Map<string, EventRecord>();
  const cases = new Map<string, { view: CaseView; events: EventRecord[] }>();
  const entries = new Map<string, OutboxRecord>();
  const changes = new Subject<string>();
  let lastPosition = 0;
  let checkpoint: SyncCheckpoint | undefined;
  let closed = false;
  let syncing = false;

  function open(): void {
    if (closed) throw storeError('not-available', 'store.closed', locale);
  }
  const stored = (record: EventRecord): StoredEvent => {
    const entry = entries.get(record.event.id);
    return entry ? { ...record, entry } : record;
  };
  const caseEvents = (caseId: string): StoredEvent[] =>
    (cases.get(caseId)?.events ?? []).map(stored);
  function setView(caseId: string, view: CaseView | undefined): void {
    const entry = cases.get(caseId);
    if (!view) cases.delete(caseId);
    else if (entry) entry.view = view;
    else cases.set(caseId, { view, events: [] });
  }
  function putRecord(record: EventRecord): void {
    log.set(record.position, record);
    byId.set(record.event.id, record);
    const events = cases.get(record.event.caseId)!.events;
    const at = events.findIndex((e) => e.position === record.position);
    if (at >= 0) events[at] = record;
    else events.push(record);
  }
  function removeRecord(record: EventRecord): void {
    log.delete(record.position);
    byId.delete(record.event.id);
    const entry = cases.get(record.event.caseId);
    if (entry) entry.events = entry.events.filter((e) => e.position !== record.position);
  }
  function emit(caseIds: Iterable<string>): void {
    for (const caseId of caseIds) changes.next(caseId);
  }

  function appendNow(writes: readonly CaseWrite[]): void {
    open();
    const plan = planLocal(
      writes,
      { view: (id) => cases.get(id)?.view, isStored: (id) => byId.has(id), lastPosition },
      locale,
    );
    for (const [caseId, view] of plan.views) setView(caseId, view);
    for (const record of plan.records) putRecord(record);
    for (const entry of plan.outbox) entries.set(entry.eventId, entry);
    lastPosition = plan.lastPosition;
    emit(plan.views.keys());
  }

  function byStatus(status: OutboxRecord['status']): OutboxRecord[] {
    open();
    return [...entries.values()]
      .filter((e) => e.status === status)
      .sort((a, b) => a.position - b.position);
  }

  const outbox: Outbox = {
    async pending() {
      return byStatus('pending').map(outboxEntry);
    },
    async rejected() {
      return byStatus('rejected').map(rejectedEntry);
    },
    async count() {
      open();
      return entries.size;
    },
    async confirm(eventId, serverPosition) {
      open();
      const entry = entries.get(eventId);
      const record = byId.get(eventId);
      if (!entry && !record) {
        throw storeError('not-found', 'store.outboxUnknown', locale, { id: eventId });
      }
      if (entry && (!entry.inLog || !record)) {
        throw storeError('conflict', 'store.confirmSuperseded', locale, { id: eventId });
      }
      entries.delete(eventId);
      if (record) putRecord({ position: record.position, serverPosition, event: record.event });
    },
    async reject(eventId, rejection) {
      open();
      const entry = entries.get(eventId);
      if (!entry) throw storeError('not-found', 'store.outboxUnknown', locale, { id: eventId });
      entries.set(eventId, {
        ...entry,
        status: 'rejected',
        rejection: { code: rejection.code, message: rejection.message },
      });
    },
    async discard(eventId) {
      open();
      const entry = entries.get(eventId);
      const records = entry?.inLog ? (cases.get(entry.event.caseId)?.events ?? []) : [];
      const plan = planDiscard(
        eventId,
        entry,
        records.map((r) => r.event),
        locale,
      );
      entries.delete(eventId);
      if (!plan.fromLog) return;
      const caseId = entry!.event.caseId;
      removeRecord(records.at(-1)!);
      setView(caseId, plan.view);
      emit([caseId]);
    },
    async setAside(eventId, rejection) {
      open();
      const entry = entries.get(eventId);
      const events = entry?.inLog ? caseEvents(entry.event.caseId) : [];
      const plan = planSetAside(eventId, entry, events, rejection, locale);
      for (const aside of plan.entries) entries.set(aside.eventId, aside);
      if (!plan.fromLog) return;
      const caseId = entry!.event.caseId;
      for (const position of plan.positions) removeRecord(log.get(position)!);
      setView(caseId, plan.view);
      emit([caseId]);
    },
  };

  return {
    outbox,
    changes$: changes.asObservable(),
    async load(caseId) {
      open();
      return cases.get(caseId)?.view;
    },
    async events(caseId) {
      open();
      return (cases.get(caseId)?.events ?? []).map((r) => r.event);
    },
    async append(caseId, expectedSeq, events) {
      appendNow([{ caseId, expectedSeq, events }]);
    },
    async appendAll(writes) {
      appendNow(writes);
    },
    async query(query) {
      open();
      const found: CaseView[] = [];
      for (const { view } of cases.values()) if (matchesQuery(view, query)) found.push(view);
      return queryPage(found.sort(newestFirst), query);
    },
    async due(at, limit) {
      open();
      return dueViews(
        Array.from(cases.values(), ({ view }) => view),
        at,
        limit,
      );
    },
    async since(position, limit) {
      open();
      const after: PositionedEvent[] = [];
      for (const record of log.values()) {
        if (limit !== undefined && after.length >= limit) break;
        if (record.position > position) {
          after.push({ position: record.position, event: record.event });
        }
      }
      return { events: after, position: after.at(-1)?.position ?? position };
    },
    async applyRemote(events, applyOptions = {}) {
      open();
      const plan = planRemote(
        events,
        {
          caseEvents,
          byId: (id) => {
            const record = byId.get(id);
            return record && stored(record);
          },
          lastPosition,
        },
        locale,
      );
      for (const { position, entry } of plan.superseded) {
        removeRecord(log.get(position)!);
        entries.set(entry.eventId, entry);
      }
      for (const record of plan.confirmed) {
        putRecord(record);
        entries.delete(record.event.id);
      }
      for (const [caseId, view] of plan.views) setView(caseId, view);
      for (const record of plan.added) putRecord(record);
      lastPosition = plan.lastPosition;
      if (applyOptions.checkpoint !== undefined) checkpoint = applyOptions.checkpoint;
      emit(plan.views.keys());
    },
    async checkpoint() {
      open();
      return checkpoint;
    },
    async withSyncLock(fn) {
      open();
      if (syncing) return false;
      syncing = true;
      try {
        await fn();
        return true;
      } finally {
        syncing = false;
      }
    },
    close() {
      if (closed) return;
      closed = true;
      changes.complete();
    },
  };
}
