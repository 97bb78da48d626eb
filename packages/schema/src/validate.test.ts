import { describe, expect, test } from 'vitest';
import { validate } from './validate.js';

const form = {
  type: 'object',
  required: ['name', 'phone'],
  properties: {
    name: { type: 'string', title: '姓名', maxLength: 50 },
    phone: { type: 'string', title: '手机', format: 'phone-cn', maxLength: 11 },
    age: { type: 'integer', minimum: 0 },
  },
};

describe('validate', () => {
  test('returns ok and no issues for a valid value', () => {
    expect(validate(form, { name: '张三', phone: '13800138000' })).toEqual({
      ok: true,
      issues: [],
    });
  });

  test('reports every problem by default', () => {
    const result = validate(form, { age: -1 });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(['/age', '/name', '/phone']);
  });

  test('reports only the first problem with allErrors false', () => {
    const result = validate(form, { age: -1 }, { allErrors: false });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
  });

  test('writes messages in zh-CN by default', () => {
    const result = validate(form, { name: '张三', phone: '13800138000', age: -1 });
    expect(result.issues).toEqual([
      {
        path: '/age',
        message: '不能小于 0',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      },
    ]);
  });

  test('writes messages in English when asked', () => {
    const result = validate(form, { phone: '13800138000' }, { locale: 'en' });
    expect(result.issues.map((issue) => issue.message)).toEqual(['Enter “姓名”.']);
  });
});
