import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compile } from './compile.js';
import { localizeErrors } from './localize-errors.js';
import { compileStandalone } from './standalone.js';
import { idCardSample } from './testing/id-card-sample.js';
import type { JsonSchema, Validator } from './types.js';

const tmpDir = fileURLToPath(new URL('../.tmp/', import.meta.url));

const schemas = {
  'case-intake': {
    $id: 'urn:casegrid:test:standalone-intake',
    type: 'object',
    title: '案件登记',
    required: ['parties', 'phone'],
    additionalProperties: false,
    properties: {
      parties: {
        type: 'array',
        title: '当事人',
        'x-i18n': { en: { title: 'Parties' } },
        minItems: 1,
        maxItems: 3,
        items: { $ref: '#/$defs/party' },
      },
      phone: { type: 'string', title: '手机', format: 'phone-cn', maxLength: 11 },
      email: { type: 'string', format: 'email', maxLength: 254 },
      occurredOn: { type: 'string', format: 'date', maxLength: 10, formatMinimum: '2000-01-01' },
      amount: { type: 'number', multipleOf: 0.01, minimum: 0, maximum: 1_000_000 },
      kind: { enum: ['person', 'organisation'] },
      code: { type: 'string', pattern: '^[A-Z]{2}-\\d{4}$', maxLength: 7 },
    },
    if: { properties: { kind: { const: 'person' } }, required: ['kind'] },
    then: { required: ['email'] },
    else: { properties: { code: { minLength: 7 } } },
    $defs: {
      party: {
        type: 'object',
        required: ['name', 'idCard'],
        properties: {
          name: { type: 'string', title: '姓名', minLength: 1, maxLength: 50 },
          idCard: { type: 'string', title: '身份证号', format: 'id-card-cn', maxLength: 18 },
          tags: { type: 'array', items: { type: 'string', maxLength: 5 }, uniqueItems: true },
        },
      },
    },
  },
  money: { type: 'number', multipleOf: 0.01 },
  choice: {
    oneOf: [
      { type: 'integer' },
      { type: 'string', maxLength: 3 },
      { type: 'array', contains: { const: 1 } },
    ],
  },
  nothing: false,
} satisfies Record<string, JsonSchema>;

type Validators = Record<keyof typeof schemas, Validator>;
let source = '';
let modulePath = '';
let precompiled: Validators;
let precompiledFirstError: Validators;

async function load(code: string, name: string): Promise<{ path: string; validators: Validators }> {
  const path = join(tmpDir, `${name}-${process.pid}.mjs`);
  await writeFile(path, code);
  const module = (await import(/* @vite-ignore */ pathToFileURL(path).href)) as {
    validators: Validators;
    default: Validators;
  };
  expect(module.default).toBe(module.validators);
  return { path, validators: module.validators };
}

beforeAll(async () => {
  await mkdir(tmpDir, { recursive: true });
  source = await compileStandalone(schemas);
  ({ path: modulePath, validators: precompiled } = await load(source, 'all-errors'));
  const firstError = await compileStandalone(schemas, { allErrors: false });
  precompiledFirstError = (await load(firstError, 'first-error')).validators;
});

afterAll(async () => {
  await rm(tmpDir, { recursive: true, force: true });
});

/** What a caller can observe from one validation: the verdict, raw errors, and both localizations. */
function observe(validator: Validator, value: unknown) {
  const ok = validator(value);
  const errors = validator.errors ?? [];
  return {
    ok,
    raw: errors.map(({ keyword, instancePath, schemaPath, params }) => ({
      keyword,
      instancePath,
      schemaPath,
      params,
    })),
    zh: localizeErrors(errors),
    en: localizeErrors(errors, { locale: 'en' }),
  };
}

const phone = fc.oneof(
  fc.stringMatching(/^1[3-9]\d{9}$/),
  fc.stringMatching(/^\d{10,12}$/),
  fc.string({ maxLength: 12 }),
);
const idCard = fc.oneof(
  fc
    .tuple(
      fc.stringMatching(/^[1-8]\d{5}$/),
      fc.date({ min: new Date('1900-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
      fc.stringMatching(/^\d{3}$/),
    )
    .map(([region, birth, sequence]) =>
      idCardSample(region, birth.toISOString().slice(0, 10).replaceAll('-', ''), sequence),
    ),
  fc.stringMatching(/^\d{17}[\dXx]$/),
  fc.string({ maxLength: 20 }),
);
const money = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000_000 }).map((cents) => cents / 100),
  fc.double({ noNaN: true }),
  fc.integer().map((n) => n / 1000),
);
const party = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 55 }), fc.anything()),
    idCard: fc.oneof(idCard, fc.anything()),
    tags: fc.oneof(fc.array(fc.constantFrom('a', 'b', 'abcdef', 1)), fc.anything()),
  },
  { requiredKeys: [] },
);
const intake = fc.record(
  {
    parties: fc.oneof(fc.array(party, { maxLength: 4 }), fc.anything()),
    phone: fc.oneof(phone, fc.anything()),
    email: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 10 })),
    occurredOn: fc.oneof(
      fc
        .date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.string({ maxLength: 12 }),
    ),
    amount: fc.oneof(money, fc.anything()),
    kind: fc.constantFrom('person', 'organisation', 'other'),
    code: fc.oneof(fc.stringMatching(/^[A-Z]{2}-\d{4}$/), fc.string({ maxLength: 9 })),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
/** Values built from valid parts, so that the comparison also covers the path where nothing fails. */
const validParty = fc.record(
  {
    name: fc.string({ minLength: 1, maxLength: 50 }),
    idCard: idCard.filter((value) => /^\d{17}[\dX]$/.test(value)),
    tags: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
  },
  { requiredKeys: ['name', 'idCard'] },
);
const validIntake = fc.oneof(
  fc.record({
    parties: fc.array(validParty, { minLength: 1, maxLength: 3 }),
    phone: fc.stringMatching(/^1[3-9]\d{9}$/),
    kind: fc.constant('person'),
    email: fc.stringMatching(/^[a-z]{1,8}@example\.com$/),
    amount: fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100),
  }),
  fc.record({
    parties: fc.array(validParty, { minLength: 1, maxLength: 3 }),
    phone: fc.stringMatching(/^1[3-9]\d{9}$/),
    kind: fc.constant('organisation'),
    code: fc.stringMatching(/^[A-Z]{2}-\d{4}$/),
  }),
);
const anyValue = fc.oneof(fc.anything(), fc.jsonValue());

describe('compileStandalone', () => {
  test('emits a module with no require, import, eval or new Function', () => {
    expect(source).not.toMatch(/\brequire\(/);
    expect(source).not.toMatch(/^\s*import[\s{*]/m);
    expect(source).not.toMatch(/\bimport\(/);
    expect(source).not.toContain('eval(');
    expect(source).not.toContain('new Function');
  });

  test('exports validators under the given keys, even ones that are not identifiers', () => {
    expect(Object.keys(precompiled).sort()).toEqual(Object.keys(schemas).sort());
    expect(typeof precompiled['case-intake']).toBe('function');
  });

  test('validates in Node with code generation from strings disallowed', async () => {
    const script = `
      const { validators } = await import(${JSON.stringify(pathToFileURL(modulePath).href)});
      const money = validators.money;
      console.log(JSON.stringify([money(0.07), money(19.99), money(0.001), money.errors[0].keyword]));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--disallow-code-generation-from-strings',
      '--input-type=module',
      '--eval',
      script,
    ]);
    expect(JSON.parse(stdout)).toEqual([true, true, false, 'multipleOf']);
  });

  test.each([0.07, 0.29, 1.15, 19.99])(
    'accepts %d as a multiple of 0.01 like compile does',
    (value) => {
      expect(precompiled.money(value)).toBe(true);
    },
  );

  test('validates the intake form exactly like compile, for generated values', () => {
    const runtime = compile(schemas['case-intake']);
    fc.assert(
      fc.property(fc.oneof(validIntake, intake, anyValue), (value) => {
        expect(observe(precompiled['case-intake'], value)).toEqual(observe(runtime, value));
      }),
      { numRuns: 600 },
    );
  });

  test('generates mostly valid intake values, so the comparison covers the valid path too', () => {
    const runtime = compile(schemas['case-intake']);
    const valid = fc
      .sample(validIntake, { numRuns: 300, seed: 42 })
      .filter((value) => runtime(value));
    expect(valid.length).toBeGreaterThan(100);
    for (const value of valid) expect(precompiled['case-intake'](value)).toBe(true);
  });

  test('validates every other schema exactly like compile, for any value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('money', 'choice', 'nothing' as const),
        fc.oneof(anyValue, money),
        (key, value) => {
          expect(observe(precompiled[key], value)).toEqual(observe(compile(schemas[key]), value));
        },
      ),
      { numRuns: 400 },
    );
  });

  test('in first-error mode validates exactly like compile in first-error mode', () => {
    const runtime = compile(schemas['case-intake'], { allErrors: false });
    fc.assert(
      fc.property(fc.oneof(validIntake, intake, anyValue), (value) => {
        const observed = observe(precompiledFirstError['case-intake'], value);
        expect(observed.raw.length).toBeLessThanOrEqual(1);
        expect(observed).toEqual(observe(runtime, value));
      }),
      { numRuns: 300 },
    );
  });
});
