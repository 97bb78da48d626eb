import { systemActorId } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { minute, people, testEngine } from './kit-county.js';
import { samples } from './samples.js';

const { countyDirector, townDirector, villageDirector, fireStaff, emergencyStaff, waterStaff } =
  people;

const units = ['qinling-fire-rescue', 'qinling-emergency', 'town-a'];

async function dispatched() {
  const setup = testEngine();
  const { id } = await setup.engine.open('emergency-dispatch', {
    data: samples.emergencyDispatch,
    unit: 'qinling',
    actor: countyDirector,
  });
  const view = await setup.engine.perform(id, 'dispatch', {
    actor: countyDirector,
    input: { units, instructions: '立即赶赴现场，转移群众' },
  });
  return { ...setup, id, view };
}

describe('emergency dispatch (应急调度) end to end', () => {
  it('is opened only by the county command centre, which is on duty for it', async () => {
    const { engine } = testEngine();
    const view = await engine.open('emergency-dispatch', {
      data: samples.emergencyDispatch,
      unit: 'qinling',
      actor: countyDirector,
    });
    expect(view).toMatchObject({
      state: 'received',
      handlingUnit: 'qinling',
      assignee: 'zheng-yi',
    });
    expect(view.deadline?.dueAt).toBe('2026-03-02T01:30:00.000Z');
    await expect(
      engine.open('emergency-dispatch', {
        data: samples.emergencyDispatch,
        unit: 'village-a1',
        actor: villageDirector,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('dispatches several units at once, one task each', async () => {
    const { engine, id, view } = await dispatched();
    expect(view).toMatchObject({ state: 'dispatched', data: { units } });
    expect(view.children.map((child) => child.unit)).toEqual(units);
    const task = await engine.get(view.children[2]!.id);
    expect(task).toMatchObject({
      typeId: 'emergency-task',
      parentId: id,
      handlingUnit: 'town-a',
      state: 'dispatched',
      data: { kind: 'flood', level: 'III', instructions: '立即赶赴现场，转移群众' },
    });
    expect(task.deadline?.dueAt).toBe('2026-03-02T01:15:00.000Z');
  });

  it('tracks each unit’s acknowledgement and arrival, and ends when every task is done', async () => {
    const { engine, clock, id, view } = await dispatched();
    const responders = [fireStaff, emergencyStaff, townDirector];
    for (const [index, child] of view.children.entries()) {
      const actor = responders[index]!;
      clock.advance(5 * minute);
      const acknowledged = await engine.perform(child.id, 'acknowledge', {
        actor,
        input: { people: 12 },
      });
      expect(acknowledged).toMatchObject({
        state: 'acknowledged',
        assignee: actor.id,
        data: { people: 12 },
      });
      clock.advance(30 * minute);
      expect(await engine.perform(child.id, 'arrive', { actor })).toMatchObject({
        state: 'on-scene',
      });
      await engine.perform(child.id, 'progress', { actor, input: { note: '已转移群众 20 人' } });
    }
    for (const [index, child] of view.children.entries()) {
      const actor = responders[index]!;
      await engine.perform(child.id, 'complete', { actor, input: { report: '处置完毕' } });
      expect((await engine.get(id)).closed).toBe(index === 2);
    }
    expect((await engine.history(id)).at(-1)).toMatchObject({
      actor: { id: systemActorId },
      reason: 'children',
      to: 'closed',
    });
    const history = await engine.history(view.children[0]!.id);
    expect(history.map((event) => event.action ?? event.type)).toEqual([
      'opened',
      'acknowledge',
      'arrive',
      'progress',
      'complete',
    ]);
  });

  it('alerts the unit above a unit that does not acknowledge in fifteen minutes', async () => {
    const { engine } = await dispatched();
    const events = await engine.runDue('2026-03-02T01:20:00.000Z');
    const alerts = events
      .filter((event) => event.type === 'deadline-passed')
      .map((e) => e.alertUnit);
    expect(alerts).toEqual(['qinling', 'qinling', 'qinling']);
  });

  it('waits for reinforcements too, and counts a unit stood down as ended', async () => {
    const { engine, id, view } = await dispatched();
    const more = await engine.perform(id, 'reinforce', {
      actor: countyDirector,
      input: { units: ['qinling-water'] },
    });
    expect(more.children).toHaveLength(4);
    await engine.perform(view.children[0]!.id, 'stand-down', {
      actor: countyDirector,
      input: { reason: '无需消防' },
    });
    await expect(
      engine.perform(view.children[2]!.id, 'stand-down', {
        actor: townDirector,
        input: { reason: '自行撤回' },
      }),
    ).rejects.toMatchObject({ code: 'not-available' });
    const finish = async (taskId: string, actor: (typeof people)[keyof typeof people]) => {
      await engine.perform(taskId, 'acknowledge', { actor, input: {} });
      await engine.perform(taskId, 'arrive', { actor });
      await engine.perform(taskId, 'complete', { actor, input: { report: '完毕' } });
    };
    await finish(view.children[1]!.id, emergencyStaff);
    await finish(view.children[2]!.id, townDirector);
    expect((await engine.get(id)).state).toBe('dispatched');
    await finish(more.children[3]!.id, waterStaff);
    expect(await engine.get(id)).toMatchObject({ state: 'closed', closed: true });
  });

  it('is cancelled as a false alarm, and marked overdue when nobody dispatches in thirty minutes', async () => {
    const { engine } = testEngine();
    const first = await engine.open('emergency-dispatch', {
      data: samples.emergencyDispatch,
      unit: 'qinling',
      actor: countyDirector,
    });
    const second = await engine.open('emergency-dispatch', {
      data: samples.emergencyDispatch,
      unit: 'qinling',
      actor: countyDirector,
    });
    const cancelled = await engine.perform(first.id, 'cancel', {
      actor: countyDirector,
      input: { reason: '核实为误报' },
    });
    expect(cancelled).toMatchObject({ state: 'cancelled', closed: true });
    await engine.runDue('2026-03-02T01:31:00.000Z');
    expect(await engine.get(second.id)).toMatchObject({ state: 'received', overdue: true });
  });
});
