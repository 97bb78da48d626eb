import type { CaseEngine } from '@casegrid/core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, cleanup } from '../../test/fixture.js';
import {
  disputeData,
  hour,
  named,
  seedCases,
  workbenchEngine,
} from '../../test/workbench-fixture.js';
import {
  choose,
  controlOf,
  mountList,
  rowsOf,
  shadowOf,
  summariesOf,
} from './case-list.fixture.js';
import type { CgCaseList } from './case-list.js';
import type { CgFilterChangeEvent } from './events.js';

afterEach(cleanup);

/** A list over the seeded county as the village director sees it, loaded. */
async function seededList(properties: Partial<CgCaseList> = {}, container?: HTMLElement) {
  const { engine, store, clock } = workbenchEngine();
  const ids = await seedCases(engine);
  const list = await mountList(
    { engine, store, clock: clock.now, actor: named.villageDirector, ...properties },
    container,
  );
  await expect.poll(() => rowsOf(list).length).toBe(5);
  return { list, engine, clock, ids };
}

const statusOf = (list: CgCaseList) =>
  shadowOf(list).querySelector('[role="status"]')?.textContent?.trim();
const textOf = (list: CgCaseList, part: string) =>
  shadowOf(list).querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('<cg-case-list>', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`has no accessibility violations with cases (${locale})`, async () => {
      const { list } = await seededList({ locale });
      shadowOf(list).querySelector('details')?.setAttribute('open', '');
      expect(await axeViolations(list)).toEqual([]);
    });

    it(`has no accessibility violations when empty (${locale})`, async () => {
      const { list } = await seededList({ locale });
      list.search = 'nothing matches this';
      await expect.poll(() => rowsOf(list).length).toBe(0);
      expect(await axeViolations(list)).toEqual([]);
    });

    it(`has no accessibility violations with checkboxes (${locale})`, async () => {
      const { list, ids } = await seededList({ locale, selectable: true });
      list.selection = [ids.reported];
      await list.updateComplete;
      expect(await axeViolations(list)).toEqual([]);
    });
  }

  it('shows type, summary, state, handling unit, assignee and time left on each row', async () => {
    const { list, ids } = await seededList({ locale: 'en' });
    const row = (id: string) => rowsOf(list).find((candidate) => candidate.dataset.id === id);
    expect(row(ids.mediating)?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '邻里噪音纠纷 due in 7 days Dispute · Mediating · East One · 李四',
    );
    expect(row(ids.hazard)?.querySelector('.meta')?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Hazard · Reported · East Town · Unassigned',
    );
    expect(row(ids.reported)?.getAttribute('part')).toBe('row due-soon');
  });

  it('marks overdue cases with a badge by the clock it is given', async () => {
    const { list, clock, ids } = await seededList({ locale: 'zh-CN' });
    clock.advance(2 * 24 * hour);
    list.requestUpdate();
    await list.updateComplete;
    const row = rowsOf(list).find((candidate) => candidate.dataset.id === ids.reported)!;
    expect(row.getAttribute('part')).toBe('row overdue');
    expect(row.querySelector('[part~="badge"]')?.textContent?.trim()).toBe('已超期（昨天到期）');
  });

  it('filters by type, state, unit, assignee and deadline from the toolbar', async () => {
    const { list, clock } = await seededList({ actor: named.gridWorker });
    await choose(list, 'filter-type', 'hazard');
    await expect.poll(() => summariesOf(list)).toEqual(['雨后山体出现裂缝']);
    await choose(list, 'filter-type', '');
    await choose(list, 'filter-state', 'mediating');
    await expect.poll(() => summariesOf(list)).toEqual(['邻里噪音纠纷']);
    await choose(list, 'filter-state', '#closed');
    await expect.poll(() => summariesOf(list)).toEqual([]);
    await choose(list, 'filter-state', '#open');
    await choose(list, 'filter-unit', 'grid-a1-2');
    await expect.poll(() => summariesOf(list)).toEqual(['邻里噪音纠纷']);
    await choose(list, 'filter-unit', '');
    await choose(list, 'filter-assignee', 'me');
    await expect.poll(() => summariesOf(list)).toEqual(['王老五']);
    await choose(list, 'filter-assignee', 'unassigned');
    await expect.poll(() => summariesOf(list)).toEqual(['宅基地边界争议', '雨后山体出现裂缝']);
    await choose(list, 'filter-assignee', 'li-si');
    await expect.poll(() => summariesOf(list).sort()).toEqual(['借款纠纷', '邻里噪音纠纷'].sort());
    await choose(list, 'filter-assignee', '');
    clock.advance(2 * 24 * hour);
    await choose(list, 'filter-due', 'overdue');
    await expect.poll(() => summariesOf(list)).toEqual(['宅基地边界争议', '雨后山体出现裂缝']);
  });

  it('counts a deadline within due-soon-hours as due soon', async () => {
    const { list } = await seededList({ dueSoonHours: 200 });
    list.filter = { due: 'due-soon' };
    await expect
      .poll(() => summariesOf(list))
      .toEqual(['宅基地边界争议', '雨后山体出现裂缝', '邻里噪音纠纷']);
  });

  it('keeps only the states of the chosen type', async () => {
    const { list } = await seededList({ locale: 'en' });
    await choose(list, 'filter-type', 'watched-person');
    await list.updateComplete;
    const states = [...controlOf(list, 'filter-state').querySelectorAll('optgroup option')];
    expect(states.map((option) => option.textContent?.trim())).toEqual([
      'Registered',
      'Monitoring',
      'Released',
    ]);
  });

  it('sorts by last update, opening and deadline, both ways', async () => {
    const { engine, store, clock } = workbenchEngine();
    const open = async (summary: string) => {
      const view = await engine.open('dispute', {
        data: { ...disputeData, summary },
        unit: 'grid-a1-1',
        actor: named.gridWorker,
      });
      clock.advance(hour);
      return view.id;
    };
    const first = await open('甲案');
    await open('乙案');
    await open('丙案');
    await engine.perform(first, 'accept', { actor: named.villageMediator });
    const list = await mountList({ engine, store, clock: clock.now, actor: named.gridWorker });
    await expect.poll(() => summariesOf(list)).toEqual(['甲案', '丙案', '乙案']);
    const orders: [string, string[]][] = [
      ['updated-asc', ['乙案', '丙案', '甲案']],
      ['opened-desc', ['丙案', '乙案', '甲案']],
      ['opened-asc', ['甲案', '乙案', '丙案']],
      ['due-asc', ['乙案', '丙案', '甲案']],
      ['due-desc', ['甲案', '丙案', '乙案']],
    ];
    for (const [order, expected] of orders) {
      await choose(list, 'sort', order);
      await expect.poll(() => summariesOf(list), { message: order }).toEqual(expected);
    }
  });

  it('searches the summary, the data and the case number', async () => {
    const { list, ids } = await seededList();
    const search = controlOf<HTMLInputElement>(list, 'search');
    const type = (text: string) => {
      search.value = text;
      search.dispatchEvent(new InputEvent('input', { bubbles: true, data: text }));
    };
    type('噪音');
    await expect.poll(() => summariesOf(list)).toEqual(['邻里噪音纠纷']);
    type('张三丰');
    await expect
      .poll(() => summariesOf(list))
      .toEqual(['宅基地边界争议', '邻里噪音纠纷', '借款纠纷']);
    type('张三丰 借款');
    await expect.poll(() => summariesOf(list)).toEqual(['借款纠纷']);
    type(ids.hazard);
    await expect.poll(() => summariesOf(list)).toEqual(['雨后山体出现裂缝']);
  });

  it('waits for the input method before searching Chinese', async () => {
    const { list } = await seededList();
    const search = controlOf<HTMLInputElement>(list, 'search');
    search.value = 'zao';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    await list.updateComplete;
    expect(list.search).toBe('');
    search.value = '噪音';
    search.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '噪音' }));
    await expect.poll(() => summariesOf(list)).toEqual(['邻里噪音纠纷']);
  });

  it('fires cg-filter-change when a person changes the toolbar, not when code does', async () => {
    const { list } = await seededList();
    const events: CgFilterChangeEvent[] = [];
    document.body.addEventListener('cg-filter-change', (event) => events.push(event));
    list.filter = { typeId: 'dispute' };
    list.sort = { by: 'opened', direction: 'asc' };
    await list.updateComplete;
    expect(events).toEqual([]);
    await choose(list, 'filter-assignee', 'unassigned');
    expect(events.map((event) => event.detail)).toEqual([
      {
        filter: { typeId: 'dispute', assignee: 'unassigned' },
        sort: { by: 'opened', direction: 'asc' },
        search: '',
      },
    ]);
    expect(list.filter).toEqual({ typeId: 'dispute', assignee: 'unassigned' });
  });

  it('is driven by its properties alone with no-toolbar', async () => {
    const { list } = await seededList();
    list.setAttribute('no-toolbar', '');
    list.filter = { typeId: 'watched-person' };
    await expect.poll(() => summariesOf(list)).toEqual(['王老五']);
    expect(shadowOf(list).querySelector('[part~="toolbar"]')).toBeNull();
  });

  it('announces the number of results politely when the filter changes', async () => {
    const { list } = await seededList({ locale: 'en' });
    await expect.poll(() => statusOf(list)).toBe('5 cases');
    await choose(list, 'filter-type', 'dispute');
    await expect.poll(() => statusOf(list)).toBe('3 cases');
    await choose(list, 'filter-type', 'hazard');
    await expect.poll(() => statusOf(list)).toBe('1 case');
    expect(textOf(list, 'count')).toBe('1 case');
  });

  it('reads the count out again in the new language when the language changes', async () => {
    const { list } = await seededList({ locale: 'zh-CN' });
    await expect.poll(() => statusOf(list)).toBe('共 5 件');
    list.locale = 'en';
    await expect.poll(() => statusOf(list)).toBe('5 cases');
  });

  it('says when there are no cases, and offers to clear filters that hide them', async () => {
    const { engine, store, clock } = workbenchEngine();
    const empty = await mountList({
      engine,
      store,
      clock: clock.now,
      actor: named.otherVillageDirector,
    });
    await expect.poll(() => textOf(empty, 'empty')).toBe('暂无案件。');
    empty.remove();
    const { list } = await seededList({ locale: 'en' });
    await choose(list, 'filter-type', 'hazard');
    await choose(list, 'filter-assignee', 'me');
    await expect
      .poll(() => textOf(list, 'empty'))
      .toBe('No cases match these filters. Clear filters');
    shadowOf(list).querySelector<HTMLButtonElement>('[part~="empty"] button')!.click();
    await expect.poll(() => rowsOf(list).length).toBe(5);
    expect(list.filter).toEqual({});
  });

  it('says it is loading until the query answers', async () => {
    const { engine, store, clock } = workbenchEngine();
    await seedCases(engine);
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    // The real engine, answering when the test says so.
    const slow: CaseEngine = {
      ...engine,
      query: async (filter, actor) => {
        await answered;
        return engine.query(filter, actor);
      },
    };
    const list = await mountList({
      engine: slow,
      store,
      clock: clock.now,
      actor: named.gridWorker,
      locale: 'en',
    });
    expect(textOf(list, 'loading')).toBe('Loading cases…');
    expect(rowsOf(list)).toEqual([]);
    answer();
    await expect.poll(() => rowsOf(list).length).toBe(5);
    expect(textOf(list, 'loading')).toBeUndefined();
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`fits a 360 px phone without scrolling sideways (${locale})`, async () => {
      const phone = document.createElement('div');
      phone.style.width = '360px';
      document.body.append(phone);
      const { list } = await seededList({ locale, selectable: true }, phone);
      shadowOf(list).querySelector('details')?.setAttribute('open', '');
      await list.updateComplete;
      const right = phone.getBoundingClientRect().right;
      const overflowing = [...shadowOf(list).querySelectorAll<HTMLElement>('*')].filter(
        (element) => element.getBoundingClientRect().right > right + 0.5,
      );
      expect(overflowing.map((element) => element.outerHTML.slice(0, 80))).toEqual([]);
      expect(list.scrollWidth).toBeLessThanOrEqual(360);
    });
  }
});
