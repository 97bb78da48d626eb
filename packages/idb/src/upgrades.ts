import type { CaseGridDatabase, UpgradeTransaction } from './db-schema.js';
import { caseRecord } from './records.js';

/** One step of the schema: from the version before it to its own. */
export type Upgrade = (db: CaseGridDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/**
 * The schema's history, one upgrade per version, in order (`upgrades[0]` makes version 1).
 * Never edit a released step: add one. Each is tested by opening data that the versions
 * before it wrote (test/upgrade-fixtures.ts).
 *
 * @example
 * ```ts
 * for (let version = oldVersion + 1; version <= upgrades.length; version += 1) {
 *   await upgrades[version - 1]!(db, tx);
 * }
 * ```
 */
export const upgrades: readonly Upgrade[] = [
  // 1: the log, the outbox, meta, and the views with their type, state and unit indexes.
  (db) => {
    const cases = db.createObjectStore('cases', { keyPath: 'view.id' });
    cases.createIndex('typeId', 'view.typeId');
    cases.createIndex('state', 'view.state');
    cases.createIndex('unit', 'view.unit');
    cases.createIndex('handlingUnit', 'view.handlingUnit');
    const events = db.createObjectStore('events', { keyPath: 'position' });
    events.createIndex('id', 'event.id', { unique: true });
    events.createIndex('caseSeq', ['event.caseId', 'event.seq'], { unique: true });
    const outbox = db.createObjectStore('outbox', { keyPath: 'eventId' });
    outbox.createIndex('status', ['status', 'position']);
    db.createObjectStore('meta');
  },
  // 2: the assignee and due-date indexes. IndexedDB indexes neither `null` nor a closed
  // case's deadline on its own, so each view gets keys written beside it (`caseRecord`).
  async (_db, tx) => {
    const cases = tx.objectStore('cases');
    cases.createIndex('assignee', 'assignee');
    cases.createIndex('dueAt', 'dueAt');
    let cursor = await cases.openCursor();
    while (cursor) {
      await cursor.update(caseRecord(cursor.value.view));
      cursor = await cursor.continue();
    }
  },
];

/** The schema version this code writes. */
export const dbVersion = upgrades.length;
