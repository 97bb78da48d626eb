/**
 * @casegrid/idb — the casegrid store in IndexedDB: materialized case views with query
 * indexes, the event log, the outbox of local events waiting for the server, a sync
 * checkpoint; one transaction per action; several tabs kept in step. The `LocalStore`
 * contract it keeps, and `memoryLocalStore` (the same store in memory), live in
 * `@casegrid/core` and are re-exported here.
 *
 * @packageDocumentation
 */

export type {
  ApplyRemoteOptions,
  LocalStore,
  MemoryLocalStoreOptions,
  Outbox,
  OutboxEntry,
  RejectedEntry,
  Rejection,
  SyncCheckpoint,
} from '@casegrid/core';
export { memoryLocalStore } from '@casegrid/core';
export type { CaseGridDB, MetaKey } from './db-schema.js';
export type { IdbStore, IdbStoreOptions } from './idb-store.js';
export { idbStore } from './idb-store.js';
export type { StorageErrorCode } from './messages.js';
export { dbVersion } from './upgrades.js';
export type { WriteFault, WriteTarget } from './write-batch.js';
