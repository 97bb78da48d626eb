import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compile } from '../compile.js';
import type { JsonSchema } from '../types.js';
import { checkCondition, conditionKeywords, matches } from './matches.js';

type JsonObject = Record<string, unknown>;

const rules = (schema: unknown) =>
  checkCondition(schema).map((issue) => [issue.path, issue.keyword]);

describe('matches', () => {
  test('true matches everything and false matches nothing', () => {
    expect(matches(true, { any: 'thing' })).toBe(true);
    expect(matches(false, null)).toBe(false);
    expect(matches({}, 42)).toBe(true);
  });

  test('type accepts one name or a list of names', () => {
    expect(matches({ type: 'string' }, 'a')).toBe(true);
    expect(matches({ type: 'string' }, 1)).toBe(false);
    expect(matches({ type: ['string', 'null'] }, null)).toBe(true);
    expect(matches({ type: ['string', 'null'] }, false)).toBe(false);
  });

  test('type integer is a number without a fraction, and number includes integers', () => {
    expect(matches({ type: 'integer' }, 1.0)).toBe(true);
    expect(matches({ type: 'integer' }, 1.5)).toBe(false);
    expect(matches({ type: 'number' }, 3)).toBe(true);
  });

  test('type object excludes arrays and null, type array is only arrays', () => {
    expect(matches({ type: 'object' }, {})).toBe(true);
    expect(matches({ type: 'object' }, [])).toBe(false);
    expect(matches({ type: 'object' }, null)).toBe(false);
    expect(matches({ type: 'array' }, [])).toBe(true);
    expect(matches({ type: 'array' }, {})).toBe(false);
  });

  test('NaN and Infinity are not numbers, and numeric keywords ignore them', () => {
    expect(matches({ type: 'number' }, Number.NaN)).toBe(false);
    expect(matches({ type: 'integer' }, Number.POSITIVE_INFINITY)).toBe(false);
    expect(matches({ minimum: 5 }, Number.NaN)).toBe(true);
  });

  test('const compares JSON deeply, ignoring key order', () => {
    expect(matches({ const: { a: 1, b: [1, { c: null }] } }, { b: [1.0, { c: null }], a: 1 })).toBe(
      true,
    );
    expect(matches({ const: { a: 1 } }, { a: 1, b: 2 })).toBe(false);
    expect(matches({ const: [1, 2] }, [2, 1])).toBe(false);
    expect(matches({ const: [] }, {})).toBe(false);
    expect(matches({ const: 0 }, false)).toBe(false);
  });

  test('enum holds when any listed value equals the value deeply', () => {
    expect(matches({ enum: ['low', { level: 2 }] }, { level: 2 })).toBe(true);
    expect(matches({ enum: ['low', { level: 2 }] }, 'high')).toBe(false);
  });

  test('minimum and maximum are inclusive, the exclusive bounds are not', () => {
    expect(matches({ minimum: 18 }, 18)).toBe(true);
    expect(matches({ minimum: 18 }, 17.9)).toBe(false);
    expect(matches({ maximum: 10 }, 10)).toBe(true);
    expect(matches({ exclusiveMinimum: 0 }, 0)).toBe(false);
    expect(matches({ exclusiveMaximum: 10 }, 9.99)).toBe(true);
    expect(matches({ exclusiveMaximum: 10 }, 10)).toBe(false);
  });

  test('multipleOf tolerates binary floating point like ajv', () => {
    expect(matches({ multipleOf: 0.01 }, 0.07)).toBe(true);
    expect(matches({ multipleOf: 0.01 }, 19.99)).toBe(true);
    expect(matches({ multipleOf: 0.01 }, 0.075)).toBe(false);
    expect(matches({ multipleOf: 2 }, 7)).toBe(false);
  });

  test('minLength and maxLength count Unicode code points', () => {
    expect(matches({ maxLength: 2 }, '😀😀')).toBe(true);
    expect(matches({ minLength: 3 }, '😀😀')).toBe(false);
    expect(matches({ minLength: 2, maxLength: 2 }, '张三')).toBe(true);
    expect(matches({ maxLength: 1 }, 'ab')).toBe(false);
  });

  test('pattern searches anywhere in the string, with the u flag', () => {
    expect(matches({ pattern: '^.$' }, '😀')).toBe(true);
    expect(matches({ pattern: '\\p{Script=Han}' }, 'x张')).toBe(true);
    expect(matches({ pattern: '^\\d+$' }, '12a')).toBe(false);
  });

  test('keywords ignore values of other types', () => {
    const schema = { minimum: 5, minLength: 3, required: ['a'], minItems: 1, pattern: '^x' };
    for (const value of ['ab', 0, {}, []]) expect(matches(schema, value)).toBe(false);
    expect(matches(schema, null)).toBe(true);
    expect(matches({ minimum: 5 }, 'abc')).toBe(true);
    expect(matches({ minLength: 3 }, 1)).toBe(true);
    expect(matches({ required: ['a'] }, 'abc')).toBe(true);
    expect(matches({ minItems: 1 }, {})).toBe(true);
    expect(matches({ pattern: '^x' }, 7)).toBe(true);
  });

  test('required counts own properties only, and undefined as absent', () => {
    expect(matches({ required: ['name'] }, { name: '' })).toBe(true);
    expect(matches({ required: ['toString'] }, {})).toBe(false);
    expect(matches({ required: ['name'] }, { name: undefined })).toBe(false);
    expect(matches({ required: ['name'] }, Object.create({ name: 'inherited' }))).toBe(false);
  });

  test('__proto__ is an ordinary property name', () => {
    const schema = JSON.parse(
      '{"required":["__proto__"],"properties":{"__proto__":{"type":"number"}}}',
    );
    expect(matches(schema, JSON.parse('{"__proto__": 1}'))).toBe(true);
    expect(matches(schema, JSON.parse('{"__proto__": "x"}'))).toBe(false);
    expect(matches(schema, {})).toBe(false);
    expect(matches({ properties: { ['__proto__']: false } }, {})).toBe(true);
  });

  test('properties apply only to properties that are present', () => {
    const schema = { properties: { age: { minimum: 18 } } };
    expect(matches(schema, {})).toBe(true);
    expect(matches(schema, { age: 20 })).toBe(true);
    expect(matches(schema, { age: 12 })).toBe(false);
  });

  test('minProperties and maxProperties count the present properties', () => {
    expect(matches({ minProperties: 2 }, { a: 1, b: undefined })).toBe(false);
    expect(matches({ minProperties: 2 }, { a: 1, b: 2 })).toBe(true);
    expect(matches({ maxProperties: 1 }, { a: 1, b: 2 })).toBe(false);
  });

  test('dependentRequired demands its names only when the property is present', () => {
    const schema = { dependentRequired: { phone: ['phoneOwner'] } };
    expect(matches(schema, {})).toBe(true);
    expect(matches(schema, { phone: '1', phoneOwner: 'self' })).toBe(true);
    expect(matches(schema, { phone: '1' })).toBe(false);
  });

  test('prefixItems checks leading items and items checks the rest', () => {
    const schema = { prefixItems: [{ type: 'string' }], items: { type: 'number' } };
    expect(matches(schema, ['a', 1, 2])).toBe(true);
    expect(matches(schema, [])).toBe(true);
    expect(matches(schema, [1])).toBe(false);
    expect(matches(schema, ['a', 'b'])).toBe(false);
    expect(matches({ prefixItems: [true], items: false }, ['a', 'b'])).toBe(false);
    expect(matches({ items: { minimum: 0 } }, [0, -1])).toBe(false);
  });

  test('contains needs one matching item unless minContains or maxContains say otherwise', () => {
    expect(matches({ contains: { const: 1 } }, [0, 1])).toBe(true);
    expect(matches({ contains: { const: 1 } }, [])).toBe(false);
    expect(matches({ contains: { const: 1 }, minContains: 2 }, [1, 0, 1])).toBe(true);
    expect(matches({ contains: { const: 1 }, minContains: 2 }, [1, 0])).toBe(false);
    expect(matches({ contains: { const: 1 }, maxContains: 1 }, [1, 1])).toBe(false);
    expect(matches({ contains: { const: 1 }, minContains: 0 }, [])).toBe(true);
    expect(matches({ contains: { const: 1 }, minContains: 0, maxContains: 0 }, [1])).toBe(false);
    expect(matches({ minContains: 5 }, [])).toBe(true);
  });

  test('minItems, maxItems and uniqueItems', () => {
    expect(matches({ minItems: 1 }, [])).toBe(false);
    expect(matches({ maxItems: 1 }, [1, 2])).toBe(false);
    expect(
      matches({ uniqueItems: true }, [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ]),
    ).toBe(false);
    expect(matches({ uniqueItems: true }, [1, '1', [1]])).toBe(true);
    expect(matches({ uniqueItems: false }, [1, 1])).toBe(true);
  });

  test('allOf, anyOf, oneOf and not combine subschemas', () => {
    const positive = { exclusiveMinimum: 0 };
    const even = { multipleOf: 2 };
    expect(matches({ allOf: [positive, even] }, 4)).toBe(true);
    expect(matches({ allOf: [positive, even] }, 3)).toBe(false);
    expect(matches({ anyOf: [positive, even] }, -2)).toBe(true);
    expect(matches({ anyOf: [positive, even] }, -3)).toBe(false);
    expect(matches({ oneOf: [positive, even] }, 3)).toBe(true);
    expect(matches({ oneOf: [positive, even] }, 4)).toBe(false);
    expect(matches({ not: positive }, 0)).toBe(true);
  });

  test('if chooses then or else, and a missing branch holds', () => {
    const schema = { if: { minimum: 1000 }, then: { multipleOf: 100 }, else: { maximum: 10 } };
    expect(matches(schema, 1200)).toBe(true);
    expect(matches(schema, 1250)).toBe(false);
    expect(matches(schema, 5)).toBe(true);
    expect(matches(schema, 50)).toBe(false);
    expect(matches({ if: { minimum: 1000 }, else: false }, 2000)).toBe(true);
    expect(matches({ then: false }, 1)).toBe(true);
  });

  test('ignores annotations, x- keywords, and format', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:casegrid:test:annotations',
      title: 'Email',
      description: 'd',
      $comment: 'c',
      default: 'x',
      examples: ['a@b.c'],
      format: 'email',
      readOnly: true,
      writeOnly: false,
      deprecated: false,
      'x-widget': { kind: 'email' },
    };
    expect(matches(schema, 'not an email')).toBe(true);
  });

  test('throws a TypeError for a keyword outside the subset, whatever the value', () => {
    const schema = { properties: { party: { $ref: '#/$defs/party' } } };
    expect(() => matches(schema, {})).toThrow(TypeError);
    expect(() => matches(schema, {})).toThrow('/properties/party/$ref');
    expect(() => matches({ minimum: '5' } as JsonSchema, 1)).toThrow(TypeError);
  });

  test('lists every supported keyword', () => {
    expect(conditionKeywords).toContain('dependentRequired');
    expect(conditionKeywords).toContain('format');
    expect(conditionKeywords).not.toContain('$ref');
  });
});

describe('checkCondition', () => {
  test('returns no issues for a condition that uses every supported keyword', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:casegrid:test:every-keyword',
      title: 't',
      description: 'd',
      $comment: 'c',
      default: null,
      examples: [],
      format: 'date',
      readOnly: true,
      writeOnly: false,
      deprecated: false,
      'x-anything': { $ref: 'not looked at' },
      type: ['object', 'array'],
      const: { a: 1 },
      enum: [1, 'a'],
      minimum: 0,
      maximum: 1,
      exclusiveMinimum: -1,
      exclusiveMaximum: 2,
      multipleOf: 0.5,
      minLength: 0,
      maxLength: 3,
      pattern: '^\\p{L}+$',
      required: ['a'],
      properties: { a: true, b: { type: 'string' } },
      minProperties: 1,
      maxProperties: 2,
      dependentRequired: { a: ['b'] },
      prefixItems: [true],
      items: false,
      contains: { const: 1 },
      minContains: 1,
      maxContains: 2,
      minItems: 0,
      maxItems: 2,
      uniqueItems: true,
      allOf: [true],
      anyOf: [{ type: 'null' }],
      oneOf: [false, true],
      not: false,
      if: true,
      then: true,
      else: false,
    };
    expect(checkCondition(schema)).toEqual([]);
    expect(
      Object.keys(schema)
        .filter((key) => !key.startsWith('x-'))
        .sort(),
    ).toEqual([...conditionKeywords].sort());
  });

  test('reports a keyword outside the subset with a pointer to it', () => {
    expect(checkCondition({ properties: { 'a/b': { $ref: '#/$defs/x' } } })).toEqual([
      {
        path: '/properties/a~1b/$ref',
        keyword: '$ref',
        message: '"$ref" is a JSON Schema keyword that conditions do not support',
      },
    ]);
  });

  test('suggests the intended keyword for a typo', () => {
    expect(checkCondition({ requried: ['a'] })).toEqual([
      {
        path: '/requried',
        keyword: 'requried',
        message: '"requried" is not a JSON Schema keyword; did you mean "required"?',
      },
    ]);
  });

  test('reports every problem at once', () => {
    const schema = {
      additionalProperties: false,
      patternProperties: { '^a': true },
      $defs: {},
      allOf: [{ unevaluatedProperties: false }, { dependentSchemas: {} }],
      not: { propertyNames: { pattern: '^a' } },
      contentEncoding: 'base64',
    };
    expect(rules(schema)).toEqual([
      ['/additionalProperties', 'additionalProperties'],
      ['/patternProperties', 'patternProperties'],
      ['/$defs', '$defs'],
      ['/allOf/0/unevaluatedProperties', 'unevaluatedProperties'],
      ['/allOf/1/dependentSchemas', 'dependentSchemas'],
      ['/not/propertyNames', 'propertyNames'],
      ['/contentEncoding', 'contentEncoding'],
    ]);
  });

  test('reports malformed keyword values where they are', () => {
    const schema = {
      type: ['string', 'text', 'string'],
      required: ['a', 1],
      minimum: '5',
      multipleOf: 0,
      minLength: 1.5,
      maxItems: -1,
      pattern: '(',
      enum: [],
      uniqueItems: 'yes',
      dependentRequired: { a: 'b' },
      properties: { a: 5 },
      prefixItems: [],
      items: [true],
      anyOf: [null],
      title: 3,
      $schema: 'http://json-schema.org/draft-07/schema#',
    };
    expect(rules(schema)).toEqual([
      ['/type/1', 'type'],
      ['/type/2', 'type'],
      ['/required/1', 'required'],
      ['/minimum', 'minimum'],
      ['/multipleOf', 'multipleOf'],
      ['/minLength', 'minLength'],
      ['/maxItems', 'maxItems'],
      ['/pattern', 'pattern'],
      ['/enum', 'enum'],
      ['/uniqueItems', 'uniqueItems'],
      ['/dependentRequired/a', 'dependentRequired'],
      ['/properties/a', 'properties'],
      ['/prefixItems', 'prefixItems'],
      ['/items', 'items'],
      ['/anyOf/0', 'anyOf'],
      ['/title', 'title'],
      ['/$schema', '$schema'],
    ]);
  });

  test('explains an invalid pattern and a repeated required name', () => {
    const [pattern, repeated] = checkCondition({ pattern: '\\p{Nope}', required: ['a', 'a'] });
    expect(pattern?.message).toMatch(/^is not a valid regular expression with the u flag: /);
    expect(repeated).toEqual({ path: '/required/1', keyword: 'required', message: 'repeats "a"' });
  });

  test('reports a condition that is not a schema at the root', () => {
    expect(checkCondition(null)).toEqual([
      { path: '', keyword: '', message: 'must be a schema: an object, true or false' },
    ]);
    expect(checkCondition('string')).toHaveLength(1);
  });

  test('reports a schema that contains itself instead of recursing forever', () => {
    const schema: JsonObject = { type: 'object' };
    schema.not = schema;
    expect(rules(schema)).toEqual([['/not', 'not']]);
  });
});

// The generator leaves out `format` (casegrid's ajv asserts it; conditions treat it as an
// annotation) and two corners where ajv deviates from draft 2020-12:
// - it skips `__proto__` in `properties` (ajv's allSchemaProperties), so schema property names
//   never include it (values and `required` do);
// - with `uniqueItems` and `items: { type: <scalar> }`, it skips items of other types when looking
//   for duplicates, which differs from the spec when `prefixItems` covers such items.
const valueKeys = ['a', 'b', 'c', '__proto__'] as const;
const schemaKeys = ['a', 'b', 'c'] as const;
const simpleType = fc.constantFrom(
  'array',
  'boolean',
  'integer',
  'null',
  'number',
  'object',
  'string',
);
const numberConstant = fc.constantFrom(-1, 0, 1, 2, 2.5, 3, 10, 0.07, 0.3);
const scalarConstant = fc.oneof(
  numberConstant,
  fc.constantFrom('', 'a', 'ab', 'ba', '😀', 'a😀', '张三'),
  fc.boolean(),
  fc.constant(null),
);
const jsonConstant = fc.oneof(
  { weight: 3, arbitrary: scalarConstant },
  fc.array(scalarConstant, { maxLength: 2 }),
  fc.dictionary(fc.constantFrom(...schemaKeys), scalarConstant, {
    maxKeys: 2,
    noNullPrototype: true,
  }),
);
const count = fc.nat(3);
const names = fc.uniqueArray(fc.constantFrom(...valueKeys), { maxLength: 2 });

function divergesInAjv(schema: JsonObject): boolean {
  const items = schema.items;
  return (
    schema.uniqueItems === true &&
    schema.prefixItems !== undefined &&
    typeof items === 'object' &&
    items !== null &&
    'type' in items
  );
}

const { condition } = fc.letrec<{ condition: JsonSchema; node: JsonObject }>((tie) => {
  const sub = tie('condition');
  const subs = fc.array(sub, { minLength: 1, maxLength: 2 });
  const entry = fc.oneof(
    fc.tuple(
      fc.constant('type'),
      fc.oneof(simpleType, fc.uniqueArray(simpleType, { minLength: 1, maxLength: 3 })),
    ),
    fc.tuple(fc.constant('const'), jsonConstant),
    fc.tuple(fc.constant('enum'), fc.array(jsonConstant, { minLength: 1, maxLength: 3 })),
    fc.tuple(
      fc.constantFrom('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'),
      numberConstant,
    ),
    fc.tuple(fc.constant('multipleOf'), fc.constantFrom(0.01, 0.5, 1, 2, 3, 0.07)),
    fc.tuple(fc.constantFrom('minLength', 'maxLength'), count),
    fc.tuple(
      fc.constant('pattern'),
      fc.constantFrom('^a', 'b$', '^[ab]*$', '^.$', '\\p{Script=Han}', '😀'),
    ),
    fc.tuple(fc.constant('required'), names),
    fc.tuple(
      fc.constant('properties'),
      fc.dictionary(fc.constantFrom(...schemaKeys), sub, { maxKeys: 2, noNullPrototype: true }),
    ),
    fc.tuple(fc.constantFrom('minProperties', 'maxProperties'), count),
    fc.tuple(
      fc.constant('dependentRequired'),
      fc.dictionary(fc.constantFrom(...schemaKeys), names, { maxKeys: 2, noNullPrototype: true }),
    ),
    fc.tuple(fc.constantFrom('prefixItems', 'allOf', 'anyOf', 'oneOf'), subs),
    fc.tuple(fc.constantFrom('items', 'contains', 'not', 'if', 'then', 'else'), sub),
    fc.tuple(fc.constantFrom('minContains', 'maxContains', 'minItems', 'maxItems'), count),
    fc.tuple(fc.constant('uniqueItems'), fc.boolean()),
    fc.tuple(
      fc.constantFrom('title', 'description', '$comment', 'x-widget'),
      fc.constantFrom('email', 'x'),
    ),
  );
  return {
    // At depth 3 only the first arbitrary (a boolean schema) is drawn: nesting stays ≤ 3.
    condition: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'condition' },
      { weight: 1, arbitrary: fc.boolean() },
      { weight: 5, arbitrary: tie('node') },
    ),
    node: fc
      .array(entry, { minLength: 1, maxLength: 3 })
      .map((entries) => Object.fromEntries(entries) as JsonObject)
      .filter((node) => !divergesInAjv(node)),
  };
});

/** Constants in the schema and numbers around its bounds, so values land on both sides. */
function constantsOf(schema: unknown, found: unknown[] = []): unknown[] {
  if (typeof schema !== 'object' || schema === null) return found;
  for (const [keyword, argument] of Object.entries(schema)) {
    if (keyword === 'const') found.push(argument);
    else if (keyword === 'enum') found.push(...(argument as unknown[]));
    else if (typeof argument === 'number') {
      found.push(argument, argument + 1, argument - 1, argument * 3, argument + 0.5);
    } else if (typeof argument === 'object') constantsOf(argument, found);
  }
  return found;
}

function valueFor(schema: JsonSchema): fc.Arbitrary<unknown> {
  const constants = constantsOf(schema);
  const near = constants.length > 0 ? fc.constantFrom(...constants) : scalarConstant;
  return fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { maxDepth: 3, depthIdentifier: 'value' },
      { weight: 3, arbitrary: near },
      { weight: 2, arbitrary: scalarConstant },
      { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
      {
        weight: 2,
        arbitrary: fc
          .array(fc.tuple(fc.constantFrom(...valueKeys), tie('value')), { maxLength: 3 })
          .map((entries) => Object.fromEntries(entries)),
      },
    ),
  })).value;
}

describe('matches agrees with ajv', () => {
  test('on generated conditions and values from the subset', () => {
    const outcomes = { true: 0, false: 0 };
    fc.assert(
      fc.property(
        condition.chain((schema) => fc.tuple(fc.constant(schema), valueFor(schema))),
        ([schema, value]) => {
          expect(checkCondition(schema)).toEqual([]);
          const expected = compile(schema)(value);
          expect(matches(schema, value)).toBe(expected);
          outcomes[expected ? 'true' : 'false']++;
        },
      ),
      { numRuns: 1000 },
    );
    expect(outcomes.true).toBeGreaterThan(100);
    expect(outcomes.false).toBeGreaterThan(100);
  });
});
