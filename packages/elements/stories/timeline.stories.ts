// Stories for <cg-timeline>: the whole life of a hazard (report, verification, dispatch to two
// bureaus, their work, re-inspection) and of a dispute that passed its deadline, oldest or
// newest first, in zh-CN and en. Engines come from the workbench test county, in loaders.
import type { CaseEngine, CaseEvent, Locale } from '@casegrid/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { CgTimeline, TimelineOrder } from '../src/index.js';
import {
  day,
  disputeData,
  hazardData,
  hour,
  named,
  workbenchEngine,
} from '../test/workbench-fixture.js';

interface TimelineArgs {
  locale: Locale;
  order: TimelineOrder;
}

interface Loaded {
  engine: CaseEngine;
  clock: () => number;
  events: readonly CaseEvent[];
}

/** A hazard from report to closing, through two departments' tasks and one round sent back. */
async function hazardLife(): Promise<Loaded> {
  const { engine, clock } = workbenchEngine();
  const { gridWorker, townDirector, waterStaff, emergencyStaff } = named;
  const { id } = await engine.open('hazard', {
    data: hazardData,
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  clock.advance(3 * hour);
  await engine.perform(id, 'verify', {
    actor: townDirector,
    input: { notes: '现场确认，裂缝约两米' },
  });
  const view = await engine.perform(id, 'dispatch', {
    actor: townDirector,
    input: { lead: 'county-water', coHandlers: ['county-emergency'] },
  });
  const [lead, co] = view.children;
  clock.advance(day);
  await engine.perform(lead!.id, 'accept', { actor: waterStaff });
  await engine.perform(co!.id, 'accept', { actor: emergencyStaff });
  clock.advance(2 * day);
  await engine.perform(lead!.id, 'complete', {
    actor: waterStaff,
    input: { report: '已加固河堤' },
  });
  await engine.perform(co!.id, 'complete', {
    actor: emergencyStaff,
    input: { report: '已疏散两户' },
  });
  clock.advance(day);
  await engine.perform(id, 'send-back', { actor: townDirector, input: { reason: '河堤仍有渗水' } });
  const again = await engine.perform(id, 'dispatch', {
    actor: townDirector,
    input: { lead: 'county-water' },
  });
  const redo = again.children.at(-1)!;
  await engine.perform(redo.id, 'accept', { actor: waterStaff });
  clock.advance(day);
  await engine.perform(redo.id, 'complete', { actor: waterStaff, input: { report: '已补漏' } });
  await engine.perform(id, 'reinspect', {
    actor: townDirector,
    input: { passed: true, notes: '复查合格' },
  });
  clock.advance(2 * day);
  return { engine, clock: clock.now, events: await engine.history(id) };
}

/** A dispute nobody accepted in time: the system escalates it to the town, which mediates. */
async function disputeLife(): Promise<Loaded> {
  const { engine, clock } = workbenchEngine();
  const { id } = await engine.open('dispute', {
    data: disputeData,
    unit: 'grid-a1-1',
    actor: named.gridWorker,
  });
  clock.advance(day + hour);
  await engine.runDue();
  await engine.perform(id, 'accept', { actor: named.townDirector });
  await engine.perform(id, 'resolve', {
    actor: named.townDirector,
    input: { agreement: '以原界桩为准，重新砌墙', partiesAgree: true },
  });
  clock.advance(16 * day);
  await engine.runDue();
  return { engine, clock: clock.now, events: await engine.history(id) };
}

const meta = {
  title: 'Elements/cg-timeline',
  component: 'cg-timeline',
  args: { locale: 'zh-CN', order: 'oldest-first' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    order: { control: 'inline-radio', options: ['oldest-first', 'newest-first'] },
  },
  render: (args, { loaded }) => {
    const { engine, clock, events } = loaded as Loaded;
    return html`<cg-timeline
      .engine=${engine}
      .clock=${clock}
      .events=${events}
      .locale=${args.locale}
      order=${args.order}
    ></cg-timeline>`;
  },
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

async function sentences(canvasElement: HTMLElement): Promise<string[]> {
  const timeline = canvasElement.querySelector<CgTimeline>('cg-timeline');
  if (timeline === null) throw new Error('the story renders no <cg-timeline>');
  await waitFor(() => expect(timeline.shadowRoot?.querySelector('ol')).not.toBeNull());
  return [...(timeline.shadowRoot?.querySelectorAll('[part~="sentence"]') ?? [])].map((p) =>
    (p.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** A long history: a hazard from report to closing, with its child tasks. */
export const LongHistory: Story = {
  name: 'Long history (hazard)',
  loaders: [hazardLife],
  play: async ({ canvasElement }) => {
    const shown = await sentences(canvasElement);
    await expect(shown).toHaveLength(14);
    await expect(shown[0]).toMatch(/^张三在东一村上报 · /);
    await expect(shown[3]).toMatch(/^子案件“隐患处置任务”交办给县水利局/);
    await expect(shown.at(-1)).toMatch(/^周九执行“核查办结” · 已整改 → 已办结/);
  },
};

/** The same history, newest first, in English. */
export const NewestFirstInEnglish: Story = {
  name: 'Long history, newest first (en)',
  args: { locale: 'en', order: 'newest-first' },
  loaders: [hazardLife],
  play: async ({ canvasElement }) => {
    const shown = await sentences(canvasElement);
    await expect(shown[0]).toMatch(/^周九 took “Re-inspect and close” · Remediated → Closed/);
    await expect(shown.at(-1)).toMatch(/^张三 reported it in East One · /);
  },
};

/** Deadlines at work: escalated by the system, later overdue after the settlement. */
export const DeadlinesPassed: Story = {
  name: 'Escalated and overdue (dispute)',
  loaders: [disputeLife],
  play: async ({ canvasElement }) => {
    const shown = await sentences(canvasElement);
    await expect(shown[1]).toMatch(/^系统因超期将其上交至东镇/);
    await expect(shown.at(-1)).toMatch(/^“已调解”的办理期限已过/);
  },
};
