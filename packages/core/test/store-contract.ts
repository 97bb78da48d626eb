// The store contract: every CaseStore (memory, IndexedDB, PostgreSQL) must pass these.
import { type CaseEvent, type CaseStore, matchesQuery, type StoreQuery } from '@casegrid/core';
import { describe, expect, it } from 'vitest';

const actor = { id: 'a', unit: 'village-1', roles: ['grid-worker'] };

export function opened(caseId: string, overrides: Partial<CaseEvent> = {}): CaseEvent {
  return {
    id: `${caseId}-1`,
    caseId,
    seq: 1,
    type: 'opened',
    at: '2026-03-02T01:00:00.000Z',
    actor,
    typeId: 'dispute',
    typeVersion: 1,
    to: 'reported',
    closed: false,
    data: { summary: caseId },
    unit: 'grid-1',
    handlingUnit: 'village-1',
    assignee: null,
    deadline: { state: 'reported', dueAt: '2026-03-03T01:00:00.000Z' },
    ...overrides,
  };
}

export function next(previous: CaseEvent, overrides: Partial<CaseEvent> = {}): CaseEvent {
  return {
    id: `${previous.caseId}-${previous.seq + 1}`,
    caseId: previous.caseId,
    seq: previous.seq + 1,
    type: 'performed',
    at: '2026-03-02T02:00:00.000Z',
    actor,
    typeId: previous.typeId,
    typeVersion: previous.typeVersion,
    action: 'accept',
    from: 'reported',
    to: 'mediating',
    closed: false,
    assignee: 'a',
    deadline: { state: 'mediating', dueAt: '2026-03-09T02:00:00.000Z' },
    ...overrides,
  };
}

/** Runs the store contract against a store factory. */
export function storeContract(name: string, makeStore: () => CaseStore | Promise<CaseStore>): void {
  describe(`${name} keeps the store contract`, () => {
    it('appends a new case at expected seq 0 and loads its folded view', async () => {
      const store = await makeStore();
      await store.append('c1', 0, [opened('c1')]);
      const view = await store.load('c1');
      expect(view).toMatchObject({
        id: 'c1',
        seq: 1,
        state: 'reported',
        handlingUnit: 'village-1',
      });
      expect(await store.events('c1')).toEqual([opened('c1')]);
      expect(await store.load('nope')).toBeUndefined();
      expect(await store.events('nope')).toEqual([]);
    });

    it('rejects a stale expected seq as a conflict and changes nothing', async () => {
      const store = await makeStore();
      const first = opened('c1');
      await store.append('c1', 0, [first]);
      await expect(store.append('c1', 0, [opened('c1', { id: 'other' })])).rejects.toMatchObject({
        code: 'conflict',
      });
      await expect(store.append('c1', 5, [next(first)])).rejects.toMatchObject({
        code: 'conflict',
      });
      expect(await store.events('c1')).toEqual([first]);
    });

    it('rejects an event id that is already stored', async () => {
      const store = await makeStore();
      await store.append('c1', 0, [opened('c1')]);
      await expect(store.append('c2', 0, [opened('c2', { id: 'c1-1' })])).rejects.toMatchObject({
        code: 'conflict',
      });
      expect(await store.load('c2')).toBeUndefined();
    });

    it('appends to several cases atomically: one bad write stores nothing of the others', async () => {
      const store = await makeStore();
      const parent = opened('p');
      await store.append('p', 0, [parent]);
      await expect(
        store.appendAll([
          { caseId: 'p', expectedSeq: 1, events: [next(parent)] },
          { caseId: 'child', expectedSeq: 3, events: [opened('child')] },
        ]),
      ).rejects.toMatchObject({ code: 'conflict' });
      expect((await store.load('p'))?.seq).toBe(1);
      expect(await store.load('child')).toBeUndefined();
      await store.appendAll([
        { caseId: 'p', expectedSeq: 1, events: [next(parent)] },
        { caseId: 'child', expectedSeq: 0, events: [opened('child')] },
      ]);
      expect((await store.load('p'))?.state).toBe('mediating');
      expect((await store.load('child'))?.state).toBe('reported');
    });

    it('lets only one of two concurrent appends at the same seq succeed', async () => {
      const store = await makeStore();
      const first = opened('c1');
      await store.append('c1', 0, [first]);
      const results = await Promise.allSettled([
        store.append('c1', 1, [next(first, { id: 'x' })]),
        store.append('c1', 1, [next(first, { id: 'y' })]),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await store.events('c1')).map((e) => e.id)).toHaveLength(2);
    });

    it('numbers every stored event in one global log, readable from any position', async () => {
      const store = await makeStore();
      const a = opened('a');
      await store.append('a', 0, [a]);
      await store.append('b', 0, [opened('b')]);
      await store.append('a', 1, [next(a)]);
      const all = await store.since(0);
      expect(all.events.map((e) => [e.position, e.event.id])).toEqual([
        [1, 'a-1'],
        [2, 'b-1'],
        [3, 'a-2'],
      ]);
      expect(all.position).toBe(3);
      const tail = await store.since(2, 10);
      expect(tail.events.map((e) => e.event.id)).toEqual(['a-2']);
      expect((await store.since(3)).events).toEqual([]);
      expect((await store.since(0, 1)).position).toBe(1);
    });

    it('finds due cases, soonest first, leaving closed ones out', async () => {
      const store = await makeStore();
      await store.append('late', 0, [
        opened('late', { deadline: { state: 'reported', dueAt: '2026-03-02T05:00:00.000Z' } }),
      ]);
      await store.append('soon', 0, [
        opened('soon', { deadline: { state: 'reported', dueAt: '2026-03-02T03:00:00.000Z' } }),
      ]);
      await store.append('later', 0, [
        opened('later', { deadline: { state: 'reported', dueAt: '2026-03-09T03:00:00.000Z' } }),
      ]);
      await store.append('done', 0, [
        opened('done', { closed: true, to: 'closed', deadline: null }),
      ]);
      const due = await store.due('2026-03-03T00:00:00.000Z');
      expect(due.map((v) => v.id)).toEqual(['soon', 'late']);
      expect((await store.due('2026-03-03T00:00:00.000Z', 1)).map((v) => v.id)).toEqual(['soon']);
    });

    it('answers queries as the reference semantics do', async () => {
      const store = await makeStore();
      await store.append('v1', 0, [opened('v1', { at: '2026-03-01T00:00:00.000Z' })]);
      await store.append('v2', 0, [
        opened('v2', {
          at: '2026-03-02T00:00:00.000Z',
          unit: 'grid-2',
          handlingUnit: 'village-2',
          typeId: 'hazard',
        }),
      ]);
      const v3 = opened('v3', { at: '2026-03-03T00:00:00.000Z', deadline: null });
      await store.append('v3', 0, [v3]);
      await store.append('v3', 1, [next(v3, { to: 'closed', closed: true, deadline: null })]);
      const queries: StoreQuery[] = [
        {},
        { typeId: 'hazard' },
        { states: ['reported'] },
        { visibleIn: new Set(['village-1', 'grid-1']) },
        { within: new Set(['grid-2']) },
        { handlingUnit: 'village-2' },
        { assignee: 'a' },
        { assignee: null },
        { closed: false },
        { overdue: true, now: '2026-03-05T00:00:00.000Z' },
        { overdue: false, now: '2026-03-05T00:00:00.000Z' },
        { dueBefore: '2026-03-04T00:00:00.000Z' },
        { limit: 2 },
        { limit: 2, offset: 2 },
      ];
      const views = (await Promise.all(['v1', 'v2', 'v3'].map((id) => store.load(id)))).filter(
        (v) => v !== undefined,
      );
      for (const query of queries) {
        const expected = views
          .filter((v) => matchesQuery(v, query))
          .sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1))
          .slice(
            query.offset ?? 0,
            query.limit === undefined ? undefined : (query.offset ?? 0) + query.limit,
          )
          .map((v) => v.id);
        expect(
          (await store.query(query)).map((v) => v.id),
          JSON.stringify(query, (_, x) => (x instanceof Set ? [...x] : x)),
        ).toEqual(expected);
      }
      expect((await store.query({})).map((v) => v.id)).toEqual(['v3', 'v2', 'v1']);
    });
  });
}
