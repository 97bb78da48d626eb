// The local store contract: the outbox, server events, discards, set-asides and the checkpoint,
// which every LocalStore (memory; IndexedDB in Chromium and on fake-indexeddb) must keep.
import type { CaseEvent, CaseGridError, LocalStore, PositionedEvent } from '@casegrid/core';
import { afterEach, describe, expect, it } from 'vitest';
import { next, opened } from './store-contract.js';

const ids = (entries: readonly { event: { id: string } }[]) => entries.map((e) => e.event.id);

/** An event as the server sends it. */
export function remote(event: CaseEvent, position: number): PositionedEvent {
  return { position, event };
}

/** Runs the local store contract against a store factory. */
export function localStoreContract(name: string, make: () => LocalStore): void {
  describe(`${name} keeps the local store contract`, () => {
    const made: LocalStore[] = [];
    const makeStore = () => {
      const store = make();
      made.push(store);
      return store;
    };
    afterEach(() => {
      for (const store of made.splice(0)) store.close();
    });

    it('keeps appended events in the outbox, in log order, until the server confirms them', async () => {
      const store = makeStore();
      const first = opened('c1');
      await store.append('c1', 0, [first]);
      await store.append('c1', 1, [next(first)]);
      expect(await store.outbox.pending()).toEqual([
        { position: 1, actionId: 'c1-1', event: first },
        { position: 2, actionId: 'c1-2', event: next(first) },
      ]);
      expect(await store.outbox.count()).toBe(2);

      await store.outbox.confirm('c1-1', 10);
      await store.outbox.confirm('c1-1', 10);
      expect(ids(await store.outbox.pending())).toEqual(['c1-2']);
      expect(await store.outbox.count()).toBe(1);
      expect((await store.load('c1'))?.seq).toBe(2);
      await expect(store.outbox.confirm('nope', 11)).rejects.toMatchObject({ code: 'not-found' });
    });

    it('groups the events of one write under the id of its first event: one action', async () => {
      const store = makeStore();
      const parent = opened('p');
      await store.append('p', 0, [parent, next(parent)]);
      await store.appendAll([
        { caseId: 'p', expectedSeq: 2, events: [next(next(parent), { from: 'mediating' })] },
        { caseId: 'child', expectedSeq: 0, events: [opened('child'), next(opened('child'))] },
      ]);
      expect((await store.outbox.pending()).map((e) => [e.event.id, e.actionId])).toEqual([
        ['p-1', 'p-1'],
        ['p-2', 'p-1'],
        ['p-3', 'p-3'],
        ['child-1', 'child-1'],
        ['child-2', 'child-1'],
      ]);
    });

    it('keeps a rejected event, with its reason, until it is discarded', async () => {
      const store = makeStore();
      const first = opened('c1');
      await store.append('c1', 0, [first]);
      await store.append('c1', 1, [next(first)]);
      const rejection = { code: 'forbidden', message: '无权受理' };
      await store.outbox.reject('c1-2', rejection);
      expect(ids(await store.outbox.pending())).toEqual(['c1-1']);
      expect(await store.outbox.rejected()).toEqual([
        { position: 2, actionId: 'c1-2', event: next(first), rejection, inLog: true },
      ]);
      expect(await store.outbox.count()).toBe(2);
      expect((await store.load('c1'))?.state).toBe('mediating');
      await expect(store.outbox.reject('nope', rejection)).rejects.toMatchObject({
        code: 'not-found',
      });
    });

    it('discards a rejected event and folds its case again from the events left', async () => {
      const store = makeStore();
      const first = opened('c1');
      await store.append('c1', 0, [first]);
      await store.append('c1', 1, [next(first)]);
      await store.outbox.reject('c1-2', { code: 'conflict', message: 'x' });
      await store.outbox.discard('c1-2');
      expect(await store.load('c1')).toMatchObject({ seq: 1, state: 'reported', assignee: null });
      expect(await store.events('c1')).toEqual([first]);
      expect(await store.outbox.rejected()).toEqual([]);
      expect(ids(await store.outbox.pending())).toEqual(['c1-1']);
      expect((await store.since(0)).events.map((e) => e.event.id)).toEqual(['c1-1']);
      expect((await store.query({ states: ['mediating'] })).map((v) => v.id)).toEqual([]);
      // The case goes on from seq 1 again.
      await store.append('c1', 1, [next(first, { id: 'again' })]);
      expect((await store.load('c1'))?.seq).toBe(2);
    });

    it('discards a rejected opening event, and the case with it', async () => {
      const store = makeStore();
      await store.append('c1', 0, [opened('c1')]);
      await store.outbox.reject('c1-1', { code: 'forbidden', message: 'x' });
      await store.outbox.discard('c1-1');
      expect(await store.load('c1')).toBeUndefined();
      expect(await store.events('c1')).toEqual([]);
      expect(await store.query({})).toEqual([]);
      expect(await store.due('2027-01-01T00:00:00.000Z')).toEqual([]);
      expect(await store.outbox.count()).toBe(0);
    });

    it("discards only rejected events, a case's later ones first", async () => {
      const store = makeStore();
      const first = opened('c1');
      await store.append('c1', 0, [first, next(first)]);
      await expect(store.outbox.discard('c1-2')).rejects.toMatchObject({ code: 'not-available' });
      await expect(store.outbox.discard('nope')).rejects.toMatchObject({ code: 'not-found' });
      await store.outbox.reject('c1-1', { code: 'forbidden', message: 'x' });
      await store.outbox.reject('c1-2', { code: 'conflict', message: 'x' });
      await expect(store.outbox.discard('c1-1')).rejects.toMatchObject({ code: 'conflict' });
      expect(await store.outbox.count()).toBe(2);
      await store.outbox.discard('c1-2');
      await store.outbox.discard('c1-1');
      expect(await store.load('c1')).toBeUndefined();
      expect(await store.outbox.count()).toBe(0);
    });

    it('applies server events in server order, with no outbox entry', async () => {
      const store = makeStore();
      const mine = opened('mine');
      await store.append('mine', 0, [mine]);
      const theirs = opened('s');
      await store.applyRemote([remote(next(theirs), 8), remote(theirs, 7)]);
      expect(await store.events('s')).toEqual([theirs, next(theirs)]);
      expect(await store.load('s')).toMatchObject({ seq: 2, state: 'mediating' });
      expect(ids(await store.outbox.pending())).toEqual(['mine-1']);
      expect((await store.since(0)).events.map((e) => [e.position, e.event.id])).toEqual([
        [1, 'mine-1'],
        [2, 's-1'],
        [3, 's-2'],
      ]);
    });

    it('applies a server event once, however often it comes', async () => {
      const store = makeStore();
      const theirs = opened('s');
      await store.applyRemote([remote(theirs, 1), remote(theirs, 1)]);
      await store.applyRemote([remote(theirs, 1)]);
      expect(await store.events('s')).toEqual([theirs]);
      expect((await store.since(0)).events).toHaveLength(1);
      expect(await store.outbox.count()).toBe(0);
    });

    it('confirms a local event that comes back from the server', async () => {
      const store = makeStore();
      const mine = opened('c1');
      await store.append('c1', 0, [mine]);
      await store.applyRemote([remote(mine, 5)]);
      expect(await store.outbox.count()).toBe(0);
      expect(await store.events('c1')).toEqual([mine]);
      expect((await store.since(0)).events).toHaveLength(1);
      // Confirming it again is harmless.
      await store.outbox.confirm('c1-1', 5);
    });

    it('lets a server event replace unconfirmed local ones, and keeps those as rejected', async () => {
      const store = makeStore();
      const first = opened('c1');
      await store.applyRemote([remote(first, 1)]);
      const mine = next(first);
      const mineAfter = next(mine, { from: 'mediating', to: 'resolved', closed: true });
      await store.append('c1', 1, [mine]);
      await store.append('c1', 2, [mineAfter]);
      const theirs = next(first, { id: 'theirs', assignee: 'b' });
      await store.applyRemote([remote(theirs, 2)], { checkpoint: 2 });

      expect(await store.events('c1')).toEqual([first, theirs]);
      expect(await store.load('c1')).toMatchObject({ seq: 2, assignee: 'b', closed: false });
      expect(await store.outbox.pending()).toEqual([]);
      const rejected = await store.outbox.rejected();
      expect(ids(rejected)).toEqual(['c1-2', 'c1-3']);
      expect(rejected.every((r) => r.rejection.code === 'conflict' && !r.inLog)).toBe(true);
      expect(rejected.map((r) => r.rejection.message)).toEqual([
        '服务器上该案件的第 2 步已有其他更新，本地的这次更改未被采用。',
        '服务器上该案件的第 2 步已有其他更新，本地的这次更改未被采用。',
      ]);
      await expect(store.outbox.confirm('c1-2', 3)).rejects.toMatchObject({ code: 'conflict' });

      // Discarding them now only clears the outbox: the case already shows the server's version.
      await store.outbox.discard('c1-2');
      await store.outbox.discard('c1-3');
      expect(await store.outbox.count()).toBe(0);
      expect(await store.events('c1')).toEqual([first, theirs]);
      expect((await store.load('c1'))?.assignee).toBe('b');
    });

    it("confirms a local event with the server's version of it: its time and deadline", async () => {
      const store = makeStore();
      const mine = opened('c1');
      await store.append('c1', 0, [mine]);
      await store.append('c1', 1, [next(mine)]);
      const theirs = opened('c1', {
        at: '2026-03-02T05:00:00.000Z',
        deadline: { state: 'reported', dueAt: '2026-03-03T05:00:00.000Z' },
      });
      await store.applyRemote([remote(theirs, 9)]);
      expect(await store.events('c1')).toEqual([theirs, next(mine)]);
      expect(await store.load('c1')).toMatchObject({
        seq: 2,
        openedAt: '2026-03-02T05:00:00.000Z',
        state: 'mediating',
      });
      expect(ids(await store.outbox.pending())).toEqual(['c1-2']);
      expect((await store.since(0)).events.map((e) => e.position)).toEqual([1, 2]);
    });

    it('sets a local event aside with the later ones of its case, and folds the case without them', async () => {
      const store = makeStore();
      const first = opened('c1');
      await store.applyRemote([remote(first, 1)]);
      const mine = next(first);
      const mineAfter = next(mine, { from: 'mediating', to: 'resolved' });
      await store.append('c1', 1, [mine]);
      await store.append('c1', 2, [mineAfter]);
      await store.outbox.reject('c1-2', { code: 'forbidden', message: 'x' });
      const seen: string[] = [];
      const subscription = store.changes$.subscribe((id) => seen.push(id));
      const rejection = { code: 'conflict', message: 'again' };
      await store.outbox.setAside('c1-2', rejection);
      subscription.unsubscribe();

      expect(seen).toEqual(['c1']);
      expect(await store.events('c1')).toEqual([first]);
      expect(await store.load('c1')).toMatchObject({ seq: 1, state: 'reported' });
      expect(await store.outbox.pending()).toEqual([]);
      expect(await store.outbox.rejected()).toEqual([
        { position: 2, actionId: 'c1-2', event: mine, rejection, inLog: false },
        { position: 3, actionId: 'c1-3', event: mineAfter, rejection, inLog: false },
      ]);
      expect((await store.since(0)).events.map((e) => e.event.id)).toEqual(['c1-1']);
      // The case goes on from seq 1; setting aside again only gives a new reason.
      await store.append('c1', 1, [next(first, { id: 'again' })]);
      await store.outbox.setAside('c1-3', { code: 'forbidden', message: 'y' });
      expect((await store.outbox.rejected()).map((e) => e.rejection.code)).toEqual([
        'conflict',
        'forbidden',
      ]);
      expect((await store.load('c1'))?.seq).toBe(2);
    });

    it('sets aside an opening event, and the case goes with it', async () => {
      const store = makeStore();
      await store.append('c1', 0, [opened('c1')]);
      await store.outbox.setAside('c1-1', { code: 'conflict', message: 'x' });
      expect(await store.load('c1')).toBeUndefined();
      expect(await store.query({})).toEqual([]);
      expect(await store.outbox.count()).toBe(1);
      await store.outbox.discard('c1-1');
      expect(await store.outbox.count()).toBe(0);
    });

    it('refuses to set aside an unknown event, or one with confirmed events after it', async () => {
      const store = makeStore();
      const first = opened('c1');
      await store.append('c1', 0, [first, next(first)]);
      await store.applyRemote([remote(next(first), 4)]);
      const rejection = { code: 'conflict', message: 'x' };
      await expect(store.outbox.setAside('c1-1', rejection)).rejects.toMatchObject({
        code: 'conflict',
      });
      await expect(store.outbox.setAside('nope', rejection)).rejects.toMatchObject({
        code: 'not-found',
      });
      expect(await store.events('c1')).toEqual([first, next(first)]);
      expect(ids(await store.outbox.pending())).toEqual(['c1-1']);
    });

    it('refuses server events that contradict confirmed ones, saving nothing of the batch', async () => {
      const store = makeStore();
      await store.applyRemote([remote(opened('c1'), 1)], { checkpoint: 1 });
      const refused = store.applyRemote(
        [remote(opened('c2'), 2), remote(opened('c1', { id: 'other' }), 3)],
        { checkpoint: 3 },
      );
      await expect(refused).rejects.toMatchObject({ code: 'conflict' });
      expect(await store.load('c2')).toBeUndefined();
      expect(await store.checkpoint()).toBe(1);
      expect((await store.since(0)).events).toHaveLength(1);
      // A gap in a case's seqs is refused too.
      await expect(store.applyRemote([remote(next(next(opened('c1'))), 4)])).rejects.toMatchObject({
        code: 'conflict',
      });
    });

    it('saves the checkpoint only together with the events it covers', async () => {
      const store = makeStore();
      expect(await store.checkpoint()).toBeUndefined();
      await store.applyRemote([remote(opened('s'), 1)], { checkpoint: 1 });
      expect(await store.checkpoint()).toBe(1);
      await store.applyRemote([], { checkpoint: 4 });
      expect(await store.checkpoint()).toBe(4);
      await store.applyRemote([remote(next(opened('s')), 5)]);
      expect(await store.checkpoint()).toBe(4);
    });

    it('stores nothing of an appendAll whose second write conflicts: no event, view or outbox entry', async () => {
      const store = makeStore();
      const parent = opened('p');
      await store.append('p', 0, [parent]);
      await store.append('q', 0, [opened('q')]);
      const before = await store.since(0);
      for (const second of [
        { caseId: 'q', expectedSeq: 0, events: [next(opened('q'), { id: 'q-new', seq: 1 })] },
        { caseId: 'child', expectedSeq: 0, events: [opened('child', { id: 'q-1' })] },
      ]) {
        await expect(
          store.appendAll([{ caseId: 'p', expectedSeq: 1, events: [next(parent)] }, second]),
        ).rejects.toMatchObject({ code: 'conflict' });
        expect(await store.events('p')).toEqual([parent]);
        expect(await store.load('p')).toMatchObject({ seq: 1, state: 'reported' });
        expect(await store.load('child')).toBeUndefined();
        expect(ids(await store.outbox.pending())).toEqual(['p-1', 'q-1']);
        expect(await store.since(0)).toEqual(before);
      }
      // The log goes on without a gap.
      await store.append('p', 1, [next(parent)]);
      expect((await store.since(2)).events.map((e) => e.position)).toEqual([3]);
    });

    it('says what went wrong in zh-CN by default', async () => {
      const store = makeStore();
      await store.append('c1', 0, [opened('c1')]);
      const error = (await store
        .append('c1', 0, [opened('c1', { id: 'x' })])
        .catch((e: unknown) => e)) as CaseGridError;
      expect(error.message).toBe('Case c1 is at seq 1, not 0.');
      expect(error.issues[0]?.message).toMatch(/案件 c1 已被更新/);
    });

    it('tells its subscribers which cases changed', async () => {
      const store = makeStore();
      const seen: string[] = [];
      const subscription = store.changes$.subscribe((id) => seen.push(id));
      await store.append('a', 0, [opened('a')]);
      await store.appendAll([
        { caseId: 'b', expectedSeq: 0, events: [opened('b')] },
        { caseId: 'c', expectedSeq: 0, events: [opened('c')] },
      ]);
      await store.applyRemote([remote(opened('d'), 1)]);
      await store.outbox.reject('a-1', { code: 'forbidden', message: 'x' });
      await store.outbox.discard('a-1');
      // Its id is free again.
      await store.append('a', 0, [opened('a')]);
      await store.append('b', 0, [opened('b', { id: 'b-x' })]).catch(() => {});
      subscription.unsubscribe();
      expect(seen).toEqual(['a', 'b', 'c', 'd', 'a', 'a']);
    });

    it('runs one sync at a time', async () => {
      const store = makeStore();
      let inner: boolean | undefined;
      const outer = await store.withSyncLock(async () => {
        inner = await store.withSyncLock(() => {});
      });
      expect([outer, inner]).toEqual([true, false]);
      await expect(
        store.withSyncLock(() => {
          throw new Error('offline');
        }),
      ).rejects.toThrow('offline');
      expect(await store.withSyncLock(() => {})).toBe(true);
    });

    it('refuses every call once closed', async () => {
      const store = makeStore();
      await store.append('c1', 0, [opened('c1')]);
      store.close();
      store.close();
      await expect(store.load('c1')).rejects.toMatchObject({ code: 'not-available' });
      await expect(store.outbox.pending()).rejects.toMatchObject({ code: 'not-available' });
    });
  });
}
