// The complete case type and its forms in docs/county-it/adding-a-case-type.md are checked here,
// and a case walks through the type as the page says, so the page cannot drift from the truth.
import { readFileSync } from 'node:fs';
import { checkCaseTypeDefinition, createEngine, defineCaseType, memoryStore } from '@casegrid/core';
import type { JsonSchema } from '@casegrid/schema';
import { formModel, type UiSchema } from '@casegrid/schema/form';
import { describe, expect, it } from 'vitest';
import { calendar2026, kitGuards } from '../src/index.js';
import { allPeople, caseTypes, county, people, testClock } from './kit-county.js';

const page = readFileSync(
  new URL('../../../docs/county-it/adding-a-case-type.md', import.meta.url),
  'utf8',
);

function block(info: string): unknown {
  const match = new RegExp('```json ' + info + '\\n([\\s\\S]*?)\\n```').exec(page);
  if (!match?.[1]) throw new Error(`No \`\`\`json ${info} block in the page.`);
  return JSON.parse(match[1]);
}

const definition = block('definition') as {
  data: JsonSchema;
  actions: Record<string, { input?: JsonSchema }>;
};
const forms = block('forms') as { open: UiSchema; actions: Record<string, UiSchema> };

describe('the guide to adding a case type', () => {
  it('shows a complete file that passes every check', () => {
    expect(checkCaseTypeDefinition(definition, { locale: 'en' })).toEqual([]);
  });

  it('shows forms whose every path is in the file, one for each action with an input', () => {
    formModel(definition.data, forms.open, { locale: 'en' });
    const withInput = Object.entries(definition.actions).filter(([, action]) => action.input);
    expect(Object.keys(forms.actions).sort()).toEqual(withInput.map(([name]) => name).sort());
    for (const [name, action] of withInput) {
      formModel(action.input!, forms.actions[name], { locale: 'zh-CN' });
    }
  });

  it('behaves as the page says: first visit due in three days, a missed one alerts the village', async () => {
    const clock = testClock();
    const engine = createEngine({
      caseTypes: [...caseTypes(), defineCaseType(definition)],
      org: { ...county, people: allPeople },
      store: memoryStore(),
      clock: clock.now,
      guards: kitGuards,
      calendar: calendar2026,
    });
    const { id } = await engine.open('elderly-care', {
      data: { name: '刘奶奶', careLevel: 'close', needs: ['meals'] },
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    const assigned = await engine.perform(id, 'assign', {
      actor: people.villageDirector,
      input: { responsible: 'liu-da' },
    });
    expect(assigned.deadline?.dueAt).toBe('2026-03-05T01:00:00.000Z');
    const [missed] = await engine.runDue('2026-03-05T02:00:00.000Z');
    expect(missed).toMatchObject({ type: 'deadline-passed', alertUnit: 'village-a1' });
    await engine.perform(id, 'visit', {
      actor: people.householdHead,
      input: { date: '2026-03-05', notes: '送餐一次' },
    });
    const ended = await engine.perform(id, 'end', {
      actor: people.villageDirector,
      input: { reason: 'family' },
    });
    expect(ended).toMatchObject({ state: 'ended', closed: true });
  });
});
