import { replay } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { day, people, testEngine, watchedData } from './county.js';

const { gridWorker, villageDirector, police, neighbourGridWorker, countyAdmin } = people;

async function monitored() {
  const setup = testEngine();
  const { engine } = setup;
  const { id } = await setup.engine.open('watched-person', {
    data: watchedData,
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  const view = await engine.perform(id, 'assign', {
    actor: villageDirector,
    input: { responsible: 'zhang-san' },
  });
  return { ...setup, id, view };
}

describe('watched person (关注人员) end to end', () => {
  it('assigns a responsible person (人盯人) and schedules the first visit by risk level', async () => {
    const { view } = await monitored();
    expect(view).toMatchObject({ state: 'monitoring', assignee: 'zhang-san' });
    expect(view.data.responsible).toBe('zhang-san');
    // Medium risk: every 15 days.
    expect(view.deadline).toEqual({ state: 'monitoring', dueAt: '2026-03-17T01:00:00.000Z' });
  });

  it('refuses to assign someone who is not in the org', async () => {
    const { engine } = testEngine();
    const { id } = await engine.open('watched-person', {
      data: watchedData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    await expect(
      engine.perform(id, 'assign', { actor: villageDirector, input: { responsible: 'ghost' } }),
    ).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: '/responsible' }] });
  });

  it('re-arms the next visit each time the responsible person visits', async () => {
    const { engine, clock, id } = await monitored();
    clock.advance(10 * day);
    const view = await engine.perform(id, 'visit', {
      actor: gridWorker,
      input: { date: '2026-03-12', notes: '情绪平稳' },
    });
    expect(view.data.lastVisit).toBe('2026-03-12');
    expect(view.deadline?.dueAt).toBe('2026-03-27T01:00:00.000Z');
  });

  it('lets only the responsible person (or a centre director) record a visit', async () => {
    const { engine, id } = await monitored();
    expect(await engine.available(id, neighbourGridWorker)).toEqual([]);
    const other = { id: 'qian-er', unit: 'village-a1', roles: ['grid-worker'] };
    await expect(
      engine.perform(id, 'visit', {
        actor: other,
        input: { date: '2026-03-03', notes: '路过看看' },
      }),
    ).rejects.toMatchObject({ code: 'not-available', issues: [{ keyword: 'guard' }] });
    expect(await engine.available(id, gridWorker)).toEqual(['visit']);
  });

  it('turns a missed visit into an overdue case that alerts the town', async () => {
    const { engine, clock, id } = await monitored();
    clock.advance(16 * day);
    const [event] = await engine.runDue();
    expect(event).toMatchObject({
      type: 'deadline-passed',
      overdue: true,
      alertUnit: 'town-a',
      at: '2026-03-17T01:00:00.000Z',
    });
    expect((await engine.get(id)).overdue).toBe(true);
    // The late visit clears it and schedules the next one.
    const view = await engine.perform(id, 'visit', {
      actor: gridWorker,
      input: { date: '2026-03-18', notes: '补访' },
    });
    expect(view.overdue).toBe(false);
  });

  it('shortens the schedule when the risk is reassessed as high', async () => {
    const { engine, id } = await monitored();
    const view = await engine.perform(id, 'reassess', {
      actor: police,
      input: { riskLevel: 'high', reason: '近期扬言报复' },
    });
    expect(view.data.riskLevel).toBe('high');
    expect(view.deadline?.dueAt).toBe('2026-03-09T01:00:00.000Z');
  });

  it('is released only at low risk', async () => {
    const { engine, id } = await monitored();
    await expect(
      engine.perform(id, 'release', { actor: villageDirector, input: { reason: '已稳定' } }),
    ).rejects.toMatchObject({
      code: 'not-available',
      issues: [{ message: 'Only a low-risk person can be released.' }],
    });
    await engine.perform(id, 'reassess', { actor: villageDirector, input: { riskLevel: 'low' } });
    const released = await engine.perform(id, 'release', {
      actor: villageDirector,
      input: { reason: '已稳定' },
    });
    expect(released).toMatchObject({ state: 'released', closed: true, deadline: null });
    expect(replay(engine.caseTypes, await engine.history(id))).toEqual(released);
  });

  it('escalates an unassigned registration to the town after three days', async () => {
    const { engine, clock } = testEngine();
    const { id } = await engine.open('watched-person', {
      data: watchedData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    clock.advance(3 * day + 1);
    await engine.runDue();
    expect((await engine.get(id)).handlingUnit).toBe('town-a');
    expect(countyAdmin.roles).toContain('county-admin');
  });
});
