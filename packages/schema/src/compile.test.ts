import { describe, expect, test } from 'vitest';
import { compile } from './compile.js';

describe('compile', () => {
  test('returns the same validator when given the same schema object twice', () => {
    const schema = { type: 'string' };
    expect(compile(schema)).toBe(compile(schema));
  });

  test('reuses the validator compiled for a $id when a different object has that $id', () => {
    const first = { $id: 'urn:casegrid:test:shared-id', type: 'string' };
    const second = { $id: 'urn:casegrid:test:shared-id', type: 'string' };
    expect(compile(second)).toBe(compile(first));
  });

  test('compiles separately for first-error mode and all-errors mode', () => {
    const schema = { $id: 'urn:casegrid:test:modes', type: 'string' };
    const allErrors = compile(schema);
    const firstError = compile(schema, { allErrors: false });
    expect(firstError).not.toBe(allErrors);
    expect(compile(schema, { allErrors: false })).toBe(firstError);
    expect(compile(schema, { allErrors: true })).toBe(allErrors);
  });

  test('compiles different objects without a $id separately', () => {
    expect(compile({ type: 'string' })).not.toBe(compile({ type: 'string' }));
  });

  test('compiles boolean schemas', () => {
    expect(compile(true)('anything')).toBe(true);
    expect(compile(false)('anything')).toBe(false);
    expect(compile(false)).toBe(compile(false));
  });

  test.each([0.07, 0.29, 1.15, 19.99, 0, 100, -0.01])(
    'accepts %d as a multiple of 0.01 despite binary floating point',
    (value) => {
      expect(compile({ type: 'number', multipleOf: 0.01 })(value)).toBe(true);
    },
  );

  test.each([0.001, 0.075, 19.999])('rejects %d as a multiple of 0.01', (value) => {
    expect(compile({ type: 'number', multipleOf: 0.01 })(value)).toBe(false);
  });

  test('attaches the parent schema to errors so that messages can use titles', () => {
    const schema = { type: 'string', maxLength: 2, title: '姓名' };
    const validator = compile(schema);
    validator('abc');
    expect(validator.errors?.[0]?.parentSchema).toBe(schema);
  });

  test('validates the custom formats phone-cn and id-card-cn', () => {
    const phone = compile({ type: 'string', format: 'phone-cn', maxLength: 11 });
    const idCard = compile({ type: 'string', format: 'id-card-cn', maxLength: 18 });
    expect([phone('13800138000'), phone('12800138000')]).toEqual([true, false]);
    expect([idCard('11010519491231002X'), idCard('110105194912310021')]).toEqual([true, false]);
  });

  test('validates the ajv-formats formats such as email and date', () => {
    const email = compile({ type: 'string', format: 'email', maxLength: 254 });
    const date = compile({ type: 'string', format: 'date', maxLength: 10 });
    expect([email('a@example.com'), email('not-an-email')]).toEqual([true, false]);
    expect([date('2024-02-29'), date('2023-02-29')]).toEqual([true, false]);
  });

  test('does not let Object.prototype satisfy required', () => {
    expect(compile({ type: 'object', required: ['toString'] })({})).toBe(false);
  });
});
