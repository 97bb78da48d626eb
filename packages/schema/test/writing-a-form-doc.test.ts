// The examples in docs/county-it/writing-a-form.md are checked here, so that the page says what
// the form does. Every ```json form block is one example, `{ "schema", "ui"?, "value"? }`: it must
// build in both languages and pass the checks for schemas from outside. A ```json form-invalid
// block must throw exactly the issues of the ```json issues block after it. What the page states
// about an example is asserted below, under the heading the example sits under.
import { readFileSync } from 'node:fs';
import { checkSchema, isCaseGridError, validate } from '@casegrid/schema';
import {
  conditionKeywords,
  type FormArray,
  type FormField,
  type FormGroup,
  type FormModel,
  type FormNode,
  type FormSection,
  formModel,
  type JsonSchema,
  type Locale,
  submittedValue,
  type UiSchema,
  withDefaults,
} from '@casegrid/schema/form';
import { describe, expect, it } from 'vitest';

const page = readFileSync(
  new URL('../../../docs/county-it/writing-a-form.md', import.meta.url),
  'utf8',
);

interface Block {
  /** The nearest heading above the block, without its `#`s. */
  heading: string;
  /** What follows ```json on the fence line: `form`, `form-invalid`, `issues` or ''. */
  tag: string;
  body: string;
}

interface Example {
  schema: JsonSchema;
  ui?: UiSchema;
  value?: unknown;
}

/** Every ```json block of the page, in order, with the heading above it. */
function jsonBlocks(): Block[] {
  const lines = page.split('\n');
  const blocks: Block[] = [];
  let heading = '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const title = /^#{1,6} (.+)$/.exec(line);
    if (title) heading = title[1] ?? '';
    const fence = /^```json(?: (\S+))?$/.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', index + 1);
    blocks.push({ heading, tag: fence[1] ?? '', body: lines.slice(index + 1, end).join('\n') });
    index = end;
  }
  return blocks;
}

const blocks = jsonBlocks();
const formBlocks = blocks.filter((block) => block.tag === 'form');

/** The examples under a heading, in page order. */
function examples(heading: string): Example[] {
  const found = formBlocks.filter((block) => block.heading === heading);
  if (found.length === 0) throw new Error(`no \`\`\`json form block under "${heading}"`);
  return found.map((block) => JSON.parse(block.body) as Example);
}

const example = (heading: string, index = 0): Example => {
  const found = examples(heading)[index];
  if (found === undefined) throw new Error(`no example ${index} under "${heading}"`);
  return found;
};

// A fixed "today" for ages: 27 November 2026.
const now = new Date('2026-11-27T00:00:00Z');

/** The model <cg-case-form> shows: defaults filled in, then the form model for the value. */
function show(
  { schema, ui, value }: Example,
  options: { locale?: Locale; value?: unknown } = {},
): FormModel {
  const start = 'value' in options ? options.value : value;
  return formModel(schema, ui, {
    locale: options.locale ?? 'zh-CN',
    value: withDefaults(schema, start),
    now,
  });
}

function field(model: FormModel, path: string): FormField {
  const found = model.fields.find((candidate) => candidate.path === path);
  if (found === undefined) throw new Error(`no field ${path} is shown`);
  return found;
}

const paths = (model: FormModel) => model.fields.map((candidate) => candidate.path);
const widgets = (model: FormModel) =>
  Object.fromEntries(model.fields.map((candidate) => [candidate.path, candidate.widget]));
const labels = (nodes: readonly FormNode[]) =>
  nodes.map((node) => (node.kind === 'section' ? `#${node.id}` : node.label));
const optionLabels = (model: FormModel, path: string) =>
  field(model, path).options?.map((option) => option.label);

function node<K extends FormNode['kind']>(
  nodes: readonly FormNode[],
  kind: K,
  key: string,
): Extract<FormNode, { kind: K }> {
  const found = nodes.find(
    (candidate) =>
      candidate.kind === kind &&
      (candidate.kind === 'section' ? candidate.id : candidate.key) === key,
  );
  if (found === undefined) throw new Error(`no ${kind} ${key}`);
  return found as Extract<FormNode, { kind: K }>;
}

describe('every example in docs/county-it/writing-a-form.md', () => {
  it('is found: the page has its ```json form blocks', () => {
    expect(formBlocks.length).toBeGreaterThanOrEqual(12);
  });

  it.each(formBlocks.map((block, index) => ({ ...block, index })))(
    'builds in zh-CN and en: #$index under "$heading"',
    ({ body }) => {
      const parsed = JSON.parse(body) as Example;
      expect(Object.keys(parsed).every((key) => ['schema', 'ui', 'value'].includes(key))).toBe(
        true,
      );
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(show(parsed, { locale }).fields.length).toBeGreaterThan(0);
      }
    },
  );

  it.each(formBlocks.map((block, index) => ({ ...block, index })))(
    'has a schema that passes the checks for schemas from outside: #$index under "$heading"',
    ({ body }) => {
      expect(checkSchema((JSON.parse(body) as Example).schema)).toEqual([]);
    },
  );
});

describe('A first form', () => {
  const first = example('A first form');

  it('shows one field per property, labelled by title, with the widget the type implies', () => {
    const model = show(first);
    expect(model.fields.map((candidate) => candidate.label)).toEqual([
      '求助人',
      '联系电话',
      '诉求内容',
      '紧急',
    ]);
    expect(widgets(model)).toEqual({
      '/requester': 'text',
      '/phone': 'phone',
      '/details': 'textarea',
      '/urgent': 'switch',
    });
    expect(field(model, '/details').help).toBe('时间、地点、需要什么帮助');
    expect(field(model, '/requester').required).toBe(true);
    expect(field(model, '/urgent').required).toBe(false);
  });

  it('starts the switch off, from its default', () => {
    expect(field(show(first), '/urgent').value).toBe(false);
  });

  it('names an empty required field by its title', () => {
    const { issues } = validate(first.schema, { phone: '13800138000', details: '自来水管冻裂' });
    expect(issues.map((issue) => issue.message)).toEqual(['请填写“求助人”']);
  });
});

describe('Two languages', () => {
  const bilingual = example('Two languages');

  it('shows titles, help and choice labels in English from x-i18n', () => {
    const model = show(bilingual, { locale: 'en' });
    expect(model.fields.map((candidate) => candidate.label)).toEqual([
      'Requester',
      'Details',
      'Category',
      'Urgency',
    ]);
    expect(field(model, '/details').help).toBe('When, where, and what help is needed');
    expect(optionLabels(model, '/category')).toEqual(['Water', 'Power', 'Roads']);
    expect(optionLabels(model, '/urgency')).toEqual(['Normal', 'Urgent']);
  });

  it('shows the Chinese labels in zh-CN, enum labels from x-i18n["zh-CN"]', () => {
    const model = show(bilingual);
    expect(optionLabels(model, '/category')).toEqual(['供水', '供电', '道路']);
    expect(optionLabels(model, '/urgency')).toEqual(['一般', '紧急']);
  });

  it('shows the value itself for a choice without a label', () => {
    const schema = { type: 'object', properties: { level: { enum: ['low', 'high'] } } };
    expect(optionLabels(show({ schema }, { locale: 'en' }), '/level')).toEqual(['low', 'high']);
  });
});

describe('Which widget a field gets', () => {
  const chosen = example('Which widget a field gets');

  it('takes the widget from the UI schema, then x-widget, then the type', () => {
    expect(widgets(show(chosen))).toEqual({
      '/risk': 'select',
      '/summary': 'textarea',
      '/visitedOn': 'date',
      '/tags': 'checkboxes',
    });
    expect(field(show(chosen), '/summary').ui.options).toEqual({ rows: 2 });
  });

  it('lets the UI schema win over x-widget', () => {
    const ui: UiSchema = { fields: { summary: { widget: 'text' } } };
    expect(field(show({ ...chosen, ui }), '/summary').widget).toBe('text');
  });

  it('uses radio buttons up to 4 choices and a drop-down list from 5', () => {
    const schema = {
      type: 'object',
      properties: {
        four: { enum: ['a', 'b', 'c', 'd'] },
        five: { enum: ['a', 'b', 'c', 'd', 'e'] },
        count: { type: 'integer' },
      },
    };
    expect(widgets(show({ schema }))).toEqual({
      '/four': 'radio',
      '/five': 'select',
      '/count': 'number',
    });
  });
});

describe('Layout', () => {
  const layout = example('Layout');

  it('shows sections first, then the other fields in `order`, "*" standing for the rest', () => {
    const { root } = show(layout);
    expect(labels(root.children)).toEqual(['#who', '诉求内容', '诉求类别', '紧急', '其他说明']);
    const who = node(root.children, 'section', 'who') as FormSection;
    expect(who.label).toBe('求助人信息');
    expect(labels(who.children)).toEqual(['求助人', '联系电话']);
  });

  it('lays the form out in columns, with spans, labels and placeholders per language', () => {
    const model = show(layout, { locale: 'en' });
    expect(model.root.columns).toBe(2);
    expect(field(model, '/details').span).toBe(2);
    expect(field(model, '/remarks').label).toBe('Anything else');
    expect(field(model, '/remarks').placeholder).toBe('Optional');
  });
});

describe('Conditions in the schema', () => {
  const hazard = example('Conditions in the schema', 0);
  const dependent = example('Conditions in the schema', 1);

  it('shows the then branch for a flood, with a required water level', () => {
    const model = show(hazard);
    expect(paths(model)).toEqual(['/kind', '/waterLevel']);
    expect(field(model, '/waterLevel').required).toBe(true);
  });

  it('shows the else branch for a landslide, a fire, or before a kind is chosen', () => {
    for (const value of [{ kind: 'landslide' }, { kind: 'fire' }, {}]) {
      expect(paths(show(hazard, { value }))).toEqual(['/kind', '/households']);
    }
  });

  it('validates the same rule: a flood without a water level is invalid', () => {
    const { ok, issues } = validate(hazard.schema, { kind: 'flood' });
    expect(ok).toBe(false);
    expect(issues.map((issue) => issue.path)).toContain('/waterLevel');
  });

  it('takes the then branch on an empty form when the if has no required', () => {
    const schema = hazard.schema as Record<string, unknown>;
    const loose = { ...schema, if: { properties: { kind: { const: 'flood' } } } };
    expect(paths(show({ schema: loose }, { value: {} }))).toEqual(['/kind', '/waterLevel']);
  });

  it('adds fields with dependentSchemas and requires them with dependentRequired', () => {
    const filled = show(dependent);
    expect(paths(filled)).toEqual(['/otherParty', '/handler', '/handledOn', '/otherPhone']);
    expect(field(filled, '/handledOn').required).toBe(true);
    const empty = show(dependent, { value: {} });
    expect(paths(empty)).toEqual(['/otherParty', '/handler', '/handledOn']);
    expect(field(empty, '/handledOn').required).toBe(false);
  });

  it('counts a switch turned off as filled in for dependentSchemas', () => {
    const schema = {
      type: 'object',
      properties: { injured: { type: 'boolean' } },
      dependentSchemas: { injured: { properties: { injuries: { type: 'string' } } } },
    };
    expect(paths(show({ schema }, { value: { injured: false } }))).toEqual([
      '/injured',
      '/injuries',
    ]);
  });
});

describe('Conditions in the UI schema', () => {
  const conditional = example('Conditions in the UI schema');

  it('hides "other reason" unless the reason is other, also on an empty form', () => {
    expect(paths(show(conditional))).not.toContain('/otherReason');
    expect(paths(show(conditional, { value: {} }))).not.toContain('/otherReason');
    expect(paths(show(conditional, { value: { reason: 'other' } }))).toContain('/otherReason');
  });

  it('shows the guardian only under 18', () => {
    expect(paths(show(conditional))).toContain('/guardian');
    expect(paths(show(conditional, { value: { age: 30 } }))).not.toContain('/guardian');
    expect(paths(show(conditional, { value: {} }))).not.toContain('/guardian');
  });

  it('makes the result read-only once the status is closed', () => {
    expect(field(show(conditional), '/result').readOnly).toBe(true);
    const open = show(conditional, { value: { status: 'open', result: '' } });
    expect(field(open, '/result').readOnly).toBe(false);
  });

  it('keeps a required field required while hiddenWhen hides it', () => {
    const schema = {
      ...(conditional.schema as Record<string, unknown>),
      required: ['otherReason'],
    };
    const model = show({ ...conditional, schema }, { value: { reason: 'land' } });
    expect(paths(model)).not.toContain('/otherReason');
    expect(validate(schema, submittedValue(model)).ok).toBe(false);
  });
});

describe('What a condition may use', () => {
  it('lists exactly the keywords conditions support', () => {
    const start = page.indexOf('## What a condition may use');
    const section = page.slice(start, page.indexOf('\n## ', start + 1));
    // The list is the paragraph of two bullets, "- checks: ..." and "- notes, ...".
    const list = section.split('\n\n').find((paragraph) => paragraph.startsWith('- checks:'));
    const listed = [...(list ?? '').matchAll(/`([$\w]+)`/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...conditionKeywords].sort());
  });
});

describe('Calculated fields', () => {
  const calculated = example('Calculated fields');

  it('computes the total of the rows and shows it read-only', () => {
    const model = show(calculated);
    expect(field(model, '/total')).toMatchObject({ value: 1500, readOnly: true, calculated: true });
    expect(submittedValue(model)).toMatchObject({ total: 1500 });
  });

  it('leaves the age empty until a valid ID-card number is typed, then shows the age', () => {
    expect(field(show(calculated), '/age').value).toBeUndefined();
    const typed = show(calculated, { value: { idNumber: '11010519491231002X' } });
    expect(field(typed, '/age').value).toBe(76);
    expect(field(typed, '/idNumber').widget).toBe('id-card');
  });
});

describe('Repeatable rows', () => {
  const rows = example('Repeatable rows');
  const list = (model: FormModel) => node(model.root.children, 'array', 'members') as FormArray;

  it('starts with one empty row from the default', () => {
    const model = show(rows);
    expect(model.value).toEqual({ members: [{}] });
    expect(list(model).rows).toHaveLength(1);
  });

  it('cannot go below minItems or above maxItems, and has no move buttons', () => {
    const one = list(show(rows));
    expect(one).toMatchObject({ canAdd: true, canRemove: false, canReorder: false });
    const two = list(show(rows, { value: { members: [{ name: '张三' }, { name: '李四' }] } }));
    expect(two).toMatchObject({ canAdd: false, canRemove: true });
  });

  it('applies field settings to every row by the path without row numbers', () => {
    const model = show(rows, { value: { members: [{}, {}] } });
    expect(field(model, '/members/0/relation').widget).toBe('select');
    expect(field(model, '/members/1/relation').widget).toBe('select');
    expect(optionLabels(model, '/members/1/relation')).toEqual(['配偶', '子女', '父母', '其他']);
  });
});

describe('Nested groups', () => {
  it('shows an object as a titled group with its own columns and spans', () => {
    const model = show(example('Nested groups'));
    const household = node(model.root.children, 'group', 'household') as FormGroup;
    expect(household).toMatchObject({ label: '户籍信息', columns: 2, required: true });
    // "Groups ... take a whole row unless given a span": wider than any grid (12 columns).
    expect(household.span).toBeGreaterThanOrEqual(12);
    expect(labels(household.children)).toEqual(['户主', '人口', '住址']);
    expect(field(model, '/household/address').span).toBe(2);
    expect(field(model, '/household/head').required).toBe(true);
  });
});

describe('Phone and ID-card numbers', () => {
  it('rejects a wrong phone number with the message the page quotes', () => {
    const { issues } = validate(example('A first form').schema, {
      requester: '王大妈',
      phone: '123',
      details: '自来水管冻裂',
    });
    expect(issues.map((issue) => issue.message)).toEqual(['请输入有效的手机号码（11 位）']);
  });
});

describe('Org unit and location', () => {
  it('uses the org-unit picker with its options, and location for the whole place object', () => {
    const model = show(example('Org unit and location'));
    expect(widgets(model)).toEqual({
      '/unit': 'org-unit',
      '/department': 'org-unit',
      '/place': 'location',
    });
    expect(field(model, '/department').ui.options).toEqual({ root: 'county', departments: true });
    expect(field(model, '/place').type).toBe('object');
  });
});

describe('Read-only fields', () => {
  const readOnly = example('Read-only fields');

  it('is read-only from the schema or the UI schema, and still submitted', () => {
    const model = show(readOnly);
    expect(field(model, '/caseNo').readOnly).toBe(true);
    expect(field(model, '/summary').readOnly).toBe(true);
    expect(submittedValue(model)).toEqual(readOnly.value);
  });

  it('is all read-only when the whole form is', () => {
    const model = formModel(example('A first form').schema, {}, { readOnly: true });
    expect(model.fields.every((candidate) => candidate.readOnly)).toBe(true);
  });
});

describe('What happens to hidden values', () => {
  it('keeps a hidden value while editing and leaves it out on submit, as the page shows', () => {
    const model = show(example('Conditions in the UI schema'));
    expect(model.value).toMatchObject({ otherReason: '宅基地' });
    const shown = blocks.find((block) => block.heading === 'What happens to hidden values');
    expect(submittedValue(model)).toEqual(JSON.parse(shown?.body ?? 'null'));
  });

  it('leaves out the water level when a flood becomes a landslide', () => {
    const model = show(example('Conditions in the schema'), {
      value: { kind: 'landslide', waterLevel: 2.5 },
    });
    expect(model.value).toEqual({ kind: 'landslide', waterLevel: 2.5 });
    expect(submittedValue(model)).toEqual({ kind: 'landslide' });
  });
});

describe('When the UI schema is wrong', () => {
  function thrown(run: () => unknown): unknown {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error('did not throw');
  }

  it('throws invalid-form with exactly the issues the page lists', () => {
    const index = blocks.findIndex((block) => block.tag === 'form-invalid');
    const broken = JSON.parse(blocks[index]?.body ?? 'null') as Example;
    const listed = blocks[index + 1];
    expect(listed?.tag).toBe('issues');
    const error = thrown(() => formModel(broken.schema, broken.ui, { locale: 'en' }));
    expect(isCaseGridError(error, 'invalid-form')).toBe(true);
    expect(isCaseGridError(error) && error.issues).toEqual(JSON.parse(listed?.body ?? 'null'));
  });

  it('reports an if in the schema that uses a keyword conditions do not support', () => {
    const schema = {
      type: 'object',
      properties: { kind: { type: 'string' } },
      if: { properties: { kind: { $ref: '#/$defs/flood' } } },
      then: { required: ['kind'] },
    };
    const error = thrown(() => formModel(schema, {}, { value: {} }));
    expect(isCaseGridError(error, 'invalid-form')).toBe(true);
    expect(isCaseGridError(error) && error.issues.map((issue) => issue.path)).toEqual([
      '/if/properties/kind/$ref',
    ]);
  });

  it('checks field paths against the schema: a misspelt path is an issue with a suggestion', () => {
    const { schema } = example('A first form');
    const ui: UiSchema = { order: ['detials'], fields: { detials: { widget: 'text' } } };
    expect(() => show({ schema, ui }, { locale: 'en' })).toThrow(
      'no field "detials" in the schema (did you mean "details"?)',
    );
    expect(() => show({ schema, ui })).toThrow('schema 中没有字段“detials”（是否想写“details”？）');
  });
});
