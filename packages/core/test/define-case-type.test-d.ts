import { type CaseTypeDefinition, type DefinitionData, defineCaseType } from '@casegrid/core';
import { describe, expectTypeOf, it } from 'vitest';

const visit = {
  id: 'visit',
  version: 1,
  title: { 'zh-CN': '走访', en: 'Visit' },
  data: {
    type: 'object',
    required: ['household', 'risk'],
    additionalProperties: false,
    properties: {
      household: { type: 'string', maxLength: 50 },
      risk: { enum: ['high', 'medium', 'low'] },
      members: { type: 'integer', minimum: 1 },
    },
  },
  open: { roles: ['grid-worker'] },
  initial: 'open',
  states: {
    open: { title: { en: 'Open' } },
    done: { title: { en: 'Done' }, final: true },
  },
  actions: { close: { title: { en: 'Close' }, from: 'open', to: 'done', roles: ['grid-worker'] } },
} as const satisfies CaseTypeDefinition;

describe('a definition written as const', () => {
  it('gives typed case data through json-schema-to-ts', () => {
    expectTypeOf<DefinitionData<typeof visit>>().toEqualTypeOf<{
      household: string;
      risk: 'high' | 'medium' | 'low';
      members?: number;
    }>();
  });

  it('keeps the data type on the compiled case type', () => {
    const compiled = defineCaseType(visit);
    expectTypeOf(compiled.__data).toEqualTypeOf<
      { household: string; risk: 'high' | 'medium' | 'low'; members?: number } | undefined
    >();
  });

  it('rejects a definition with a misspelt key at compile time', () => {
    const bad: CaseTypeDefinition['actions'][string] = {
      title: { en: 'x' },
      // @ts-expect-error `form` is not a key of an action (it is `from`)
      form: 'open',
      roles: [],
    };
    expectTypeOf(bad).not.toBeAny();
  });
});
