import type { Actor } from '@casegrid/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, cleanup } from '../../test/fixture.js';
import { named, seedCases, workbenchEngine } from '../../test/workbench-fixture.js';
import { rowsOf, summariesOf } from '../case-list/case-list.fixture.js';
import type { CgCaseList } from '../case-list/case-list.js';
import type { CgSelectEvent } from '../internal/select-event.js';
import type { CgTabChangeEvent } from './events.js';
import type { CgInbox } from './inbox.js';
import './define.js';

afterEach(cleanup);

/** An inbox over the seeded county for `actor`, loaded. */
async function seededInbox(actor: Actor, properties: Partial<CgInbox> = {}, container?: Element) {
  const { engine, store, clock } = workbenchEngine();
  const ids = await seedCases(engine);
  const inbox = document.createElement('cg-inbox');
  Object.assign(inbox, { engine, store, clock: clock.now, actor, ...properties });
  (container ?? document.body).append(inbox);
  await expect.poll(() => inbox.tabCases).toBeDefined();
  await inbox.updateComplete;
  return { inbox, engine, clock, ids };
}

const root = (inbox: CgInbox) => inbox.shadowRoot!;
const listOf = (inbox: CgInbox) => root(inbox).querySelector('cg-case-list') as CgCaseList;
const tabsOf = (inbox: CgInbox) => [...root(inbox).querySelectorAll<HTMLElement>('[role="tab"]')];
const tabLabels = (inbox: CgInbox) =>
  tabsOf(inbox).map((tab) => tab.textContent?.replace(/\s+/g, ' ').trim());
const selectedTab = (inbox: CgInbox) =>
  tabsOf(inbox).find((tab) => tab.getAttribute('aria-selected') === 'true')?.id;

describe('<cg-inbox>', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`has no accessibility violations (${locale})`, async () => {
      const { inbox } = await seededInbox(named.gridWorker, { locale });
      await expect.poll(() => rowsOf(listOf(inbox)).length).toBe(1);
      expect(await axeViolations(inbox)).toEqual([]);
    });

    it(`has no accessibility violations in the unit queue (${locale})`, async () => {
      const { inbox } = await seededInbox(named.villageDirector, { locale, tab: 'queue' });
      await expect.poll(() => rowsOf(listOf(inbox)).length).toBe(4);
      expect(await axeViolations(inbox)).toEqual([]);
    });

    it(`has no accessibility violations on an empty tab (${locale})`, async () => {
      const { inbox } = await seededInbox(named.gridWorker, { locale, tab: 'overdue' });
      await expect.poll(() => root(inbox).querySelector('cg-case-list')).not.toBeNull();
      expect(await axeViolations(inbox)).toEqual([]);
    });
  }

  it("counts a grid worker's cases on four tabs", async () => {
    const { inbox } = await seededInbox(named.gridWorker, { locale: 'en' });
    expect(tabLabels(inbox)).toEqual([
      'Assigned to me 1',
      'Waiting for my unit 1',
      'Due soon 1',
      'Overdue 0',
    ]);
    await expect.poll(() => summariesOf(listOf(inbox))).toEqual(['王老五']);
  });

  it('gives centre staff the queue of every case handled in their unit and below', async () => {
    const { inbox } = await seededInbox(named.townDirector);
    expect(tabLabels(inbox)).toEqual([
      '分配给我 0',
      '本单位待认领 1',
      '即将到期 1',
      '已超期 0',
      '辖区队列 5',
    ]);
    inbox.tab = 'unit';
    await expect.poll(() => summariesOf(listOf(inbox))).toEqual(['雨后山体出现裂缝']);
    inbox.tab = 'queue';
    await expect.poll(() => listOf(inbox).shownCases.length).toBe(5);
    // Rows are drawn only in the window: one inbox at a time.
    inbox.remove();
    const { inbox: village } = await seededInbox(named.villageDirector, { tab: 'queue' });
    await expect
      .poll(() => summariesOf(listOf(village)).sort())
      .toEqual(['借款纠纷', '宅基地边界争议', '王老五', '邻里噪音纠纷'].sort());
  });

  it('shows the cases due soon and overdue among them as the clock moves', async () => {
    const { inbox, clock } = await seededInbox(named.townDirector, { tab: 'overdue' });
    clock.advance(2 * 24 * 3_600_000);
    inbox.dueSoonHours = 48;
    await expect
      .poll(() => summariesOf(listOf(inbox)))
      .toEqual(['宅基地边界争议', '雨后山体出现裂缝']);
    expect(tabLabels(inbox)[3]).toBe('已超期 2');
  });

  it('does not offer the queue to people who are not centre staff', async () => {
    const { inbox } = await seededInbox(named.villageMediator, { tab: 'queue' });
    expect(tabsOf(inbox).map((tab) => tab.id)).not.toContain('tab-queue');
    expect(selectedTab(inbox)).toBe('tab-mine');
    await expect.poll(() => listOf(inbox).shownCases.length).toBe(2);
  });

  it('moves between tabs with the arrow keys, Home and End', async () => {
    const { inbox } = await seededInbox(named.villageDirector);
    const changes: string[] = [];
    inbox.addEventListener('cg-tab-change', (event: CgTabChangeEvent) =>
      changes.push(event.detail.tab),
    );
    tabsOf(inbox)[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(selectedTab(inbox)).toBe('tab-unit');
    expect(root(inbox).activeElement?.id).toBe('tab-unit');
    expect(root(inbox).querySelector('[role="tabpanel"]')?.getAttribute('aria-labelledby')).toBe(
      'tab-unit',
    );
    await userEvent.keyboard('{End}');
    expect(selectedTab(inbox)).toBe('tab-queue');
    await userEvent.keyboard('{ArrowRight}');
    expect(selectedTab(inbox)).toBe('tab-mine');
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{Home}');
    expect(changes).toEqual(['unit', 'queue', 'mine', 'queue', 'mine']);
    expect(tabsOf(inbox).map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1, -1]);
    // Out of the tablist, Tab goes into the panel: the list's search box comes first.
    await userEvent.tab();
    expect(listOf(inbox).shadowRoot?.activeElement?.id).toBe('search');
  });

  it('fires cg-select from the inbox when a case is picked in its list', async () => {
    const { inbox, ids } = await seededInbox(named.gridWorker);
    const picked: [string, EventTarget | null][] = [];
    document.addEventListener('cg-select', (event: CgSelectEvent) =>
      picked.push([event.detail.caseId, event.target]),
    );
    await expect.poll(() => rowsOf(listOf(inbox)).length).toBe(1);
    await userEvent.click(rowsOf(listOf(inbox))[0]!);
    expect(picked).toEqual([[ids.watched, inbox]]);
    expect(inbox.selectedId).toBe(ids.watched);
  });

  it('updates its tabs and counts as cases change', async () => {
    const { inbox, engine, ids } = await seededInbox(named.villageMediator, { locale: 'en' });
    expect(tabLabels(inbox).slice(0, 2)).toEqual(['Assigned to me 2', 'Waiting for my unit 1']);
    await engine.perform(ids.reported, 'accept', { actor: named.villageMediator });
    await expect
      .poll(() => tabLabels(inbox).slice(0, 2))
      .toEqual(['Assigned to me 3', 'Waiting for my unit 0']);
    await expect.poll(() => listOf(inbox).shownCases.length).toBe(3);
  });

  it('says so when nobody is signed in', async () => {
    const inbox = document.createElement('cg-inbox');
    inbox.locale = 'en';
    document.body.append(inbox);
    await inbox.updateComplete;
    expect(root(inbox).querySelector('.state')?.textContent?.trim()).toBe(
      'Nobody is signed in: there is no work to show.',
    );
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`fits a 360 px phone without scrolling sideways (${locale})`, async () => {
      const phone = document.createElement('div');
      phone.style.width = '360px';
      document.body.append(phone);
      const { inbox } = await seededInbox(named.villageDirector, { locale, tab: 'queue' }, phone);
      await expect.poll(() => rowsOf(listOf(inbox)).length).toBe(4);
      const right = phone.getBoundingClientRect().right;
      const elements = [
        ...root(inbox).querySelectorAll('*'),
        ...listOf(inbox).shadowRoot!.querySelectorAll('*'),
      ];
      const overflowing = elements.filter(
        (element) => element.getBoundingClientRect().right > right + 0.5,
      );
      expect(overflowing.map((element) => element.outerHTML.slice(0, 80))).toEqual([]);
    });
  }
});
