import { type CaseEngine, defineCaseType, isCaseGridError } from '@casegrid/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { caseTypes, disputeDefinition } from '../../../core/test/county.ts';
import { cleanup } from '../../test/fixture.js';
import { named, seedCases, workbenchEngine } from '../../test/workbench-fixture.js';
import { rowsOf } from '../case-list/case-list.fixture.js';
import type { CgCaseList } from '../case-list/case-list.js';
import type { CgReassignedEvent } from './events.js';
import type { CgInbox } from './inbox.js';
import './define.js';

afterEach(cleanup);

// The core fixtures have no `reassign`; the kit's case types do. A dispute with the kit's
// reassign action (centre staff, any open state, input { assignee }) stands in for them here.
const reassignableDispute = defineCaseType({
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
        additionalProperties: false,
        properties: { assignee: { type: 'string', minLength: 1 } },
      },
      assign: '/input/assignee',
    },
  },
});

function reassignEngine() {
  const types = caseTypes().filter((type) => type.id !== 'dispute');
  return workbenchEngine({ caseTypes: [reassignableDispute, ...types] });
}

async function queueInbox(properties: Partial<CgInbox> = {}) {
  const { engine, store, clock } = reassignEngine();
  const ids = await seedCases(engine);
  const inbox = document.createElement('cg-inbox');
  Object.assign(inbox, {
    engine,
    store,
    clock: clock.now,
    actor: named.villageDirector,
    tab: 'queue',
    ...properties,
  });
  document.body.append(inbox);
  const list = () => inbox.shadowRoot?.querySelector('cg-case-list') as CgCaseList | null;
  await expect.poll(() => rowsOf(list()!).length).toBe(4);
  return { inbox, engine, ids, list: list()! };
}

/** Ticks the rows of these cases, as a person clicks their checkboxes. */
async function tick(list: CgCaseList, caseIds: readonly string[]) {
  for (const id of caseIds) {
    const row = rowsOf(list).find((candidate) => candidate.dataset.id === id);
    await userEvent.click(row!.querySelector('[part="check"]')!);
  }
}

async function chooseAssignee(inbox: CgInbox, personId: string) {
  const select = inbox.shadowRoot!.querySelector<HTMLSelectElement>('#assignee')!;
  select.value = personId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await inbox.updateComplete;
}

const reassignButton = (inbox: CgInbox) =>
  inbox.shadowRoot!.querySelector<HTMLButtonElement>('[part~="reassign"]')!;
const outcomesText = (inbox: CgInbox) =>
  [...inbox.shadowRoot!.querySelectorAll('[part~="outcome"]')].map((item) =>
    item.textContent?.replace(/\s+/g, ' ').trim(),
  );

async function refusal(engine: CaseEngine, caseId: string, assignee: string): Promise<string> {
  try {
    await engine.perform(caseId, 'reassign', {
      actor: named.villageDirector,
      input: { assignee },
    });
  } catch (error) {
    if (isCaseGridError(error)) return error.issues.map((issue) => issue.message).join(' ');
  }
  throw new Error('the engine was expected to refuse');
}

describe('<cg-inbox> bulk reassignment', () => {
  it('offers the people of the unit and reassigns each ticked case to the one chosen', async () => {
    const { inbox, engine, ids, list } = await queueInbox({ locale: 'en' });
    const people = [...inbox.shadowRoot!.querySelectorAll('#assignee option')].map((option) =>
      option.textContent?.trim(),
    );
    expect(people).toEqual(['Choose a person', '张三', '刘大', '李四', '陈七', '秦五']);
    expect(reassignButton(inbox).disabled).toBe(true);
    await tick(list, [ids.reported, ids.mediating]);
    await chooseAssignee(inbox, 'zhang-san');
    expect(reassignButton(inbox).textContent?.trim()).toBe('Reassign (2)');
    const events: CgReassignedEvent[] = [];
    inbox.addEventListener('cg-reassigned', (event) => events.push(event));
    await userEvent.click(reassignButton(inbox));
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]?.detail).toEqual({
      assignee: 'zhang-san',
      action: 'reassign',
      outcomes: [
        { caseId: ids.reported, ok: true },
        { caseId: ids.mediating, ok: true },
      ],
    });
    expect((await engine.get(ids.reported)).assignee).toBe('zhang-san');
    expect((await engine.get(ids.mediating)).assignee).toBe('zhang-san');
    await expect
      .poll(() => outcomesText(inbox))
      .toEqual(['宅基地边界争议: reassigned to 张三', '邻里噪音纠纷: reassigned to 张三']);
    const status = inbox.shadowRoot!.querySelector('[part~="outcomes"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.querySelector('.outcome-summary')?.textContent?.trim()).toBe(
      '2 reassigned, 0 refused.',
    );
    expect(list.selection).toEqual([]);
    await expect
      .poll(() => rowsOf(list).find((row) => row.dataset.id === ids.reported)?.textContent)
      .toContain('张三');
  });

  it('reports, case by case, what the engine refused and why', async () => {
    const { inbox, engine, ids, list } = await queueInbox();
    // The watched person's own reassign wants { responsible }: the engine refuses { assignee }.
    const why = await refusal(engine, ids.watched, 'wang-wu');
    await tick(list, [ids.watched, ids.resolved]);
    await chooseAssignee(inbox, 'li-si');
    const events: CgReassignedEvent[] = [];
    inbox.addEventListener('cg-reassigned', (event) => events.push(event));
    await userEvent.click(reassignButton(inbox));
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]?.detail.outcomes).toEqual([
      { caseId: ids.watched, ok: false, code: 'invalid-input', message: why },
      { caseId: ids.resolved, ok: true },
    ]);
    expect(outcomesText(inbox)).toEqual([`王老五：未能改派。${why}`, '借款纠纷：已改派给李四']);
    expect(
      inbox.shadowRoot!.querySelector('[part~="outcomes"] .outcome-summary')?.textContent?.trim(),
    ).toBe('已改派 1 件，1 件未能改派。');
    // What was refused stays ticked, to try again.
    await expect.poll(() => list.selection).toEqual([ids.watched]);
    expect((await engine.get(ids.watched)).assignee).toBe('zhang-san');
  });

  it('performs the action named by reassign-action', async () => {
    const { inbox, ids, list } = await queueInbox();
    inbox.setAttribute('reassign-action', 'hand-over');
    await inbox.updateComplete;
    await tick(list, [ids.reported]);
    await chooseAssignee(inbox, 'li-si');
    const events: CgReassignedEvent[] = [];
    inbox.addEventListener('cg-reassigned', (event) => events.push(event));
    await userEvent.click(reassignButton(inbox));
    await expect.poll(() => events.length).toBe(1);
    expect(events[0]?.detail.action).toBe('hand-over');
    expect(events[0]?.detail.outcomes[0]).toMatchObject({ ok: false, code: 'not-found' });
  });
});
