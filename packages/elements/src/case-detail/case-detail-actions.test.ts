import type { Actor, CaseEngine } from '@casegrid/core';
import { isCaseGridError } from '@casegrid/schema/form';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, cleanup } from '../../test/fixture.js';
import { named, seedCases, watchedData, workbenchEngine } from '../../test/workbench-fixture.js';
import { fieldId } from '../case-form/case-form.js';
import type { CgCaseDetail } from './case-detail.js';
import type { CgActionErrorEvent, CgPerformedEvent } from './events.js';
import './define.js';

// The fixture's clock: the engine's "now" and the element's agree.
const clock = () => Date.parse('2026-03-02T01:00:00.000Z');

async function mount(
  properties: { caseId: string; actor: Actor; locale?: 'zh-CN' | 'en' },
  engine: CaseEngine,
): Promise<CgCaseDetail> {
  const detail = document.createElement('cg-case-detail');
  Object.assign(detail, { engine, clock }, properties);
  document.body.append(detail);
  await expect
    .poll(() => detail.shadowRoot?.querySelector('[part~="header"]') ?? null)
    .not.toBeNull();
  return detail;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const root = (detail: CgCaseDetail) => detail.shadowRoot as ShadowRoot;
const part = (detail: CgCaseDetail, name: string) =>
  squash(root(detail).querySelector(`[part~="${name}"]`)?.textContent);
const actionTitles = (detail: CgCaseDetail) =>
  [...root(detail).querySelectorAll('[part~="action"]')].map((button) =>
    squash(button.textContent),
  );
const action = (detail: CgCaseDetail, name: string) => {
  const button = root(detail).querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
  if (button === null) throw new Error(`no button for ${name}`);
  return button;
};

/** The open action's form, once its fields are there. */
async function actionForm(detail: CgCaseDetail) {
  await expect.poll(() => root(detail).querySelector('cg-case-form')).not.toBeNull();
  const form = root(detail).querySelector('cg-case-form')!;
  await form.updateComplete;
  const field = <T extends HTMLElement = HTMLInputElement>(path: string) => {
    const element = form.shadowRoot?.querySelector<T>(`#${fieldId(path)}`);
    if (element == null) throw new Error(`no field ${path}`);
    return element;
  };
  const submit = form.shadowRoot?.querySelector<HTMLButtonElement>('[part~="submit"]');
  return { form, field, submit: submit! };
}

/** The engine, with `perform` held until the test lets it go. */
function gated(engine: CaseEngine) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held: CaseEngine = {
    ...engine,
    perform: async (...args) => {
      await gate;
      return engine.perform(...args);
    },
  };
  return { engine: held, release };
}

describe('<cg-case-detail> actions', () => {
  afterEach(cleanup);

  it('has no accessibility violations with an action form open, and with an error shown', async () => {
    const { engine } = workbenchEngine();
    const { mediating } = await seedCases(engine);
    const detail = await mount({ caseId: mediating, actor: named.villageMediator }, engine);
    action(detail, 'resolve').click();
    const { field, submit } = await actionForm(detail);
    expect(await axeViolations(detail)).toEqual([]);
    await userEvent.type(field('/agreement'), '赔偿两千元');
    await userEvent.click(field('/partiesAgree'));
    await userEvent.click(field('/partiesAgree'));
    submit.click();
    await expect.poll(() => part(detail, 'error')).not.toBe('');
    expect(await axeViolations(detail)).toEqual([]);
    detail.locale = 'en';
    await detail.updateComplete;
    expect(await axeViolations(detail)).toEqual([]);
  });

  it('offers each actor only the actions the engine makes available to them', async () => {
    const { engine } = workbenchEngine();
    const { reported, hazard } = await seedCases(engine);
    const asGridWorker = await mount({ caseId: reported, actor: named.gridWorker }, engine);
    expect(actionTitles(asGridWorker)).toEqual(['受理']);
    const asMediator = await mount({ caseId: reported, actor: named.villageMediator }, engine);
    expect(actionTitles(asMediator)).toEqual(['受理', '上交']);
    const hazardAsDirector = await mount({ caseId: hazard, actor: named.townDirector }, engine);
    expect(actionTitles(hazardAsDirector)).toEqual(['核实', '不予立案', '上报县指挥中心']);
    const hazardAsWorker = await mount(
      { caseId: hazard, actor: named.gridWorker, locale: 'en' },
      engine,
    );
    expect(actionTitles(hazardAsWorker)).toEqual([]);
    expect(squash(root(hazardAsWorker).querySelector('[part~="actions"] p')?.textContent)).toBe(
      'There is nothing you can do on this case now.',
    );
  });

  it('performs an action through its form: the state changes and the history shows it', async () => {
    const { engine } = workbenchEngine();
    const { mediating } = await seedCases(engine);
    const detail = await mount({ caseId: mediating, actor: named.villageMediator }, engine);
    const performed: CgPerformedEvent['detail'][] = [];
    detail.addEventListener('cg-performed', (event) => performed.push(event.detail));
    action(detail, 'resolve').click();
    const { field, submit } = await actionForm(detail);
    await userEvent.type(field('/agreement'), '赔偿两千元');
    await userEvent.click(field('/partiesAgree'));
    submit.click();
    await expect.poll(() => part(detail, 'state')).toBe('已调解');
    expect(performed).toHaveLength(1);
    expect(performed[0]).toMatchObject({ caseId: mediating, action: 'resolve' });
    expect(performed[0]?.view.state).toBe('resolved');
    expect(root(detail).querySelector('[part~="panel"]')).toBeNull();
    const timeline = root(detail).querySelector('cg-timeline')?.shadowRoot;
    const last = () => [...(timeline?.querySelectorAll('[part~="event"]') ?? [])].at(-1);
    await expect
      .poll(() => squash(last()?.querySelector('[part~="sentence"]')?.textContent))
      .toBe('李四执行“调解成功” · 调解中 → 已调解 · 此刻');
    expect(
      [...(last()?.querySelector('[part~="input"]')?.children ?? [])].map(
        (cell) => cell.textContent,
      ),
    ).toEqual(['调解协议', '赔偿两千元', '双方同意', '是']);
  });

  it("gives the action's form the case type's compiled validator: no compiler at run time", async () => {
    const { engine } = workbenchEngine();
    const { mediating } = await seedCases(engine);
    const detail = await mount({ caseId: mediating, actor: named.villageMediator }, engine);
    action(detail, 'resolve').click();
    const { form } = await actionForm(detail);
    const compiled = engine.caseTypes.latest('dispute')?.actions.get('resolve')?.input;
    expect(compiled).toBeDefined();
    expect(form.validator).toBe(compiled);
  });

  it('shows the engine’s refusal in place and keeps what was typed', async () => {
    const { engine } = workbenchEngine();
    const { mediating } = await seedCases(engine);
    const detail = await mount({ caseId: mediating, actor: named.villageMediator }, engine);
    const failures: CgActionErrorEvent['detail'][] = [];
    detail.addEventListener('cg-action-error', (event) => failures.push(event.detail));
    action(detail, 'resolve').click();
    const { field, submit } = await actionForm(detail);
    await userEvent.type(field('/agreement'), '赔偿两千元');
    await userEvent.click(field('/partiesAgree'));
    await userEvent.click(field('/partiesAgree'));
    submit.click();
    await expect
      .poll(() => part(detail, 'error'))
      .toBe('现在不能执行此操作。 双方当事人须同意调解协议。');
    const error = root(detail).querySelector('[part~="error"]');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(root(detail).activeElement).toBe(error);
    expect(field<HTMLTextAreaElement>('/agreement').value).toBe('赔偿两千元');
    expect(part(detail, 'state')).toBe('调解中');
    expect(failures).toHaveLength(1);
    expect(isCaseGridError(failures[0]?.error, 'not-available')).toBe(true);
  });

  it('lists the issues of input the engine finds invalid', async () => {
    const { engine } = workbenchEngine();
    const { id } = await engine.open('watched-person', {
      data: watchedData,
      unit: 'grid-a1-1',
      actor: named.gridWorker,
    });
    const detail = await mount({ caseId: id, actor: named.villageDirector, locale: 'en' }, engine);
    action(detail, 'assign').click();
    const { field, submit } = await actionForm(detail);
    await userEvent.type(field('/responsible'), 'nobody');
    submit.click();
    await expect.poll(() => part(detail, 'error')).toMatch(/^What was entered does not fit: /);
    expect(root(detail).querySelectorAll('[part~="error"] li').length).toBeGreaterThan(0);
    expect(field('/responsible').value).toBe('nobody');
  });

  it('keeps the open form and what was typed when the language changes', async () => {
    const { engine } = workbenchEngine();
    const { mediating } = await seedCases(engine);
    const detail = await mount({ caseId: mediating, actor: named.villageMediator }, engine);
    action(detail, 'resolve').click();
    const { field } = await actionForm(detail);
    await userEvent.type(field('/agreement'), '赔偿两千元');
    detail.locale = 'en';
    await detail.updateComplete;
    const again = await actionForm(detail);
    expect(again.form.locale).toBe('en');
    expect(again.field<HTMLTextAreaElement>('/agreement').value).toBe('赔偿两千元');
    expect(squash(again.submit.textContent)).toBe('Resolve');
  });

  it('asks for confirmation before an action without input', async () => {
    const { engine } = workbenchEngine();
    const { reported } = await seedCases(engine);
    const detail = await mount({ caseId: reported, actor: named.villageMediator }, engine);
    action(detail, 'accept').click();
    await detail.updateComplete;
    expect(part(detail, 'panel')).toBe('受理 确定执行“受理”吗？ 确定 取消');
    expect(root(detail).activeElement).toBe(root(detail).querySelector('[part~="confirm"]'));
    expect(part(detail, 'state')).toBe('已上报');
    root(detail).querySelector<HTMLButtonElement>('[part~="confirm"]')?.click();
    await expect.poll(() => part(detail, 'state')).toBe('调解中');
    expect(part(detail, 'assignee')).toBe('李四');
  });

  it('is busy while the engine performs: buttons disabled, aria-busy set', async () => {
    const setup = workbenchEngine();
    const { reported } = await seedCases(setup.engine);
    const { engine, release } = gated(setup.engine);
    const detail = await mount({ caseId: reported, actor: named.villageMediator }, engine);
    action(detail, 'accept').click();
    await detail.updateComplete;
    root(detail).querySelector<HTMLButtonElement>('[part~="confirm"]')?.click();
    await detail.updateComplete;
    expect(root(detail).querySelector('[part~="actions"]')?.getAttribute('aria-busy')).toBe('true');
    expect(root(detail).querySelector('[part~="panel"]')?.getAttribute('aria-busy')).toBe('true');
    const disabled = [
      ...root(detail).querySelectorAll<HTMLButtonElement>('[part~="actions"] button'),
    ];
    expect(disabled.every((button) => button.disabled)).toBe(true);
    release();
    await expect.poll(() => part(detail, 'state')).toBe('调解中');
    expect(root(detail).querySelector('[part~="actions"]')?.getAttribute('aria-busy')).toBe(
      'false',
    );
  });

  it('works with the keyboard alone: open, fill, submit; Escape closes and returns focus', async () => {
    const { engine } = workbenchEngine();
    const { mediating } = await seedCases(engine);
    const detail = await mount({ caseId: mediating, actor: named.villageMediator }, engine);
    action(detail, 'escalate').focus();
    await userEvent.keyboard('{Enter}');
    const first = await actionForm(detail);
    await expect.poll(() => first.form.shadowRoot?.activeElement).toBe(first.field('/reason'));
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => root(detail).querySelector('[part~="panel"]')).toBeNull();
    expect(root(detail).activeElement).toBe(action(detail, 'escalate'));

    await userEvent.tab();
    expect(root(detail).activeElement).toBe(action(detail, 'resolve'));
    await userEvent.keyboard('{Enter}');
    const { form, field } = await actionForm(detail);
    await expect.poll(() => form.shadowRoot?.activeElement).toBe(field('/agreement'));
    await userEvent.keyboard('分期赔偿');
    await userEvent.tab();
    expect(form.shadowRoot?.activeElement).toBe(field('/partiesAgree'));
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => part(detail, 'state')).toBe('已调解');
    // The action is gone: focus lands on the actions heading, not on the page.
    expect(root(detail).activeElement).toBe(root(detail).querySelector('#actions-title'));
  });
});
