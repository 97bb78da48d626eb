import type { CaseEngine, CaseEvent, PositionedEvent } from '@casegrid/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup } from '../../test/fixture.js';
import {
  disputeData,
  hour,
  named,
  seedCases,
  workbenchEngine,
} from '../../test/workbench-fixture.js';
import { listboxOf, mountList, rowsOf, shadowOf, summariesOf } from './case-list.fixture.js';
import type { CgCaseList } from './case-list.js';

afterEach(cleanup);

const metaOf = (list: CgCaseList, id: string) =>
  rowsOf(list)
    .find((row) => row.dataset.id === id)
    ?.querySelector('.meta')
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();

/** The real engine, counting the reads the list makes. */
function counting(engine: CaseEngine) {
  const counts = { query: 0, get: 0 };
  const counted: CaseEngine = {
    ...engine,
    query: (filter, actor) => {
      counts.query += 1;
      return engine.query(filter, actor);
    },
    get: (id) => {
      counts.get += 1;
      return engine.get(id);
    },
  };
  return { counted, counts };
}

async function openDisputes(engine: CaseEngine, count: number, advance: () => void) {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const view = await engine.open('dispute', {
      data: { ...disputeData, summary: `纠纷 ${index}` },
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    ids.push(view.id);
    advance();
  }
  return ids;
}

describe('<cg-case-list> live', () => {
  it('shows a change made through the engine', async () => {
    const { engine, store, clock } = workbenchEngine();
    const ids = await seedCases(engine);
    const list = await mountList({
      engine,
      store,
      clock: clock.now,
      actor: named.villageDirector,
      locale: 'en',
    });
    await expect.poll(() => rowsOf(list).length).toBe(5);
    expect(metaOf(list, ids.reported)).toBe('Dispute · Reported · East One · Unassigned');
    await engine.perform(ids.reported, 'accept', { actor: named.villageMediator });
    await expect
      .poll(() => metaOf(list, ids.reported))
      .toBe('Dispute · Mediating · East One · 李四');
  });

  it('adds a case that comes to match and drops one that stops matching', async () => {
    const { engine, store, clock } = workbenchEngine();
    const ids = await seedCases(engine);
    const list = await mountList({
      engine,
      store,
      clock: clock.now,
      actor: named.villageDirector,
      filter: { state: 'reported' },
    });
    await expect.poll(() => summariesOf(list)).toEqual(['宅基地边界争议', '雨后山体出现裂缝']);
    clock.advance(hour);
    await engine.open('dispute', {
      data: { ...disputeData, summary: '新上报的纠纷' },
      unit: 'grid-a1-2',
      actor: named.gridWorker,
    });
    await engine.perform(ids.reported, 'accept', { actor: named.villageMediator });
    await expect.poll(() => summariesOf(list)).toEqual(['新上报的纠纷', '雨后山体出现裂缝']);
  });

  it('keeps its scroll position and the active row when cases change', async () => {
    const { engine, store, clock } = workbenchEngine();
    const ids = await openDisputes(engine, 300, () => clock.advance(60_000));
    const list = await mountList({ engine, store, clock: clock.now, actor: named.gridWorker });
    await expect.poll(() => rowsOf(list).length).toBeGreaterThan(0);
    const listbox = listboxOf(list);
    const target = 150 * rowsOf(list)[0]!.getBoundingClientRect().height;
    expect(listbox.scrollHeight).toBeGreaterThan(target + listbox.clientHeight);
    listbox.scrollTop = target;
    await expect.poll(() => rowsOf(list)[0]?.getAttribute('aria-posinset')).not.toBe('1');
    listbox.focus();
    await userEvent.keyboard('{ArrowDown}');
    const activeId = () =>
      shadowOf(list).getElementById(listbox.getAttribute('aria-activedescendant') ?? '')?.dataset
        .id;
    await expect.poll(activeId).toBeDefined();
    const active = activeId();
    const scrollTop = listbox.scrollTop;
    // The oldest case moves to the top (it was updated last); the rows in view move down one.
    await engine.perform(ids[0]!, 'accept', { actor: named.villageMediator });
    await expect.poll(() => list.shownCases[0]?.id).toBe(ids[0]);
    await expect.poll(activeId).toBe(active);
    expect(listbox.scrollTop).toBe(scrollTop);
    expect(shadowOf(list).activeElement).toBe(listbox);
  });

  it('follows the cases a sync pull writes into the store', async () => {
    // Another device's engine makes the events; this device's store receives them.
    const other = workbenchEngine();
    const here = workbenchEngine();
    const list = await mountList({
      engine: here.engine,
      store: here.store,
      clock: here.clock.now,
      actor: named.villageDirector,
      locale: 'en',
    });
    await expect.poll(() => shadowOf(list).querySelector('[part~="empty"]')).not.toBeNull();
    let position = 0;
    const pull = async (caseId: string, from: number) => {
      const events = (await other.store.events(caseId)).slice(from);
      const positioned: PositionedEvent[] = events.map((event) => ({
        position: ++position,
        event,
      }));
      await here.store.applyRemote(positioned, { checkpoint: position });
    };
    const view = await other.engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    await pull(view.id, 0);
    await expect.poll(() => summariesOf(list)).toEqual(['宅基地边界争议']);
    await other.engine.perform(view.id, 'accept', { actor: named.villageMediator });
    await pull(view.id, 1);
    await expect.poll(() => metaOf(list, view.id)).toBe('Dispute · Mediating · East One · 李四');
  });

  it('reads a few changed cases one by one and a big burst with one query', async () => {
    const other = workbenchEngine();
    const here = workbenchEngine();
    const { counted, counts } = counting(here.engine);
    const list = await mountList({
      engine: counted,
      store: here.store,
      clock: here.clock.now,
      actor: named.villageDirector,
      filter: { state: 'mediating' },
    });
    await expect.poll(() => counts.query).toBe(1);
    const ids = await openDisputes(other.engine, 80, () => other.clock.advance(60_000));
    // One pull writes all 80 cases at once: one burst of changes.
    let position = 0;
    const pull = async (events: readonly CaseEvent[]) =>
      here.store.applyRemote(events.map((event) => ({ position: ++position, event })));
    await pull((await Promise.all(ids.map((id) => other.store.events(id)))).flat());
    await expect.poll(() => counts.query).toBe(2);
    const accepted = [];
    for (const id of ids.slice(0, 3)) {
      accepted.push(await other.engine.perform(id, 'accept', { actor: named.villageMediator }));
    }
    await pull(
      (await Promise.all(accepted.map((view) => other.store.events(view.id)))).map(
        (events) => events.at(-1)!,
      ),
    );
    await expect.poll(() => list.shownCases.length).toBe(3);
    expect(counts).toEqual({ query: 2, get: 3 });
  });
});
