import { replay } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { people, testEngine } from './kit-county.js';
import { samples } from './samples.js';

const {
  gridWorker,
  villageDirector,
  townDirector,
  countyDirector,
  waterStaff,
  emergencyStaff,
  naturalResourcesStaff,
} = people;

async function verified(data: Record<string, unknown> = samples.hazard) {
  const setup = testEngine();
  const { id } = await setup.engine.open('hazard', { data, unit: 'grid-a1-1', actor: gridWorker });
  const view = await setup.engine.perform(id, 'verify', {
    actor: townDirector,
    input: { notes: '现场确认裂缝约 3 米' },
  });
  return { ...setup, id, view };
}

async function dispatched() {
  const setup = await verified();
  const view = await setup.engine.perform(setup.id, 'dispatch', {
    actor: townDirector,
    input: {
      lead: 'qinling-natural-resources',
      coHandlers: ['qinling-water', 'qinling-emergency'],
      instructions: '三日内完成排危',
    },
  });
  return { ...setup, view };
}

describe('hazard (隐患) end to end', () => {
  it('goes to the town centre, or straight to the county command centre when severe', async () => {
    const { engine } = testEngine();
    const medium = await engine.open('hazard', {
      data: samples.hazard,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    expect(medium).toMatchObject({ handlingUnit: 'town-a', state: 'reported' });
    expect(medium.deadline?.dueAt).toBe('2026-03-03T16:00:00.000Z');
    const severe = await engine.open('hazard', {
      data: { ...samples.hazard, severity: 'high' },
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    expect(severe.handlingUnit).toBe('qinling');
  });

  it('opens one task per lead and co-handling department, and moves on when every one is done', async () => {
    const { engine, id, view } = await dispatched();
    expect(view).toMatchObject({
      state: 'dispatched',
      data: { lead: 'qinling-natural-resources' },
    });
    expect(view.children.map((child) => child.unit)).toEqual([
      'qinling-natural-resources',
      'qinling-water',
      'qinling-emergency',
    ]);
    const lead = await engine.get(view.children[0]!.id);
    expect(lead).toMatchObject({ typeId: 'hazard-task', parentId: id, state: 'assigned' });
    expect(lead.data).toEqual({
      role: 'lead',
      kind: 'landslide',
      severity: 'medium',
      summary: '雨后后山出现裂缝',
      location: '东一村后山',
      instructions: '三日内完成排危',
    });
    const staff = [naturalResourcesStaff, waterStaff, emergencyStaff];
    for (const [index, child] of view.children.entries()) {
      const actor = staff[index]!;
      const accepted = await engine.perform(child.id, 'accept', { actor });
      expect(accepted.assignee).toBe(actor.id);
      expect(accepted.deadline?.dueAt).toBe('2026-03-16T16:00:00.000Z'); // medium: 10 working days
      await engine.perform(child.id, 'progress', { actor, input: { note: '已到场' } });
      await engine.perform(child.id, 'complete', { actor, input: { report: '已排危' } });
      expect((await engine.get(id)).state).toBe(index < 2 ? 'dispatched' : 'remediated');
    }
    const closed = await engine.perform(id, 'reinspect', {
      actor: townDirector,
      input: { passed: true, notes: '复查合格' },
    });
    expect(closed).toMatchObject({
      state: 'closed',
      closed: true,
      data: { inspection: '复查合格' },
    });
    expect(replay(engine.caseTypes, await engine.history(id))).toEqual(closed);
  });

  it('gives a severe hazard’s tasks three working days', async () => {
    const { engine } = testEngine();
    const { id } = await engine.open('hazard', {
      data: { ...samples.hazard, severity: 'high' },
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    await engine.perform(id, 'verify', { actor: countyDirector, input: {} });
    const view = await engine.perform(id, 'dispatch', {
      actor: countyDirector,
      input: { lead: 'qinling-water' },
    });
    const task = await engine.perform(view.children[0]!.id, 'accept', { actor: waterStaff });
    expect(task.deadline?.dueAt).toBe('2026-03-05T16:00:00.000Z');
  });

  it('goes back to verified when a department returns its task, and a new dispatch starts a new round', async () => {
    const { engine, id, view } = await dispatched();
    await engine.perform(view.children[1]!.id, 'return', {
      actor: waterStaff,
      input: { reason: '不属于水利职责' },
    });
    expect((await engine.get(id)).state).toBe('verified');
    const again = await engine.perform(id, 'dispatch', {
      actor: townDirector,
      input: { lead: 'qinling-natural-resources' },
    });
    const task = again.children[3]!.id;
    await engine.perform(task, 'accept', { actor: naturalResourcesStaff });
    await engine.perform(task, 'complete', {
      actor: naturalResourcesStaff,
      input: { report: '已加固' },
    });
    expect((await engine.get(id)).state).toBe('remediated');
  });

  it('is remedied by the town itself, and a failed re-inspection sends it back', async () => {
    const { engine, id } = await verified();
    const remedied = await engine.perform(id, 'remediate', {
      actor: townDirector,
      input: { measures: '设置警示牌并疏散两户' },
    });
    expect(remedied).toMatchObject({
      state: 'remediated',
      data: { remediation: '设置警示牌并疏散两户' },
    });
    await expect(
      engine.perform(id, 'reinspect', {
        actor: townDirector,
        input: { passed: false, notes: '仍有险情' },
      }),
    ).rejects.toMatchObject({ code: 'not-available' });
    const back = await engine.perform(id, 'send-back', {
      actor: townDirector,
      input: { reason: '警示牌位置不当' },
    });
    expect(back).toMatchObject({ state: 'verified', data: { inspection: '警示牌位置不当' } });
  });

  it('refuses a lead department that is also named as a co-handler', async () => {
    const { engine, id } = await verified();
    await expect(
      engine.perform(id, 'dispatch', {
        actor: townDirector,
        input: { lead: 'qinling-water', coHandlers: ['qinling-water'] },
      }),
    ).rejects.toMatchObject({ code: 'not-available', issues: [{ keyword: 'guard' }] });
    expect((await engine.get(id)).children).toEqual([]);
  });

  it('lets only a centre of the town or county dispatch, and no department act on another’s task', async () => {
    const { engine, id, view } = await dispatched();
    await expect(
      engine.perform(view.children[0]!.id, 'accept', { actor: waterStaff }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const setup = await verified();
    await expect(
      setup.engine.perform(setup.id, 'dispatch', {
        actor: villageDirector,
        input: { lead: 'qinling-water' },
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await engine.available(id, gridWorker)).toEqual([]);
  });

  it('escalates an unverified hazard to the county when its working day passes', async () => {
    const { engine } = testEngine();
    const { id } = await engine.open('hazard', {
      data: samples.hazard,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    await engine.runDue('2026-03-04T00:00:00.000Z');
    expect(await engine.get(id)).toMatchObject({ handlingUnit: 'qinling', escalations: 1 });
  });

  it('marks a task overdue and alerts the county when a department does not accept it in time', async () => {
    const { engine, view } = await dispatched();
    const events = await engine.runDue('2026-03-04T00:00:00.000Z');
    const passed = events.filter((event) => event.type === 'deadline-passed');
    expect(passed.map((event) => event.alertUnit)).toEqual(['qinling', 'qinling', 'qinling']);
    expect((await engine.get(view.children[1]!.id)).overdue).toBe(true);
    const overdue = await engine.query({ typeId: 'hazard-task', overdue: true }, countyDirector);
    expect(overdue).toHaveLength(3);
  });
});
