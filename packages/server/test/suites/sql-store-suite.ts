// What the SQL store promises beyond the core store contract; run on PGlite and PostgreSQL.
import { type CaseEvent, type CaseWrite, foldEvents, isCaseGridError } from '@casegrid/core';
import { conflictKind, type Database, type SqlStore } from '@casegrid/server';
import { describe, expect, it } from 'vitest';
import { next, opened } from '../../../core/test/store-contract.ts';

/** Runs the SQL store's own tests; `makeStore` returns an empty store and its database. */
export function sqlStoreSuite(
  name: string,
  makeStore: () => Promise<{ store: SqlStore; db: Database }>,
): void {
  describe(`${name}: the SQL store`, () => {
    it('keeps every view equal to the fold of its stored events', async () => {
      const { store } = await makeStore();
      const parent = opened('p');
      const accepted = next(parent);
      await store.append('p', 0, [parent]);
      await store.appendAll([
        { caseId: 'p', expectedSeq: 1, events: [accepted] },
        { caseId: 'child', expectedSeq: 0, events: [opened('child', { parentId: 'p' })] },
      ]);
      await store.append('p', 2, [
        next(accepted, { type: 'escalated', handlingUnit: 'town-1', to: undefined }),
      ]);
      for (const caseId of ['p', 'child']) {
        expect(await store.load(caseId)).toEqual(foldEvents(await store.events(caseId)));
      }
    });

    it('keeps the indexed columns in step with the view', async () => {
      const { store, db } = await makeStore();
      const first = opened('c1');
      await store.append('c1', 0, [first]);
      await store.append('c1', 1, [next(first, { assignee: 'li-si' })]);
      const [row] = await db.query<Record<string, unknown>>(
        `SELECT type_id, type_version, state, unit, handling_unit, assignee, closed, overdue,
           to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS due_at,
           seq, opened_position::integer AS opened_position,
           updated_position::integer AS updated_position
         FROM cases WHERE case_id = 'c1'`,
      );
      expect(row).toEqual({
        type_id: 'dispute',
        type_version: 1,
        state: 'mediating',
        unit: 'grid-1',
        handling_unit: 'village-1',
        assignee: 'li-si',
        closed: false,
        overdue: false,
        due_at: '2026-03-09T02:00:00.000Z',
        seq: 2,
        opened_position: 1,
        updated_position: 2,
      });
    });

    it('stores each event exactly as it was given', async () => {
      const { store } = await makeStore();
      const event = opened('c1', { input: { note: '堤坝渗水', photos: [1, 2] } });
      await store.append('c1', 0, [event]);
      expect((await store.events('c1'))[0]).toStrictEqual(JSON.parse(JSON.stringify(event)));
    });

    it('finds a stored event by its id, with its log position', async () => {
      const { store } = await makeStore();
      const a = opened('a');
      await store.append('a', 0, [a]);
      await store.append('b', 0, [opened('b')]);
      expect(await store.findEvent('b-1')).toEqual({ position: 2, event: opened('b') });
      expect(await store.findEvent('nope')).toBeUndefined();
    });

    it('tells a duplicate event id from a stale expected seq', async () => {
      const { store } = await makeStore();
      const first = opened('c1');
      await store.append('c1', 0, [first]);
      const duplicate = await store.append('c2', 0, [opened('c2', { id: 'c1-1' })]).catch((e) => e);
      expect(duplicate).toMatchObject({
        code: 'conflict',
        message: 'Event c1-1 is already stored.',
      });
      expect(conflictKind(duplicate)).toBe('duplicate-event');
      const stale = await store.append('c1', 0, [opened('c1', { id: 'x' })]).catch((e) => e);
      expect(stale).toMatchObject({ code: 'conflict', message: 'Case c1 is at seq 1, not 0.' });
      expect(conflictKind(stale)).toBe('expected-seq');
    });

    it('refuses the same event id twice in one write', async () => {
      const { store } = await makeStore();
      const first = opened('c1');
      const error = await store
        .append('c1', 0, [first, next(first, { id: first.id })])
        .catch((e) => e);
      expect(conflictKind(error)).toBe('duplicate-event');
      expect(await store.load('c1')).toBeUndefined();
    });

    it('refuses an event of another case and stores nothing', async () => {
      const { store } = await makeStore();
      const error = await store.append('c1', 0, [opened('c2')]).catch((e) => e);
      expect(error).toMatchObject({
        code: 'conflict',
        message: 'Event c2-1 belongs to case c2, not c1.',
      });
      expect(conflictKind(error)).toBe('wrong-case');
      expect((await store.since(0)).events).toEqual([]);
    });

    it('refuses an event that does not follow its case, as the fold does', async () => {
      const { store } = await makeStore();
      const first = opened('c1');
      await store.append('c1', 0, [first]);
      const skipped = next(next(first));
      await expect(store.append('c1', 1, [skipped])).rejects.toMatchObject({ code: 'conflict' });
      expect(await store.events('c1')).toEqual([first]);
    });

    it('refuses an instant PostgreSQL cannot read as invalid input, storing nothing', async () => {
      const { store } = await makeStore();
      const event = opened('c1', { deadline: { state: 'reported', dueAt: 'tomorrow-ish' } });
      const error = await store.append('c1', 0, [event]).catch((e) => e);
      expect(isCaseGridError(error, 'invalid-input')).toBe(true);
      expect(await store.load('c1')).toBeUndefined();
      expect(await store.findEvent('c1-1')).toBeUndefined();
      await expect(store.due('whenever')).rejects.toMatchObject({ code: 'invalid-input' });
    });

    it('applies two writes to one case in one appendAll, the second after the first', async () => {
      const { store } = await makeStore();
      const first = opened('c1');
      const second = next(first);
      await store.appendAll([
        { caseId: 'c1', expectedSeq: 0, events: [first] },
        { caseId: 'c1', expectedSeq: 1, events: [second] },
      ]);
      expect((await store.load('c1'))?.seq).toBe(2);
      expect((await store.since(0)).events.map((e) => [e.position, e.event.id])).toEqual([
        [1, 'c1-1'],
        [2, 'c1-2'],
      ]);
    });

    it('lists cases opened at the same instant by id, newest first otherwise', async () => {
      const { store } = await makeStore();
      for (const id of ['b', 'a', 'c']) await store.append(id, 0, [opened(id)]);
      await store.append('z', 0, [opened('z', { at: '2026-03-01T00:00:00.000Z' })]);
      expect((await store.query({})).map((view) => view.id)).toEqual(['a', 'b', 'c', 'z']);
    });

    it('reads the whole log page by page without a gap', async () => {
      const { store } = await makeStore();
      for (let i = 0; i < 7; i++) await store.append(`c${i}`, 0, [opened(`c${i}`)]);
      const seen: number[] = [];
      let position = 0;
      for (;;) {
        const page = await store.since(position, 3);
        if (page.events.length === 0) break;
        seen.push(...page.events.map((e) => e.position));
        position = page.position;
      }
      expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(position).toBe(7);
    });

    it('appends 10,000 events in batches of 100 (timed)', { timeout: 120_000 }, async () => {
      const { store } = await makeStore();
      // 100 cases; each batch adds one event to every case (the first batch opens them).
      const heads = new Map<string, CaseEvent>();
      const started = performance.now();
      for (let batch = 0; batch < 100; batch++) {
        const writes: CaseWrite[] = [];
        for (let c = 0; c < 100; c++) {
          const caseId = `case-${c}`;
          const head = heads.get(caseId);
          const event = head
            ? next(head, { type: 'performed', action: 'note', to: undefined, deadline: undefined })
            : opened(caseId);
          heads.set(caseId, event);
          writes.push({ caseId, expectedSeq: batch, events: [event] });
        }
        await store.appendAll(writes);
      }
      const ms = performance.now() - started;
      console.log(`[${name}] appended 10,000 events in batches of 100: ${Math.round(ms)} ms`);
      const log = await store.since(0, 20_000);
      expect(log.events).toHaveLength(10_000);
      expect(log.position).toBe(10_000);
      expect((await store.load('case-42'))?.seq).toBe(100);
    });
  });
}
