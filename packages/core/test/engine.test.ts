import { type CaseEvent, createEngine, defineCaseType, memoryStore } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import {
  allPeople,
  caseTypes,
  cn2026,
  disputeData,
  disputeDefinition,
  guards,
  hazardData,
  org,
  people,
  testEngine,
  watchedData,
} from './county.js';

describe('the engine', () => {
  it('emits every stored event on changes$, in order, after it is stored', async () => {
    const { engine, store } = testEngine();
    const seen: CaseEvent[] = [];
    const stored: number[] = [];
    engine.changes$.subscribe((event) => {
      seen.push(event);
      void store.events(event.caseId).then((events) => stored.push(events.length));
    });
    const { id } = await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    await engine.perform(id, 'accept', { actor: people.villageMediator });
    await expect(
      engine.perform(id, 'accept', { actor: people.villageMediator }),
    ).rejects.toMatchObject({ code: 'not-available' });
    expect(seen.map((e) => [e.type, e.seq])).toEqual([
      ['opened', 1],
      ['performed', 2],
    ]);
    await Promise.resolve();
    expect(stored.every((n) => n >= 1)).toBe(true);
  });

  it('shows each actor only the cases of its own subtree', async () => {
    const { engine } = testEngine();
    await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-b1-1',
      actor: people.otherGridWorker,
    });
    await engine.open('hazard', {
      data: hazardData,
      unit: 'grid-a2-1',
      actor: people.neighbourGridWorker,
    });
    expect((await engine.query({}, people.villageMediator)).map((v) => v.unit)).toEqual([
      'grid-a1-1',
    ]);
    expect((await engine.query({}, people.townDirector)).map((v) => v.unit).sort()).toEqual([
      'grid-a1-1',
      'grid-a2-1',
    ]);
    expect(await engine.query({}, people.countyDirector)).toHaveLength(3);
    expect(await engine.query({ typeId: 'hazard' }, people.countyDirector)).toHaveLength(1);
    expect(await engine.query({ unit: 'town-b' }, people.countyDirector)).toHaveLength(1);
    expect(await engine.query({ unit: 'town-b' }, people.townDirector)).toHaveLength(0);
    expect(await engine.query({ handlingUnit: 'town-a' }, people.countyDirector)).toHaveLength(1);
    expect(await engine.query({}, { id: 'x', unit: 'no-such-unit', roles: [] })).toEqual([]);
  });

  it('refuses to open a case outside the reporter’s scope or with invalid data, storing nothing', async () => {
    const { engine, store } = testEngine();
    await expect(
      engine.open('dispute', { data: disputeData, unit: 'grid-b1-1', actor: people.gridWorker }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      engine.open('dispute', { data: disputeData, unit: 'grid-a1-1', actor: people.waterStaff }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const invalid = await engine
      .open('dispute', {
        data: { ...disputeData, parties: [] },
        unit: 'grid-a1-1',
        actor: people.gridWorker,
      })
      .catch((e: unknown) => e);
    expect(invalid).toMatchObject({ code: 'invalid-input', issues: [{ path: '/data/parties' }] });
    await expect(
      engine.open('nothing', { data: {}, unit: 'grid-a1-1', actor: people.gridWorker }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      engine.open('dispute', { data: disputeData, unit: 'atlantis', actor: people.gridWorker }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect((await store.since(0)).events).toEqual([]);
  });

  it('reports issues in the engine’s language', async () => {
    const { engine } = testEngine({ locale: 'zh-CN' });
    const error = await engine
      .open('dispute', {
        data: { ...disputeData, summary: undefined },
        unit: 'grid-a1-1',
        actor: people.gridWorker,
      })
      .catch((e: unknown) => e);
    expect((error as { issues: { message: string }[] }).issues[0]?.message).toMatch(/纠纷概要/);
  });

  it('reports an unknown case or action as not-found', async () => {
    const { engine } = testEngine();
    await expect(engine.get('missing')).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      engine.perform('missing', 'accept', { actor: people.gridWorker }),
    ).rejects.toMatchObject({ code: 'not-found' });
    const { id } = await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    await expect(
      engine.perform(id, 'teleport', { actor: people.gridWorker }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('runs named effects after the events are stored and reports their failures without undoing anything', async () => {
    const definition = structuredClone(disputeDefinition) as Record<string, any>;
    definition.actions.accept.effects = ['notify-town', 'broken'];
    const calls: string[] = [];
    const failures: string[] = [];
    const engine = createEngine({
      caseTypes: [defineCaseType(definition)],
      org: { ...org, people: allPeople },
      store: memoryStore(),
      guards,
      calendar: cn2026,
      effects: {
        'notify-town': async ({ event, view }) => {
          calls.push(`${event.action}:${view.state}`);
        },
        broken: () => {
          throw new Error('SMS gateway down');
        },
      },
    });
    engine.effectErrors$.subscribe(({ effect, error }) =>
      failures.push(`${effect}: ${(error as Error).message}`),
    );
    const { id } = await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    const view = await engine.perform(id, 'accept', { actor: people.villageMediator });
    expect(view.state).toBe('mediating');
    expect(calls).toEqual(['accept:mediating']);
    expect(failures).toEqual(['broken: SMS gateway down']);
  });

  it('uses ids and time that come in, never its own', async () => {
    const { engine, clock } = testEngine();
    clock.set('2026-05-04T06:07:08.009Z');
    const view = await engine.open('watched-person', {
      data: watchedData,
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    expect(view.id).toBe('id-1');
    expect(view.openedAt).toBe('2026-05-04T06:07:08.009Z');
    expect((await engine.history(view.id))[0]?.id).toBe('id-2');
  });

  it('checks a working calendar it is given', () => {
    expect(() =>
      createEngine({
        caseTypes: caseTypes(),
        org,
        store: memoryStore(),
        guards,
        calendar: { ...cn2026, workdays: ['2026-13-40'] },
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid-definition' }));
  });
});

describe('creating an engine', () => {
  it('reports a duplicate case type version together with every other unmet reference', () => {
    const definition = structuredClone(disputeDefinition) as {
      actions: Record<string, { guards?: string[] }>;
    };
    definition.actions.accept!.guards = ['has-household-head'];
    const withGuard = defineCaseType(definition);
    const error = (() => {
      try {
        createEngine({
          caseTypes: [withGuard, withGuard],
          org,
          store: memoryStore(),
          locale: 'en',
        });
      } catch (e) {
        return e as { code: string; issues: { path: string }[] };
      }
    })();
    expect(error?.code).toBe('invalid-definition');
    expect(error?.issues.map((issue) => issue.path)).toEqual([
      '/caseTypes/1',
      'dispute@1#/actions/accept/guards/0',
    ]);
  });
});
