// Stories for <cg-case-form>: one per widget, then the form's states and larger forms. A few have
// play functions that assert real behaviour; `npx vitest run --project stories` runs them all.
import type { JsonSchema, Locale, UiField, UiSchema } from '@casegrid/schema/form';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, mocked, userEvent, within } from 'storybook/test';
import { everyWidget, largeForm, orgUnits } from '../fixtures/forms.js';
import {
  type CaseForm,
  type CgInputEvent,
  type CgInvalidEvent,
  type CgSubmitEvent,
  defineWidget,
  fieldId,
  type OrgUnitOption,
  type WidgetDefinition,
} from '../src/index.js';

/** The element's properties and event handlers, as Storybook args. */
interface FormArgs {
  schema: JsonSchema;
  uiSchema: UiSchema | undefined;
  value: unknown;
  locale: Locale;
  readonly: boolean;
  disabled: boolean;
  noSubmit: boolean;
  submitLabel: string | undefined;
  orgUnits: readonly OrgUnitOption[];
  now: Date | undefined;
  onInput: (event: CgInputEvent) => void;
  onSubmit: (event: CgSubmitEvent) => void;
  onInvalid: (event: CgInvalidEvent) => void;
}

const renderForm = (args: FormArgs) =>
  html`<cg-case-form
    .schema=${args.schema}
    .uiSchema=${args.uiSchema}
    .value=${args.value}
    .locale=${args.locale}
    .readonly=${args.readonly}
    .disabled=${args.disabled}
    .noSubmit=${args.noSubmit}
    .submitLabel=${args.submitLabel}
    .orgUnits=${args.orgUnits}
    .now=${args.now}
    @cg-input=${args.onInput}
    @cg-submit=${args.onSubmit}
    @cg-invalid=${args.onInvalid}
  ></cg-case-form>`;

const meta = {
  title: 'Elements/cg-case-form',
  component: 'cg-case-form',
  render: renderForm,
  args: {
    locale: 'zh-CN',
    readonly: false,
    disabled: false,
    noSubmit: false,
    orgUnits,
    onInput: fn(),
    onSubmit: fn(),
    onInvalid: fn(),
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    schema: { control: 'object' },
    uiSchema: { control: 'object' },
    value: { control: 'object' },
    submitLabel: { control: 'text' },
    orgUnits: { control: false },
    now: { control: false },
  },
} satisfies Meta<FormArgs>;

export default meta;
type Story = StoryObj<FormArgs>;

// ---------------------------------------------------------------------------------------------
// Helpers

/** A title in zh-CN with its English translation. */
const t = (zh: string, en: string) => ({ title: zh, 'x-i18n': { en: { title: en } } });

/** A form of one object with the given properties (and UI options per property). */
function formOf(
  properties: Record<string, JsonSchema>,
  fields?: Record<string, UiField>,
  extra: { required?: string[]; columns?: number } = {},
): Pick<FormArgs, 'schema' | 'uiSchema'> {
  const { columns, required } = extra;
  return {
    schema: { type: 'object', properties, ...(required === undefined ? {} : { required }) },
    uiSchema: {
      ...(columns === undefined ? {} : { columns }),
      ...(fields === undefined ? {} : { fields }),
    },
  };
}

/** "Today" for calculated ages, so the stories (and their tests) do not change with the date. */
const today = new Date('2026-11-27T00:00:00Z');

/** The story's form, rendered and with its validator loaded. */
async function mounted(canvasElement: HTMLElement) {
  const form = canvasElement.querySelector('cg-case-form');
  if (form === null) throw new Error('the story renders no <cg-case-form>');
  await form.updateComplete;
  const root = form.shadowRoot;
  const wrapper = root?.querySelector<HTMLElement>('[part~="form"]');
  if (root == null || wrapper == null) throw new Error('<cg-case-form> rendered no form');
  // Queries run inside the shadow root's wrapper: Testing Library cannot print a ShadowRoot
  // in its failure messages, but it can print an element.
  return { form, root, shadow: within(wrapper) };
}

/** The control of the field at a value path (the element carrying the field's id). */
function control<T extends HTMLElement = HTMLInputElement>(form: CaseForm, path: string): T {
  const element = form.shadowRoot?.querySelector<T>(`#${fieldId(path)}`);
  if (element == null) throw new Error(`no control for ${path}`);
  return element;
}

const hasControl = (form: CaseForm, path: string) =>
  form.shadowRoot?.querySelector(`#${fieldId(path)}`) != null;

/** Waits for the form's next render. */
async function settled(form: CaseForm) {
  await form.updateComplete;
}

// ---------------------------------------------------------------------------------------------
// One story per widget

/** `text`: a single-line input; typing updates the value, a failed submit lists the problems. */
export const TextWidget: Story = {
  name: 'Widget: text',
  args: formOf(
    {
      name: { type: 'string', minLength: 2, maxLength: 20, ...t('姓名', 'Name') },
      nickname: { type: 'string', maxLength: 20, ...t('别名', 'Also known as') },
    },
    { nickname: { placeholder: { 'zh-CN': '可不填', en: 'Optional' } } },
    { required: ['name'] },
  ),
  play: async ({ canvasElement, args, step }) => {
    const { form, shadow } = await mounted(canvasElement);
    await step('a failed submit shows the summary and fires cg-invalid', async () => {
      await userEvent.click(shadow.getByRole('button', { name: '提交' }));
      const summary = await shadow.findByRole('alert');
      await expect(summary).toHaveTextContent('请修改以下 1 处问题');
      await expect(args.onInvalid).toHaveBeenCalledTimes(1);
      await expect(args.onSubmit).not.toHaveBeenCalled();
    });
    await step('typing updates the value and fires cg-input', async () => {
      await userEvent.type(control(form, '/name'), '张三');
      await expect(form.value).toEqual({ name: '张三' });
      await expect(args.onInput).toHaveBeenCalled();
    });
    await step('a valid submit fires cg-submit with the value', async () => {
      await userEvent.click(shadow.getByRole('button', { name: '提交' }));
      await settled(form);
      await expect(shadow.queryByRole('alert')).toBeNull();
      await expect(args.onSubmit).toHaveBeenCalledTimes(1);
      await expect(mocked(args.onSubmit).mock.calls[0]?.[0].detail).toEqual({ name: '张三' });
    });
  },
};

/** `textarea`: chosen by the UI schema (or for strings longer than 200). */
export const TextareaWidget: Story = {
  name: 'Widget: textarea',
  args: formOf(
    {
      summary: {
        type: 'string',
        maxLength: 2000,
        ...t('事情经过', 'What happened'),
        description: '时间、地点、起因',
        'x-i18n': { en: { title: 'What happened', description: 'When, where and why' } },
      },
    },
    {
      summary: {
        widget: 'textarea',
        options: { rows: 6 },
        placeholder: { 'zh-CN': '请简要描述', en: 'Describe briefly' },
      },
    },
  ),
};

/** `number` for numbers and integers: bounds and steps come from the schema. */
export const NumberWidget: Story = {
  name: 'Widget: number and integer',
  args: formOf({
    partiesCount: everyWidget.schema.properties.partiesCount,
    amount: everyWidget.schema.properties.amount,
  }),
};

/** `select`: a drop-down, the default for more than four choices. */
export const SelectWidget: Story = {
  name: 'Widget: select',
  args: formOf({ category: everyWidget.schema.properties.category }),
};

/** `radio`: the default for up to four choices. */
export const RadioWidget: Story = {
  name: 'Widget: radio',
  args: formOf({ risk: everyWidget.schema.properties.risk }),
};

/** `checkboxes`: an array of unique choices. */
export const CheckboxesWidget: Story = {
  name: 'Widget: checkboxes',
  args: formOf({ tags: everyWidget.schema.properties.tags }),
};

/** `switch`: a boolean. */
export const SwitchWidget: Story = {
  name: 'Widget: switch',
  args: formOf({ urgent: everyWidget.schema.properties.urgent }),
};

/** `date`: a string with `format: date`. */
export const DateWidget: Story = {
  name: 'Widget: date',
  args: formOf({ occurredOn: everyWidget.schema.properties.occurredOn }),
};

/** `date-time`: shown in China Standard Time, stored with the +08:00 offset. */
export const DateTimeWidget: Story = {
  name: 'Widget: date-time',
  args: {
    ...formOf({
      reportedAt: { type: 'string', format: 'date-time', ...t('上报时间', 'Reported at') },
    }),
    value: { reportedAt: '2026-11-21T09:30:00+08:00' },
  },
};

/** `phone`: a mainland mobile or landline number (`format: phone-cn`). */
export const PhoneWidget: Story = {
  name: 'Widget: phone',
  args: formOf({ phone: everyWidget.schema.properties.phone }),
};

/** `id-card`: an 18-character resident ID number, upper-cased as typed. */
export const IdCardWidget: Story = {
  name: 'Widget: id-card',
  args: formOf({ idCard: everyWidget.schema.properties.idCard }),
};

/** Nested objects render as groups with their own grid. */
export const NestedGroups: Story = {
  name: 'Widget: nested groups',
  args: formOf(
    {
      applicant: {
        type: 'object',
        ...t('申请人', 'Applicant'),
        required: ['name'],
        properties: {
          name: { type: 'string', maxLength: 20, ...t('姓名', 'Name') },
          phone: { type: 'string', format: 'phone-cn', ...t('电话', 'Phone') },
          contact: {
            type: 'object',
            ...t('紧急联系人', 'Emergency contact'),
            properties: {
              name: { type: 'string', maxLength: 20, ...t('姓名', 'Name') },
              relation: { type: 'string', maxLength: 10, ...t('关系', 'Relation') },
            },
          },
        },
      },
    },
    { applicant: { columns: 2 }, 'applicant/contact': { span: 2, columns: 2 } },
  ),
};

// ---------------------------------------------------------------------------------------------
// Whole forms and states

/** A report filled in completely, for the read-only and disabled stories. */
const filledReport = {
  category: 'land',
  title: '水渠纠纷',
  summary: '两户因灌溉水渠的使用发生争执，网格员已到现场了解情况。',
  risk: 'medium',
  tags: ['land'],
  urgent: false,
  partiesCount: 2,
  amount: 1500,
  occurredOn: '2026-11-20',
  reportedAt: '2026-11-21T09:30:00+08:00',
  phone: '13800138000',
  idCard: '11010519491231002X',
  unit: 'grid-1',
  place: { address: '东村三组水渠边', lat: 33.53, lng: 109.92 },
  parties: [
    { name: '张三', role: 'applicant' },
    { name: '李四', role: 'respondent' },
  ],
  household: { head: '张三', size: 4 },
};

/** Every built-in widget once (the shared fixture the element tests use). */
export const EveryWidget: Story = {
  name: 'Every widget',
  args: { schema: everyWidget.schema, uiSchema: everyWidget.ui, now: today },
};

/** The same form in English: labels, choices, messages and buttons. */
export const English: Story = {
  args: { ...EveryWidget.args, locale: 'en' },
  play: async ({ canvasElement }) => {
    const { form, shadow } = await mounted(canvasElement);
    await expect(shadow.getByText('What happened')).toBeVisible();
    await expect(shadow.getByRole('button', { name: 'Submit' })).toBeVisible();
    form.validate();
    await settled(form);
    await expect(await shadow.findByRole('alert')).toHaveTextContent('Please fix');
  },
};

/** `validate()` after render: every problem under its field and in the summary. */
export const ErrorsShown: Story = {
  name: 'Errors shown',
  args: { ...EveryWidget.args, value: { summary: '短', phone: '123', parties: [{}] } },
  play: async ({ canvasElement }) => {
    const { form, root, shadow } = await mounted(canvasElement);
    await expect(form.validate()).toBe(false);
    await settled(form);
    const summary = await shadow.findByRole('alert');
    const issues = form.issues.length;
    await expect(issues).toBeGreaterThanOrEqual(4);
    await expect(summary).toHaveTextContent(`请修改以下 ${issues} 处问题`);
    await expect(root.querySelectorAll('[part~="error"]').length).toBeGreaterThanOrEqual(4);
    await expect(control(form, '/phone')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Read-only: values can be read, focused and copied, not changed; no submit button. */
export const ReadOnly: Story = {
  name: 'Read-only',
  args: { ...EveryWidget.args, value: filledReport, readonly: true },
  play: async ({ canvasElement }) => {
    const { form, shadow } = await mounted(canvasElement);
    await expect(shadow.queryByRole('button', { name: '提交' })).toBeNull();
    await expect(control(form, '/title')).toHaveAttribute('readonly');
    await expect(control(form, '/title')).toHaveValue('水渠纠纷');
  },
};

/** Disabled: every control disabled. */
export const Disabled: Story = {
  args: { ...EveryWidget.args, value: filledReport, disabled: true },
  play: async ({ canvasElement }) => {
    const { root } = await mounted(canvasElement);
    const controls = [...root.querySelectorAll('input, select, textarea, button')];
    await expect(controls.length).toBeGreaterThan(20);
    for (const element of controls) await expect(element).toBeDisabled();
  },
};

/** `hiddenWhen` as JSON Schema and as an expression, and an `if`/`then` that adds a requirement. */
export const ConditionalFields: Story = {
  name: 'Conditional fields',
  args: {
    schema: {
      type: 'object',
      required: ['reason'],
      properties: {
        reason: {
          ...t('原因', 'Reason'),
          oneOf: [
            { const: 'land', ...t('土地', 'Land') },
            { const: 'water', ...t('用水', 'Water') },
            { const: 'other', ...t('其他', 'Other') },
          ],
        },
        otherReason: { type: 'string', maxLength: 50, ...t('其他原因', 'Other reason') },
        injured: { type: 'boolean', default: false, ...t('有人受伤', 'Anyone injured') },
        injuredCount: { type: 'integer', minimum: 1, ...t('受伤人数', 'Number injured') },
      },
      if: { properties: { injured: { const: true } }, required: ['injured'] },
      then: { required: ['injuredCount'] },
    },
    uiSchema: {
      fields: {
        otherReason: {
          hiddenWhen: { schema: { properties: { reason: { not: { const: 'other' } } } } },
        },
        injuredCount: { hiddenWhen: { logic: { '!': { var: 'injured' } } } },
      },
    },
  },
  play: async ({ canvasElement, step }) => {
    const { form, shadow } = await mounted(canvasElement);
    await step('"other reason" appears only for the reason "other"', async () => {
      await expect(hasControl(form, '/otherReason')).toBe(false);
      await userEvent.click(shadow.getByRole('radio', { name: '其他' }));
      await settled(form);
      await expect(hasControl(form, '/otherReason')).toBe(true);
    });
    await step('the number injured appears when someone is injured', async () => {
      await expect(hasControl(form, '/injuredCount')).toBe(false);
      await userEvent.click(control(form, '/injured'));
      await settled(form);
      await expect(hasControl(form, '/injuredCount')).toBe(true);
    });
  },
};

/** `calculate`: the age from the ID card number, the total of the rows' amounts. */
export const CalculatedFields: Story = {
  name: 'Calculated fields',
  args: {
    schema: {
      type: 'object',
      properties: {
        idCard: { type: 'string', format: 'id-card-cn', ...t('身份证号', 'ID card number') },
        age: { type: 'integer', ...t('年龄', 'Age') },
        costs: {
          type: 'array',
          ...t('费用明细', 'Costs'),
          items: {
            type: 'object',
            required: ['item'],
            properties: {
              item: { type: 'string', maxLength: 20, ...t('项目', 'Item') },
              amount: { type: 'number', minimum: 0, ...t('金额（元）', 'Amount (yuan)') },
            },
          },
        },
        total: { type: 'number', ...t('合计（元）', 'Total (yuan)') },
      },
    },
    uiSchema: {
      columns: 2,
      fields: {
        age: { calculate: { idCardAge: [{ var: 'idCard' }] } },
        costs: { span: 2, columns: 2 },
        total: { calculate: { sum: { map: [{ var: 'costs' }, { var: 'amount' }] } } },
      },
    },
    value: {
      costs: [
        { item: '医药费', amount: 1200 },
        { item: '误工费', amount: 800.5 },
      ],
    },
    now: today,
  },
  play: async ({ canvasElement, step }) => {
    const { form } = await mounted(canvasElement);
    await step('the total adds up the rows and is read-only', async () => {
      await expect(control(form, '/total')).toHaveValue(2000.5);
      await expect(control(form, '/total')).toHaveAttribute('readonly');
      // Not userEvent.clear: it checks document.activeElement, which is the host here.
      await userEvent.type(control(form, '/costs/1/amount'), '{Backspace>5/}300');
      await settled(form);
      await expect(control(form, '/total')).toHaveValue(1500);
    });
    await step('the age follows from the ID card number', async () => {
      await userEvent.type(control(form, '/idCard'), '11010519491231002x');
      await settled(form);
      await expect(control(form, '/age')).toHaveValue(76);
      await expect(form.value).toMatchObject({ idCard: '11010519491231002X', age: 76 });
    });
  },
};

/** Rows: add, move and remove; each row is a group of fields. */
export const RepeatableRows: Story = {
  name: 'Repeatable rows',
  args: {
    ...formOf(
      {
        members: {
          type: 'array',
          maxItems: 6,
          ...t('家庭成员', 'Household members'),
          items: {
            type: 'object',
            required: ['name'],
            properties: {
              name: { type: 'string', maxLength: 20, ...t('姓名', 'Name') },
              relation: {
                ...t('与户主关系', 'Relation'),
                oneOf: [
                  { const: 'self', ...t('本人', 'Self') },
                  { const: 'spouse', ...t('配偶', 'Spouse') },
                  { const: 'child', ...t('子女', 'Child') },
                  { const: 'parent', ...t('父母', 'Parent') },
                  { const: 'other', ...t('其他', 'Other') },
                ],
              },
              phone: { type: 'string', format: 'phone-cn', ...t('电话', 'Phone') },
            },
          },
        },
      },
      { members: { columns: 3 } },
    ),
    value: { members: [{ name: '张三', relation: 'self' }] },
  },
  play: async ({ canvasElement }) => {
    const { form, root, shadow } = await mounted(canvasElement);
    await expect(root.querySelectorAll('[part~="row"]')).toHaveLength(1);
    await userEvent.click(shadow.getByRole('button', { name: /添加/ }));
    await settled(form);
    await expect(root.querySelectorAll('[part~="row"]')).toHaveLength(2);
    await userEvent.type(control(form, '/members/1/name'), '李四');
    await expect(form.value).toMatchObject({ members: [{ name: '张三' }, { name: '李四' }] });
  },
};

/** `org-unit`: one select per level of the org tree; departments and a sub-tree on request. */
export const OrgUnitPicker: Story = {
  name: 'Org-unit picker',
  args: formOf(
    {
      unit: { type: 'string', 'x-widget': 'org-unit', ...t('所属网格', 'Grid') },
      village: { type: 'string', ...t('城关镇下的村', 'Village in Chengguan') },
      department: { type: 'string', ...t('承办部门', 'Handled by') },
    },
    {
      village: { widget: 'org-unit', options: { root: 'town-1' } },
      department: { widget: 'org-unit', options: { departments: true } },
    },
  ),
  play: async ({ canvasElement }) => {
    const { form } = await mounted(canvasElement);
    await userEvent.selectOptions(control<HTMLSelectElement>(form, '/unit'), 'county');
    await settled(form);
    await userEvent.selectOptions(control<HTMLSelectElement>(form, '/unit-1'), 'town-1');
    await settled(form);
    await expect(form.value).toMatchObject({ unit: 'town-1' });
    await expect(hasControl(form, '/unit-2')).toBe(true);
  },
};

/** `location`: an address with optional coordinates (and a button that locates the device). */
export const Location: Story = {
  args: {
    ...formOf(
      {
        place: {
          type: 'object',
          'x-widget': 'location',
          ...t('地点', 'Place'),
          properties: {
            address: { type: 'string', maxLength: 200, title: '地址' },
            lat: { type: 'number', minimum: -90, maximum: 90, title: '纬度' },
            lng: { type: 'number', minimum: -180, maximum: 180, title: '经度' },
          },
        },
      },
      { place: { span: 2 } },
    ),
    value: { place: { address: '东村三组水渠边' } },
  },
};

const form50 = largeForm(50);
const form200 = largeForm(200);

/** 50 fields: sections on conditions, a repeatable group and two calculations. */
export const Form50: Story = {
  name: 'A 50-field form',
  args: { schema: form50.schema, uiSchema: form50.ui, value: form50.value, now: today },
};

/** 200 fields: the size of the largest real case step, to see how rendering holds up. */
export const Form200: Story = {
  name: 'A 200-field form',
  args: { schema: form200.schema, uiSchema: form200.ui, value: form200.value, now: today },
  play: async ({ canvasElement }) => {
    const { form, root } = await mounted(canvasElement);
    await expect(root.querySelectorAll('[part~="field"]').length).toBeGreaterThan(150);
    await expect(form.value).toMatchObject({ age: 76, totalIncome: 23000 });
  },
};

/** 360 px wide, as on a grid worker's phone: one column, 16px text, nothing cut off. */
export const PhoneWidth: Story = {
  name: 'Phone width',
  args: EveryWidget.args,
  globals: { viewport: { value: 'phone360', isRotated: false } },
  // The container keeps the story 360 px wide in docs and in the canvas alike.
  decorators: [
    (story) =>
      html`<div style="width: 360px; max-width: 100%; outline: 1px dashed #c0c6cf">${story()}</div>`,
  ],
  play: async ({ canvasElement }) => {
    const { form, root } = await mounted(canvasElement);
    const grid = root.querySelector('.grid');
    if (grid === null) throw new Error('no grid');
    await expect(getComputedStyle(grid).gridTemplateColumns.split(' ')).toHaveLength(1);
    await expect(form.scrollWidth).toBeLessThanOrEqual(360);
  },
};

/** A 5-star rating: radio buttons drawn as stars, registered with `defineWidget`. */
const stars: WidgetDefinition = {
  group: true,
  render: (context) => {
    const chosen = typeof context.value === 'number' ? context.value : 0;
    return html`<div part="choices" style="display: flex; gap: 4px">
      ${[1, 2, 3, 4, 5].map(
        (n) => html`<label style="position: relative; cursor: pointer; font-size: 1.75em">
          <input
            type="radio"
            style="position: absolute; opacity: 0; inset: 0; margin: 0"
            id=${ifDefined(n === 1 ? context.id : undefined)}
            name=${context.id}
            aria-label=${`${n} / 5`}
            aria-describedby=${ifDefined(n === 1 ? context.describedBy : undefined)}
            .checked=${chosen === n}
            ?disabled=${context.disabled || context.readOnly}
            @change=${() => context.set(n)}
            @blur=${() => context.touch()}
          />
          <span aria-hidden="true" style=${`color: ${n <= chosen ? '#e6a700' : '#8a929c'}`}
            >${n <= chosen ? '★' : '☆'}</span
          >
        </label>`,
      )}
    </div>`;
  },
};
defineWidget('rating', stars);

/** A custom widget: `defineWidget('rating', stars)`, chosen with `"x-widget": "rating"`. */
export const CustomWidget: Story = {
  name: 'Custom widget',
  args: formOf(
    {
      satisfaction: {
        type: 'integer',
        minimum: 1,
        maximum: 5,
        'x-widget': 'rating',
        ...t('群众满意度', 'Satisfaction'),
      },
      comment: { type: 'string', maxLength: 200, ...t('意见', 'Comment') },
    },
    undefined,
    { required: ['satisfaction'] },
  ),
  play: async ({ canvasElement }) => {
    const { form, shadow } = await mounted(canvasElement);
    await userEvent.click(shadow.getByRole('radio', { name: '4 / 5' }));
    await settled(form);
    await expect(form.value).toEqual({ satisfaction: 4 });
    await expect(shadow.getByRole('radio', { name: '4 / 5' })).toBeChecked();
  },
};

/** Theming through `--cg-*` custom properties only (and `::part` for more). */
export const Themed: Story = {
  args: { ...EveryWidget.args, value: { parties: [{}] } },
  decorators: [
    (story) =>
      html`<div
        style="
          --cg-font-family: Georgia, 'Songti SC', serif;
          --cg-color-primary: #0f766e;
          --cg-color-danger: #9f1239;
          --cg-color-border: #0f766e;
          --cg-color-surface: #f0fdfa;
          --cg-color-text: #134e4a;
          --cg-radius: 10px;
          --cg-space: 16px;
        "
      >
        ${story()}
      </div>`,
  ],
  play: async ({ canvasElement, args }) => {
    const { shadow } = await mounted(canvasElement);
    const submit = shadow.getByRole('button', { name: args.locale === 'en' ? 'Submit' : '提交' });
    await expect(getComputedStyle(submit).backgroundColor).toBe('rgb(15, 118, 110)');
    await expect(getComputedStyle(submit).borderRadius).toBe('10px');
  },
};
