import {
  checkCaseTypeDefinition,
  createEngine,
  createOrg,
  defaultLevels,
  memoryStore,
} from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import {
  calendar2026,
  defaultRoles,
  kitCaseTypes,
  kitDefinition,
  kitDefinitions,
  kitEffects,
  kitGuards,
  registerTypeIds,
} from '../src/index.js';

const contractIds = [
  'dispute',
  'hazard',
  'hazard-task',
  'watched-person',
  'poverty-watch',
  'service-request',
  'patrol',
  'emergency-dispatch',
  'emergency-task',
  'person',
  'household',
  'place',
  'organisation',
];
const caseDefinitions = kitDefinitions.filter((d) => !registerTypeIds.includes(d.id));
const fromStates = (from: string | readonly string[]) => (typeof from === 'string' ? [from] : from);
const properties = (schema: unknown) =>
  (schema as { properties?: Record<string, Record<string, unknown>> } | undefined)?.properties ??
  {};

describe('the kit definitions', () => {
  it('are exactly the case types of the contract, each once', () => {
    expect(kitDefinitions.map((d) => d.id).sort()).toEqual([...contractIds].sort());
  });

  it.each(kitDefinitions.map((d) => [d.id, d] as const))(
    '%s passes the meta-schema, the schema limits and the semantic checks',
    (_id, definition) => {
      expect(checkCaseTypeDefinition(definition, { locale: 'en' })).toEqual([]);
    },
  );

  it('compile, and an engine accepts them with the kit guards, effects and calendar', () => {
    const caseTypes = kitCaseTypes({ locale: 'en' });
    expect(caseTypes.map((t) => t.id)).toEqual(kitDefinitions.map((d) => d.id));
    const org = createOrg({ units: [{ id: 'county', level: 'county', parent: null }] });
    const engine = createEngine({
      caseTypes,
      org,
      store: memoryStore(),
      guards: kitGuards,
      effects: kitEffects,
      calendar: calendar2026,
    });
    expect(engine.caseTypes.all()).toHaveLength(kitDefinitions.length);
  });

  it('refuses an engine without the kit guards, naming each missing one', () => {
    const org = createOrg({ units: [{ id: 'county', level: 'county', parent: null }] });
    const error = (() => {
      try {
        createEngine({
          caseTypes: kitCaseTypes(),
          org,
          store: memoryStore(),
          calendar: calendar2026,
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toMatchObject({ code: 'invalid-definition' });
    const messages = (error as { issues: { message: string }[] }).issues.map((i) => i.message);
    expect(messages.join(' ')).toContain('responsible-person');
    expect(messages.join(' ')).toContain('lead-not-co-handler');
  });

  it('name only the default roles and levels', () => {
    const roles = new Set(defaultRoles.map((role) => role.id));
    for (const definition of kitDefinitions) {
      for (const role of [...definition.open.roles, ...(definition.administrators ?? [])]) {
        expect(roles, `${definition.id} open`).toContain(role);
      }
      for (const [name, action] of Object.entries(definition.actions)) {
        for (const role of action.roles) expect(roles, `${definition.id}.${name}`).toContain(role);
        for (const level of action.levels ?? []) expect(defaultLevels).toContain(level);
      }
    }
  });

  it('give every text in Chinese and English', () => {
    for (const definition of kitDefinitions) {
      const texts = [
        definition.title,
        ...Object.values(definition.states).map((s) => s.title),
        ...Object.values(definition.actions).map((a) => a.title),
      ];
      for (const text of texts) expect(Object.keys(text).sort()).toEqual(['en', 'zh-CN']);
      const fields = [
        ...Object.values(properties(definition.data)),
        ...Object.values(definition.actions).flatMap((a) => Object.values(properties(a.input))),
      ];
      for (const field of fields) {
        expect(typeof field.title, `${definition.id}: ${JSON.stringify(field)}`).toBe('string');
        expect(field['x-i18n'], `${definition.id}: ${String(field.title)}`).toMatchObject({
          en: { title: expect.any(String) },
        });
      }
    }
  });

  it('give every non-register type the reassign action of the convention', () => {
    for (const definition of caseDefinitions) {
      const reassign = definition.actions.reassign;
      const open = Object.entries(definition.states)
        .filter(([, state]) => !state.final)
        .map(([name]) => name);
      expect(reassign, definition.id).toBeDefined();
      expect(reassign?.roles).toContain('centre-director');
      expect([...fromStates(reassign?.from ?? [])].sort()).toEqual(open.sort());
      expect(reassign?.to).toBeUndefined();
      expect(reassign?.assign).toBe('/input/assignee');
      expect(reassign?.input).toMatchObject({
        required: ['assignee'],
        properties: { assignee: { type: 'string' } },
      });
    }
  });

  it('give the registers the trivial lifecycle: active ↔ archived, update in place, removed at the end', () => {
    for (const id of registerTypeIds) {
      const definition = kitDefinition(id)!;
      expect(definition.initial).toBe('active');
      expect(Object.keys(definition.states).sort()).toEqual(['active', 'archived', 'removed']);
      expect(definition.actions.update).toMatchObject({ from: 'active' });
      expect(definition.actions.update?.to).toBeUndefined();
      expect(Object.keys(definition.actions.update?.update ?? {}).sort()).toEqual(
        Object.keys(properties(definition.data)).sort(),
      );
      expect(definition.actions.archive).toMatchObject({ from: 'active', to: 'archived' });
      expect(definition.actions.restore).toMatchObject({ from: 'archived', to: 'active' });
      expect(definition.actions.reassign).toBeUndefined();
    }
  });

  it('link to registers only through x-record properties naming a register', () => {
    const links: string[] = [];
    for (const definition of kitDefinitions) {
      for (const [name, field] of Object.entries(properties(definition.data))) {
        const record = field['x-record'];
        if (record === undefined) continue;
        links.push(`${definition.id}.${name}`);
        expect(registerTypeIds).toContain(record);
        expect(['string', 'array']).toContain(field.type);
      }
    }
    expect(links).toEqual(
      expect.arrayContaining([
        'watched-person.person',
        'poverty-watch.household',
        'dispute.partyRecords',
        'household.members',
      ]),
    );
  });

  it('have a one-line summary, title or name for lists', () => {
    for (const definition of kitDefinitions) {
      const props = properties(definition.data);
      const line = ['summary', 'title', 'name'].find((key) => key in props);
      expect(line, definition.id).toBeDefined();
      expect((definition.data as { required?: string[] }).required).toContain(line);
    }
  });

  it('ask for satisfaction as an integer from 1 to 5, and name visits visit or follow-up', () => {
    const rated = kitDefinitions.flatMap((d) =>
      Object.entries(d.actions)
        .filter(([, action]) => 'satisfaction' in properties(action.input))
        .map(([name, action]) => ({
          id: `${d.id}.${name}`,
          field: properties(action.input).satisfaction,
        })),
    );
    expect(rated.map((r) => r.id)).toEqual(
      expect.arrayContaining(['dispute.follow-up', 'service-request.follow-up']),
    );
    for (const { field } of rated) {
      expect(field).toMatchObject({ type: 'integer', minimum: 1 });
      expect(field?.maximum).toBeLessThanOrEqual(5);
    }
    for (const id of ['watched-person', 'poverty-watch']) {
      const definition = kitDefinition(id)!;
      expect(definition.actions.visit?.from).toBe('monitoring');
      expect(definition.states.monitoring?.deadline?.alert).toBe('unit-above');
    }
  });
});
