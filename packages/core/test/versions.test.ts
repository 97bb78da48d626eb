import { createEngine, defineCaseType, memoryStore, replay } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import {
  engineOptions,
  people,
  sequentialIds,
  testClock,
  testEngine,
  watchedData,
  watchedPersonDefinition,
} from './county.js';

// Version 2 renames `monitoring` to `visiting`, requires a `household` field and visits
// medium-risk people every 10 days instead of 15.
const v2 = structuredClone(watchedPersonDefinition) as Record<string, any>;
v2.version = 2;
v2.states.visiting = v2.states.monitoring;
delete v2.states.monitoring;
v2.states.visiting.deadline.within.values.medium = 'P10D';
for (const action of Object.values(v2.actions) as Record<string, any>[]) {
  const rename = (s: string) => (s === 'monitoring' ? 'visiting' : s);
  action.from = typeof action.from === 'string' ? rename(action.from) : action.from.map(rename);
  if (action.to) action.to = rename(action.to);
}
v2.data.required = [...v2.data.required, 'household'];
v2.data.properties.household = { type: 'string', maxLength: 64 };

function engineWith(...definitions: Record<string, unknown>[]) {
  return testEngine({ caseTypes: definitions.map((definition) => defineCaseType(definition)) });
}

describe('versions of a case type', () => {
  it('run side by side: a running case keeps its version, new cases open with the newest', async () => {
    const { engine } = engineWith(watchedPersonDefinition, v2);
    const old = await engine.open('watched-person', {
      data: { ...watchedData, household: 'h-1' },
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    expect(old.typeVersion).toBe(2);
    const { engine: before } = engineWith(watchedPersonDefinition);
    const running = await before.open('watched-person', {
      data: watchedData,
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    expect(running.typeVersion).toBe(1);
  });

  it('migrates a case explicitly, checking the data against the new schema first', async () => {
    // Two deployments over one store: they share its id source and clock.
    const shared = { store: memoryStore(), clock: testClock().now, ids: sequentialIds() };
    const v1Engine = createEngine(
      engineOptions({ ...shared, caseTypes: [defineCaseType(watchedPersonDefinition)] }),
    );
    const { id } = await v1Engine.open('watched-person', {
      data: watchedData,
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    await v1Engine.perform(id, 'assign', {
      actor: people.villageDirector,
      input: { responsible: 'zhang-san' },
    });

    // The county deploys version 2; the old case still runs on version 1.
    const engine = createEngine(
      engineOptions({
        ...shared,
        caseTypes: [defineCaseType(watchedPersonDefinition), defineCaseType(v2)],
      }),
    );
    expect((await engine.get(id)).typeVersion).toBe(1);
    await expect(
      engine.migrate(id, 2, {
        actor: people.villageDirector,
        stateMap: { monitoring: 'visiting' },
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(engine.migrate(id, 2, { actor: people.countyAdmin })).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [{ path: '/stateMap/monitoring' }],
    });
    await expect(
      engine.migrate(id, 2, { actor: people.countyAdmin, stateMap: { monitoring: 'visiting' } }),
    ).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: '/data/household' }] });
    expect((await engine.history(id)).at(-1)?.type).toBe('performed');
    // A version 1 case whose data already has the field that version 2 requires migrates.
    const withHousehold = await v1Engine.open('watched-person', {
      data: { ...watchedData, household: 'h-9' },
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    await v1Engine.perform(withHousehold.id, 'assign', {
      actor: people.villageDirector,
      input: { responsible: 'zhang-san' },
    });
    const migrated = await engine.migrate(withHousehold.id, 2, {
      actor: people.countyAdmin,
      stateMap: { monitoring: 'visiting' },
    });
    expect(migrated).toMatchObject({ typeVersion: 2, state: 'visiting' });
    // The new version's schedule applies from the migration on.
    expect(migrated.deadline).toEqual({ state: 'visiting', dueAt: '2026-03-12T01:00:00.000Z' });
    const history = await engine.history(withHousehold.id);
    expect(history.at(-1)).toMatchObject({
      type: 'migrated',
      from: 'monitoring',
      to: 'visiting',
      typeVersion: 2,
    });
    expect(replay(engine.caseTypes, history)).toEqual(migrated);
    await engine.perform(withHousehold.id, 'visit', {
      actor: people.gridWorker,
      input: { date: '2026-03-03', notes: '在家' },
    });
    await expect(
      engine.migrate(withHousehold.id, 2, { actor: people.countyAdmin }),
    ).rejects.toMatchObject({ code: 'not-available' });
  });

  it('refuses to replay a log whose case type version is unknown', () => {
    const { engine } = engineWith(watchedPersonDefinition);
    const event = {
      id: 'e',
      caseId: 'c',
      seq: 1,
      type: 'opened',
      at: '2026-03-02T01:00:00.000Z',
      actor: { id: 'a', unit: 'county', roles: [] },
      typeId: 'watched-person',
      typeVersion: 7,
      to: 'registered',
    } as const;
    expect(() => replay(engine.caseTypes, [event])).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });
});
