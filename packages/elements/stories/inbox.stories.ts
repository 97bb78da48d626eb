// Stories for <cg-inbox>: a grid worker's work, and a centre director's with the unit queue and
// bulk reassignment. The core fixtures' case types have no `reassign` action (the kit's do):
// these stories give the dispute one, as a county would in its own case type.
import {
  type Actor,
  type CaseEngine,
  defineCaseType,
  type Locale,
  type LocalStore,
} from '@casegrid/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, waitFor } from 'storybook/test';
import { caseTypes, disputeDefinition } from '../../core/test/county.ts';
import type { CgInbox, CgReassignedEvent, CgSelectEvent, InboxTab } from '../src/index.js';
import { named, seedCases, workbenchEngine } from '../test/workbench-fixture.js';

interface InboxArgs {
  locale: Locale;
  actor: keyof typeof named;
  tab: InboxTab;
  dueSoonHours: number;
  onSelect: (event: CgSelectEvent) => void;
  onReassigned: (event: CgReassignedEvent) => void;
}

interface Loaded {
  engine: CaseEngine;
  store: LocalStore;
  clock: () => number;
}

/** The test county's case types, the dispute with a `reassign` action like the kit's. */
function countyTypes() {
  const dispute = defineCaseType({
    ...disputeDefinition,
    actions: {
      ...(disputeDefinition.actions as object),
      reassign: {
        title: { 'zh-CN': '改派', en: 'Reassign' },
        from: ['reported', 'mediating', 'resolved', 'visited'],
        roles: ['centre-director'],
        input: {
          type: 'object',
          required: ['assignee'],
          properties: { assignee: { type: 'string', minLength: 1 } },
        },
        assign: '/input/assignee',
      },
    },
  });
  return [dispute, ...caseTypes().filter((type) => type.id !== 'dispute')];
}

/** The seeded county: disputes in three states, a hazard, a person of concern. */
async function county(): Promise<Loaded> {
  const { engine, store, clock } = workbenchEngine({ caseTypes: countyTypes() });
  await seedCases(engine);
  return { engine, store, clock: clock.now };
}

const meta = {
  title: 'Elements/cg-inbox',
  component: 'cg-inbox',
  args: {
    locale: 'zh-CN',
    actor: 'gridWorker',
    tab: 'mine',
    dueSoonHours: 24,
    onSelect: fn(),
    onReassigned: fn(),
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    actor: { control: 'select', options: Object.keys(named) },
    tab: { control: 'select', options: ['mine', 'unit', 'due-soon', 'overdue', 'queue'] },
  },
  loaders: [county],
  render: (args, { loaded }) => {
    const { engine, store, clock } = loaded as Loaded;
    const actor: Actor = named[args.actor];
    return html`<cg-inbox
      .engine=${engine}
      .store=${store}
      .clock=${clock}
      .actor=${actor}
      .locale=${args.locale}
      .tab=${args.tab}
      .dueSoonHours=${args.dueSoonHours}
      @cg-select=${args.onSelect}
      @cg-reassigned=${args.onReassigned}
    ></cg-inbox>`;
  },
} satisfies Meta<InboxArgs>;

export default meta;
type Story = StoryObj<InboxArgs>;

async function mounted(canvasElement: HTMLElement) {
  const inbox = canvasElement.querySelector<CgInbox>('cg-inbox');
  if (inbox === null) throw new Error('the story renders no <cg-inbox>');
  await waitFor(() => expect(inbox.tabCases).toBeDefined());
  await inbox.updateComplete;
  const root = inbox.shadowRoot!;
  const tabs = () =>
    [...root.querySelectorAll('[role="tab"]')].map((tab) =>
      tab.textContent?.replace(/\s+/g, ' ').trim(),
    );
  const list = () => root.querySelector('cg-case-list')!;
  const rows = () => [
    ...(list().shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]') ?? []),
  ];
  return { inbox, root, tabs, rows };
}

/** A grid worker: cases assigned to them, their village's unassigned cases, what is due. */
export const GridWorker: Story = {
  name: 'Grid worker (张三)',
  play: async ({ canvasElement }) => {
    const { tabs, rows } = await mounted(canvasElement);
    await expect(tabs()).toEqual(['分配给我 1', '本单位待认领 1', '即将到期 1', '已超期 0']);
    await waitFor(() => expect(rows()).toHaveLength(1));
  },
};

/**
 * A village's centre director on the unit queue: tick cases, choose a person, reassign. The
 * person of concern refuses (its own reassign action wants another input) and says why.
 */
export const CentreDirector: Story = {
  name: 'Centre director (陈七), unit queue',
  args: { actor: 'villageDirector', tab: 'queue' },
  play: async ({ canvasElement, args }) => {
    const { root, tabs, rows } = await mounted(canvasElement);
    await expect(tabs().at(-1)).toBe('辖区队列 4');
    await waitFor(() => expect(rows()).toHaveLength(4));
    for (const row of rows().slice(0, 2))
      (row.querySelector('[part="check"]') as HTMLElement).click();
    const picker = root.querySelector<HTMLSelectElement>('#assignee')!;
    picker.value = 'li-si';
    picker.dispatchEvent(new Event('change'));
    await waitFor(() =>
      expect(root.querySelector<HTMLButtonElement>('[part~="reassign"]')?.disabled).toBe(false),
    );
    root.querySelector<HTMLButtonElement>('[part~="reassign"]')!.click();
    await waitFor(() => expect(args.onReassigned).toHaveBeenCalledOnce());
    await waitFor(() => expect(root.querySelectorAll('[part~="outcome"]').length).toBe(2));
  },
};

/** The same queue in English. */
export const CentreDirectorEnglish: Story = {
  name: 'Centre director, unit queue (en)',
  args: { actor: 'villageDirector', tab: 'queue', locale: 'en' },
  play: async ({ canvasElement }) => {
    const { tabs } = await mounted(canvasElement);
    await expect(tabs()).toEqual([
      'Assigned to me 0',
      'Waiting for my unit 1',
      'Due soon 1',
      'Overdue 0',
      'Unit queue 4',
    ]);
  },
};
