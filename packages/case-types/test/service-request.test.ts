import { systemActorId } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { people, testEngine } from './kit-county.js';
import { samples } from './samples.js';

const { gridWorker, secondGridWorker, householdHead, villageDirector, townDirector } = people;

async function inHand(data: Record<string, unknown> = samples.serviceRequest) {
  const setup = testEngine();
  const { id } = await setup.engine.open('service-request', {
    data,
    unit: 'grid-a1-1',
    actor: householdHead,
  });
  const view = await setup.engine.perform(id, 'accept', { actor: gridWorker });
  return { ...setup, id, view };
}

describe('service request (民生服务, 代办) end to end', () => {
  it('is handled on the villager’s behalf, through a department, then followed up and rated', async () => {
    const { engine, id, view } = await inHand();
    expect(view).toMatchObject({
      state: 'in-progress',
      assignee: 'zhang-san',
      handlingUnit: 'village-a1',
    });
    expect(view.deadline?.dueAt).toBe('2026-03-09T16:00:00.000Z'); // five working days
    const forwarded = await engine.perform(id, 'forward', {
      actor: gridWorker,
      input: { department: 'qinling-rural-revitalisation', note: '材料已代交' },
    });
    expect(forwarded).toMatchObject({
      state: 'with-department',
      data: { department: 'qinling-rural-revitalisation' },
    });
    expect(forwarded.deadline?.dueAt).toBe('2026-03-16T16:00:00.000Z');
    await engine.perform(id, 'department-reply', {
      actor: gridWorker,
      input: { reply: '审核通过' },
    });
    const completed = await engine.perform(id, 'complete', {
      actor: gridWorker,
      input: { result: '补贴已到账' },
    });
    expect(completed).toMatchObject({ state: 'completed', data: { result: '补贴已到账' } });
    const closed = await engine.perform(id, 'follow-up', {
      actor: secondGridWorker,
      input: { satisfaction: 4, notes: '满意' },
    });
    expect(closed).toMatchObject({ state: 'closed', closed: true, data: { satisfaction: 4 } });
  });

  it('is handled again when the villager is not satisfied', async () => {
    const { engine, id } = await inHand();
    await engine.perform(id, 'complete', { actor: gridWorker, input: { result: '已答复' } });
    await expect(
      engine.perform(id, 'follow-up', { actor: gridWorker, input: { satisfaction: 2 } }),
    ).rejects.toMatchObject({ code: 'not-available' });
    const again = await engine.perform(id, 'reopen', {
      actor: gridWorker,
      input: { satisfaction: 2, reason: '补贴金额不对' },
    });
    expect(again).toMatchObject({ state: 'in-progress', data: { satisfaction: 2 } });
  });

  it('is closed unrated by the system when nobody follows up within seven days', async () => {
    const { engine, id } = await inHand();
    await engine.perform(id, 'complete', { actor: gridWorker, input: { result: '已办结' } });
    await engine.runDue('2026-03-10T00:00:00.000Z');
    const history = await engine.history(id);
    expect(history.at(-1)).toMatchObject({
      action: 'close-unrated',
      actor: { id: systemActorId },
      reason: 'deadline',
      to: 'closed',
    });
  });

  it('gives an urgent request one working day, and alerts the town when it runs late', async () => {
    const { engine, id, view } = await inHand({ ...samples.serviceRequest, urgency: 'urgent' });
    expect(view.deadline?.dueAt).toBe('2026-03-03T16:00:00.000Z');
    const [passed] = await engine.runDue('2026-03-04T00:00:00.000Z');
    expect(passed).toMatchObject({ caseId: id, type: 'deadline-passed', alertUnit: 'town-a' });
  });

  it('lets only its handler (or a centre director) complete it', async () => {
    const { engine, id } = await inHand();
    await expect(
      engine.perform(id, 'complete', { actor: secondGridWorker, input: { result: '代办完成' } }),
    ).rejects.toMatchObject({ code: 'not-available', issues: [{ keyword: 'guard' }] });
    await engine.perform(id, 'complete', { actor: villageDirector, input: { result: '代办完成' } });
  });

  it('goes up to the town when nobody accepts it, and is declined only with a reason', async () => {
    const { engine } = testEngine();
    const { id } = await engine.open('service-request', {
      data: samples.serviceRequest,
      unit: 'grid-a1-1',
      actor: householdHead,
    });
    await engine.runDue('2026-03-04T00:00:00.000Z');
    expect(await engine.get(id)).toMatchObject({ state: 'submitted', handlingUnit: 'town-a' });
    await expect(
      engine.perform(id, 'decline', { actor: townDirector, input: {} }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
    const declined = await engine.perform(id, 'decline', {
      actor: townDirector,
      input: { reason: '不属于代办范围' },
    });
    expect(declined).toMatchObject({ state: 'declined', closed: true });
  });

  it('is opened only in a village or a grid', async () => {
    const { engine } = testEngine();
    await expect(
      engine.open('service-request', {
        data: samples.serviceRequest,
        unit: 'town-a',
        actor: townDirector,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
