import {
  type Actor,
  type CaseEngine,
  type CaseTypeDefinition,
  defineCaseType,
} from '@casegrid/core';
import { afterEach, describe, expect, it } from 'vitest';
import { caseTypes, sequentialIds } from '../../../core/test/county.ts';
import { axeViolations, cleanup } from '../../test/fixture.js';
import {
  day,
  hazardData,
  named,
  seedCases,
  watchedData,
  workbenchEngine,
} from '../../test/workbench-fixture.js';
import type { CgSelectEvent } from '../internal/select-event.js';
import type { CgCaseDetail } from './case-detail.js';
import './define.js';

type Setup = Pick<ReturnType<typeof workbenchEngine>, 'engine' | 'clock'>;

async function mount(
  properties: { caseId?: string; actor?: Actor; locale?: 'zh-CN' | 'en' },
  { engine, clock }: Setup,
  container: HTMLElement = document.body,
): Promise<CgCaseDetail> {
  const detail = document.createElement('cg-case-detail');
  Object.assign(detail, { engine, clock: clock.now }, properties);
  container.append(detail);
  await shown(detail);
  return detail;
}

/** Waits until the detail shows a case or a message. */
async function shown(detail: CgCaseDetail): Promise<void> {
  await expect
    .poll(() => detail.shadowRoot?.querySelector('[part~="header"], [part~="status"]') ?? null)
    .not.toBeNull();
  await expect
    .poll(() => detail.shadowRoot?.querySelector('[aria-busy="true"][part~="status"]') ?? null)
    .toBeNull();
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const part = (detail: CgCaseDetail, name: string) =>
  squash(detail.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent);
const buttons = (detail: CgCaseDetail, name: string) => [
  ...(detail.shadowRoot?.querySelectorAll<HTMLButtonElement>(`[part~="${name}"]`) ?? []),
];

// A case type that links to register-like records: one person (string id), several disputes (ids).
const visitLog = {
  id: 'visit-log',
  version: 1,
  title: { 'zh-CN': '走访记录', en: 'Visit log' },
  data: {
    type: 'object',
    required: ['summary'],
    properties: {
      summary: { title: '摘要', 'x-i18n': { en: { title: 'Summary' } }, type: 'string' },
      person: {
        title: '走访对象',
        'x-i18n': { en: { title: 'Person visited' } },
        type: 'string',
        'x-record': 'watched-person',
      },
      disputes: {
        title: '相关纠纷',
        'x-i18n': { en: { title: 'Related disputes' } },
        type: 'array',
        items: { type: 'string' },
        'x-record': 'dispute',
      },
    },
  },
  open: { roles: ['grid-worker'], handlingLevel: 'village' },
  initial: 'open',
  states: {
    open: { title: { 'zh-CN': '进行中', en: 'Open' } },
    done: { title: { 'zh-CN': '已完成', en: 'Done' }, final: true },
  },
  actions: {
    finish: {
      title: { 'zh-CN': '完成', en: 'Finish' },
      from: 'open',
      to: 'done',
      roles: ['grid-worker'],
    },
  },
} as const satisfies CaseTypeDefinition;

function engineWithVisitLog(): Setup {
  const { engine, clock } = workbenchEngine({
    caseTypes: [...caseTypes(), defineCaseType(visitLog)],
    ids: sequentialIds('vl'),
  });
  return { engine, clock };
}

async function dispatchedHazard(engine: CaseEngine) {
  const { id } = await engine.open('hazard', {
    data: hazardData,
    unit: 'grid-a1-1',
    actor: named.gridWorker,
  });
  await engine.perform(id, 'verify', { actor: named.townDirector, input: { notes: '现场确认' } });
  return engine.perform(id, 'dispatch', {
    actor: named.townDirector,
    input: { lead: 'county-water', coHandlers: ['county-emergency'] },
  });
}

describe('<cg-case-detail>', () => {
  afterEach(cleanup);

  it('has no accessibility violations, in zh-CN and en', async () => {
    const setup = workbenchEngine();
    const { mediating } = await seedCases(setup.engine);
    const detail = await mount({ caseId: mediating, actor: named.villageMediator }, setup);
    expect(await axeViolations(detail)).toEqual([]);
    detail.locale = 'en';
    await detail.updateComplete;
    expect(await axeViolations(detail)).toEqual([]);
  });

  it('shows type, state, handling unit, assignee, deadline with time left and escalations', async () => {
    const setup = workbenchEngine();
    const { mediating } = await seedCases(setup.engine);
    const detail = await mount({ caseId: mediating, actor: named.villageMediator }, setup);
    expect(part(detail, 'type')).toBe('矛盾纠纷');
    expect(part(detail, 'title')).toBe('邻里噪音纠纷');
    expect(part(detail, 'state')).toBe('调解中');
    expect(part(detail, 'unit')).toBe('东一村');
    expect(part(detail, 'assignee')).toBe('李四');
    expect(part(detail, 'deadline')).toBe('2026/03/09 09:00 · 7天后到期');
    expect(part(detail, 'escalations')).toBe('0');
    expect(
      detail.shadowRoot?.querySelector('[part~="deadline"] time')?.getAttribute('datetime'),
    ).toBe('2026-03-09T01:00:00.000Z');
    detail.locale = 'en';
    await detail.updateComplete;
    expect(part(detail, 'state')).toBe('Mediating');
    expect(part(detail, 'unit')).toBe('East One');
    expect(part(detail, 'deadline')).toBe('03/09/2026, 09:00 · due in 7 days');
  });

  it('says "overdue" once the clock passes the deadline', async () => {
    const setup = workbenchEngine();
    const { mediating } = await seedCases(setup.engine);
    const detail = await mount({ caseId: mediating, actor: named.villageMediator }, setup);
    setup.clock.advance(8 * day);
    detail.requestUpdate();
    await detail.updateComplete;
    expect(part(detail, 'deadline')).toBe('2026/03/09 09:00 · 已超期');
    // Once the engine escalates it, the new unit and the count show.
    await setup.engine.runDue();
    await expect.poll(() => part(detail, 'escalations')).toBe('1');
    expect(part(detail, 'unit')).toBe('东镇');
  });

  it('shows the case data read-only, with field titles and without the linked ids', async () => {
    const setup = engineWithVisitLog();
    const watched = await setup.engine.open('watched-person', {
      data: watchedData,
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    const log = await setup.engine.open('visit-log', {
      data: { summary: '例行走访', person: watched.id },
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    const detail = await mount({ caseId: log.id, actor: named.gridWorker, locale: 'en' }, setup);
    const rows = [...(detail.shadowRoot?.querySelectorAll('[part~="data"] dl > div') ?? [])];
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Summary', '例行走访'],
    ]);
  });

  it('lists linked records with type and summary, and fires cg-select when one is picked', async () => {
    const setup = engineWithVisitLog();
    const { engine } = setup;
    const watched = await engine.open('watched-person', {
      data: watchedData,
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    const dispute = await engine.open('dispute', {
      data: { parties: ['甲', '乙'], summary: '水渠纠纷', category: 'land' },
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    const log = await engine.open('visit-log', {
      data: { summary: '例行走访', person: watched.id, disputes: [dispute.id, 'gone'] },
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    const detail = await mount({ caseId: log.id, actor: named.gridWorker }, setup);
    const items = [...(detail.shadowRoot?.querySelectorAll('[part~="links"] li') ?? [])];
    expect(items.map((item) => squash(item.textContent))).toEqual([
      '走访对象 关注人员 王老五',
      '相关纠纷 矛盾纠纷 水渠纠纷',
      '相关纠纷 gone（找不到）',
    ]);
    const picked: string[] = [];
    detail.addEventListener('cg-select', (event: CgSelectEvent) =>
      picked.push(event.detail.caseId),
    );
    for (const button of buttons(detail, 'link')) button.click();
    expect(picked).toEqual([watched.id, dispute.id]);
  });

  it('lists child cases with type, unit and state, and fires cg-select when one is picked', async () => {
    const setup = workbenchEngine();
    const hazard = await dispatchedHazard(setup.engine);
    const detail = await mount({ caseId: hazard.id, actor: named.townDirector }, setup);
    expect(buttons(detail, 'child').map((button) => squash(button.textContent))).toEqual([
      '隐患处置任务 县水利局 待接收',
      '隐患处置任务 县应急局 待接收',
    ]);
    const picked: string[] = [];
    detail.addEventListener('cg-select', (event) => picked.push(event.detail.caseId));
    buttons(detail, 'child')[1]?.click();
    expect(picked).toEqual([hazard.children[1]?.id]);
  });

  it('links a child case to its parent', async () => {
    const setup = workbenchEngine();
    const hazard = await dispatchedHazard(setup.engine);
    const task = hazard.children[0]!.id;
    const detail = await mount({ caseId: task, actor: named.waterStaff, locale: 'en' }, setup);
    expect(part(detail, 'parent')).toBe('Parent case: Hazard 雨后山体出现裂缝');
    const picked: string[] = [];
    detail.addEventListener('cg-select', (event) => picked.push(event.detail.caseId));
    buttons(detail, 'parent-link')[0]?.click();
    expect(picked).toEqual([hazard.id]);
  });

  it('follows changes another person makes to the case, and says so', async () => {
    const setup = workbenchEngine();
    const { mediating } = await seedCases(setup.engine);
    const detail = await mount({ caseId: mediating, actor: named.villageMediator }, setup);
    await setup.engine.perform(mediating, 'resolve', {
      actor: named.gridWorker,
      input: { agreement: '互相谅解', partiesAgree: true },
    });
    await expect.poll(() => part(detail, 'state')).toBe('已调解');
    expect(
      squash(detail.shadowRoot?.querySelector('.visually-hidden[role="status"]')?.textContent),
    ).toBe('案件已由他人更新。');
    expect(buttons(detail, 'action').map((button) => squash(button.textContent))).toEqual(['回访']);
    const events = detail.shadowRoot?.querySelector('cg-timeline')?.shadowRoot;
    await expect.poll(() => events?.querySelectorAll('[part~="event"]').length).toBe(3);
  });

  it('follows changes to its child cases', async () => {
    const setup = workbenchEngine();
    const hazard = await dispatchedHazard(setup.engine);
    const detail = await mount({ caseId: hazard.id, actor: named.townDirector }, setup);
    await setup.engine.perform(hazard.children[0]!.id, 'accept', { actor: named.waterStaff });
    await expect
      .poll(() => squash(buttons(detail, 'child')[0]?.textContent))
      .toBe('隐患处置任务 县水利局 处置中');
  });

  it('says when there is no case, no one signed in, or no such case, in both languages', async () => {
    const setup = workbenchEngine();
    const detail = await mount({ actor: named.gridWorker }, setup);
    expect(part(detail, 'status')).toBe('未选择案件。');
    detail.caseId = 'missing';
    await shown(detail);
    await expect.poll(() => part(detail, 'status')).toBe('找不到案件 missing。');
    detail.locale = 'en';
    await detail.updateComplete;
    await expect.poll(() => part(detail, 'status')).toBe('Case missing was not found.');
    detail.actor = undefined;
    await detail.updateComplete;
    expect(part(detail, 'status')).toBe('Sign in to see this case.');
  });

  it('says it is loading until the case arrives', async () => {
    const setup = workbenchEngine();
    const { reported } = await seedCases(setup.engine);
    const detail = document.createElement('cg-case-detail');
    Object.assign(detail, {
      ...setup,
      clock: setup.clock.now,
      actor: named.gridWorker,
      locale: 'en',
    });
    detail.caseId = reported;
    document.body.append(detail);
    await detail.updateComplete;
    const status = detail.shadowRoot?.querySelector('[part~="status"]');
    expect(squash(status?.textContent)).toBe('Loading the case…');
    expect(status?.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => part(detail, 'state')).toBe('Reported');
  });

  it('fits a 360 px phone without scrolling sideways', async () => {
    const setup = workbenchEngine();
    const hazard = await dispatchedHazard(setup.engine);
    const container = document.createElement('div');
    container.style.width = '360px';
    document.body.append(container);
    const detail = await mount({ caseId: hazard.id, actor: named.townDirector }, setup, container);
    expect(detail.scrollWidth).toBeLessThanOrEqual(360);
    const article = detail.shadowRoot?.querySelector('article');
    expect(article?.scrollWidth).toBeLessThanOrEqual(article?.clientWidth ?? 0);
  });
});
