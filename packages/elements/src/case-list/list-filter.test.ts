import { type CaseView, canSee, matchesQuery } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { day, named, seedCases, workbenchEngine } from '../../test/workbench-fixture.js';
import { type CaseListFilter, toCaseFilter, toStoreQuery } from './list-filter.js';
import { nextIndex } from './list-keys.js';
import { matchesSearch, searchTerms, sortCases } from './list-order.js';

const filters: CaseListFilter[] = [
  {},
  { typeId: 'dispute' },
  { state: 'reported' },
  { closed: false },
  { closed: true },
  { unit: 'grid-a1-2' },
  { unit: 'town-a' },
  { assignee: 'me' },
  { assignee: 'unassigned' },
  { assignee: 'li-si' },
  { due: 'overdue' },
  { due: 'due-soon' },
  { typeId: 'dispute', assignee: 'unassigned', due: 'overdue' },
];

describe('list filters', () => {
  it('judge a single case in memory exactly as the engine query does', async () => {
    const { engine, clock } = workbenchEngine();
    const ids = await seedCases(engine);
    await engine.perform(ids.resolved, 'follow-up', {
      actor: named.villageMediator,
      input: { notes: '双方满意' },
    });
    await engine.perform(ids.resolved, 'rate', {
      actor: named.villageMediator,
      input: { satisfaction: 5 },
    });
    clock.advance(day + 1);
    const everyCase = await engine.query({}, named.countyDirector);
    for (const actor of [named.gridWorker, named.townDirector, named.otherVillageDirector]) {
      for (const filter of filters) {
        const caseFilter = toCaseFilter(filter, actor, clock.now(), 24);
        const query = toStoreQuery(caseFilter, engine.org, clock.now());
        const inMemory = everyCase.filter(
          (view) => canSee(engine, actor, view) && matchesQuery(view, query),
        );
        const queried = await engine.query(caseFilter, actor);
        const idsOf = (views: readonly CaseView[]) => views.map((view) => view.id).sort();
        expect(idsOf(inMemory), `${actor.id} ${JSON.stringify(filter)}`).toEqual(idsOf(queried));
      }
    }
  });

  it('sort cases without a deadline last, whichever the direction', async () => {
    const { engine } = workbenchEngine();
    const ids = await seedCases(engine);
    await engine.perform(ids.resolved, 'follow-up', {
      actor: named.villageMediator,
      input: { notes: '双方满意' },
    });
    const closed = await engine.perform(ids.resolved, 'rate', {
      actor: named.villageMediator,
      input: { satisfaction: 5 },
    });
    expect(closed.deadline).toBeNull();
    const views = await engine.query({}, named.countyDirector);
    const dueAts = (sorted: readonly CaseView[]) =>
      sorted.slice(0, -1).map((view) => view.deadline!.dueAt);
    const ascending = sortCases(views, { by: 'due', direction: 'asc' });
    const descending = sortCases(views, { by: 'due', direction: 'desc' });
    expect(ascending.at(-1)?.id).toBe(ids.resolved);
    expect(descending.at(-1)?.id).toBe(ids.resolved);
    expect(dueAts(ascending)).toEqual([...dueAts(ascending)].sort());
    expect(dueAts(descending)).toEqual([...dueAts(ascending)].reverse());
  });

  it('search for every word, in any case', async () => {
    const { engine } = workbenchEngine();
    await seedCases(engine);
    const views = await engine.query({}, named.countyDirector);
    const found = (text: string) =>
      views.filter((view) => matchesSearch(view, searchTerms(text))).length;
    expect(found('')).toBe(views.length);
    expect(found('  张三丰  ')).toBe(3);
    expect(found('张三丰 噪音')).toBe(1);
    expect(found('LANDSLIDE')).toBe(1);
    expect(found('张三丰 山体')).toBe(0);
  });

  it('move the active row by key, never past either end', () => {
    expect(nextIndex('ArrowDown', -1, 100, 8, 40)).toBe(40);
    expect(nextIndex('ArrowDown', 99, 100, 8, 0)).toBe(99);
    expect(nextIndex('ArrowUp', 0, 100, 8, 0)).toBe(0);
    expect(nextIndex('PageDown', 95, 100, 8, 0)).toBe(99);
    expect(nextIndex('PageUp', 5, 100, 8, 0)).toBe(0);
    expect(nextIndex('End', 5, 100, 8, 0)).toBe(99);
    expect(nextIndex('Home', 50, 100, 8, 0)).toBe(0);
    expect(nextIndex('a', 5, 100, 8, 0)).toBeUndefined();
    expect(nextIndex('ArrowDown', -1, 0, 8, 0)).toBeUndefined();
  });
});
