import { describe, expect, test } from 'vitest';
import { compile } from './compile.js';
import { createAjv } from './create-ajv.js';
import { localizeErrors } from './localize-errors.js';
import { en } from './messages/en.js';
import { zhCN } from './messages/zh-cn.js';
import type { JsonSchema, ValidationIssue } from './types.js';

function issues(schema: JsonSchema, value: unknown, locale: 'zh-CN' | 'en'): ValidationIssue[] {
  const validator = compile(schema);
  expect(validator(value)).toBe(false);
  return localizeErrors(validator.errors, { locale });
}

const parties = {
  type: 'object',
  required: ['parties'],
  properties: {
    parties: {
      type: 'array',
      title: '当事人',
      'x-i18n': { en: { title: 'Parties' } },
    },
  },
};

describe('localizeErrors', () => {
  test('names a missing field by its title and points at the field, not its parent', () => {
    expect(issues(parties, {}, 'zh-CN')).toEqual([
      {
        path: '/parties',
        message: '请填写“当事人”',
        keyword: 'required',
        params: { missingProperty: 'parties' },
      },
    ]);
  });

  test('reads the title for the current locale from x-i18n', () => {
    expect(issues(parties, {}, 'en')[0]?.message).toBe('Enter “Parties”.');
  });

  test('prefers x-i18n over title also for the schema’s own locale', () => {
    const schema = {
      type: 'object',
      required: ['a'],
      properties: { a: { title: 'A', 'x-i18n': { 'zh-CN': { title: '甲' } } } },
    };
    expect(issues(schema, {}, 'zh-CN')[0]?.message).toBe('请填写“甲”');
  });

  test('names a missing field without a title by its property name', () => {
    expect(issues({ type: 'object', required: ['caseNo'] }, {}, 'zh-CN')[0]?.message).toBe(
      '请填写“caseNo”',
    );
  });

  test('escapes the missing property in the path as a JSON pointer', () => {
    expect(issues({ type: 'object', required: ['a/b~c'] }, {}, 'en')[0]?.path).toBe('/a~1b~0c');
  });

  test('points a dependentRequired issue at the missing property and names both fields', () => {
    const schema = {
      type: 'object',
      dependentRequired: { idCard: ['name'] },
      properties: { idCard: { title: '身份证号' }, name: { title: '姓名' } },
    };
    expect(issues(schema, { idCard: 'x' }, 'zh-CN')[0]).toMatchObject({
      path: '/name',
      message: '填写“身份证号”时，还需填写“姓名”',
    });
  });

  test('points an additionalProperties issue at the unexpected property', () => {
    const result = issues({ type: 'object', additionalProperties: false }, { extra: 1 }, 'zh-CN');
    expect(result[0]).toMatchObject({ path: '/extra', message: '不允许的字段“extra”' });
  });

  test('prepends pathPrefix to every path', () => {
    const validator = compile(parties);
    validator({ parties: 'x' });
    expect(localizeErrors(validator.errors, { pathPrefix: '/data' })[0]?.path).toBe(
      '/data/parties',
    );
  });

  test('returns no issues for null or undefined errors', () => {
    expect(localizeErrors(null)).toEqual([]);
    expect(localizeErrors(undefined)).toEqual([]);
  });

  test('falls back to a generic message for a keyword it does not know', () => {
    const error = { keyword: 'constructor', instancePath: '/a', schemaPath: '#', params: {} };
    expect(localizeErrors([error])[0]?.message).toBe('填写的内容无效');
    expect(localizeErrors([error], { locale: 'en' })[0]?.message).toBe('This value is invalid.');
  });

  test('names fields by property name when errors carry no parent schema', () => {
    const error = {
      keyword: 'required',
      instancePath: '',
      schemaPath: '#/required',
      params: { missingProperty: 'name' },
    };
    expect(localizeErrors([error], { locale: 'en' })[0]?.message).toBe('Enter “name”.');
  });
});

describe('messages', () => {
  test.each<[string, JsonSchema, unknown, string, string]>([
    [
      'maxLength',
      { type: 'string', maxLength: 50 },
      'x'.repeat(51),
      '不能超过 50 个字符',
      'Must be at most 50 characters.',
    ],
    [
      'minLength',
      { type: 'string', minLength: 2 },
      'x',
      '不能少于 2 个字符',
      'Must be at least 2 characters.',
    ],
    ['minLength 1', { type: 'string', minLength: 1 }, '', '不能为空', 'Must not be empty.'],
    ['minimum', { minimum: 0 }, -1, '不能小于 0', 'Must be at least 0.'],
    ['maximum', { maximum: 10 }, 11, '不能大于 10', 'Must be at most 10.'],
    ['exclusiveMinimum', { exclusiveMinimum: 0 }, 0, '必须大于 0', 'Must be greater than 0.'],
    ['exclusiveMaximum', { exclusiveMaximum: 5 }, 5, '必须小于 5', 'Must be less than 5.'],
    [
      'multipleOf 0.01',
      { multipleOf: 0.01 },
      0.001,
      '最多保留 2 位小数',
      'Must have at most 2 decimal places.',
    ],
    ['multipleOf 1', { multipleOf: 1 }, 0.5, '必须是整数', 'Must be a whole number.'],
    ['multipleOf 5', { multipleOf: 5 }, 3, '必须是 5 的整数倍', 'Must be a multiple of 5.'],
    ['type', { type: 'integer' }, 'x', '必须是整数', 'Must be a whole number.'],
    ['type list', { type: ['string', 'null'] }, 1, '必须是文本或空值', 'Must be text or empty.'],
    [
      'enum',
      { enum: ['a', 'b'] },
      'c',
      '请从给定的选项中选择',
      'Choose one of the allowed options.',
    ],
    ['const true', { const: true }, false, '请勾选此项', 'Must be checked.'],
    ['const', { const: 'yes' }, 'no', '必须为 “yes”', 'Must be “yes”.'],
    [
      'pattern',
      { type: 'string', pattern: '^\\d+$' },
      'x',
      '格式不正确',
      'Is not in the expected format.',
    ],
    [
      'format email',
      { type: 'string', format: 'email' },
      'x',
      '请输入有效的电子邮箱地址',
      'Enter a valid email address.',
    ],
    [
      'format date',
      { type: 'string', format: 'date' },
      'x',
      '请输入有效的日期（如 2024-01-31）',
      'Enter a valid date (e.g. 2024-01-31).',
    ],
    [
      'format phone-cn',
      { type: 'string', format: 'phone-cn' },
      '123',
      '请输入有效的手机号码（11 位）',
      'Enter a valid mainland China mobile number (11 digits).',
    ],
    [
      'format id-card-cn',
      { type: 'string', format: 'id-card-cn' },
      '123',
      '请输入有效的 18 位居民身份证号码',
      'Enter a valid 18-character Chinese resident ID number.',
    ],
    [
      'formatMinimum',
      { type: 'string', format: 'date', formatMinimum: '2024-01-01' },
      '2023-12-31',
      '不能早于或小于 2024-01-01',
      'Must be 2024-01-01 or later.',
    ],
    ['minItems', { type: 'array', minItems: 1 }, [], '至少需要 1 项', 'Must have at least 1 item.'],
    [
      'maxItems',
      { type: 'array', maxItems: 2 },
      [1, 2, 3],
      '不能超过 2 项',
      'Must have at most 2 items.',
    ],
    [
      'uniqueItems',
      { type: 'array', uniqueItems: true },
      [1, 1],
      '第 2 项与第 1 项重复',
      'Item 2 duplicates item 1.',
    ],
    [
      'contains',
      { type: 'array', contains: { const: 1 } },
      [2],
      '至少需要 1 项符合要求',
      'At least 1 item must match.',
    ],
    [
      'minProperties',
      { type: 'object', minProperties: 2 },
      { a: 1 },
      '至少需要填写 2 个字段',
      'Fill in at least 2 fields.',
    ],
    [
      'maxProperties',
      { type: 'object', maxProperties: 1 },
      { a: 1, b: 2 },
      '不能超过 1 个字段',
      'Must have at most 1 field.',
    ],
    [
      'propertyNames',
      { type: 'object', propertyNames: { maxLength: 1 } },
      { ab: 1 },
      '字段名“ab”无效',
      'Invalid field name “ab”.',
    ],
    [
      'unevaluatedProperties',
      { type: 'object', unevaluatedProperties: false },
      { z: 1 },
      '不允许的字段“z”',
      'Unexpected field “z”.',
    ],
    [
      'unevaluatedItems',
      { type: 'array', prefixItems: [{}], unevaluatedItems: false },
      [1, 2],
      '不能超过 1 项',
      'Must have at most 1 item.',
    ],
    [
      'items false',
      { type: 'array', prefixItems: [{}], items: false },
      [1, 2],
      '不能超过 1 项',
      'Must have at most 1 item.',
    ],
    [
      'anyOf',
      { anyOf: [{ type: 'string' }, { type: 'number' }] },
      null,
      '不符合任何一种允许的情形',
      'Must match one of the allowed shapes.',
    ],
    [
      'oneOf none',
      { oneOf: [{ type: 'string' }, { type: 'number' }] },
      null,
      '不符合任何一种允许的情形',
      'Must match one of the allowed shapes.',
    ],
    [
      'oneOf many',
      { oneOf: [{ type: 'number' }, { type: 'integer' }] },
      1,
      '同时符合多种情形，只能符合其中一种',
      'Matches more than one of the allowed shapes; it must match exactly one.',
    ],
    ['not', { not: { const: 1 } }, 1, '不允许填写此值', 'This value is not allowed.'],
    ['false schema', false, 1, '不允许填写此值', 'This value is not allowed.'],
  ])('words %s naturally in both locales', (_, schema, value, zh, english) => {
    expect(issues(schema, value, 'zh-CN').map((issue) => issue.message)).toContain(zh);
    expect(issues(schema, value, 'en').map((issue) => issue.message)).toContain(english);
  });

  test('words the if keyword after the failing then-branch', () => {
    const schema = {
      type: 'object',
      if: { properties: { kind: { const: 'person' } }, required: ['kind'] },
      then: { required: ['idCard'] },
    };
    expect(issues(schema, { kind: 'person' }, 'zh-CN').map((issue) => issue.message)).toEqual([
      '请填写“idCard”',
      '不满足相应条件下的要求',
    ]);
  });

  test('has a message in both locales for every keyword that can fail in casegrid’s ajv', () => {
    const ajv = createAjv({ allErrors: true });
    const failing = Object.entries(ajv.RULES.all)
      .filter(([, rule]) => typeof rule === 'object' && rule.definition.error !== undefined)
      .map(([keyword]) => keyword)
      .concat(['type', 'false schema']);
    expect(failing).toContain('required');
    for (const keyword of failing) {
      expect(Object.keys(zhCN.keywords), keyword).toContain(keyword);
      expect(Object.keys(en.keywords), keyword).toContain(keyword);
    }
  });

  test('has a noun in both locales for every format that can fail in casegrid’s ajv', () => {
    const ajv = createAjv({ allErrors: true });
    const failing = Object.entries(ajv.formats)
      .filter(([, format]) => format !== true)
      .map(([name]) => name);
    expect(failing).toContain('id-card-cn');
    for (const name of failing) {
      expect(Object.keys(zhCN.formats), name).toContain(name);
      expect(Object.keys(en.formats), name).toContain(name);
    }
  });
});
