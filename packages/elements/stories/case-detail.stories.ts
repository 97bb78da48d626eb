// Stories for <cg-case-detail>: a dispute being mediated, seen by its mediator; the same case
// once its deadline has passed; a dispatched hazard in English. Each builds its engine from the
// workbench test county (plain data) in a loader; the play functions assert what is shown.
import type { Actor, CaseEngine, Locale } from '@casegrid/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, waitFor } from 'storybook/test';
import type { CgCaseDetail, CgPerformedEvent } from '../src/index.js';
import { day, hazardData, named, seedCases, workbenchEngine } from '../test/workbench-fixture.js';

/** The element's inputs and event handlers, as Storybook args. */
interface DetailArgs {
  locale: Locale;
  onPerformed: (event: CgPerformedEvent) => void;
  onSelect: (event: Event) => void;
}

/** What a loader prepares: an engine with cases, the case to show, who looks at it. */
interface Loaded {
  engine: CaseEngine;
  clock: () => number;
  caseId: string;
  actor: Actor;
}

const meta = {
  title: 'Elements/cg-case-detail',
  component: 'cg-case-detail',
  args: { locale: 'zh-CN', onPerformed: fn(), onSelect: fn() },
  argTypes: { locale: { control: 'inline-radio', options: ['zh-CN', 'en'] } },
  render: (args, { loaded }) => {
    const { engine, clock, caseId, actor } = loaded as Loaded;
    return html`<cg-case-detail
      .engine=${engine}
      .clock=${clock}
      .actor=${actor}
      .locale=${args.locale}
      case-id=${caseId}
      @cg-performed=${args.onPerformed}
      @cg-select=${args.onSelect}
    ></cg-case-detail>`;
  },
} satisfies Meta<DetailArgs>;

export default meta;
type Story = StoryObj<DetailArgs>;

/** The story's detail, once it shows its case. */
async function shownCase(canvasElement: HTMLElement) {
  const detail = canvasElement.querySelector<CgCaseDetail>('cg-case-detail');
  if (detail === null) throw new Error('the story renders no <cg-case-detail>');
  await waitFor(() => expect(detail.shadowRoot?.querySelector('[part~="header"]')).not.toBeNull());
  const text = (part: string) =>
    (detail.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  return { detail, root: detail.shadowRoot as ShadowRoot, text };
}

/** A dispute in mediation, as its mediator 李四 sees it: resolve or escalate. */
export const MediatingAsMediator: Story = {
  name: 'Dispute in mediation (mediator)',
  loaders: [
    async (): Promise<Loaded> => {
      const { engine, clock } = workbenchEngine();
      const { mediating } = await seedCases(engine);
      return { engine, clock: clock.now, caseId: mediating, actor: named.villageMediator };
    },
  ],
  play: async ({ canvasElement, args }) => {
    const { root, text } = await shownCase(canvasElement);
    await expect(text('state')).toBe('调解中');
    await expect(text('assignee')).toBe('李四');
    const actions = [...root.querySelectorAll('[part~="action"]')].map((b) =>
      b.textContent?.trim(),
    );
    await expect(actions).toEqual(['上交', '调解成功']);
    root.querySelector<HTMLButtonElement>('[data-action="resolve"]')?.click();
    await waitFor(() => expect(root.querySelector('[part~="panel"] cg-case-form')).not.toBeNull());
    await expect(args.onPerformed).not.toHaveBeenCalled();
  },
};

/** The same dispute eight days later: the mediation deadline has passed. */
export const Overdue: Story = {
  name: 'Overdue dispute',
  loaders: [
    async (): Promise<Loaded> => {
      const { engine, clock } = workbenchEngine();
      const { mediating } = await seedCases(engine);
      clock.advance(8 * day);
      return { engine, clock: clock.now, caseId: mediating, actor: named.villageMediator };
    },
  ],
  play: async ({ canvasElement }) => {
    const { text } = await shownCase(canvasElement);
    await expect(text('deadline')).toContain('已超期');
  },
};

/** A hazard the town centre dispatched to two county bureaus, in English, with its child cases. */
export const DispatchedHazardInEnglish: Story = {
  name: 'Dispatched hazard (en)',
  args: { locale: 'en' },
  loaders: [
    async (): Promise<Loaded> => {
      const { engine, clock } = workbenchEngine();
      const { id } = await engine.open('hazard', {
        data: hazardData,
        unit: 'grid-a1-1',
        actor: named.gridWorker,
      });
      const director = named.townDirector;
      await engine.perform(id, 'verify', { actor: director, input: { notes: '现场确认' } });
      const view = await engine.perform(id, 'dispatch', {
        actor: director,
        input: { lead: 'county-water', coHandlers: ['county-emergency'] },
      });
      await engine.perform(view.children[0]!.id, 'accept', { actor: named.waterStaff });
      clock.advance(day);
      return { engine, clock: clock.now, caseId: id, actor: director };
    },
  ],
  play: async ({ canvasElement, args }) => {
    const { root, text } = await shownCase(canvasElement);
    await expect(text('state')).toBe('Dispatched');
    const children = [...root.querySelectorAll('[part~="child"]')].map((b) =>
      b.textContent?.replace(/\s+/g, ' ').trim(),
    );
    await expect(children).toEqual([
      'Hazard task Water Bureau In hand',
      'Hazard task Emergency Bureau Assigned',
    ]);
    root.querySelector<HTMLButtonElement>('[part~="child"]')?.click();
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
  },
};
