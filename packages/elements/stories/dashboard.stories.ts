// Stories for <cg-dashboard>: the test county after six busy weeks, seen by the county's and a
// village's director, in English, at phone width, and a county with no cases yet. Play
// functions check what a person reads.
import type { Actor, CaseEngine, Locale } from '@casegrid/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { CgDashboard } from '../src/index.js';
import {
  day,
  disputeData,
  hazardData,
  named,
  seedCases,
  workbenchEngine,
} from '../test/workbench-fixture.js';

/** A dispute taken from report to a rated close by the person given. */
async function settle(engine: CaseEngine, caseId: string, actor: Actor, satisfaction: number) {
  await engine.perform(caseId, 'accept', { actor });
  await engine.perform(caseId, 'resolve', {
    actor,
    input: { agreement: '双方达成调解协议', partiesAgree: true },
  });
  await engine.perform(caseId, 'follow-up', { actor, input: { notes: '回访无异议' } });
  await engine.perform(caseId, 'rate', { actor, input: { satisfaction } });
}

/**
 * Six weeks in three villages: each week a dispute reported in each, most settled in the
 * village, one a week escalated to its town and settled there, a hazard reported in 东一村;
 * then the deadlines that passed run (the rest escalate or go overdue).
 */
async function busyCounty() {
  const { engine, store, clock } = workbenchEngine();
  await seedCases(engine);
  const villages = [
    { unit: 'grid-a1-1', worker: named.gridWorker },
    { unit: 'grid-a2-1', worker: named.neighbourGridWorker },
    { unit: 'grid-b1-1', worker: named.otherGridWorker },
  ];
  for (let week = 0; week < 6; week += 1) {
    for (const [index, { unit, worker }] of villages.entries()) {
      clock.advance(day);
      const opened = await engine.open('dispute', {
        data: { ...disputeData, summary: `第${week + 1}周的纠纷（${index + 1}）` },
        unit,
        actor: worker,
      });
      if ((week + index) % 3 !== 0)
        await settle(engine, opened.id, worker, 3 + ((week + index) % 3));
    }
    const escalated = await engine.open('dispute', {
      data: { ...disputeData, summary: `第${week + 1}周上交到镇的纠纷` },
      unit: 'grid-a1-2',
      actor: named.gridWorker,
    });
    await engine.perform(escalated.id, 'escalate', {
      actor: named.villageMediator,
      input: { reason: '涉及两个村' },
    });
    if (week % 2 === 0) await settle(engine, escalated.id, named.townDirector, 4);
    await engine.open('hazard', {
      data: { ...hazardData, location: `东一村第${week + 1}处隐患` },
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    clock.advance(4 * day);
  }
  await engine.runDue(clock.now());
  return { engine, store, clock: clock.now };
}

interface DashboardArgs {
  locale: Locale;
  actor: Actor;
  empty: boolean;
}

const meta = {
  title: 'Elements/cg-dashboard',
  component: 'cg-dashboard',
  args: { locale: 'zh-CN', actor: named.countyDirector, empty: false },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    actor: { control: false },
    empty: { control: false },
  },
  loaders: [
    async ({ args }) => {
      if (!args.empty) return { county: await busyCounty() };
      const { engine, store, clock } = workbenchEngine();
      return { county: { engine, store, clock: clock.now } };
    },
  ],
  render: (args, { loaded }) => {
    const { engine, store, clock } = loaded.county as Awaited<ReturnType<typeof busyCounty>>;
    return html`<cg-dashboard
      .engine=${engine}
      .store=${store}
      .clock=${clock}
      .actor=${args.actor}
      .locale=${args.locale}
    ></cg-dashboard>`;
  },
} satisfies Meta<DashboardArgs>;

export default meta;
type Story = StoryObj<DashboardArgs>;

/** The story's dashboard, counted, with its shadow root to query. */
async function mounted(canvasElement: HTMLElement) {
  const element = canvasElement.querySelector('cg-dashboard') as CgDashboard | null;
  if (element === null) throw new Error('the story renders no <cg-dashboard>');
  await waitFor(() => expect(element.metrics).toBeDefined());
  await element.updateComplete;
  const root = element.shadowRoot?.querySelector<HTMLElement>('.dashboard');
  if (!root) throw new Error('<cg-dashboard> rendered nothing');
  return { element, shadow: within(root) };
}

/** The county's command centre: every town and village, the village share up front. */
export const CountyDirector: Story = {
  name: 'County director',
  play: async ({ canvasElement }) => {
    const { element, shadow } = await mounted(canvasElement);
    await expect(shadow.getByText('秦岭县工作概览')).toBeVisible();
    await expect(shadow.getAllByRole('figure')).toHaveLength(5);
    const share = element.shadowRoot?.querySelector('[data-figure="village-share"]');
    await expect(share?.textContent).toMatch(/^\d+%$/);
    await expect(shadow.getByRole('img', { name: /^超期案件按承办单位：/ })).toBeVisible();
    await userEvent.click(shadow.getAllByText('查看数据')[0] as HTMLElement);
    await expect(shadow.getAllByRole('table').length).toBeGreaterThanOrEqual(3);
  },
};

/** 东一村's director: only the cases of 东一村 and its grids. */
export const VillageDirector: Story = {
  name: 'Village director',
  args: { actor: named.villageDirector },
  play: async ({ canvasElement }) => {
    const { element, shadow } = await mounted(canvasElement);
    await expect(shadow.getByText('东一村工作概览')).toBeVisible();
    const units = [
      ...(element.shadowRoot?.querySelectorAll('[data-scorecard="units"] tbody th') ?? []),
    ];
    for (const unit of units) await expect(unit.textContent).not.toMatch(/西一村|东二村/);
  },
};

/** The same county in English. */
export const English: Story = {
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const { shadow } = await mounted(canvasElement);
    await expect(shadow.getByText('Overview: Qinling County')).toBeVisible();
    await expect(shadow.getByText('Small matters stay in the village')).toBeVisible();
    await expect(shadow.getByRole('table', { name: 'Scorecard by person' })).toBeVisible();
  },
};

/** A county that has just started: zeros, and "no data yet" in every chart. */
export const Empty: Story = {
  args: { empty: true },
  play: async ({ canvasElement }) => {
    const { shadow } = await mounted(canvasElement);
    await expect(shadow.getAllByText('暂无数据').length).toBeGreaterThanOrEqual(4);
  },
};

/** 360 px: one column of cards, nothing wider than the phone. */
export const PhoneWidth: Story = {
  name: 'Phone width',
  globals: { viewport: { value: 'phone360', isRotated: false } },
  decorators: [
    (story) =>
      html`<div style="width: 360px; max-width: 100%; outline: 1px dashed #c0c6cf">${story()}</div>`,
  ],
  play: async ({ canvasElement }) => {
    const { element } = await mounted(canvasElement);
    const grid = element.shadowRoot?.querySelector('.grid') as Element;
    await expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).toHaveLength(1);
    await expect(element.scrollWidth).toBeLessThanOrEqual(360);
  },
};
