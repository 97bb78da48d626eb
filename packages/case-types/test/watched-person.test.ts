import { describe, expect, it } from 'vitest';
import { day, people, testEngine } from './kit-county.js';
import { samples } from './samples.js';

const { gridWorker, secondGridWorker, householdHead, villageDirector, police, otherGridWorker } =
  people;

async function monitored(riskLevel = 'medium') {
  const setup = testEngine();
  const record = await setup.engine.open('person', {
    data: { name: '王老五' },
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  const { id } = await setup.engine.open('watched-person', {
    data: { ...samples.watchedPerson, riskLevel, person: record.id },
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  const view = await setup.engine.perform(id, 'assign', {
    actor: villageDirector,
    input: { responsible: 'liu-da' },
  });
  return { ...setup, id, view, record };
}

describe('person of concern (关注人员) end to end', () => {
  it('names a responsible person (人盯人) and schedules visits by risk level', async () => {
    const { view, record } = await monitored();
    expect(view).toMatchObject({
      state: 'monitoring',
      assignee: 'liu-da',
      handlingUnit: 'grid-a1-1',
    });
    expect(view.data).toMatchObject({ responsible: 'liu-da', person: record.id });
    expect(view.deadline).toEqual({ state: 'monitoring', dueAt: '2026-03-17T01:00:00.000Z' });
    const high = await monitored('high');
    expect(high.view.deadline?.dueAt).toBe('2026-03-09T01:00:00.000Z');
    const low = await monitored('low');
    expect(low.view.deadline?.dueAt).toBe('2026-04-01T01:00:00.000Z');
  });

  it('schedules the next visit each time the responsible person visits', async () => {
    const { engine, clock, id } = await monitored();
    clock.advance(10 * day);
    const view = await engine.perform(id, 'visit', {
      actor: householdHead,
      input: { date: '2026-03-12', notes: '情绪平稳，按时服药' },
    });
    expect(view.data).toMatchObject({
      lastVisit: '2026-03-12',
      lastVisitNotes: '情绪平稳，按时服药',
    });
    expect(view.deadline?.dueAt).toBe('2026-03-27T01:00:00.000Z');
  });

  it('marks a missed visit overdue and alerts the village, until the next visit', async () => {
    const { engine, clock, id } = await monitored();
    const events = await engine.runDue('2026-03-18T00:00:00.000Z');
    expect(events).toMatchObject([
      {
        type: 'deadline-passed',
        caseId: id,
        overdue: true,
        alertUnit: 'village-a1',
        at: '2026-03-17T01:00:00.000Z',
      },
    ]);
    expect(await engine.get(id)).toMatchObject({ overdue: true, deadline: null });
    clock.set('2026-03-18T02:00:00.000Z');
    const visited = await engine.perform(id, 'visit', {
      actor: householdHead,
      input: { date: '2026-03-18', notes: '补访，情况正常' },
    });
    expect(visited).toMatchObject({ overdue: false });
    expect(visited.deadline?.dueAt).toBe('2026-04-02T02:00:00.000Z');
  });

  it('lets only the responsible person, or a centre director, record a visit', async () => {
    const { engine, id } = await monitored();
    const input = { date: '2026-03-03', notes: '走访' };
    await expect(
      engine.perform(id, 'visit', { actor: secondGridWorker, input }),
    ).rejects.toMatchObject({
      code: 'not-available',
      issues: [{ keyword: 'guard' }],
    });
    await expect(
      engine.perform(id, 'visit', { actor: otherGridWorker, input }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await engine.perform(id, 'visit', { actor: villageDirector, input });
  });

  it('applies a reassessed risk level from the next visit, and releases only a low-risk person', async () => {
    const { engine, id, view } = await monitored();
    await expect(
      engine.perform(id, 'release', { actor: villageDirector, input: { reason: '情况稳定' } }),
    ).rejects.toMatchObject({ code: 'not-available' });
    const reassessed = await engine.perform(id, 'reassess', {
      actor: police,
      input: { riskLevel: 'low', reason: '半年无异常' },
    });
    expect(reassessed.data.riskLevel).toBe('low');
    expect(reassessed.deadline).toEqual(view.deadline);
    const visited = await engine.perform(id, 'visit', {
      actor: householdHead,
      input: { date: '2026-03-02', notes: '走访正常' },
    });
    expect(visited.deadline?.dueAt).toBe('2026-04-01T01:00:00.000Z');
    const released = await engine.perform(id, 'release', {
      actor: villageDirector,
      input: { reason: '风险消除' },
    });
    expect(released).toMatchObject({ state: 'released', closed: true });
  });

  it('changes the responsible person on reassignment', async () => {
    const { engine, id } = await monitored();
    const view = await engine.perform(id, 'reassign', {
      actor: villageDirector,
      input: { assignee: 'qian-er' },
    });
    expect(view).toMatchObject({
      assignee: 'qian-er',
      state: 'monitoring',
      data: { responsible: 'qian-er' },
    });
    await engine.perform(id, 'visit', {
      actor: secondGridWorker,
      input: { date: '2026-03-03', notes: '交接走访' },
    });
  });

  it('goes up to the village when nobody is made responsible in the grid within three days', async () => {
    const { engine } = testEngine();
    const { id } = await engine.open('watched-person', {
      data: samples.watchedPerson,
      unit: 'grid-a1-1',
      actor: police,
    });
    await engine.runDue('2026-03-05T02:00:00.000Z');
    expect(await engine.get(id)).toMatchObject({ state: 'registered', handlingUnit: 'village-a1' });
  });
});
