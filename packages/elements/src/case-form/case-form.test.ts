import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { everyWidget, orgUnits } from '../../fixtures/forms.js';
import { all, axeViolations, cleanup, control, errorOf, mountForm } from '../../test/fixture.js';
import type { CaseForm } from '../index.js';

afterEach(cleanup);

const report = {
  type: 'object',
  required: ['summary', 'phone'],
  properties: {
    summary: {
      type: 'string',
      title: '经过',
      minLength: 5,
      'x-i18n': { en: { title: 'Summary' } },
    },
    phone: {
      type: 'string',
      format: 'phone-cn',
      title: '电话',
      'x-i18n': { en: { title: 'Phone' } },
    },
    reason: { enum: ['land', 'other'], title: '原因' },
    otherReason: { type: 'string', title: '其他原因' },
  },
} as const;
const reportUi = {
  fields: {
    otherReason: {
      hiddenWhen: { schema: { properties: { reason: { not: { const: 'other' } } } } },
    },
  },
};

function events<T>(form: CaseForm, type: 'cg-input' | 'cg-submit' | 'cg-invalid'): T[] {
  const seen: T[] = [];
  form.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}

describe('<cg-case-form> accessibility', () => {
  it('has no axe violations with every widget, in zh-CN and in en, with errors shown', async () => {
    const form = await mountForm({
      schema: everyWidget.schema,
      uiSchema: everyWidget.ui,
      orgUnits,
      value: { parties: [{}] },
    });
    expect(await axeViolations(form)).toEqual([]);
    form.validate();
    await form.updateComplete;
    expect(all(form, '[part~="error"]').length).toBeGreaterThan(0);
    expect(await axeViolations(form)).toEqual([]);
    form.locale = 'en';
    await form.updateComplete;
    expect(await axeViolations(form)).toEqual([]);
  });

  it('labels every control', async () => {
    const form = await mountForm({
      schema: everyWidget.schema,
      uiSchema: everyWidget.ui,
      orgUnits,
      value: { parties: [{}] },
    });
    const controls = all<HTMLInputElement>(form, 'input, select, textarea');
    expect(controls.length).toBeGreaterThan(20);
    for (const element of controls)
      expect(element.labels?.length ?? 0, element.outerHTML).toBeGreaterThan(0);
  });
});

describe('<cg-case-form> editing', () => {
  it('fires cg-input with the value on every change', async () => {
    const form = await mountForm({ schema: report });
    const inputs = events<unknown>(form, 'cg-input');
    await userEvent.type(control(form, '/summary'), '水渠纠纷');
    expect(inputs.length).toBe(4);
    expect(inputs.at(-1)).toEqual({ summary: '水渠纠纷' });
    expect(form.value).toEqual({ summary: '水渠纠纷' });
  });

  it('shows a field error after blur, not before, with aria-invalid and aria-describedby', async () => {
    const form = await mountForm({ schema: report });
    const phone = control(form, '/phone');
    await userEvent.type(phone, '123');
    expect(errorOf(form, '/phone')).toBeUndefined();
    await userEvent.tab();
    await form.updateComplete;
    expect(errorOf(form, '/phone')).toBe('请输入有效的手机号码（11 位）');
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(phone.getAttribute('aria-describedby')).toContain('-error');
    expect(all(form, '[aria-live="polite"]')[0]?.textContent).toBe('请输入有效的手机号码（11 位）');
    await userEvent.clear(phone);
    await userEvent.type(phone, '13912345678');
    await form.updateComplete;
    expect(errorOf(form, '/phone')).toBeUndefined();
  });

  it('shows and hides conditional fields, keeping what was typed', async () => {
    const form = await mountForm({ schema: report, uiSchema: reportUi });
    const select = () => control<HTMLSelectElement>(form, '/reason');
    expect(form.shadowRoot?.querySelector('#f_2fotherReason')).toBeNull();
    await userEvent.click(all(form, 'input[type="radio"]')[1] as HTMLElement);
    await form.updateComplete;
    await userEvent.type(control(form, '/otherReason'), '宅基地');
    await userEvent.click(all(form, 'input[type="radio"]')[0] as HTMLElement);
    await form.updateComplete;
    expect(form.shadowRoot?.querySelector('#f_2fotherReason')).toBeNull();
    expect(form.value).toEqual({ reason: 'land' });
    await userEvent.click(all(form, 'input[type="radio"]')[1] as HTMLElement);
    await form.updateComplete;
    expect(control(form, '/otherReason').value).toBe('宅基地');
    expect(select()).toBeTruthy();
  });

  it('marks its language for screen readers and shows an unknown widget as a text box', async () => {
    const form = await mountForm({
      schema: {
        type: 'object',
        properties: { note: { type: 'string', 'x-widget': 'no-such-widget' } },
      },
      locale: 'en',
    });
    expect(all(form, '[part~="form"]')[0]?.getAttribute('lang')).toBe('en');
    expect(control(form, '/note').type).toBe('text');
  });

  it('keeps typed values when the locale or the schema changes', async () => {
    const form = await mountForm({ schema: report });
    await userEvent.type(control(form, '/summary'), '漏水');
    form.locale = 'en';
    await form.updateComplete;
    expect(form.shadowRoot?.querySelector('label[for="f_2fsummary"]')?.textContent).toContain(
      'Summary',
    );
    expect(control(form, '/summary').value).toBe('漏水');
    form.schema = { ...report, properties: { ...report.properties, extra: { type: 'string' } } };
    await form.updateComplete;
    expect(control(form, '/summary').value).toBe('漏水');
    expect(form.value).toEqual({ summary: '漏水' });
  });

  it('computes calculated fields as the person types and shows them read-only', async () => {
    const form = await mountForm({
      schema: everyWidget.schema,
      uiSchema: everyWidget.ui,
      orgUnits,
      now: new Date('2026-11-27T00:00:00Z'),
    });
    await userEvent.type(control(form, '/idCard'), '11010519491231002x');
    await form.updateComplete;
    expect(control(form, '/age').value).toBe('76');
    expect(control(form, '/age').readOnly).toBe(true);
    expect((form.value as { idCard: string }).idCard).toBe('11010519491231002X');
  });
});

describe('<cg-case-form> submit', () => {
  it('on a failed submit shows a summary linking to each field and fires cg-invalid', async () => {
    const form = await mountForm({ schema: report, locale: 'en' });
    const invalid = events<{ path: string }[]>(form, 'cg-invalid');
    const submitted = events<unknown>(form, 'cg-submit');
    await userEvent.click(all(form, '[part~="submit"]')[0] as HTMLElement);
    await form.updateComplete;
    expect(submitted).toEqual([]);
    expect(invalid[0]?.map((issue) => issue.path)).toEqual(['/summary', '/phone']);
    const summary = all(form, '[part~="summary"]')[0] as HTMLElement;
    expect(summary.getAttribute('role')).toBe('alert');
    expect(form.shadowRoot?.activeElement).toBe(summary);
    const links = all<HTMLAnchorElement>(form, '[part~="summary"] a');
    expect(links.map((link) => link.textContent?.trim())).toEqual([
      'Enter “Summary”.',
      'Enter “Phone”.',
    ]);
    await userEvent.click(links[1] as HTMLElement);
    expect(form.shadowRoot?.activeElement).toBe(control(form, '/phone'));
    expect(errorOf(form, '/summary')).toBe('Enter “Summary”.');
  });

  it('lists only the real problem of a failed if/then in the summary, linked to its field', async () => {
    const form = await mountForm({
      schema: {
        type: 'object',
        properties: { kind: { enum: ['fire', 'flood'] } },
        if: { properties: { kind: { const: 'fire' } }, required: ['kind'] },
        then: { required: ['cause'], properties: { cause: { type: 'string', title: '起因' } } },
      },
      value: { kind: 'fire' },
    });
    form.validate();
    await form.updateComplete;
    const items = all(form, '[part~="summary"] li');
    expect(items.map((item) => item.textContent?.trim())).toEqual(['请填写“起因”']);
    expect(all(form, '[part~="summary"] a').length).toBe(1);
  });

  it('fires cg-submit with the value when valid, leaving hidden values out', async () => {
    const form = await mountForm({
      schema: report,
      uiSchema: reportUi,
      value: { summary: '邻里噪音纠纷', phone: '13912345678', reason: 'land', otherReason: 'x' },
    });
    const submitted = events<unknown>(form, 'cg-submit');
    await userEvent.click(all(form, '[part~="submit"]')[0] as HTMLElement);
    expect(submitted).toEqual([{ summary: '邻里噪音纠纷', phone: '13912345678', reason: 'land' }]);
  });

  it('validate() and focusFirstInvalid() report and move to the first problem', async () => {
    const form = await mountForm({ schema: report, value: { summary: '很长的一段经过' } });
    expect(form.validate()).toBe(false);
    await form.updateComplete;
    expect(form.focusFirstInvalid()).toBe(true);
    expect(form.shadowRoot?.activeElement).toBe(control(form, '/phone'));
    form.value = { summary: '很长的一段经过', phone: '13912345678' };
    expect(form.validate()).toBe(true);
    expect(form.focusFirstInvalid()).toBe(false);
  });

  it('submits on Enter in a text field', async () => {
    const form = await mountForm({
      schema: report,
      value: { summary: '很长的一段经过', phone: '13912345678' },
    });
    const submitted = events<unknown>(form, 'cg-submit');
    await userEvent.click(control(form, '/summary'));
    await userEvent.keyboard('{Enter}');
    expect(submitted.length).toBe(1);
  });

  it('reset() restores the value it was given and hides errors', async () => {
    const form = await mountForm({ schema: report, value: { summary: '原来的经过' } });
    await userEvent.clear(control(form, '/summary'));
    await userEvent.type(control(form, '/summary'), '新');
    form.validate();
    form.reset();
    await form.updateComplete;
    expect(control(form, '/summary').value).toBe('原来的经过');
    expect(all(form, '[part~="error"]')).toEqual([]);
  });
});

describe('<cg-case-form> in a native form', () => {
  async function inNativeForm(value?: unknown) {
    const native = document.createElement('form');
    native.addEventListener('submit', (event) => event.preventDefault());
    document.body.append(native);
    const form = await mountForm({ schema: report, value, noSubmit: true }, native);
    form.setAttribute('name', 'report');
    const button = document.createElement('button');
    button.textContent = 'Send';
    native.append(button);
    await form.updateComplete;
    return { native, form, button };
  }

  it('blocks the native submit while invalid and shows its problems', async () => {
    const { native, form, button } = await inNativeForm();
    let submits = 0;
    native.addEventListener('submit', () => submits++);
    const invalid = events<unknown[]>(form, 'cg-invalid');
    expect(native.checkValidity()).toBe(false);
    await userEvent.click(button);
    await form.updateComplete;
    expect(submits).toBe(0);
    expect(invalid.length).toBeGreaterThan(0);
    expect(all(form, '[part~="summary"]').length).toBe(1);
  });

  it('submits its value as JSON under its name and fires cg-submit', async () => {
    const { native, form, button } = await inNativeForm({
      summary: '很长的一段经过',
      phone: '13912345678',
    });
    const submitted = events<unknown>(form, 'cg-submit');
    let data: FormData | undefined;
    native.addEventListener('submit', () => {
      data = new FormData(native);
    });
    expect(native.checkValidity()).toBe(true);
    await userEvent.click(button);
    expect(JSON.parse(String(data?.get('report')))).toEqual({
      summary: '很长的一段经过',
      phone: '13912345678',
    });
    expect(submitted.length).toBe(1);
  });

  it('resets with the native form and is disabled by a disabled fieldset', async () => {
    const { native, form } = await inNativeForm({ summary: '原来的经过' });
    await userEvent.clear(control(form, '/summary'));
    native.reset();
    await form.updateComplete;
    expect(control(form, '/summary').value).toBe('原来的经过');
    const fieldset = document.createElement('fieldset');
    native.append(fieldset);
    fieldset.append(form);
    fieldset.disabled = true;
    await form.updateComplete;
    expect(control(form, '/summary').disabled).toBe(true);
  });
});

describe('<cg-case-form> widgets', () => {
  it('adds, reorders and removes rows with buttons labelled by row number', async () => {
    const form = await mountForm({
      schema: everyWidget.schema,
      uiSchema: everyWidget.ui,
      orgUnits,
      locale: 'en',
    });
    const add = control<HTMLButtonElement>(form, '/parties');
    await userEvent.click(add);
    await form.updateComplete;
    expect(form.shadowRoot?.activeElement).toBe(control(form, '/parties/0/name'));
    await userEvent.type(control(form, '/parties/0/name'), 'A');
    await userEvent.click(add);
    await userEvent.type(control(form, '/parties/1/name'), 'B');
    const names = () =>
      ((form.value as { parties: { name: string }[] }).parties ?? []).map((p) => p.name);
    expect(names()).toEqual(['A', 'B']);
    await userEvent.click(all(form, 'button[aria-label="Move item 2 up"]')[0] as HTMLElement);
    expect(names()).toEqual(['B', 'A']);
    await userEvent.click(all(form, 'button[aria-label="Remove item 1"]')[0] as HTMLElement);
    expect(names()).toEqual(['A']);
  });

  it('picks an org unit level by level', async () => {
    const form = await mountForm({
      schema: everyWidget.schema,
      uiSchema: everyWidget.ui,
      orgUnits,
    });
    const county = control<HTMLSelectElement>(form, '/unit');
    await userEvent.selectOptions(county, 'county');
    await form.updateComplete;
    await userEvent.selectOptions(
      control<HTMLSelectElement>(form, '/unit').parentElement?.parentElement?.querySelectorAll(
        'select',
      )[1] as HTMLSelectElement,
      'town-1',
    );
    await form.updateComplete;
    const selects = () => all<HTMLSelectElement>(form, '[part~="org-unit"] select');
    expect(selects().length).toBe(3);
    await userEvent.selectOptions(selects()[2] as HTMLSelectElement, 'village-2');
    await form.updateComplete;
    expect((form.value as { unit: string }).unit).toBe('village-2');
    expect(selects().length).toBe(4);
    expect([...(selects()[3]?.options ?? [])].map((o) => o.value)).toEqual(['', 'grid-3']);
    expect(selects()[2]?.previousElementSibling?.textContent).toBe('村（社区）');
  });

  it('records a location as address and coordinates', async () => {
    const form = await mountForm({
      schema: everyWidget.schema,
      uiSchema: everyWidget.ui,
      orgUnits,
    });
    await userEvent.type(control(form, '/place'), '东村桥头');
    await userEvent.type(form.shadowRoot?.querySelector('#f_2fplace-lat') as HTMLElement, '33.55');
    expect((form.value as { place: unknown }).place).toEqual({ address: '东村桥头', lat: 33.55 });
  });

  it('ticks checkboxes into an array in schema order and toggles a switch', async () => {
    const form = await mountForm({
      schema: everyWidget.schema,
      uiSchema: everyWidget.ui,
      orgUnits,
    });
    const boxes = all<HTMLInputElement>(form, '[part~="choices"] input[type="checkbox"]');
    await userEvent.click(boxes[2] as HTMLElement);
    await userEvent.click(boxes[0] as HTMLElement);
    await userEvent.click(control(form, '/urgent'));
    expect(form.value).toMatchObject({ tags: ['money', 'violence'], urgent: true });
  });

  it('is read-only: no changes, no submit button', async () => {
    const form = await mountForm({
      schema: report,
      value: { summary: '已办结的纠纷' },
      readonly: true,
    });
    expect(control(form, '/summary').readOnly).toBe(true);
    expect(all(form, '[part~="submit"]')).toEqual([]);
    await userEvent.type(control(form, '/summary'), 'x');
    expect(form.value).toEqual({ summary: '已办结的纠纷' });
    const submitted = events<unknown>(form, 'cg-submit');
    await userEvent.keyboard('{Enter}');
    form.requestSubmit();
    expect(submitted).toEqual([]);
  });
});

describe('<cg-case-form> on a phone and by keyboard', () => {
  it('fits a 360 px wide screen in one column', async () => {
    const phone = document.createElement('div');
    phone.style.width = '360px';
    document.body.append(phone);
    const form = await mountForm(
      { schema: everyWidget.schema, uiSchema: everyWidget.ui, orgUnits, value: { parties: [{}] } },
      phone,
    );
    const grid = form.shadowRoot?.querySelector('.grid') as HTMLElement;
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ').length).toBe(1);
    expect(form.scrollWidth).toBeLessThanOrEqual(360);
    for (const element of all(form, 'input, select, textarea, button')) {
      expect(element.getBoundingClientRect().right, element.id).toBeLessThanOrEqual(
        phone.getBoundingClientRect().right + 0.5,
      );
    }
  });

  it('uses two columns on a wide screen when the UI schema asks for them', async () => {
    const wide = document.createElement('div');
    wide.style.width = '900px';
    document.body.append(wide);
    const form = await mountForm(
      { schema: everyWidget.schema, uiSchema: everyWidget.ui, orgUnits },
      wide,
    );
    const grid = form.shadowRoot?.querySelector('.grid') as HTMLElement;
    expect(getComputedStyle(grid).gridTemplateColumns.split(' ').length).toBe(2);
  });

  it('is usable with the keyboard alone: Tab order, arrows in a radio group, Space on a switch', async () => {
    const form = await mountForm({
      schema: {
        type: 'object',
        properties: {
          name: { type: 'string', title: '姓名' },
          risk: { enum: ['low', 'high'], title: '风险' },
          urgent: { type: 'boolean', title: '紧急' },
        },
      },
    });
    const submitted = events<unknown>(form, 'cg-submit');
    control(form, '/name').focus();
    await userEvent.keyboard('王');
    await userEvent.tab();
    expect(form.shadowRoot?.activeElement?.id).toBe('f_2frisk');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.tab();
    expect(form.shadowRoot?.activeElement?.id).toBe('f_2furgent');
    await userEvent.keyboard(' ');
    await userEvent.tab();
    expect(form.shadowRoot?.activeElement?.getAttribute('part')).toContain('submit');
    await userEvent.keyboard('{Enter}');
    expect(submitted).toEqual([{ name: '王', risk: 'high', urgent: true }]);
  });
});
