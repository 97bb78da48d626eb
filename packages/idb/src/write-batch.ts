import type { EventRecord, OutboxRecord } from '@casegrid/core';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { CaseGridDB, MetaKey } from './db-schema.js';
import type { CaseRecord } from './records.js';

/** One write a store is about to make: the store and the record's key. */
export interface WriteTarget {
  readonly store: StoreNames<CaseGridDB>;
  readonly key: IDBValidKey;
}

/**
 * Test seam (see {@link IdbStoreOptions.writeFault}): called before each write; what it
 * throws fails the transaction as if IndexedDB had failed that write.
 */
export type WriteFault = (target: WriteTarget) => void;

type WriteTransaction = IDBPTransaction<CaseGridDB, StoreNames<CaseGridDB>[], 'readwrite'>;

/**
 * The writes of one transaction, issued without waiting for each other and awaited together.
 *
 * @example
 * ```ts
 * const batch = new WriteBatch(tx);
 * batch.putEvent(record);
 * batch.putMeta('lastPosition', record.position);
 * await batch.done();
 * ```
 */
export class WriteBatch {
  private readonly requests: Promise<unknown>[] = [];

  constructor(
    private readonly tx: WriteTransaction,
    private readonly fault?: WriteFault,
  ) {}

  putCase(record: CaseRecord): void {
    this.issue('cases', record.view.id, () => this.tx.objectStore('cases').put(record));
  }

  deleteCase(caseId: string): void {
    this.issue('cases', caseId, () => this.tx.objectStore('cases').delete(caseId));
  }

  putEvent(record: EventRecord): void {
    this.issue('events', record.position, () => this.tx.objectStore('events').put(record));
  }

  deleteEvent(position: number): void {
    this.issue('events', position, () => this.tx.objectStore('events').delete(position));
  }

  putOutbox(record: OutboxRecord): void {
    this.issue('outbox', record.eventId, () => this.tx.objectStore('outbox').put(record));
  }

  deleteOutbox(eventId: string): void {
    this.issue('outbox', eventId, () => this.tx.objectStore('outbox').delete(eventId));
  }

  putMeta(key: MetaKey, value: number): void {
    this.issue('meta', key, () => this.tx.objectStore('meta').put(value, key));
  }

  /** Resolves when every write succeeded; rejects with the first failure. */
  done(): Promise<unknown> {
    return Promise.all(this.requests);
  }

  /** After a failure: the other writes' rejections are expected, not unhandled. */
  silence(): void {
    for (const request of this.requests) request.catch(() => {});
  }

  private issue(store: StoreNames<CaseGridDB>, key: IDBValidKey, write: () => Promise<unknown>) {
    this.fault?.({ store, key });
    this.requests.push(write());
  }
}
