import type { JsonSchema } from '@casegrid/schema';
import { formModel, type UiSchema } from '@casegrid/schema/form';
import { describe, expect, it } from 'vitest';
import { kitDefinitions, kitForms } from '../src/index.js';

const forms = kitDefinitions.flatMap((definition) => {
  const typeForms = kitForms[definition.id];
  const open: [string, JsonSchema, UiSchema | undefined][] = [
    [`${definition.id} open`, definition.data, typeForms?.open],
  ];
  const actions = Object.entries(definition.actions)
    .filter(([, action]) => action.input !== undefined)
    .map(([name, action]): [string, JsonSchema, UiSchema | undefined] => [
      `${definition.id}.${name}`,
      action.input as JsonSchema,
      typeForms?.actions?.[name],
    ]);
  return [...open, ...actions];
});

describe('the kit forms', () => {
  it('have an entry for every kit type, and no entry for a type the kit does not have', () => {
    expect(Object.keys(kitForms).sort()).toEqual(kitDefinitions.map((d) => d.id).sort());
  });

  it.each(forms)('%s has a UI schema', (_name, _schema, ui) => {
    expect(ui).toBeDefined();
  });

  it('name no action the case type does not have, nor one without input', () => {
    for (const definition of kitDefinitions) {
      for (const name of Object.keys(kitForms[definition.id]?.actions ?? {})) {
        expect(definition.actions[name]?.input, `${definition.id}.${name}`).toBeDefined();
      }
    }
  });

  it.each(forms)(
    '%s is a valid UI schema whose every path is in the schema, in both languages',
    (_name, schema, ui) => {
      for (const locale of ['zh-CN', 'en'] as const) {
        const model = formModel(schema, ui ?? {}, { locale });
        expect(model.fields.length).toBeGreaterThan(0);
        for (const field of model.fields) expect(field.label, field.path).not.toBe('');
      }
    },
  );

  it('shows English labels from x-i18n and Chinese from the titles', () => {
    const dispute = kitDefinitions.find((d) => d.id === 'dispute')!;
    const label = (locale: 'zh-CN' | 'en') =>
      formModel(dispute.data, kitForms.dispute?.open, { locale }).fields.find(
        (field) => field.path === '/summary',
      )?.label;
    expect(label('zh-CN')).toBe('纠纷概要');
    expect(label('en')).toBe('Summary');
  });

  it('hides the fields an action fills in later until they hold a value', () => {
    const dispute = kitDefinitions.find((d) => d.id === 'dispute')!;
    const paths = (value: unknown) =>
      formModel(dispute.data, kitForms.dispute?.open, { locale: 'en', value }).fields.map(
        (f) => f.path,
      );
    expect(paths({})).not.toContain('/agreement');
    expect(paths({ agreement: '双方各退一步' })).toContain('/agreement');
  });

  it('fails on a UI schema path the schema does not have', () => {
    const dispute = kitDefinitions.find((d) => d.id === 'dispute')!;
    expect(() => formModel(dispute.data, { fields: { sumary: { widget: 'textarea' } } })).toThrow(
      expect.objectContaining({ code: 'invalid-form' }),
    );
  });
});
