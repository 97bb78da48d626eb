// What only the IndexedDB store does: upgrades, quota and blocked errors. Run in Chromium and
// on fake-indexeddb.
import type { CaseGridError } from '@casegrid/core';
import { dbVersion, idbStore, type WriteTarget } from '@casegrid/idb';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { closedAfterEach, next, opened, uniqueName } from './helpers.js';
import { openVersion1, writeVersion1 } from './upgrade-fixtures.js';

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function failure(promise: Promise<unknown>): Promise<CaseGridError> {
  try {
    await promise;
  } catch (error) {
    return error as CaseGridError;
  }
  throw new Error('Expected a failure.');
}

/** Runs the IndexedDB store's own tests. */
export function idbBehaviour(label: string): void {
  const store = closedAfterEach(idbStore);

  describe(`idbStore() on ${label}: upgrades`, () => {
    it('creates a new database at the current version with every store and index', async () => {
      const name = uniqueName('fresh');
      await store({ name }).ready;
      const db = await openDB(name);
      expect(db.version).toBe(dbVersion);
      expect([...db.objectStoreNames].sort()).toEqual(['cases', 'events', 'meta', 'outbox']);
      const tx = db.transaction(['cases', 'events', 'outbox', 'meta']);
      expect([...tx.objectStore('cases').indexNames].sort()).toEqual([
        'assignee',
        'dueAt',
        'handlingUnit',
        'state',
        'typeId',
        'unit',
      ]);
      expect([...tx.objectStore('events').indexNames].sort()).toEqual(['caseSeq', 'id']);
      expect([...tx.objectStore('outbox').indexNames]).toEqual(['status']);
      expect(await tx.objectStore('meta').get('schemaVersion')).toBe(dbVersion);
      db.close();
    });

    it('opens version 1 data and upgrades it in place', async () => {
      const name = uniqueName('v1');
      const late = opened('late', {
        assignee: 'li',
        deadline: { state: 'reported', dueAt: '2026-03-02T05:00:00.000Z' },
      });
      const done = opened('done', { closed: true, to: 'closed', deadline: null });
      const soon = opened('soon', {
        deadline: { state: 'reported', dueAt: '2026-03-02T03:00:00.000Z' },
      });
      await writeVersion1(name, [late, done, soon, next(soon)], ['soon-2']);

      const upgraded = store({ name });
      await upgraded.ready;
      expect(await upgraded.load('soon')).toMatchObject({ seq: 2, state: 'mediating' });
      expect(await upgraded.events('soon')).toEqual([soon, next(soon)]);
      expect((await upgraded.outbox.pending()).map((e) => e.event.id)).toEqual(['soon-2']);
      // The indexes version 2 added, over the records version 1 wrote.
      expect((await upgraded.due('2026-03-03T00:00:00.000Z')).map((v) => v.id)).toEqual(['late']);
      expect((await upgraded.query({ assignee: null })).map((v) => v.id)).toEqual(['done']);
      expect((await upgraded.query({ assignee: 'li' })).map((v) => v.id)).toEqual(['late']);
      // The log goes on where version 1 left it.
      await upgraded.append('new', 0, [opened('new')]);
      expect((await upgraded.since(4)).events.map((e) => e.position)).toEqual([5]);
      upgraded.close();

      const db = await openDB(name);
      expect(db.version).toBe(dbVersion);
      expect(await db.get('meta', 'schemaVersion')).toBe(dbVersion);
      db.close();
    });

    it('fails with storage-blocked while another tab keeps an older version open', async () => {
      const name = uniqueName('blocked');
      const older = await openVersion1(name);
      const blocked = store({ name });
      const error = await failure(blocked.ready);
      expect(error).toMatchObject({ name: 'CaseGridError', code: 'storage-blocked' });
      expect(error.issues[0]?.message).toMatch(/请关闭其他标签页后刷新本页/);
      await expect(blocked.load('c1')).rejects.toMatchObject({ code: 'storage-blocked' });
      older.close();
    });

    it('lets go of the database when another tab upgrades it, and says so', async () => {
      const name = uniqueName('versionchange');
      const current = store({ name, locale: 'en' });
      await current.append('c1', 0, [opened('c1')]);
      const newer = await openDB(name, dbVersion + 1);
      const error = await failure(current.load('c1'));
      expect(error.code).toBe('storage-blocked');
      expect(error.issues[0]?.message).toBe(
        'Another tab upgraded or deleted the local database, so this page let go of it. Reload this page.',
      );
      newer.close();
    });

    it('refuses a database that a newer version wrote', async () => {
      const name = uniqueName('newer');
      (await openDB(name, dbVersion + 1)).close();
      const error = await failure(store({ name }).ready);
      expect(error.code).toBe('storage-blocked');
      expect((error.cause as DOMException).name).toBe('VersionError');
    });
  });

  describe(`idbStore() on ${label}: storage errors`, () => {
    // The seam `writeFault` throws what the browser would when the disk is full.
    function failingStore(failOn: (target: WriteTarget) => boolean, locale?: 'en') {
      let armed = true;
      const s = store({
        name: uniqueName('quota'),
        ...(locale ? { locale } : {}),
        writeFault: (target) => {
          if (armed && failOn(target)) throw quotaExceeded();
        },
      });
      const disarm = () => {
        armed = false;
      };
      return { store: s, disarm };
    }

    it('reports a full disk as storage-full, in zh-CN, and writes nothing', async () => {
      const { store: full, disarm } = failingStore((t) => t.store === 'outbox');
      const error = await failure(full.append('c1', 0, [opened('c1')]));
      expect(error).toMatchObject({ name: 'CaseGridError', code: 'storage-full' });
      expect(error.issues[0]?.message).toBe(
        '设备存储空间已满，本次更改没有保存。请清理浏览器存储空间或联网同步后重试。',
      );
      expect((error.cause as DOMException).name).toBe('QuotaExceededError');
      expect(await full.load('c1')).toBeUndefined();
      expect(await full.events('c1')).toEqual([]);
      expect(await full.outbox.count()).toBe(0);
      expect((await full.since(0)).events).toEqual([]);
      disarm();
      await full.append('c1', 0, [opened('c1')]);
      expect((await full.since(0)).events.map((e) => e.position)).toEqual([1]);
    });

    it('says so in English when asked', async () => {
      const { store: full } = failingStore(() => true, 'en');
      const error = await failure(full.applyRemote([{ position: 1, event: opened('c1') }]));
      expect(error.code).toBe('storage-full');
      expect(error.issues[0]?.message).toMatch(/^The device's storage is full/);
    });

    it('rolls back the writes already made when a later one in the same action fails', async () => {
      let eventWrites = 0;
      // The third event write is the appendAll's second, after its first was queued.
      const { store: full } = failingStore((t) => {
        if (t.store === 'events') eventWrites += 1;
        return t.store === 'events' && eventWrites === 3;
      });
      const parent = opened('p');
      await full.append('p', 0, [parent]);
      const error = await failure(
        full.appendAll([
          { caseId: 'p', expectedSeq: 1, events: [next(parent)] },
          { caseId: 'child', expectedSeq: 0, events: [opened('child')] },
        ]),
      );
      expect(error.code).toBe('storage-full');
      expect(await full.events('p')).toEqual([parent]);
      expect((await full.load('p'))?.seq).toBe(1);
      expect(await full.load('child')).toBeUndefined();
      expect((await full.outbox.pending()).map((e) => e.event.id)).toEqual(['p-1']);
    });
  });

  describe(`idbStore() on ${label}: persistence`, () => {
    it('tells whether the browser keeps its storage', async () => {
      expect(typeof (await store({ name: uniqueName('persist') }).persisted)).toBe('boolean');
    });
  });
}
