// Text from schemas, UI schemas, org trees, values and validation messages reaches
// <cg-case-form> from county files and from people typing: none of it may become markup or a URL.
import type { JsonSchema, UiSchema } from '@casegrid/schema/form';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type CaseForm, fieldId } from '../src/index.js';
import type { OrgUnitOption } from '../src/widgets/widget.js';
import { all, cleanup, control, errorOf, mountForm } from './fixture.js';

/** Markup and a URL that would run script if they reached the DOM as HTML or as a link. */
const payloads = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload=window.__xss=3>',
  'javascript:window.__xss=4',
] as const;

const [img, script, svg, url] = payloads;

type XssWindow = Window & { __xss?: unknown };

afterEach(() => {
  cleanup();
  delete (window as XssWindow).__xss;
});

/** One property per payload, `p0`…`p3`. */
function perPayload<T>(make: (payload: string, index: number) => T): Record<string, T> {
  return Object.fromEntries(payloads.map((payload, index) => [`p${index}`, make(payload, index)]));
}

/**
 * Gives an injected image time to fail and an injected handler a frame to run, then checks that
 * nothing ran and nothing became an element, an event handler or a link; returns the form's text.
 */
async function inertText(form: CaseForm): Promise<string> {
  await form.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 200));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  expect((window as XssWindow).__xss).toBeUndefined();
  expect(all(form, 'img, script, svg, iframe, object, embed')).toEqual([]);
  expect(document.body.querySelectorAll('img, script, svg').length).toBe(0);
  const handlers = all(form, '*').flatMap((element) =>
    element.getAttributeNames().filter((name) => name.startsWith('on')),
  );
  expect(handlers).toEqual([]);
  expect(all(form, '[src], [action], [formaction]')).toEqual([]);
  for (const link of all<HTMLAnchorElement>(form, '[href]')) {
    expect(link.getAttribute('href')).toMatch(/^#f[\w-]+$/);
  }
  return form.shadowRoot?.textContent ?? '';
}

function expectEveryPayloadIn(text: string): void {
  for (const payload of payloads) expect(text).toContain(payload);
}

const optionTexts = (select: HTMLSelectElement) =>
  [...select.options].map((option) => option.textContent?.trim());

describe('<cg-case-form> renders untrusted text as text', () => {
  it('renders schema titles and descriptions of fields, groups and lists as text', async () => {
    const schema = {
      type: 'object',
      properties: {
        ...perPayload((payload) => ({ type: 'string', title: payload, description: payload })),
        group: {
          type: 'object',
          title: img,
          description: script,
          properties: { inner: { type: 'string', title: svg, description: url } },
        },
        list: {
          type: 'array',
          title: url,
          description: img,
          items: {
            type: 'object',
            properties: { name: { type: 'string', title: script, description: svg } },
          },
        },
      },
    } satisfies JsonSchema;
    const form = await mountForm({ schema, value: { list: [{}] } });
    const text = await inertText(form);
    expectEveryPayloadIn(text);
    expect(all(form, 'legend').map((legend) => legend.textContent?.trim())).toContain(img);
  });

  it('renders x-i18n titles and descriptions as text', async () => {
    const schema = {
      type: 'object',
      properties: perPayload((payload) => ({
        type: 'string',
        title: '标题',
        'x-i18n': { en: { title: payload, description: payload } },
      })),
    } satisfies JsonSchema;
    const form = await mountForm({ schema, locale: 'en' });
    const text = await inertText(form);
    expectEveryPayloadIn(text);
    expect(form.shadowRoot?.querySelector(`label[for="${fieldId('/p0')}"]`)?.textContent).toContain(
      img,
    );
  });

  it('renders enum labels from x-i18n maps and oneOf titles as text', async () => {
    const enumMap = {
      enum: ['a', 'b', 'c', 'd'],
      'x-i18n': { 'zh-CN': { enum: { a: img, b: script, c: svg, d: url } } },
    };
    const oneOf = { oneOf: payloads.map((payload, index) => ({ const: index, title: payload })) };
    const schema = {
      type: 'object',
      properties: {
        radios: enumMap,
        select: enumMap,
        oneOfRadios: oneOf,
        oneOfSelect: oneOf,
        boxes: { type: 'array', uniqueItems: true, items: enumMap },
      },
    } satisfies JsonSchema;
    const ui: UiSchema = {
      fields: {
        radios: { widget: 'radio' },
        select: { widget: 'select' },
        oneOfSelect: { widget: 'select' },
      },
    };
    const form = await mountForm({ schema, uiSchema: ui });
    const text = await inertText(form);
    expectEveryPayloadIn(text);
    for (const path of ['/select', '/oneOfSelect']) {
      expect(optionTexts(control<HTMLSelectElement>(form, path)).slice(1)).toEqual([...payloads]);
    }
    expect(all(form, '[part~="choice"] span').map((span) => span.textContent)).toEqual([
      ...payloads,
      ...payloads,
      ...payloads,
    ]);
  });

  it('renders UI-schema labels, help, placeholders and section titles as text', async () => {
    const schema = {
      type: 'object',
      properties: perPayload(() => ({ type: 'string' })),
    } satisfies JsonSchema;
    const ui: UiSchema = {
      sections: [
        { title: img, help: script, fields: ['p0'] },
        { title: { 'zh-CN': svg }, help: { 'zh-CN': url }, fields: ['p1'] },
      ],
      fields: {
        p0: { label: script, help: svg, placeholder: img },
        p1: { label: { 'zh-CN': svg }, help: { 'zh-CN': url }, placeholder: { 'zh-CN': script } },
        p2: { label: url, help: img, placeholder: svg, widget: 'textarea' },
        p3: { label: img, help: script, placeholder: url },
      },
    };
    const form = await mountForm({ schema, uiSchema: ui });
    const text = await inertText(form);
    expectEveryPayloadIn(text);
    expect(all(form, '[part~="section"] > legend').map((legend) => legend.textContent)).toEqual([
      img,
      svg,
    ]);
    expect(['/p0', '/p1', '/p2', '/p3'].map((path) => control(form, path).placeholder)).toEqual([
      img,
      script,
      svg,
      url,
    ]);
  });

  it('renders org unit titles, ids and level names as text', async () => {
    const orgUnits: OrgUnitOption[] = [
      ...payloads.map((payload, index) => ({
        id: `u${index}`,
        parent: null,
        level: 'county',
        title: index % 2 === 0 ? payload : { 'zh-CN': payload },
      })),
      ...payloads.map((payload) => ({ id: payload, parent: 'u0', level: script, title: payload })),
    ];
    const schema = {
      type: 'object',
      properties: { unit: { type: 'string', title: '单位', 'x-widget': 'org-unit' } },
    } satisfies JsonSchema;
    const form = await mountForm({ schema, orgUnits, value: { unit: 'u0' } });
    const selects = () => all<HTMLSelectElement>(form, '[part~="org-unit"] select');
    expect(optionTexts(selects()[0]!).slice(1)).toEqual([...payloads]);
    expect(optionTexts(selects()[1]!).slice(1)).toEqual([...payloads]);
    await userEvent.selectOptions(selects()[1]!, svg);
    await form.updateComplete;
    expect(form.value).toEqual({ unit: svg });
    const text = await inertText(form);
    expectEveryPayloadIn(text);
    expect(selects()[1]?.previousElementSibling?.textContent).toBe(script);
  });

  it('keeps values as text: text fields, textareas and select options', async () => {
    const schema = {
      type: 'object',
      properties: {
        text: { type: 'string' },
        note: { type: 'string' },
        choice: { enum: [...payloads] },
        typed: { type: 'string' },
      },
    } satisfies JsonSchema;
    const ui: UiSchema = { fields: { note: { widget: 'textarea' }, choice: { widget: 'select' } } };
    const form = await mountForm({
      schema,
      uiSchema: ui,
      value: { text: img, note: script, choice: svg },
    });
    await userEvent.type(control(form, '/typed'), url);
    const text = await inertText(form);
    expectEveryPayloadIn(text);
    expect(control(form, '/text').value).toBe(img);
    expect(control<HTMLTextAreaElement>(form, '/note').value).toBe(script);
    const select = control<HTMLSelectElement>(form, '/choice');
    expect(optionTexts(select).slice(1)).toEqual([...payloads]);
    expect(select.selectedOptions[0]?.textContent).toBe(svg);
    expect(form.value).toEqual({ text: img, note: script, choice: svg, typed: url });
  });

  it('renders titles with markup inside validation messages, under fields and in the summary', async () => {
    const schema = {
      type: 'object',
      required: ['p0', 'p1', 'p2', 'p3'],
      properties: perPayload((payload) => ({ type: 'string', title: payload })),
    } satisfies JsonSchema;
    const form = await mountForm({ schema });
    expect(form.validate()).toBe(false);
    const text = await inertText(form);
    expectEveryPayloadIn(text);
    const messages = payloads.map((payload) => `请填写“${payload}”`);
    expect(['/p0', '/p1', '/p2', '/p3'].map((path) => errorOf(form, path))).toEqual(messages);
    const links = all<HTMLAnchorElement>(form, '[part~="summary"] a');
    expect(links.map((link) => link.textContent?.trim())).toEqual(messages);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(
      ['/p0', '/p1', '/p2', '/p3'].map((path) => `#${fieldId(path)}`),
    );
  });

  it('renders property names used as labels as text and links the summary by #f… ids only', async () => {
    const schema = {
      type: 'object',
      required: [...payloads],
      properties: Object.fromEntries(payloads.map((payload) => [payload, { type: 'string' }])),
    } satisfies JsonSchema;
    const form = await mountForm({ schema });
    expect(form.validate()).toBe(false);
    const text = await inertText(form);
    expectEveryPayloadIn(text);
    // Labels of required fields end with an asterisk, hidden from screen readers.
    const labels = all(form, 'label').map((label) => label.textContent?.replace(/\s*\*\s*$/, ''));
    expect(labels).toEqual([...payloads]);
    const links = all<HTMLAnchorElement>(form, '[part~="summary"] a');
    expect(links.map((link) => link.textContent?.trim())).toEqual(
      payloads.map((payload) => `请填写“${payload}”`),
    );
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^#f[\w-]+$/);
  });
});
