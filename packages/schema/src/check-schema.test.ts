import { describe, expect, test } from 'vitest';
import { checkSchema } from './check-schema.js';
import { defaultSchemaLimits } from './schema-limits.js';

const rules = (schema: unknown, options?: Parameters<typeof checkSchema>[1]) =>
  checkSchema(schema, options).map((issue) => [issue.path, issue.keyword]);

const caseForm = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:casegrid:case-type:dispute',
  type: 'object',
  title: '矛盾纠纷',
  'x-i18n': { en: { title: 'Dispute' } },
  required: ['parties', 'phone'],
  properties: {
    parties: { type: 'array', items: { $ref: '#/$defs/party' }, minItems: 1 },
    phone: { type: 'string', format: 'phone-cn', maxLength: 11 },
    amount: { type: 'number', multipleOf: 0.01, minimum: 0 },
    code: { type: 'string', pattern: '^[A-Z]{2}-\\d{4}$', maxLength: 7 },
    count: { type: 'integer', format: 'int32' },
  },
  $defs: {
    party: {
      type: 'object',
      properties: { idCard: { type: 'string', format: 'id-card-cn', maxLength: 18 } },
    },
  },
  if: { properties: { amount: { minimum: 1000 } } },
  then: { required: ['code'] },
};

describe('checkSchema', () => {
  test('returns no issues for a well-formed case-type schema', () => {
    expect(checkSchema(caseForm)).toEqual([]);
  });

  test('returns no issues for boolean schemas', () => {
    expect(checkSchema(true)).toEqual([]);
    expect(checkSchema(false)).toEqual([]);
  });

  test('names an unknown keyword, suggests the intended one and points at it', () => {
    const [issue] = checkSchema({ type: 'object', requried: ['name'] });
    expect(issue).toEqual({
      path: '/requried',
      keyword: 'unknownKeyword',
      message: '未知关键字“requried”，是否应为“required”？',
      params: { keyword: 'requried', suggestion: 'required' },
    });
  });

  test('accepts x- extension keywords and does not look inside them', () => {
    expect(checkSchema({ type: 'string', 'x-widget': { anything: { goes: 1 } } })).toEqual([]);
  });

  test('does not mistake property names or enum values for keywords', () => {
    const schema = { type: 'object', properties: { requried: { enum: [{ foo: 1 }] } } };
    expect(checkSchema(schema)).toEqual([]);
  });

  test('reports a schema over maxBytes', () => {
    const schema = { type: 'string', description: 'x'.repeat(300 * 1024) };
    expect(rules(schema)).toEqual([['', 'maxBytes']]);
    expect(rules(schema, { limits: { maxBytes: 400 * 1024 } })).toEqual([]);
  });

  test('counts maxBytes in UTF-8 bytes, not characters', () => {
    const schema = { description: '案'.repeat(100) }; // 300 bytes of text
    expect(rules(schema, { limits: { maxBytes: 250 } })).toEqual([['', 'maxBytes']]);
  });

  test('reports nesting deeper than maxDepth once, where it happens', () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 40; i++) schema = { not: schema };
    const issues = rules(schema);
    expect(issues).toEqual([[`/${Array(32).fill('not').join('/')}`, 'maxDepth']]);
  });

  test('reports an object with more members than maxProperties', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 1001 }, (_, i) => [`f${i}`, { type: 'string' }]),
    );
    expect(rules({ type: 'object', properties })).toEqual([['/properties', 'maxProperties']]);
  });

  test('reports $data anywhere, including inside keyword values', () => {
    const schema = {
      type: 'object',
      properties: { a: { maximum: { $data: '1/b' } }, c: { const: { $data: '1/b' } } },
    };
    expect(rules(schema)).toEqual(
      expect.arrayContaining([
        ['/properties/a/maximum/$data', '$data'],
        ['/properties/c/const/$data', '$data'],
      ]),
    );
  });

  test('requires a maxLength next to pattern and string formats, but not number formats', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'string', pattern: '^a$' },
        b: { type: 'string', format: 'email' },
        c: { type: 'integer', format: 'int32' },
        d: { type: 'number', pattern: '^1$' },
      },
    };
    expect(rules(schema)).toEqual([
      ['/properties/a/pattern', 'unboundedString'],
      ['/properties/b/format', 'unboundedString'],
    ]);
  });

  test('reports a maxLength above maxStringLength where one is required', () => {
    const schema = { type: 'string', pattern: '^a+$', maxLength: 10_001 };
    expect(rules(schema)).toEqual([['/maxLength', 'maxStringLength']]);
  });

  test('requires propertyNames with a maxLength next to patternProperties', () => {
    const unbounded = { type: 'object', patternProperties: { '^x-': { type: 'string' } } };
    expect(rules(unbounded)).toEqual([['/patternProperties', 'unboundedString']]);
    const bounded = { ...unbounded, propertyNames: { maxLength: 64 } };
    expect(rules(bounded)).toEqual([]);
  });

  test('reports patterns longer than maxPatternLength', () => {
    const schema = { type: 'string', pattern: 'a'.repeat(20), maxLength: 20 };
    expect(rules(schema, { limits: { maxPatternLength: 10 } })).toEqual([
      ['/pattern', 'maxPatternLength'],
    ]);
  });

  test('reports a pattern that is not a valid u-flag RegExp', () => {
    // `\-` outside a class is allowed without the u flag but not with it.
    expect(rules({ type: 'string', pattern: '^a\\-b$', maxLength: 5 })).toEqual([
      ['/pattern', 'invalidPattern'],
    ]);
  });

  test('reports patterns at risk of catastrophic backtracking, in patternProperties keys too', () => {
    const schema = {
      type: 'object',
      propertyNames: { maxLength: 64 },
      patternProperties: { '^(a|ab)*$': {} },
      properties: { a: { type: 'string', pattern: '^(a+)+$', maxLength: 50 } },
    };
    expect(rules(schema)).toEqual([
      ['/patternProperties/^(a|ab)*$', 'unsafePattern'],
      ['/properties/a/pattern', 'unsafePattern'],
    ]);
  });

  test('reports remote $ref and $dynamicRef but accepts local ones', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { $ref: 'https://example.com/schema.json' },
        b: { $ref: 'other.json#/x' },
        c: { $ref: '#/$defs/c' },
        d: { $dynamicRef: 'https://example.com/meta#node' },
      },
      $defs: { c: { type: 'string' } },
    };
    expect(rules(schema)).toEqual([
      ['/properties/a/$ref', 'remoteRef'],
      ['/properties/b/$ref', 'remoteRef'],
      ['/properties/d/$dynamicRef', 'remoteRef'],
    ]);
  });

  test('reports an unknown format', () => {
    expect(rules({ type: 'string', format: 'phone', maxLength: 20 })).toEqual([
      ['/format', 'unknownFormat'],
    ]);
  });

  test('reports a schema that breaks the meta-schema with a pointer into the schema', () => {
    expect(rules({ type: 'object', properties: { a: { minLength: -1 } } })).toEqual([
      ['/properties/a/minLength', 'minimum'],
    ]);
  });

  test('reports a schema that ajv refuses to compile', () => {
    const [issue] = checkSchema({ $ref: '#/$defs/missing' }, { locale: 'en' });
    expect(issue?.keyword).toBe('compile');
    expect(issue?.message).toMatch(/^The schema cannot be compiled: .*missing/);
  });

  test('reports every problem at once', () => {
    const schema = {
      type: 'object',
      requried: ['a'],
      properties: {
        a: { type: 'string', pattern: '(a+)+' },
        b: { $ref: 'https://example.com/x.json' },
        c: { maximum: { $data: '1/a' } },
      },
    };
    expect(rules(schema).sort()).toEqual(
      [
        ['/requried', 'unknownKeyword'],
        ['/properties/a/pattern', 'unsafePattern'],
        ['/properties/a/pattern', 'unboundedString'],
        ['/properties/b/$ref', 'remoteRef'],
        ['/properties/c/maximum/$data', '$data'],
        // The meta-schema wants a number there too.
        ['/properties/c/maximum', 'type'],
      ].sort(),
    );
  });

  test('escapes ~ and / in schema pointers and prepends pathPrefix', () => {
    const schema = {
      type: 'object',
      properties: { 'a/b~c': { type: 'string', format: 'nope', maxLength: 1 } },
    };
    expect(rules(schema, { pathPrefix: '/caseTypes/0/schema' })).toEqual([
      ['/caseTypes/0/schema/properties/a~1b~0c/format', 'unknownFormat'],
    ]);
  });

  test('writes messages in English when asked', () => {
    const [issue] = checkSchema(
      { type: 'string', pattern: 'a', maxLength: 20_000 },
      { locale: 'en' },
    );
    expect(issue?.message).toBe(
      `maxLength must be at most ${defaultSchemaLimits.maxStringLength}.`,
    );
  });

  test('reports a value that is not JSON', () => {
    const cyclic: Record<string, unknown> = { type: 'object' };
    cyclic.properties = { self: cyclic };
    expect(rules(cyclic)).toEqual([['', 'notSerializable']]);
  });

  test('can check a second schema with the same $id after the first', () => {
    const schema = { $id: 'urn:casegrid:test:check-twice', type: 'string' };
    expect(checkSchema(schema)).toEqual([]);
    expect(checkSchema({ ...schema })).toEqual([]);
  });
});
