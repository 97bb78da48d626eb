import { replay } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { hazardData, people, testEngine } from './county.js';

const {
  gridWorker,
  townDirector,
  countyDirector,
  waterStaff,
  emergencyStaff,
  natresStaff,
  villageDirector,
} = people;

async function dispatchedHazard() {
  const setup = testEngine();
  const { engine } = setup;
  const { id } = await engine.open('hazard', {
    data: hazardData,
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  await engine.perform(id, 'verify', { actor: townDirector, input: { notes: '现场确认' } });
  const view = await engine.perform(id, 'dispatch', {
    actor: townDirector,
    input: { lead: 'county-natres', coHandlers: ['county-water', 'county-emergency'] },
  });
  return { ...setup, id, view };
}

describe('hazard (隐患) end to end', () => {
  it('goes to the town centre, or straight to the county command centre when severe', async () => {
    const { engine } = testEngine();
    const medium = await engine.open('hazard', {
      data: hazardData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    expect(medium.handlingUnit).toBe('town-a');
    const severe = await engine.open('hazard', {
      data: { ...hazardData, severity: 'high' },
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    expect(severe.handlingUnit).toBe('county');
  });

  it('counts its deadlines in working days across the Qingming holiday', async () => {
    const { engine, clock } = testEngine();
    clock.set('2026-04-03T08:00:00.000Z'); // Friday 16:00 in Beijing; 4–6 April are holidays
    const view = await engine.open('hazard', {
      data: hazardData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    // One working day: Tuesday 7 April, ending at midnight Beijing time.
    expect(view.deadline?.dueAt).toBe('2026-04-07T16:00:00.000Z');
  });

  it('opens a lead and co-handling child case per department and shows them in its history', async () => {
    const { engine, id, view } = await dispatchedHazard();
    expect(view.state).toBe('dispatched');
    expect(view.children.map((c) => c.unit)).toEqual([
      'county-natres',
      'county-water',
      'county-emergency',
    ]);
    const history = await engine.history(id);
    expect(history.filter((e) => e.type === 'child-opened')).toHaveLength(3);
    const lead = await engine.get(view.children[0]!.id);
    expect(lead).toMatchObject({
      typeId: 'hazard-task',
      parentId: id,
      handlingUnit: 'county-natres',
      state: 'assigned',
    });
    expect(lead.data).toEqual({ role: 'lead', kind: 'landslide', summary: '雨后山体出现裂缝' });
  });

  it('moves on to remediated when every department is done, then the dispatcher re-inspects and closes', async () => {
    const { engine, id, view } = await dispatchedHazard();
    const staff = [natresStaff, waterStaff, emergencyStaff];
    for (const [index, child] of view.children.entries()) {
      const actor = staff[index]!;
      await engine.perform(child.id, 'accept', { actor });
      await engine.perform(child.id, 'progress', { actor, input: { note: '已到场' } });
      await engine.perform(child.id, 'complete', { actor, input: { report: '已清理完毕' } });
      const parent = await engine.get(id);
      expect(parent.state).toBe(index < 2 ? 'dispatched' : 'remediated');
    }
    const history = await engine.history(id);
    expect(history.at(-1)).toMatchObject({
      type: 'performed',
      reason: 'children',
      from: 'dispatched',
      to: 'remediated',
    });
    await expect(
      engine.perform(id, 'reinspect', {
        actor: townDirector,
        input: { passed: false, notes: '仍有裂缝' },
      }),
    ).rejects.toMatchObject({ code: 'not-available' });
    const closed = await engine.perform(id, 'reinspect', {
      actor: townDirector,
      input: { passed: true, notes: '复查合格' },
    });
    expect(closed).toMatchObject({ state: 'closed', closed: true });
    expect(closed.data.remediation).toBe('复查合格');
    expect(replay(engine.caseTypes, await engine.history(id))).toEqual(closed);
  });

  it('goes back to the dispatcher when a department returns its task with a reason', async () => {
    const { engine, id, view } = await dispatchedHazard();
    await engine.perform(view.children[1]!.id, 'return', {
      actor: waterStaff,
      input: { reason: '不属于水利职责' },
    });
    const parent = await engine.get(id);
    expect(parent.state).toBe('verified');
    // A new dispatch starts a new round: the earlier children no longer count.
    const again = await engine.perform(id, 'dispatch', {
      actor: townDirector,
      input: { lead: 'county-natres' },
    });
    expect(again.children).toHaveLength(4);
    await engine.perform(again.children[3]!.id, 'accept', { actor: natresStaff });
    await engine.perform(again.children[3]!.id, 'complete', {
      actor: natresStaff,
      input: { report: '已加固' },
    });
    expect((await engine.get(id)).state).toBe('remediated');
  });

  it('lets only a town or county centre dispatch, only to units that exist', async () => {
    const { engine } = testEngine();
    const { id } = await engine.open('hazard', {
      data: hazardData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    await engine.perform(id, 'verify', { actor: townDirector });
    await expect(
      engine.perform(id, 'dispatch', { actor: villageDirector, input: { lead: 'county-water' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const error = await engine
      .perform(id, 'dispatch', {
        actor: townDirector,
        input: { lead: 'county-water', coHandlers: ['nowhere'] },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: '/coHandlers/0' }] });
    expect((await engine.get(id)).state).toBe('verified');
    await engine.perform(id, 'escalate', { actor: townDirector });
    expect(await engine.available(id, countyDirector)).toEqual(['dispatch']);
  });

  it('marks a task overdue and alerts the unit above when a department does not accept in time', async () => {
    const { engine, clock, view } = await dispatchedHazard();
    clock.set('2026-03-04T00:00:00.000Z');
    const events = await engine.runDue();
    const passed = events.filter((e) => e.type === 'deadline-passed');
    expect(passed).toHaveLength(3);
    expect(passed[0]).toMatchObject({ alertUnit: 'county', overdue: true });
    const lead = await engine.get(view.children[0]!.id);
    expect(lead.overdue).toBe(true);
    const overdue = await engine.query({ overdue: true, typeId: 'hazard-task' }, countyDirector);
    expect(overdue).toHaveLength(3);
  });
});
