import {
  type CaseView,
  type CaseWrite,
  type EventRecord,
  type Locale,
  type LocalStore,
  matchesQuery,
  newestFirst,
  type Outbox,
  type OutboxRecord,
  outboxEntry,
  type PositionedEvent,
  planDiscard,
  planLocal,
  planRemote,
  planSetAside,
  queryPage,
  rejectedEntry,
  type StoredEvent,
  type StoreQuery,
  storeError,
} from '@casegrid/core';
import { connect, type ReadTransaction, type WriteTransaction } from './connection.js';
import { requestPersistence } from './persistence.js';
import { indexReads } from './query-plan.js';
import { type CaseRecord, caseRecord } from './records.js';
import { withLock } from './sync-lock.js';
import { tabChanges } from './tab-changes.js';
import type { WriteFault } from './write-batch.js';

/** How to open an {@link idbStore}. */
export interface IdbStoreOptions {
  /** The database's name: one per app (and per signed-in person, if several share a device). */
  readonly name: string;
  /** The language of error messages (`issues[0].message`); default `zh-CN`. */
  readonly locale?: Locale;
  /** Ask the browser to keep this origin's storage (`navigator.storage.persist()`); default `true`. */
  readonly persist?: boolean;
  /**
   * Test seam, never set in an app: called before every write inside a transaction with the
   * store and key about to be written; an error it throws fails that transaction exactly as an
   * IndexedDB failure would (everything the transaction wrote is rolled back). Tests use it to
   * throw `new DOMException('...', 'QuotaExceededError')`, which a real browser cannot be made
   * to throw on demand.
   */
  readonly writeFault?: WriteFault;
}

/** The IndexedDB store: a {@link LocalStore} plus what only a browser database has. */
export interface IdbStore extends LocalStore {
  /** The database's name. */
  readonly name: string;
  /**
   * Settles once the database is open and upgraded; rejects with the `CaseGridError` every
   * call would meet (`storage-blocked` when another tab holds an older version open).
   */
  readonly ready: Promise<void>;
  /** Whether the browser promised to keep this origin's storage under pressure. */
  readonly persisted: Promise<boolean>;
}

const caseRange = (caseId: string) => IDBKeyRange.bound([caseId, 0], [caseId, Infinity]);
const statusRange = (status: 'pending' | 'rejected') =>
  IDBKeyRange.bound([status, 0], [status, Infinity]);

/**
 * The store port in IndexedDB (through `idb`): materialized case views with query indexes, the
 * event log, the outbox of local events, and meta, written in one transaction per call, so a
 * tab closed mid-write leaves all of an action's events or none. Every write transaction is
 * `durability: 'strict'`. Tabs on the same database hear of each other's changes through a
 * `BroadcastChannel`, and sync one at a time through Web Locks.
 *
 * Failures are `CaseGridError`s: `conflict` (stale seq, taken event id), `storage-full`
 * (quota), `storage-blocked` (another tab holds an older version; another tab upgraded; the
 * database is newer than this code), `not-available` (closed, or another IndexedDB failure).
 *
 * @example
 * ```ts
 * const store = idbStore({ name: 'casegrid' });
 * await store.ready; // shows "close the other tabs" early, if it must
 * const engine = createEngine({ caseTypes, org, store });
 * store.changes$.subscribe((caseId) => list.refresh(caseId));
 * ```
 */
export function idbStore(options: IdbStoreOptions): IdbStore {
  const { name } = options;
  const locale = options.locale ?? 'zh-CN';
  const { ready, read, write, close } = connect(name, locale, options.writeFault);
  const changes = tabChanges(`casegrid-idb:${name}`);
  const persisted = requestPersistence(options.persist ?? true);

  async function appendWrites(writes: readonly CaseWrite[]): Promise<void> {
    const caseIds = [...new Set(writes.map((w) => w.caseId))];
    const eventIds = writes.flatMap((w) => w.events.map((event) => event.id));
    const changed = await write(async (tx, batch) => {
      const [lastPosition, records, taken] = await Promise.all([
        tx.objectStore('meta').get('lastPosition'),
        Promise.all(caseIds.map((id) => tx.objectStore('cases').get(id))),
        Promise.all(eventIds.map((id) => tx.objectStore('events').index('id').getKey(id))),
      ]);
      const views = new Map<string, CaseView>();
      for (const record of records) if (record) views.set(record.view.id, record.view);
      const takenIds = new Set(eventIds.filter((_, i) => taken[i] !== undefined));
      const plan = planLocal(
        writes,
        {
          view: (id) => views.get(id),
          isStored: (id) => takenIds.has(id),
          lastPosition: lastPosition ?? 0,
        },
        locale,
      );
      for (const record of plan.records) batch.putEvent(record);
      for (const entry of plan.outbox) batch.putOutbox(entry);
      for (const view of plan.views.values()) batch.putCase(caseRecord(view));
      batch.putMeta('lastPosition', plan.lastPosition);
      return [...plan.views.keys()];
    });
    changes.announce(changed);
  }

  async function findCases(
    tx: ReadTransaction<'cases'[]>,
    query: StoreQuery,
  ): Promise<CaseRecord[]> {
    const cases = tx.objectStore('cases');
    const ways = indexReads(query);
    if (ways.length === 0) return cases.getAll();
    let best = ways[0]!;
    if (ways.length > 1) {
      // Read through the index that narrows the most: counting is cheap, values are not.
      const counts = await Promise.all(
        ways.map(async (way) => {
          const each = await Promise.all(way.map((r) => cases.index(r.index).count(r.key)));
          return each.reduce((sum, n) => sum + n, 0);
        }),
      );
      best = ways[counts.indexOf(Math.min(...counts))]!;
    }
    return (await Promise.all(best.map((r) => cases.index(r.index).getAll(r.key)))).flat();
  }

  // A case's events in seq order, each with its outbox entry while it is local.
  async function storedEvents(tx: WriteTransaction, caseId: string): Promise<StoredEvent[]> {
    const records = await tx.objectStore('events').index('caseSeq').getAll(caseRange(caseId));
    const entries = await Promise.all(records.map((r) => tx.objectStore('outbox').get(r.event.id)));
    return records.map((record, i) => {
      const entry: OutboxRecord | undefined = entries[i];
      return entry ? { ...record, entry } : record;
    });
  }

  const outbox: Outbox = {
    async pending() {
      const entries = await read(['outbox'], (tx) =>
        tx.objectStore('outbox').index('status').getAll(statusRange('pending')),
      );
      return entries.map(outboxEntry);
    },
    async rejected() {
      const entries = await read(['outbox'], (tx) =>
        tx.objectStore('outbox').index('status').getAll(statusRange('rejected')),
      );
      return entries.map(rejectedEntry);
    },
    async count() {
      return read(['outbox'], (tx) => tx.objectStore('outbox').count());
    },
    async confirm(eventId, serverPosition) {
      await write(async (tx, batch) => {
        const [entry, record] = await Promise.all([
          tx.objectStore('outbox').get(eventId),
          tx.objectStore('events').index('id').get(eventId),
        ]);
        if (!entry && !record) {
          throw storeError('not-found', 'store.outboxUnknown', locale, { id: eventId });
        }
        if (entry && (!entry.inLog || !record)) {
          throw storeError('conflict', 'store.confirmSuperseded', locale, { id: eventId });
        }
        if (entry) batch.deleteOutbox(eventId);
        if (record && record.serverPosition !== serverPosition) {
          batch.putEvent({ position: record.position, serverPosition, event: record.event });
        }
      });
    },
    async reject(eventId, rejection) {
      await write(async (tx, batch) => {
        const entry = await tx.objectStore('outbox').get(eventId);
        if (!entry) throw storeError('not-found', 'store.outboxUnknown', locale, { id: eventId });
        batch.putOutbox({
          ...entry,
          status: 'rejected',
          rejection: { code: rejection.code, message: rejection.message },
        });
      });
    },
    async discard(eventId) {
      const changed = await write(async (tx, batch) => {
        const entry = await tx.objectStore('outbox').get(eventId);
        const records: EventRecord[] = entry?.inLog
          ? await tx.objectStore('events').index('caseSeq').getAll(caseRange(entry.event.caseId))
          : [];
        const plan = planDiscard(
          eventId,
          entry,
          records.map((r) => r.event),
          locale,
        );
        batch.deleteOutbox(eventId);
        if (!plan.fromLog) return [];
        const caseId = entry!.event.caseId;
        batch.deleteEvent(records.at(-1)!.position);
        if (plan.view) batch.putCase(caseRecord(plan.view));
        else batch.deleteCase(caseId);
        return [caseId];
      });
      changes.announce(changed);
    },
    async setAside(eventId, rejection) {
      const changed = await write(async (tx, batch) => {
        const entry = await tx.objectStore('outbox').get(eventId);
        const events = entry?.inLog ? await storedEvents(tx, entry.event.caseId) : [];
        const plan = planSetAside(eventId, entry, events, rejection, locale);
        for (const aside of plan.entries) batch.putOutbox(aside);
        if (!plan.fromLog) return [];
        const caseId = entry!.event.caseId;
        for (const position of plan.positions) batch.deleteEvent(position);
        if (plan.view) batch.putCase(caseRecord(plan.view));
        else batch.deleteCase(caseId);
        return [caseId];
      });
      changes.announce(changed);
    },
  };

  return {
    name,
    ready,
    persisted,
    outbox,
    changes$: changes.changes$,

    async load(caseId) {
      const record = await read(['cases'], (tx) => tx.objectStore('cases').get(caseId));
      return record?.view;
    },
    async events(caseId) {
      const records = await read(['events'], (tx) =>
        tx.objectStore('events').index('caseSeq').getAll(caseRange(caseId)),
      );
      return records.map((r) => r.event);
    },
    append(caseId, expectedSeq, events) {
      return appendWrites([{ caseId, expectedSeq, events }]);
    },
    appendAll(writes) {
      return appendWrites(writes);
    },
    async query(query) {
      const records = await read(['cases'], (tx) => findCases(tx, query));
      const found = new Map<string, CaseView>();
      for (const { view } of records) if (matchesQuery(view, query)) found.set(view.id, view);
      return queryPage([...found.values()].sort(newestFirst), query);
    },
    async due(at, limit) {
      if (limit === 0) return [];
      // Only open cases with a deadline are in this index, soonest first.
      const records = await read(['cases'], (tx) =>
        tx.objectStore('cases').index('dueAt').getAll(IDBKeyRange.upperBound(at), limit),
      );
      return records.map((r) => r.view);
    },
    async since(position, limit) {
      const records =
        limit === 0
          ? []
          : await read(['events'], (tx) =>
              tx.objectStore('events').getAll(IDBKeyRange.lowerBound(position, true), limit),
            );
      return {
        events: records.map((r): PositionedEvent => ({ position: r.position, event: r.event })),
        position: records.at(-1)?.position ?? position,
      };
    },

    async applyRemote(batchOfEvents, applyOptions = {}) {
      const caseIds = [...new Set(batchOfEvents.map((e) => e.event.caseId))];
      const changed = await write(async (tx, batch) => {
        const events = tx.objectStore('events');
        const [lastPosition, known, logs, entries] = await Promise.all([
          tx.objectStore('meta').get('lastPosition'),
          Promise.all(batchOfEvents.map((e) => events.index('id').get(e.event.id))),
          Promise.all(caseIds.map((id) => events.index('caseSeq').getAll(caseRange(id)))),
          // The outbox is small: the local events not yet pushed or answered.
          tx.objectStore('outbox').getAll(),
        ]);
        const entriesById = new Map(entries.map((entry) => [entry.eventId, entry]));
        const stored = (record: EventRecord): StoredEvent => {
          const entry = entriesById.get(record.event.id);
          return entry ? { ...record, entry } : record;
        };
        const byId = new Map<string, StoredEvent>();
        for (const record of known) if (record) byId.set(record.event.id, stored(record));
        const caseLogs = new Map(caseIds.map((id, i) => [id, logs[i]!.map(stored)]));
        const plan = planRemote(
          batchOfEvents,
          {
            caseEvents: (id) => caseLogs.get(id) ?? [],
            byId: (id) => byId.get(id),
            lastPosition: lastPosition ?? 0,
          },
          locale,
        );
        // Requests run in the order issued: superseded events leave before new ones take their seq.
        for (const { position, entry } of plan.superseded) {
          batch.deleteEvent(position);
          batch.putOutbox(entry);
        }
        for (const record of plan.confirmed) {
          batch.putEvent(record);
          if (entriesById.has(record.event.id)) batch.deleteOutbox(record.event.id);
        }
        for (const record of plan.added) batch.putEvent(record);
        for (const view of plan.views.values()) batch.putCase(caseRecord(view));
        if (plan.lastPosition !== (lastPosition ?? 0)) {
          batch.putMeta('lastPosition', plan.lastPosition);
        }
        if (applyOptions.checkpoint !== undefined) {
          batch.putMeta('checkpoint', applyOptions.checkpoint);
        }
        return [...plan.views.keys()];
      });
      changes.announce(changed);
    },
    async checkpoint() {
      return read(['meta'], (tx) => tx.objectStore('meta').get('checkpoint'));
    },
    withSyncLock(fn) {
      return withLock(`casegrid-idb:${name}:sync`, fn);
    },
    close() {
      changes.close();
      close();
    },
  };
}
