import { type CaseGridError, type Locale, storeError } from '@casegrid/core';
import type { IDBPTransaction, StoreNames } from 'idb';
import { allStores, type CaseGridDatabase, type CaseGridDB } from './db-schema.js';
import { idbError } from './messages.js';
import { openDatabase } from './open-database.js';
import { toStoreError } from './storage-errors.js';
import { WriteBatch, type WriteFault } from './write-batch.js';

/** A read-only transaction over some stores. */
export type ReadTransaction<Names extends StoreNames<CaseGridDB>[]> = IDBPTransaction<
  CaseGridDB,
  Names,
  'readonly'
>;

/** A write transaction: always over every store. */
export type WriteTransaction = IDBPTransaction<CaseGridDB, StoreNames<CaseGridDB>[], 'readwrite'>;

/** The transactions of one store's connection, with every failure as a `CaseGridError`. */
export interface Connection {
  /** Settles once the database is open; rejects with the error every call would meet. */
  readonly ready: Promise<void>;
  read<Names extends StoreNames<CaseGridDB>[], T>(
    stores: Names,
    body: (tx: ReadTransaction<Names>) => Promise<T>,
  ): Promise<T>;
  /**
   * One `durability: 'strict'` transaction over every store: the body reads, decides (a pure
   * function) and queues its writes on the batch; if anything fails, nothing is written.
   */
  write<T>(body: (tx: WriteTransaction, batch: WriteBatch) => Promise<T>): Promise<T>;
  close(): void;
}

/**
 * Opens the database and runs transactions on it. Once another tab upgraded the database (or
 * the browser closed it), every call fails with `storage-blocked`; once closed, `not-available`.
 *
 * @example
 * ```ts
 * const { read } = connect('casegrid', 'zh-CN');
 * const view = (await read(['cases'], (tx) => tx.objectStore('cases').get(caseId)))?.view;
 * ```
 */
export function connect(name: string, locale: Locale, writeFault?: WriteFault): Connection {
  let lost: CaseGridError | undefined;
  let closed = false;
  const connection = openDatabase(name, locale, {
    lost(reason) {
      lost = idbError('storage-blocked', reason, locale);
    },
  });
  const ready = connection.then(() => undefined);
  // Each call reports a failed open; this copy must not count as unhandled.
  ready.catch(() => {});

  async function database(): Promise<CaseGridDatabase> {
    if (closed) throw storeError('not-available', 'store.closed', locale);
    const db = await connection;
    if (lost) throw lost;
    return db;
  }

  return {
    ready,
    async read(stores, body) {
      const db = await database();
      try {
        return await body(db.transaction(stores, 'readonly'));
      } catch (error) {
        throw toStoreError(lost ?? error, locale);
      }
    },
    async write(body) {
      const db = await database();
      let tx: WriteTransaction;
      try {
        tx = db.transaction(allStores, 'readwrite', { durability: 'strict' });
      } catch (error) {
        throw toStoreError(lost ?? error, locale);
      }
      const batch = new WriteBatch(tx, writeFault);
      try {
        const result = await body(tx, batch);
        await batch.done();
        await tx.done;
        return result;
      } catch (error) {
        batch.silence();
        tx.done.catch(() => {});
        try {
          tx.abort();
        } catch {
          // Already aborted by the failed request, or already finished.
        }
        throw toStoreError(error, locale);
      }
    },
    close() {
      if (closed) return;
      closed = true;
      connection.then(
        (db) => db.close(),
        () => {},
      );
    },
  };
}
