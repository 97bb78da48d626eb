import type { Locale } from '@casegrid/core';
import { openDB } from 'idb';
import type { CaseGridDatabase, CaseGridDB } from './db-schema.js';
import { idbError, type MessageKey } from './messages.js';
import { toStoreError } from './storage-errors.js';
import { dbVersion, upgrades } from './upgrades.js';

/** What the connection tells its store after it opened. */
export interface ConnectionEvents {
  /** The connection is gone: another tab upgraded or deleted the database, or the browser closed it. */
  lost(reason: MessageKey): void;
}

/**
 * Opens (and upgrades, one version at a time) the database. Fails with `storage-blocked` when
 * another tab keeps an older version open, instead of waiting for it; on a `versionchange`
 * from another tab it closes this connection, so that tab's upgrade can go on.
 *
 * @example
 * ```ts
 * const db = await openDatabase('casegrid', 'zh-CN', { lost: (reason) => warn(reason) });
 * ```
 */
export function openDatabase(
  name: string,
  locale: Locale,
  events: ConnectionEvents,
): Promise<CaseGridDatabase> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    let upgradeError: unknown;
    let connection: CaseGridDatabase | undefined;
    openDB<CaseGridDB>(name, dbVersion, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // An aborted upgrade rejects `done`; the open request reports it.
        tx.done.catch(() => {});
        const run = async () => {
          for (let version = oldVersion + 1; version <= dbVersion; version += 1) {
            await upgrades[version - 1]!(db, tx);
            await tx.objectStore('meta').put(version, 'schemaVersion');
          }
        };
        run().catch((error: unknown) => {
          upgradeError = error;
          try {
            tx.abort();
          } catch {
            // Already finished.
          }
        });
      },
      blocked() {
        blocked = true;
        reject(idbError('storage-blocked', 'storage.blocked', locale));
      },
      blocking() {
        connection?.close();
        events.lost('storage.upgraded');
      },
      terminated() {
        events.lost('storage.terminated');
      },
    }).then(
      (db) => {
        // Too late: the caller was already told to close the other tabs and reload.
        if (blocked) db.close();
        else {
          connection = db;
          resolve(db);
        }
      },
      (error: unknown) => reject(toStoreError(upgradeError ?? error, locale)),
    );
  });
}
