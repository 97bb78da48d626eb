// What earlier schema versions wrote, frozen here: the upgrade tests open these with today's
// code. A fixture copies the released upgrade step and record shapes; it never imports them,
// so that a change to src/upgrades.ts cannot quietly change the data it is tested against.
import { applyEvent, type CaseEvent, type CaseView } from '@casegrid/core';
import { type IDBPDatabase, openDB } from 'idb';

/** Version 1 of the schema, as released: no assignee or due-date index. */
function createVersion1(db: IDBPDatabase): void {
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
}

/** Opens a version 1 database (creating it if needed) and leaves the connection open. */
export function openVersion1(name: string): Promise<IDBPDatabase> {
  return openDB(name, 1, { upgrade: createVersion1 });
}

/**
 * Writes a version 1 database holding `events` (appended in this order, as version 1 stored
 * them: records `{ position, event }`, views as `{ view }`), with `pending` still in the outbox.
 */
export async function writeVersion1(
  name: string,
  events: readonly CaseEvent[],
  pending: readonly string[],
): Promise<void> {
  const db = await openVersion1(name);
  const tx = db.transaction(['cases', 'events', 'outbox', 'meta'], 'readwrite');
  const views = new Map<string, CaseView>();
  events.forEach((event, i) => {
    views.set(event.caseId, applyEvent(views.get(event.caseId), event));
    void tx.objectStore('events').put({ position: i + 1, event });
    if (pending.includes(event.id)) {
      void tx.objectStore('outbox').put({
        eventId: event.id,
        actionId: event.id,
        position: i + 1,
        status: 'pending',
        event,
        inLog: true,
      });
    }
  });
  for (const view of views.values()) void tx.objectStore('cases').put({ view });
  void tx.objectStore('meta').put(1, 'schemaVersion');
  void tx.objectStore('meta').put(events.length, 'lastPosition');
  await tx.done;
  db.close();
}
