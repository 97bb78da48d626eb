import type { EventRecord, OutboxRecord } from '@casegrid/core';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CaseRecord } from './records.js';

/** The keys of the `meta` store. */
export type MetaKey =
  /** The schema version the last upgrade wrote (the same as the database's version). */
  | 'schemaVersion'
  /** The last position given in the local log. */
  | 'lastPosition'
  /** The server position the last pull reached. */
  | 'checkpoint';

/**
 * The database, in one typed schema from which every store's types follow.
 *
 * - `cases`: one materialized view per case (key `view.id`), with indexes for the engine's
 *   queries.
 * - `events`: the local log, keyed by local position; `id` (unique) and `caseSeq`
 *   (`[caseId, seq]`, unique).
 * - `outbox`: local events not yet confirmed, keyed by event id; `status` is
 *   `[status, position]` so that each status reads in log order.
 * - `meta`: numbers by {@link MetaKey}.
 */
export interface CaseGridDB extends DBSchema {
  cases: {
    key: string;
    value: CaseRecord;
    indexes: {
      typeId: string;
      state: string;
      unit: string;
      handlingUnit: string;
      assignee: string | number;
      dueAt: string;
    };
  };
  events: {
    key: number;
    value: EventRecord;
    indexes: { id: string; caseSeq: [string, number] };
  };
  outbox: {
    key: string;
    value: OutboxRecord;
    indexes: { status: [string, number] };
  };
  meta: {
    key: MetaKey;
    value: number;
  };
}

/** An open connection to the database. */
export type CaseGridDatabase = IDBPDatabase<CaseGridDB>;

/** The transaction an upgrade runs in. */
export type UpgradeTransaction = IDBPTransaction<
  CaseGridDB,
  StoreNames<CaseGridDB>[],
  'versionchange'
>;

/** Every store: each write transaction spans them all, so writes never interleave. */
export const allStores: StoreNames<CaseGridDB>[] = ['cases', 'events', 'outbox', 'meta'];
