import { describe, expectTypeOf, it } from 'vitest';
import { type FromSchema, formModel, submittedValue } from '../src/index.js';

const visit = {
  type: 'object',
  required: ['visitedOn', 'mood'],
  additionalProperties: false,
  properties: {
    visitedOn: { type: 'string', format: 'date', title: '走访日期' },
    mood: {
      enum: ['stable', 'worried', 'agitated'],
      title: '情绪',
      'x-i18n': { en: { title: 'Mood' } },
    },
    note: { type: 'string', 'x-widget': 'textarea' },
    members: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, age: { type: 'integer' } },
      },
    },
  },
} as const;

describe('FromSchema', () => {
  it('types the value of an as-const form schema, x- keywords and all', () => {
    type Visit = FromSchema<typeof visit>;
    expectTypeOf<Visit>().toEqualTypeOf<{
      visitedOn: string;
      mood: 'stable' | 'worried' | 'agitated';
      note?: string;
      members?: { name: string; age?: number; [key: string]: unknown }[];
    }>();
  });

  it('gives unknown for a schema that is not a literal type', () => {
    const loose: Record<string, unknown> = {};
    expectTypeOf<FromSchema<typeof loose>>().toEqualTypeOf<unknown>();
  });

  it('accepts the same as-const object in formModel, and a typed value can be asserted', () => {
    const model = formModel(visit);
    const value = submittedValue(model) as FromSchema<typeof visit>;
    expectTypeOf(value.mood).toEqualTypeOf<'stable' | 'worried' | 'agitated'>();
    // @ts-expect-error: a mood outside the enum is not a Visit
    const wrong: FromSchema<typeof visit> = { visitedOn: '2026-11-27', mood: 'happy' };
    void wrong;
  });
});
