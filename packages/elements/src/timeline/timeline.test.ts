import {
  type CaseEngine,
  createEngine,
  defineCaseType,
  type Locale,
  memoryLocalStore,
} from '@casegrid/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  caseTypes,
  cn2026,
  disputeDefinition,
  guards,
  org,
  sequentialIds,
  testClock,
} from '../../../core/test/county.ts';
import { axeViolations, cleanup } from '../../test/fixture.js';
import {
  day,
  disputeData,
  hazardData,
  named,
  watchedData,
  workbenchEngine,
} from '../../test/workbench-fixture.js';
import type { CgTimeline } from './timeline.js';
import './define.js';

type Setup = ReturnType<typeof workbenchEngine>;

async function mount(
  properties: Partial<Pick<CgTimeline, 'events' | 'caseId' | 'order' | 'locale' | 'forms'>>,
  { engine, clock }: Pick<Setup, 'engine' | 'clock'>,
  container: HTMLElement = document.body,
): Promise<CgTimeline> {
  const timeline = document.createElement('cg-timeline');
  Object.assign(timeline, { engine, clock: clock.now }, properties);
  container.append(timeline);
  await timeline.updateComplete;
  return timeline;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The sentences shown, each without its "· how long ago" ending. */
function sentences(timeline: CgTimeline): string[] {
  return [...(timeline.shadowRoot?.querySelectorAll('[part~="sentence"]') ?? [])].map((p) =>
    squash(p.textContent).replace(/ · [^·]+$/, ''),
  );
}

/** The sentences in zh-CN and then in en. */
async function bothLanguages(timeline: CgTimeline): Promise<Record<Locale, string[]>> {
  timeline.locale = 'zh-CN';
  await timeline.updateComplete;
  const zh = sentences(timeline);
  timeline.locale = 'en';
  await timeline.updateComplete;
  return { 'zh-CN': zh, en: sentences(timeline) };
}

async function acceptedDispute(engine: CaseEngine) {
  const view = await engine.open('dispute', {
    data: disputeData,
    unit: 'grid-a1-1',
    actor: named.gridWorker,
  });
  await engine.perform(view.id, 'accept', { actor: named.villageMediator });
  return view.id;
}

/** A hazard dispatched by the town to the water bureau (lead) and the emergency bureau. */
async function dispatchedHazard(engine: CaseEngine) {
  const { id } = await engine.open('hazard', {
    data: hazardData,
    unit: 'grid-a1-1',
    actor: named.gridWorker,
  });
  await engine.perform(id, 'verify', { actor: named.townDirector, input: { notes: '现场确认' } });
  const view = await engine.perform(id, 'dispatch', {
    actor: named.townDirector,
    input: { lead: 'county-water', coHandlers: ['county-emergency'] },
  });
  return view;
}

describe('<cg-timeline>', () => {
  afterEach(cleanup);

  it('has no accessibility violations, in zh-CN and en', async () => {
    const setup = workbenchEngine();
    const id = await acceptedDispute(setup.engine);
    await setup.engine.perform(id, 'resolve', {
      actor: named.villageMediator,
      input: { agreement: '重新划定边界', partiesAgree: true },
    });
    const events = await setup.engine.history(id);
    const timeline = await mount({ events }, setup);
    expect(await axeViolations(timeline)).toEqual([]);
    timeline.locale = 'en';
    await timeline.updateComplete;
    expect(await axeViolations(timeline)).toEqual([]);
  });

  it('says who reported a case where, and who took which action into which state', async () => {
    const setup = workbenchEngine();
    const id = await acceptedDispute(setup.engine);
    const timeline = await mount({ events: await setup.engine.history(id) }, setup);
    expect(await bothLanguages(timeline)).toEqual({
      'zh-CN': ['张三在东一村上报', '李四执行“受理” · 已上报 → 调解中 · 指派给李四'],
      en: [
        '张三 reported it in East One',
        '李四 took “Accept” · Reported → Mediating · assigned to 李四',
      ],
    });
  });

  it('says when the system escalated a case because its deadline passed', async () => {
    const setup = workbenchEngine();
    const { id } = await setup.engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    setup.clock.advance(day + 1);
    await setup.engine.runDue();
    const timeline = await mount({ events: await setup.engine.history(id) }, setup);
    const shown = await bothLanguages(timeline);
    expect(shown['zh-CN'][1]).toBe('系统因超期将其上交至东镇');
    expect(shown.en[1]).toBe('System escalated it to East Town (deadline passed)');
  });

  it('says when a person escalated a case and to which unit', async () => {
    const setup = workbenchEngine();
    const id = await acceptedDispute(setup.engine);
    await setup.engine.perform(id, 'escalate', {
      actor: named.villageMediator,
      input: { reason: '双方分歧较大' },
    });
    const timeline = await mount({ events: await setup.engine.history(id) }, setup);
    const shown = await bothLanguages(timeline);
    expect(shown['zh-CN'][2]).toBe('李四执行“上交” · 调解中 → 已上报 · 上交至东镇 · 取消指派');
    expect(shown.en[2]).toBe(
      '李四 took “Escalate” · Mediating → Reported · escalated to East Town · unassigned',
    );
  });

  it('says when a deadline passed, and which unit was alerted', async () => {
    const setup = workbenchEngine();
    const hazard = await dispatchedHazard(setup.engine);
    const task = hazard.children[0]!.id;
    setup.clock.advance(3 * day);
    await setup.engine.runDue();
    const timeline = await mount({ events: await setup.engine.history(task) }, setup);
    const shown = await bothLanguages(timeline);
    expect(shown['zh-CN'][1]).toBe('“待接收”的办理期限已过 · 已提醒秦岭县');
    expect(shown.en[1]).toBe('Deadline of “Assigned” passed · Qinling County alerted');
  });

  it('says which child cases were opened for which units, and when they closed', async () => {
    const setup = workbenchEngine();
    const hazard = await dispatchedHazard(setup.engine);
    const [lead, co] = hazard.children;
    await setup.engine.perform(lead!.id, 'accept', { actor: named.waterStaff });
    await setup.engine.perform(lead!.id, 'complete', {
      actor: named.waterStaff,
      input: { report: '已加固河堤' },
    });
    await setup.engine.perform(co!.id, 'return', {
      actor: named.emergencyStaff,
      input: { reason: '不属于应急职责' },
    });
    const timeline = await mount({ events: await setup.engine.history(hazard.id) }, setup);
    const shown = await bothLanguages(timeline);
    expect(shown['zh-CN'].slice(3)).toEqual([
      '子案件“隐患处置任务”交办给县水利局',
      '子案件“隐患处置任务”交办给县应急局',
      '县水利局的子案件“隐患处置任务”已办结（已完成）',
      '县应急局的子案件“隐患处置任务”已办结（已退回）',
      '系统在子案件办结后推进了案件 · 已派遣 → 已核实',
    ]);
    expect(shown.en.slice(3)).toEqual([
      'Child case Hazard task opened for Water Bureau',
      'Child case Hazard task opened for Emergency Bureau',
      'Child case Hazard task for Water Bureau closed (Done)',
      'Child case Hazard task for Emergency Bureau closed (Returned)',
      'System moved it on once its child cases closed · Dispatched → Verified',
    ]);
    // The child's own history starts with the dispatch.
    const child = await mount({ events: await setup.engine.history(lead!.id) }, setup);
    expect((await bothLanguages(child))['zh-CN'][0]).toBe('周九交办给县水利局');
  });

  it('says to whom a case was assigned', async () => {
    const setup = workbenchEngine();
    const { id } = await setup.engine.open('watched-person', {
      data: watchedData,
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    await setup.engine.perform(id, 'assign', {
      actor: named.villageDirector,
      input: { responsible: named.gridWorker.id },
    });
    const timeline = await mount({ events: await setup.engine.history(id) }, setup);
    const shown = await bothLanguages(timeline);
    expect(shown['zh-CN'][1]).toBe('陈七执行“落实责任人” · 已登记 → 跟踪走访中 · 指派给张三');
    expect(shown.en[1]).toBe(
      '陈七 took “Assign responsible person” · Registered → Monitoring · assigned to 张三',
    );
  });

  it('says when a case moved to another version of its type', async () => {
    const clock = testClock();
    const store = memoryLocalStore();
    const others = caseTypes().filter((type) => type.definition.id !== 'dispute');
    const version = (n: number) =>
      defineCaseType({ ...disputeDefinition, version: n, administrators: ['county-admin'] });
    const engineWith = (versions: number[]) =>
      createEngine({
        caseTypes: [...others, ...versions.map(version)],
        org: { ...org, people: Object.values(named) },
        store,
        clock: clock.now,
        ids: sequentialIds(`v${versions.length}`),
        guards,
        calendar: cn2026,
      });
    const { id } = await engineWith([1]).open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    // Version 2 is deployed; an administrator moves the open case onto it.
    const engine = engineWith([1, 2]);
    await engine.migrate(id, 2, { actor: named.countyAdmin });
    const timeline = await mount({ events: await engine.history(id) }, { engine, clock });
    const shown = await bothLanguages(timeline);
    expect(shown['zh-CN'][1]).toBe('管理员将其迁移到第2版');
    expect(shown.en[1]).toBe('管理员 moved it to version 2');
  });

  it('says how long ago each step was, and gives the time itself in a <time> element', async () => {
    const setup = workbenchEngine();
    const id = await acceptedDispute(setup.engine);
    setup.clock.advance(2 * day);
    const timeline = await mount({ events: await setup.engine.history(id), locale: 'en' }, setup);
    const first = timeline.shadowRoot?.querySelector('[part~="event"]');
    expect(squash(first?.querySelector('[part~="sentence"]')?.textContent)).toBe(
      '张三 reported it in East One · 2 days ago',
    );
    const time = first?.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-03-02T01:00:00.000Z');
    expect(time?.textContent).toBe('03/02/2026, 09:00');
  });

  it('shows what was entered for a step beneath it, labelled from the input schema', async () => {
    const setup = workbenchEngine();
    const id = await acceptedDispute(setup.engine);
    await setup.engine.perform(id, 'resolve', {
      actor: named.villageMediator,
      input: { agreement: '重新划定边界', partiesAgree: true },
    });
    const timeline = await mount({ events: await setup.engine.history(id) }, setup);
    const input = () =>
      [...(timeline.shadowRoot?.querySelectorAll('[part~="input"]') ?? [])].map((dl) =>
        [...dl.children].map((cell) => cell.textContent),
      );
    expect(input()).toEqual([['调解协议', '重新划定边界', '双方同意', '是']]);
    timeline.locale = 'en';
    await timeline.updateComplete;
    expect(input()).toEqual([['调解协议', '重新划定边界', '双方同意', 'yes']]);
  });

  it('joins lists, shows unit titles for org-unit fields and labels from the UI schema', async () => {
    const setup = workbenchEngine();
    const hazard = await dispatchedHazard(setup.engine);
    const forms = {
      hazard: {
        actions: {
          dispatch: {
            fields: {
              lead: { widget: 'org-unit', label: { 'zh-CN': '主办', en: 'Lead' } },
              coHandlers: { label: { 'zh-CN': '协办', en: 'Co-handling' } },
            },
          },
        },
      },
    };
    const timeline = await mount(
      { events: await setup.engine.history(hazard.id), forms, locale: 'en' },
      setup,
    );
    const dispatch = timeline.shadowRoot?.querySelectorAll('[part~="input"]')[1];
    expect([...(dispatch?.children ?? [])].map((cell) => cell.textContent)).toEqual([
      'Lead',
      'Water Bureau',
      'Co-handling',
      'county-emergency',
    ]);
  });

  it('lists the oldest step first, or the newest first when asked', async () => {
    const setup = workbenchEngine();
    const id = await acceptedDispute(setup.engine);
    const timeline = await mount({ events: await setup.engine.history(id) }, setup);
    expect(sentences(timeline)[0]).toBe('张三在东一村上报');
    timeline.order = 'newest-first';
    await timeline.updateComplete;
    expect(sentences(timeline)[0]).toMatch(/^李四执行“受理”/);
    expect(timeline.shadowRoot?.querySelector('ol')?.reversed).toBe(true);
  });

  it('loads the history of a case itself and follows its changes', async () => {
    const setup = workbenchEngine();
    const id = await acceptedDispute(setup.engine);
    const timeline = await mount({ caseId: id }, setup);
    await expect.poll(() => sentences(timeline).length).toBe(2);
    await setup.engine.perform(id, 'resolve', {
      actor: named.villageMediator,
      input: { agreement: '重新划定边界', partiesAgree: true },
    });
    await expect.poll(() => sentences(timeline).length).toBe(3);
  });

  it('loads the history when it is given a case id after it is on the page', async () => {
    const setup = workbenchEngine();
    const first = await acceptedDispute(setup.engine);
    const second = await setup.engine.open('hazard', {
      data: hazardData,
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    const timeline = await mount({}, setup);
    expect(timeline.shadowRoot?.querySelector('ol')).toBeNull();
    timeline.caseId = first;
    await expect.poll(() => sentences(timeline).length).toBe(2);
    timeline.caseId = second.id;
    await expect.poll(() => sentences(timeline)).toEqual(['张三在东一村上报']);
  });

  it('says so when the case does not exist, in the reader’s language', async () => {
    const setup = workbenchEngine();
    const timeline = await mount({ caseId: 'nope', locale: 'en' }, setup);
    await expect
      .poll(() => squash(timeline.shadowRoot?.querySelector('[part~="status"]')?.textContent))
      .toBe('Case nope was not found.');
  });

  it('fits a 360 px phone without scrolling sideways', async () => {
    const setup = workbenchEngine();
    const hazard = await dispatchedHazard(setup.engine);
    const container = document.createElement('div');
    container.style.width = '360px';
    document.body.append(container);
    const timeline = await mount(
      { events: await setup.engine.history(hazard.id) },
      setup,
      container,
    );
    expect(timeline.scrollWidth).toBeLessThanOrEqual(360);
    for (const event of timeline.shadowRoot?.querySelectorAll('[part~="event"]') ?? []) {
      expect(event.scrollWidth).toBeLessThanOrEqual(event.clientWidth);
    }
  });
});
