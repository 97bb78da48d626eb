import { describe, expect, it } from 'vitest';
import { isCaseGridError } from '../errors/case-grid-error.js';
import { formModel, submittedValue, withDefaults } from './form-model.js';
import type { FormArray, FormField, FormGroup, FormNode, FormSection } from './form-model-types.js';
import type { UiSchema } from './ui-schema.js';

const labels = (nodes: readonly FormNode[]) =>
  nodes.map((node) => (node.kind === 'section' ? `#${node.id}` : node.label));

const field = (model: { fields: readonly FormField[] }, path: string) => {
  const found = model.fields.find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`no field ${path}`);
  return found;
};

const dispute = {
  type: 'object',
  required: ['category', 'summary'],
  properties: {
    category: {
      title: '纠纷类型',
      'x-i18n': { en: { title: 'Category' } },
      oneOf: [
        { const: 'land', title: '土地纠纷', 'x-i18n': { en: { title: 'Land' } } },
        { const: 'family', title: '婚姻家庭', 'x-i18n': { en: { title: 'Family' } } },
        { const: 'other', title: '其他', 'x-i18n': { en: { title: 'Other' } } },
      ],
    },
    otherCategory: { type: 'string', title: '其他类型' },
    summary: { type: 'string', title: '经过', description: '简要说明', maxLength: 2000 },
    urgent: { type: 'boolean', title: '紧急', default: false },
    reportedOn: { type: 'string', format: 'date', title: '日期' },
    phone: { type: 'string', format: 'phone-cn', title: '电话' },
    idCard: { type: 'string', format: 'id-card-cn', title: '身份证号' },
  },
} as const;

describe('formModel: fields', () => {
  it('lists every property as a field in schema order, labelled from title', () => {
    const model = formModel(dispute);
    expect(labels(model.root.children)).toEqual([
      '纠纷类型',
      '其他类型',
      '经过',
      '紧急',
      '日期',
      '电话',
      '身份证号',
    ]);
    expect(model.fields.map((f) => f.path)).toEqual([
      '/category',
      '/otherCategory',
      '/summary',
      '/urgent',
      '/reportedOn',
      '/phone',
      '/idCard',
    ]);
  });

  it('takes English labels and choices from x-i18n and falls back to the zh-CN title', () => {
    const model = formModel(dispute, {}, { locale: 'en' });
    expect(field(model, '/category').label).toBe('Category');
    expect(field(model, '/category').options).toEqual([
      { value: 'land', label: 'Land' },
      { value: 'family', label: 'Family' },
      { value: 'other', label: 'Other' },
    ]);
    expect(field(model, '/summary').label).toBe('经过');
  });

  it('falls back to the property name when there is no title', () => {
    expect(formModel({ properties: { age: { type: 'integer' } } }).fields[0]?.label).toBe('age');
  });

  it('marks required fields and carries help, format and default', () => {
    const model = formModel(dispute);
    expect(field(model, '/category').required).toBe(true);
    expect(field(model, '/otherCategory').required).toBe(false);
    expect(field(model, '/summary').help).toBe('简要说明');
    expect(field(model, '/reportedOn').format).toBe('date');
    expect(field(model, '/urgent').default).toBe(false);
  });

  it('chooses widgets by type, format, choices and length', () => {
    const model = formModel(dispute);
    expect(model.fields.map((f) => f.widget)).toEqual([
      'radio',
      'text',
      'textarea',
      'switch',
      'date',
      'phone',
      'id-card',
    ]);
    const many = formModel({
      properties: {
        level: { enum: ['a', 'b', 'c', 'd', 'e'] },
        count: { type: 'integer' },
        tags: { type: 'array', items: { enum: ['x', 'y'] } },
        at: { type: 'string', format: 'date-time' },
      },
    });
    expect(many.fields.map((f) => [f.widget, f.type, f.multiple])).toEqual([
      ['select', 'string', false],
      ['number', 'integer', false],
      ['checkboxes', 'array', true],
      ['date-time', 'string', false],
    ]);
  });

  it('lets the UI schema and x-widget choose the widget, label, help and placeholder', () => {
    const model = formModel(
      {
        properties: { unit: { type: 'string', 'x-widget': 'org-unit' }, note: { type: 'string' } },
      },
      {
        fields: {
          note: {
            widget: 'textarea',
            label: { 'zh-CN': '备注', en: 'Note' },
            help: 'x',
            placeholder: { en: 'Anything else' },
          },
        },
      },
      { locale: 'en' },
    );
    expect(field(model, '/unit').widget).toBe('org-unit');
    expect(field(model, '/note')).toMatchObject({
      widget: 'textarea',
      label: 'Note',
      help: 'x',
      placeholder: 'Anything else',
    });
  });

  it('labels plain enum values from x-i18n enum maps', () => {
    const schema = {
      properties: {
        risk: {
          enum: ['high', 'low'],
          'x-i18n': {
            'zh-CN': { enum: { high: '高', low: '低' } },
            en: { enum: { high: 'High' } },
          },
        },
      },
    };
    expect(formModel(schema).fields[0]?.options?.map((o) => o.label)).toEqual(['高', '低']);
    expect(formModel(schema, {}, { locale: 'en' }).fields[0]?.options?.map((o) => o.label)).toEqual(
      ['High', 'low'],
    );
  });

  it('shows read-only fields from the schema, the UI schema, a rule, or the whole form', () => {
    const schema = {
      properties: {
        a: { type: 'string', readOnly: true },
        b: { type: 'string' },
        c: { type: 'string' },
      },
    };
    const ui: UiSchema = {
      fields: {
        b: { readOnly: true },
        c: { readOnlyWhen: { logic: { '==': [{ var: 'a' }, 'x'] } } },
      },
    };
    const flags = (value: unknown, readOnly = false) =>
      formModel(schema, ui, { value, readOnly }).fields.map((f) => f.readOnly);
    expect(flags({})).toEqual([true, true, false]);
    expect(flags({ a: 'x' })).toEqual([true, true, true]);
    expect(
      formModel({ properties: { d: { type: 'string' } } }, {}, { readOnly: true }).fields[0]
        ?.readOnly,
    ).toBe(true);
  });

  it('follows local $refs', () => {
    const model = formModel({
      $defs: { phone: { type: 'string', format: 'phone-cn', title: '电话' } },
      properties: { mobile: { $ref: '#/$defs/phone' } },
    });
    expect(field(model, '/mobile')).toMatchObject({ widget: 'phone', label: '电话' });
  });
});

describe('formModel: layout', () => {
  it('orders fields by the UI schema, with * for the rest', () => {
    const model = formModel(dispute, { order: ['summary', '*', 'category'] });
    expect(model.fields.map((f) => f.key)).toEqual([
      'summary',
      'otherCategory',
      'urgent',
      'reportedOn',
      'phone',
      'idCard',
      'category',
    ]);
  });

  it('groups fields into sections with columns and spans', () => {
    const model = formModel(
      dispute,
      {
        columns: 2,
        sections: [
          { id: 'who', title: { 'zh-CN': '当事人', en: 'Parties' }, fields: ['phone', 'idCard'] },
        ],
        fields: { summary: { span: 2 } },
      },
      { locale: 'en' },
    );
    const section = model.root.children[0] as FormSection;
    expect(section).toMatchObject({ kind: 'section', id: 'who', label: 'Parties', columns: 2 });
    expect(labels(section.children)).toEqual(['电话', '身份证号']);
    expect(model.root.columns).toBe(2);
    expect(field(model, '/summary').span).toBe(2);
    expect(model.fields.map((f) => f.key).slice(0, 2)).toEqual(['phone', 'idCard']);
  });

  it('shows nested objects as groups', () => {
    const model = formModel({
      properties: {
        address: {
          type: 'object',
          title: '地址',
          required: ['village'],
          properties: { village: { type: 'string' }, detail: { type: 'string' } },
        },
      },
    });
    const group = model.root.children[0] as FormGroup;
    expect(group).toMatchObject({ kind: 'group', label: '地址', path: '/address' });
    expect(group.children.map((c) => [c.path, (c as FormField).required])).toEqual([
      ['/address/village', true],
      ['/address/detail', false],
    ]);
  });

  it('applies list options to the list, `list[]` options to each row, `list/x` to the fields in rows', () => {
    const model = formModel(
      {
        properties: {
          members: {
            type: 'array',
            items: {
              type: 'object',
              properties: { name: { type: 'string' }, note: { type: 'string' } },
            },
          },
        },
      },
      {
        fields: {
          members: { label: '成员名单', span: 2 },
          'members[]': { columns: 2 },
          'members/note': { hiddenWhen: { logic: { '==': [{ var: 'name' }, '张三'] } } },
        },
      },
      { value: { members: [{ name: '张三', note: 'x' }, { name: '李四' }] } },
    );
    const list = model.root.children[0] as FormArray;
    expect(list).toMatchObject({ label: '成员名单', span: 2 });
    expect(
      list.rows.map((row) => [row.kind, (row as FormGroup).columns, (row as FormGroup).label]),
    ).toEqual([
      ['group', 2, '0'],
      ['group', 2, '1'],
    ]);
    expect(model.fields.map((f) => f.path)).toEqual([
      '/members/0/name',
      '/members/1/name',
      '/members/1/note',
    ]);
  });

  it('shows arrays of objects as rows that can be added, removed and reordered', () => {
    const schema = {
      properties: {
        members: {
          type: 'array',
          title: '成员',
          minItems: 1,
          maxItems: 2,
          items: { type: 'object', properties: { name: { type: 'string', default: '' } } },
        },
      },
    };
    const one = formModel(schema, {}, { value: { members: [{ name: '张三' }] } });
    const list = one.root.children[0] as FormArray;
    expect(list).toMatchObject({ kind: 'array', canAdd: true, canRemove: false, canReorder: true });
    expect(list.newRow).toEqual({ name: '' });
    expect(one.fields.map((f) => [f.path, f.uiPath, f.value])).toEqual([
      ['/members/0/name', 'members/name', '张三'],
    ]);
    const two = formModel(
      schema,
      { fields: { members: { reorderable: false } } },
      {
        value: { members: [{}, {}] },
      },
    );
    expect(two.root.children[0]).toMatchObject({
      canAdd: false,
      canRemove: true,
      canReorder: false,
    });
    expect(
      formModel(schema, {}, { value: { members: [{}] }, readOnly: true }).root.children[0],
    ).toMatchObject({
      canAdd: false,
      canRemove: false,
      canReorder: false,
    });
  });
});

describe('formModel: conditions', () => {
  const conditional = {
    type: 'object',
    properties: { kind: { enum: ['flood', 'fire'] }, depth: { type: 'number' } },
    allOf: [
      {
        if: { properties: { kind: { const: 'fire' } }, required: ['kind'] },
        then: { required: ['cause'], properties: { cause: { type: 'string', title: '起因' } } },
        else: { properties: { river: { type: 'string' } } },
      },
    ],
    dependentSchemas: { depth: { properties: { depthUnit: { enum: ['m', 'cm'] } } } },
    dependentRequired: { depth: ['kind'] },
  };
  const keys = (value: unknown) => formModel(conditional, {}, { value }).fields.map((f) => f.key);

  it('shows the then-branch when if holds and the else-branch otherwise', () => {
    expect(keys({ kind: 'fire' })).toEqual(['kind', 'depth', 'cause']);
    expect(keys({ kind: 'flood' })).toEqual(['kind', 'depth', 'river']);
    expect(field(formModel(conditional, {}, { value: { kind: 'fire' } }), '/cause').required).toBe(
      true,
    );
  });

  it('adds dependentSchemas and dependentRequired when their key has a value', () => {
    expect(keys({ depth: 3 })).toEqual(['kind', 'depth', 'river', 'depthUnit']);
    expect(field(formModel(conditional, {}, { value: { depth: 3 } }), '/kind').required).toBe(true);
  });

  it('keeps hidden values and leaves them out of the submitted value', () => {
    const model = formModel(
      conditional,
      {},
      { value: { kind: 'flood', cause: '电线', river: '丹江' } },
    );
    expect(model.hidden).toEqual(['/cause']);
    expect(model.value).toEqual({ kind: 'flood', cause: '电线', river: '丹江' });
    expect(submittedValue(model)).toEqual({ kind: 'flood', river: '丹江' });
  });

  it('hides fields and sections by hiddenWhen, as JSON Schema or as an expression', () => {
    const ui: UiSchema = {
      sections: [
        {
          id: 's',
          fields: ['otherCategory'],
          hiddenWhen: { schema: { properties: { category: { not: { const: 'other' } } } } },
        },
      ],
      fields: { phone: { hiddenWhen: { logic: { '!': { var: 'urgent' } } } } },
    };
    const model = formModel(dispute, ui, {
      value: { category: 'land', otherCategory: 'x', phone: '1' },
    });
    expect(model.fields.map((f) => f.key)).not.toContain('otherCategory');
    expect(model.fields.map((f) => f.key)).not.toContain('phone');
    expect([...model.hidden].sort()).toEqual(['/otherCategory', '/phone']);
    const shown = formModel(dispute, ui, { value: { category: 'other', urgent: true } });
    expect(shown.fields.map((f) => f.key)).toContain('otherCategory');
    expect(shown.fields.map((f) => f.key)).toContain('phone');
  });

  it('evaluates row conditions against the row', () => {
    const model = formModel(
      {
        properties: {
          rows: {
            type: 'array',
            items: {
              type: 'object',
              properties: { paid: { type: 'boolean' }, amount: { type: 'number' } },
            },
          },
        },
      },
      {
        fields: {
          'rows/amount': { hiddenWhen: { schema: { properties: { paid: { const: false } } } } },
        },
      },
      { value: { rows: [{ paid: true }, { paid: false, amount: 5 }] } },
    );
    expect(model.fields.map((f) => f.path)).toEqual([
      '/rows/0/paid',
      '/rows/0/amount',
      '/rows/1/paid',
    ]);
    expect(model.hidden).toEqual(['/rows/1/amount']);
  });
});

describe('formModel: calculated fields', () => {
  const person = {
    type: 'object',
    properties: {
      idCard: { type: 'string', format: 'id-card-cn' },
      age: { type: 'integer', title: '年龄' },
      sex: { enum: ['male', 'female'] },
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            qty: { type: 'number' },
            price: { type: 'number' },
            subtotal: { type: 'number' },
          },
        },
      },
      total: { type: 'number' },
    },
  };
  const ui: UiSchema = {
    fields: {
      age: { calculate: { idCardAge: [{ var: 'idCard' }] } },
      sex: { calculate: { idCardSex: { var: 'idCard' } } },
      'items/subtotal': { calculate: { '*': [{ var: 'qty' }, { var: 'price' }] } },
      total: { calculate: { sum: { map: [{ var: 'items' }, { var: 'subtotal' }] } } },
    },
  };
  const now = new Date('2026-11-27T00:00:00Z');

  it('computes age and sex from a Chinese ID-card number and makes them read-only', () => {
    const model = formModel(person, ui, { value: { idCard: '11010519491231002X' }, now });
    expect(model.value).toMatchObject({ age: 76, sex: 'female' });
    expect(field(model, '/age')).toMatchObject({ calculated: true, readOnly: true, value: 76 });
  });

  it('computes row subtotals, then the total from them', () => {
    const value = {
      items: [
        { qty: 2, price: 3.5 },
        { qty: 1, price: 10 },
      ],
    };
    const model = formModel(person, ui, { value, now });
    expect(model.value).toMatchObject({
      items: [
        { qty: 2, price: 3.5, subtotal: 7 },
        { qty: 1, price: 10, subtotal: 10 },
      ],
      total: 17,
    });
    expect(value.items[0]).toEqual({ qty: 2, price: 3.5 });
  });

  it('empties a calculated field when its inputs are incomplete', () => {
    const model = formModel(person, ui, { value: { idCard: '1101', age: 30 }, now });
    expect(model.value).not.toHaveProperty('age');
  });
});

describe('withDefaults', () => {
  it('fills missing defaults, also in nested objects and the branch that applies, and keeps values', () => {
    const schema = {
      properties: {
        level: { type: 'string', default: 'village' },
        contact: { type: 'object', properties: { method: { default: 'phone' } } },
        kind: { enum: ['a', 'b'] },
      },
      if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
      then: { properties: { extra: { type: 'integer', default: 1 } } },
    };
    expect(withDefaults(schema, undefined)).toEqual({
      level: 'village',
      contact: { method: 'phone' },
    });
    expect(withDefaults(schema, { level: 'town', kind: 'b' })).toEqual({
      level: 'town',
      kind: 'b',
      contact: { method: 'phone' },
      extra: 1,
    });
    const complete = { level: 'x', contact: { method: 'y' } };
    expect(withDefaults(schema, complete)).toBe(complete);
  });

  it('starts a list with minItems new rows', () => {
    const schema = {
      properties: {
        members: {
          type: 'array',
          minItems: 2,
          items: { type: 'object', properties: { name: { type: 'string' } } },
        },
        tags: { type: 'array', minItems: 1, items: { type: 'string' } },
      },
    };
    expect(withDefaults(schema, undefined)).toEqual({ members: [{}, {}] });
    expect(withDefaults(schema, { members: [] })).toEqual({ members: [] });
  });

  it('leaves optional objects without defaults absent, and rows unchanged when complete', () => {
    const schema = {
      properties: {
        place: {
          type: 'object',
          required: ['address'],
          properties: { address: { type: 'string' } },
        },
        rows: {
          type: 'array',
          items: { type: 'object', properties: { n: { type: 'integer', default: 1 } } },
        },
      },
    };
    expect(withDefaults(schema, undefined)).toEqual({});
    expect(withDefaults(schema, { rows: [{}, { n: 2 }] })).toEqual({ rows: [{ n: 1 }, { n: 2 }] });
    const complete = { rows: [{ n: 3 }] };
    expect(withDefaults(schema, complete)).toBe(complete);
  });
});

describe('formModel: bad input', () => {
  const problems = (ui: unknown) => {
    try {
      formModel(dispute, ui as UiSchema);
    } catch (error) {
      if (isCaseGridError(error, 'invalid-form')) return error.issues.map((i) => i.path);
      throw error;
    }
    return [];
  };

  it('reports every problem of a UI schema at once, by JSON pointer', () => {
    expect(
      problems({
        colums: 2,
        fields: {
          summary: { widget: 3, span: 0 },
          total: { calculate: { sun: [1, 2] } },
          other: { hiddenWhen: { schema: { $ref: '#/x' } } },
          phone: { hiddenWhen: { when: true } },
        },
      }),
    ).toEqual([
      '/colums',
      '/fields/summary/widget',
      '/fields/summary/span',
      '/fields/total/calculate',
      '/fields/other/hiddenWhen/schema/$ref',
      '/fields/phone/hiddenWhen',
    ]);
  });

  it('names every UI path, order entry and section field the schema does not have', () => {
    const issues = (() => {
      try {
        formModel(
          dispute,
          {
            order: ['summary', 'sumary', '*'],
            sections: [{ fields: ['phone', 'fone'] }],
            fields: { sumary: { widget: 'textarea' }, 'parties/name': {}, category: {} },
          },
          { locale: 'en' },
        );
      } catch (error) {
        if (isCaseGridError(error, 'invalid-form')) return error.issues;
        throw error;
      }
      return [];
    })();
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['/order/1', 'no field "sumary" in the schema (did you mean "summary"?)'],
      ['/sections/0/fields/1', 'no field "fone" in the schema'],
      ['/fields/sumary', 'no field "sumary" in the schema (did you mean "summary"?)'],
      ['/fields/parties~1name', 'no field "parties/name" in the schema'],
    ]);
  });

  it('reports UI-schema problems in Chinese by default', () => {
    expect(() => formModel(dispute, { colums: 2 } as UiSchema)).toThrow(
      '/colums 不是 UI schema 的键（是否想写“columns”？）',
    );
    expect(() => formModel(dispute, { fields: { sumary: {} } })).toThrow(
      'schema 中没有字段“sumary”（是否想写“summary”？）',
    );
  });

  it('knows the paths of every branch, rows and nested objects', () => {
    expect(() =>
      formModel(
        {
          properties: {
            kind: { enum: ['a'] },
            rows: { type: 'array', items: { properties: { x: {} } } },
          },
          if: { properties: { kind: { const: 'a' } } },
          then: { properties: { extra: { type: 'object', properties: { y: {} } } } },
          dependentSchemas: { kind: { properties: { z: {} } } },
        },
        { fields: { 'rows[]': {}, 'rows/x': {}, extra: { order: ['y'] }, 'extra/y': {}, z: {} } },
      ),
    ).not.toThrow();
  });

  it('rejects a schema condition the form cannot evaluate', () => {
    expect(() =>
      formModel({ properties: { a: {} }, if: { patternProperties: { x: {} } }, then: {} }),
    ).toThrow(expect.objectContaining({ code: 'invalid-form' }));
  });

  it('rejects a $ref that names nothing or leaves the document', () => {
    expect(() => formModel({ properties: { a: { $ref: '#/$defs/none' } } })).toThrow(
      /names nothing/,
    );
    expect(() => formModel({ properties: { a: { $ref: 'https://x/y.json' } } })).toThrow(
      /local references|Cannot follow/,
    );
  });
});
