import { computeMetrics, type Metrics } from '@casegrid/case-types/metrics';
import type { Actor, CaseEngine, CaseEvent, Locale, LocalStore } from '@casegrid/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, cleanup } from '../../test/fixture.js';
import {
  day,
  disputeData,
  named,
  seedCases,
  workbenchEngine,
} from '../../test/workbench-fixture.js';
import type { CgDashboard } from './dashboard.js';
import './define.js';

/** The seeded county, one dispute taken to the end (rated 4), a case in another town. */
async function county() {
  const { engine, store, clock } = workbenchEngine();
  const seeded = await seedCases(engine);
  await closeWithRating(engine, seeded.resolved, 4);
  await engine.open('dispute', {
    data: { ...disputeData, summary: '西镇的山林纠纷' },
    unit: 'grid-b1-1',
    actor: named.otherGridWorker,
  });
  return { engine, store, clock, seeded };
}

async function closeWithRating(engine: CaseEngine, caseId: string, satisfaction: number) {
  await engine.perform(caseId, 'follow-up', {
    actor: named.villageMediator,
    input: { notes: '已回访' },
  });
  await engine.perform(caseId, 'rate', { actor: named.villageMediator, input: { satisfaction } });
}

async function mount(
  setup: Awaited<ReturnType<typeof county>>,
  options: { actor?: Actor; locale?: Locale; width?: number } = {},
) {
  const container = document.createElement('div');
  if (options.width) container.style.width = `${options.width}px`;
  const element = document.createElement('cg-dashboard');
  Object.assign(element, {
    engine: setup.engine,
    store: setup.store,
    clock: setup.clock.now,
    actor: options.actor ?? named.countyDirector,
    locale: options.locale ?? 'zh-CN',
  });
  container.append(element);
  document.body.append(container);
  await expect.poll(() => element.metrics).toBeDefined();
  await element.updateComplete;
  return { element, container };
}

/** What computeMetrics says of the store's whole log, for a scope. */
async function expected(store: LocalStore, engine: CaseEngine, now: number, scope: string) {
  const events: CaseEvent[] = (await store.since(0)).events.map(({ event }) => event);
  const definitions = engine.caseTypes.all().map((type) => type.definition);
  return computeMetrics(events, { org: engine.org, now, scope, definitions });
}

const shadow = (element: CgDashboard) => element.shadowRoot as ShadowRoot;
const words = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
/** A headline number: a tile's value, or the village share. */
function tile(element: CgDashboard, key: string) {
  const node = shadow(element).querySelector(`[data-figure="${key}"]`);
  return words(node?.querySelector('.value') ?? node);
}

/** A chart's table as { row header: [cells] }. */
function table(element: CgDashboard, chart: string): Record<string, string[]> {
  const rows = shadow(element).querySelectorAll(`[data-chart="${chart}"] tbody tr`);
  return Object.fromEntries(
    [...rows].map((row) => [
      words(row.querySelector('th')) ?? '',
      [...row.querySelectorAll('td')].map((cell) => words(cell) ?? ''),
    ]),
  );
}

function scorecardIds(element: CgDashboard, which: 'units' | 'people'): string[] {
  return [...shadow(element).querySelectorAll(`[data-scorecard="${which}"] tbody tr[data-id]`)].map(
    (row) => row.getAttribute('data-id') ?? '',
  );
}

describe('<cg-dashboard>', () => {
  afterEach(cleanup);

  it('has no accessibility violations, in zh-CN and in en, with the numbers shown', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { element } = await mount(await county(), { locale });
      expect(await axeViolations(element)).toEqual([]);
      for (const details of shadow(element).querySelectorAll('details')) details.open = true;
      expect(await axeViolations(element)).toEqual([]);
      cleanup();
    }
  });

  it('counts the seeded county by hand: 6 cases, 1 closed in the village, rated 4', async () => {
    const { element } = await mount(await county());
    expect(tile(element, 'total')).toBe('6');
    expect(tile(element, 'open')).toBe('5');
    expect(tile(element, 'closed')).toBe('1');
    expect(tile(element, 'village-share')).toBe('100%');
    expect(tile(element, 'satisfaction')).toBe('4.0 分');
  });

  it('shows what computeMetrics counts, chart by chart', async () => {
    const setup = await county();
    const { engine, store, clock } = setup;
    clock.advance(20 * day);
    await engine.runDue(clock.iso());
    const { element } = await mount(setup);
    const metrics: Metrics = await expected(store, engine, clock.now(), 'county');
    expect(metrics.cases.overdue).toBeGreaterThan(0);
    for (const key of ['total', 'open', 'closed', 'overdue'] as const) {
      expect(tile(element, key)).toBe(String(metrics.cases[key]));
    }
    const byType = table(element, 'by-type');
    for (const [typeId, counts] of Object.entries(metrics.byType)) {
      if (counts.open + counts.closed === 0) continue;
      const title = engine.caseTypes.latest(typeId)?.definition.title['zh-CN'] ?? typeId;
      expect(byType[title]).toEqual([String(counts.open), String(counts.closed)]);
    }
    const byState = Object.values(table(element, 'by-state')).map(([count]) => Number(count));
    const states = Object.values(metrics.byState).flatMap((counts) => Object.values(counts));
    expect(byState.sort()).toEqual(states.filter((count) => count > 0).sort());
    const overdue = table(element, 'overdue-by-unit');
    for (const [unitId, count] of Object.entries(metrics.overdueByUnit)) {
      if (count === 0) continue;
      const title = engine.org.unit(unitId)?.title?.['zh-CN'] ?? unitId;
      expect(overdue[title]).toEqual([String(count)]);
    }
    const weekly = Object.values(table(element, 'weekly'));
    expect(weekly).toEqual(
      metrics.weekly.map((week) => [String(week.opened), String(week.closed)]),
    );
    expect(scorecardIds(element, 'units').sort()).toEqual(
      metrics.scorecards.units.map((card) => card.id).sort(),
    );
    expect(scorecardIds(element, 'people').sort()).toEqual(
      metrics.scorecards.people.map((card) => card.id).sort(),
    );
  });

  it('names every chart for screen readers and keeps its numbers in a table', async () => {
    const { element } = await mount(await county(), { locale: 'en' });
    const figures = [...shadow(element).querySelectorAll('figure')];
    expect(figures.length).toBe(5);
    const drawn = figures.filter((each) => each.querySelector('.empty') === null);
    expect(drawn.length).toBeGreaterThanOrEqual(4);
    for (const each of figures) expect(words(each.querySelector('figcaption'))).toBeTruthy();
    for (const each of drawn) {
      const image = each.querySelector('svg[role="img"]');
      expect(image?.getAttribute('aria-label')).toMatch(/^.+: .+/);
      expect(each.querySelector('details table')).not.toBeNull();
    }
    const byType = shadow(element).querySelector('[data-chart="by-type"] svg[role="img"]');
    expect(byType?.getAttribute('aria-label')).toContain('Dispute Open 3 Closed 1');
  });

  it('counts again after an action, without being asked', async () => {
    const setup = await county();
    const { element } = await mount(setup);
    expect(tile(element, 'closed')).toBe('1');
    await setup.engine.perform(setup.seeded.mediating, 'resolve', {
      actor: named.villageMediator,
      input: { agreement: '互相谅解', partiesAgree: true },
    });
    await closeWithRating(setup.engine, setup.seeded.mediating, 2);
    await expect.poll(() => tile(element, 'closed')).toBe('2');
    expect(tile(element, 'open')).toBe('4');
    expect(tile(element, 'satisfaction')).toBe('3.0 分');
    await expect
      .poll(() => words(shadow(element).querySelector('[role="status"]')))
      .toContain('已办结 2 件');
  });

  it('reads the log again when it comes back to the page', async () => {
    const setup = await county();
    const { element, container } = await mount(setup);
    element.remove();
    await setup.engine.open('hazard', {
      data: { kind: 'fire', severity: 'low', location: '东一村粮仓', description: '电线老化' },
      unit: 'grid-a1-2',
      actor: named.gridWorker,
    });
    container.append(element);
    await expect.poll(() => tile(element, 'total')).toBe('7');
  });

  it("shows a village director only their village's cases", async () => {
    const setup = await county();
    const { element } = await mount(setup, { actor: named.villageDirector });
    expect(tile(element, 'total')).toBe('5');
    expect(words(shadow(element).querySelector('.title'))).toBe('东一村工作概览');
    const metrics = await expected(setup.store, setup.engine, setup.clock.now(), 'village-a1');
    expect(tile(element, 'open')).toBe(String(metrics.cases.open));
    element.actor = named.otherVillageDirector;
    await expect.poll(() => tile(element, 'total')).toBe('1');
  });

  it('counts the events it is given instead of the store', async () => {
    const setup = await county();
    const { element } = await mount(setup);
    const events = (await setup.store.since(0)).events
      .map(({ event }) => event)
      .filter((event) => event.typeId === 'dispute');
    element.events = events;
    await element.updateComplete;
    expect(tile(element, 'total')).toBe('4');
  });

  it('shows zeros and "no data yet" for a county without cases', async () => {
    const { engine, store, clock } = workbenchEngine();
    const { element } = await mount({ engine, store, clock, seeded: undefined as never });
    expect(tile(element, 'total')).toBe('0');
    expect(tile(element, 'village-share')).toBe('—');
    expect(words(shadow(element).querySelector('[data-chart="by-type"] .empty'))).toBe('暂无数据');
  });

  it('sorts a scorecard by the column a person picks, with the keyboard', async () => {
    const setup = await county();
    const { element } = await mount(setup, { locale: 'en' });
    const head = (column: string) =>
      shadow(element).querySelector(`[data-scorecard="people"] th[data-column="${column}"]`);
    expect(head('handled')?.getAttribute('aria-sort')).toBe('descending');
    head('name')?.querySelector('button')?.focus();
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(head('name')?.getAttribute('aria-sort')).toBe('ascending');
    expect(head('handled')?.getAttribute('aria-sort')).toBe('none');
    const names = () =>
      [...shadow(element).querySelectorAll('[data-scorecard="people"] tbody th')].map((cell) =>
        words(cell),
      );
    const ascending = names();
    expect(ascending.length).toBeGreaterThan(3);
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(head('name')?.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual([...ascending].reverse());
  });

  it('fits 360 px in one column, without sideways scrolling', async () => {
    const { element, container } = await mount(await county(), { width: 360 });
    const grid = shadow(element).querySelector('.grid') as Element;
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).toHaveLength(1);
    expect(element.scrollWidth).toBeLessThanOrEqual(360);
    expect(container.scrollWidth).toBeLessThanOrEqual(360);
  });

  it('lays the charts out on a grid on a desktop', async () => {
    const { element } = await mount(await county(), { width: 1200 });
    const grid = shadow(element).querySelector('.grid') as Element;
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).toHaveLength(3);
  });
});
