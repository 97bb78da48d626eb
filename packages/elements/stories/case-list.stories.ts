// Stories for <cg-case-list>: the test county as a village director sees it, in zh-CN and en,
// at phone width, with 10,000 cases, empty, and with checkboxes. Play functions assert what
// each story is for; `npx vitest run --project stories` runs them.
import type { Actor, CaseEngine, CaseView, Locale, LocalStore } from '@casegrid/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, waitFor } from 'storybook/test';
import { manyCases } from '../src/case-list/case-list.fixture.js';
import type { CgCaseList, CgSelectEvent } from '../src/index.js';
import { named, seedCases, workbenchEngine } from '../test/workbench-fixture.js';

interface ListArgs {
  locale: Locale;
  actor: keyof typeof named;
  selectable: boolean;
  noToolbar: boolean;
  dueSoonHours: number;
  onSelect: (event: CgSelectEvent) => void;
}

interface Loaded {
  engine: CaseEngine;
  store: LocalStore;
  clock: () => number;
  cases?: readonly CaseView[];
}

/** The seeded test county: disputes in three states, a hazard, a person of concern. */
async function county(): Promise<Loaded> {
  const { engine, store, clock } = workbenchEngine();
  await seedCases(engine);
  return { engine, store, clock: clock.now };
}

/** 10,000 made-up cases given as `cases`: the list shows them without querying. */
async function tenThousand(): Promise<Loaded> {
  const { engine, store, clock } = workbenchEngine();
  return { engine, store, clock: clock.now, cases: manyCases(10_000, clock.now()) };
}

const meta = {
  title: 'Elements/cg-case-list',
  component: 'cg-case-list',
  args: {
    locale: 'zh-CN',
    actor: 'villageDirector',
    selectable: false,
    noToolbar: false,
    dueSoonHours: 24,
    onSelect: fn(),
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    actor: { control: 'select', options: Object.keys(named) },
  },
  loaders: [county],
  render: (args, { loaded }) => {
    const { engine, store, clock, cases } = loaded as Loaded;
    const actor: Actor = named[args.actor];
    return html`<cg-case-list
      .engine=${engine}
      .store=${store}
      .clock=${clock}
      .actor=${actor}
      .cases=${cases}
      .locale=${args.locale}
      .selectable=${args.selectable}
      .noToolbar=${args.noToolbar}
      .dueSoonHours=${args.dueSoonHours}
      @cg-select=${args.onSelect}
    ></cg-case-list>`;
  },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

async function mounted(canvasElement: HTMLElement) {
  const list = canvasElement.querySelector<CgCaseList>('cg-case-list');
  if (list === null) throw new Error('the story renders no <cg-case-list>');
  await list.updateComplete;
  const root = list.shadowRoot!;
  const rows = () => [...root.querySelectorAll<HTMLElement>('[role="option"]')];
  const text = (part: string) =>
    root.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
  return { list, root, rows, text };
}

/** The village director's cases, in Chinese. A click picks a case (`cg-select`). */
export const Chinese: Story = {
  name: 'zh-CN',
  play: async ({ canvasElement, args }) => {
    const { rows, text } = await mounted(canvasElement);
    await waitFor(() => expect(rows()).toHaveLength(5));
    await expect(text('count')).toBe('共 5 件');
    rows()[0]!.click();
    await expect(args.onSelect).toHaveBeenCalledOnce();
  },
};

/** The same cases in English. */
export const English: Story = {
  name: 'en',
  args: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const { rows, text } = await mounted(canvasElement);
    await waitFor(() => expect(rows()).toHaveLength(5));
    await expect(text('count')).toBe('5 cases');
    await expect(text('meta')).toMatch(/^(Dispute|Hazard|Person of concern|Watched person)/);
  },
};

/** 360 px wide, as on a grid worker's phone: the toolbar stacks, rows cut long text short. */
export const Phone: Story = {
  name: 'Phone (360 px)',
  globals: { viewport: { value: 'phone360', isRotated: false } },
  decorators: [
    (story) =>
      html`<div style="width: 360px; max-width: 100%; outline: 1px dashed #c0c6cf">${story()}</div>`,
  ],
  play: async ({ canvasElement }) => {
    const { list, rows } = await mounted(canvasElement);
    await waitFor(() => expect(rows()).toHaveLength(5));
    await expect(list.scrollWidth).toBeLessThanOrEqual(360);
  },
};

/** 10,000 cases: only the rows in view are in the DOM; the last case is one scroll away. */
export const TenThousandCases: Story = {
  name: '10,000 cases',
  loaders: [tenThousand],
  play: async ({ canvasElement }) => {
    const { root, rows } = await mounted(canvasElement);
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    await expect(rows().length).toBeLessThan(60);
    await expect(rows()[0]?.getAttribute('aria-setsize')).toBe('10000');
    const listbox = root.querySelector<HTMLElement>('[role="listbox"]')!;
    // To the end of all 10,000 rows: the last case is reachable.
    await waitFor(() => {
      listbox.scrollTop = listbox.scrollHeight;
      expect(rows().at(-1)?.getAttribute('aria-posinset')).toBe('10000');
    });
  },
};

/** Someone with no cases in their units: the empty state. */
export const Empty: Story = {
  args: { actor: 'otherVillageDirector' },
  play: async ({ canvasElement }) => {
    const { text } = await mounted(canvasElement);
    await waitFor(() => expect(text('empty')).toBe('暂无案件。'));
  },
};

/** Checkboxes for actions on several cases (`selectable`), as the inbox's unit queue uses. */
export const Selectable: Story = {
  args: { selectable: true },
  play: async ({ canvasElement }) => {
    const { list, rows } = await mounted(canvasElement);
    await waitFor(() => expect(rows()).toHaveLength(5));
    (rows()[1]!.querySelector('[part="check"]') as HTMLElement).click();
    await expect(list.selection).toHaveLength(1);
  },
};
