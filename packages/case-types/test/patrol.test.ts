import { describe, expect, it } from 'vitest';
import { people, testEngine } from './kit-county.js';
import { samples } from './samples.js';

const { gridWorker, secondGridWorker, villageDirector, townDirector } = people;

const finding = {
  summary: '河道旁发现非法采砂',
  kind: 'ecological',
  severity: 'medium',
  location: '东一村河道下游',
  description: '两台挖掘机作业',
};

async function onPatrol() {
  const setup = testEngine();
  const view = await setup.engine.open('patrol', {
    data: samples.patrol,
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  return { ...setup, id: view.id, view };
}

describe('patrol (巡查) end to end', () => {
  it('is led by the one who starts it and handled by the village', async () => {
    const { view } = await onPatrol();
    expect(view).toMatchObject({
      state: 'patrolling',
      assignee: 'zhang-san',
      handlingUnit: 'village-a1',
    });
    expect(view.deadline?.dueAt).toBe('2026-03-03T01:00:00.000Z');
  });

  it('opens a hazard in the village for each finding, which the village verifies and escalates', async () => {
    const { engine, id } = await onPatrol();
    const view = await engine.perform(id, 'report-finding', { actor: gridWorker, input: finding });
    expect(view.state).toBe('patrolling');
    const hazard = await engine.get(view.children[0]!.id);
    expect(hazard).toMatchObject({
      typeId: 'hazard',
      parentId: id,
      state: 'reported',
      handlingUnit: 'village-a1',
      data: { ...finding, source: 'patrol' },
    });
    await engine.perform(hazard.id, 'verify', { actor: villageDirector, input: { notes: '属实' } });
    // Dispatching to departments is for a town or the county: the village passes it up.
    expect(await engine.available(hazard.id, villageDirector)).not.toContain('dispatch');
    await engine.perform(hazard.id, 'escalate', {
      actor: villageDirector,
      input: { reason: '需执法' },
    });
    const atTown = await engine.perform(hazard.id, 'dispatch', {
      actor: townDirector,
      input: { lead: 'qinling-natural-resources', coHandlers: ['qinling-ecology'] },
    });
    expect(atTown.children).toHaveLength(2);
  });

  it('ends with its checklist, while the hazards it found go on', async () => {
    const { engine, id } = await onPatrol();
    const withFinding = await engine.perform(id, 'report-finding', {
      actor: gridWorker,
      input: finding,
    });
    const checklist = [
      { item: 'illegal-mining', result: 'problem', note: '已立案' },
      { item: 'fire-sources', result: 'ok' },
      { item: 'warning-signs', result: 'not-checked' },
    ];
    await expect(
      engine.perform(id, 'finish', { actor: gridWorker, input: { checklist: [] } }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
    const done = await engine.perform(id, 'finish', {
      actor: gridWorker,
      input: { checklist, notes: '发现一处问题' },
    });
    expect(done).toMatchObject({ state: 'completed', closed: true, data: { checklist } });
    const hazard = withFinding.children[0]!.id;
    await engine.perform(hazard, 'verify', { actor: villageDirector, input: {} });
    await engine.perform(hazard, 'remediate', {
      actor: villageDirector,
      input: { measures: '已制止' },
    });
    const closed = await engine.perform(hazard, 'reinspect', {
      actor: villageDirector,
      input: { passed: true, notes: '已恢复' },
    });
    expect(closed.state).toBe('closed');
    expect((await engine.history(id)).at(-1)).toMatchObject({ type: 'child-closed' });
    expect(await engine.get(id)).toMatchObject({ state: 'completed', closed: true });
  });

  it('lets only the team leader (or a centre director) finish or cancel the round', async () => {
    const { engine, id } = await onPatrol();
    await expect(
      engine.perform(id, 'cancel', { actor: secondGridWorker, input: { reason: '暴雨' } }),
    ).rejects.toMatchObject({ code: 'not-available' });
    const cancelled = await engine.perform(id, 'cancel', {
      actor: villageDirector,
      input: { reason: '暴雨' },
    });
    expect(cancelled).toMatchObject({ state: 'cancelled', closed: true });
  });

  it('is marked overdue when the round is not ended within a day', async () => {
    const { engine, id } = await onPatrol();
    await engine.runDue('2026-03-03T02:00:00.000Z');
    expect(await engine.get(id)).toMatchObject({ overdue: true, state: 'patrolling' });
  });
});
