import { replay } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { people, testEngine } from './kit-county.js';
import { samples } from './samples.js';

const {
  gridWorker,
  otherGridWorker,
  householdHead,
  mediator,
  villageDirector,
  otherVillageDirector,
  townDirector,
  countyDirector,
} = people;

async function reported() {
  const setup = testEngine();
  const view = await setup.engine.open('dispute', {
    data: samples.dispute,
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  return { ...setup, id: view.id, view };
}

describe('dispute (矛盾纠纷) end to end', () => {
  it('is mediated in the village above the grid where it was reported', async () => {
    const { view } = await reported();
    expect(view).toMatchObject({ state: 'reported', handlingUnit: 'village-a1', assignee: null });
    // One working day: opened Monday 2 March, due at the end of Tuesday in Beijing.
    expect(view.deadline).toEqual({ state: 'reported', dueAt: '2026-03-03T16:00:00.000Z' });
  });

  it('is settled, followed up and rated in the village', async () => {
    const { engine, id, clock } = await reported();
    const accepted = await engine.perform(id, 'accept', { actor: mediator });
    expect(accepted).toMatchObject({ state: 'mediating', assignee: 'li-si' });
    expect(accepted.deadline?.dueAt).toBe('2026-03-16T16:00:00.000Z'); // ten working days
    await expect(
      engine.perform(id, 'resolve', {
        actor: mediator,
        input: { agreement: '按原界址确权', partiesAgree: false },
      }),
    ).rejects.toMatchObject({ code: 'not-available' });
    const resolved = await engine.perform(id, 'resolve', {
      actor: mediator,
      input: { agreement: '按原界址确权', partiesAgree: true },
    });
    expect(resolved).toMatchObject({ state: 'resolved', data: { agreement: '按原界址确权' } });
    expect(resolved.deadline?.dueAt).toBe('2026-03-17T01:00:00.000Z'); // follow-up within 15 days
    clock.advance(3 * 86_400_000);
    const closed = await engine.perform(id, 'follow-up', {
      actor: gridWorker,
      input: { notes: '双方已按协议履行', agreementKept: true, satisfaction: 5 },
    });
    expect(closed).toMatchObject({ state: 'closed', closed: true, handlingUnit: 'village-a1' });
    expect(closed.data).toMatchObject({ satisfaction: 5, followUp: '双方已按协议履行' });
    expect(replay(engine.caseTypes, await engine.history(id))).toEqual(closed);
  });

  it('goes back to mediation when the follow-up finds the settlement broken', async () => {
    const { engine, id } = await reported();
    await engine.perform(id, 'accept', { actor: mediator });
    await engine.perform(id, 'resolve', {
      actor: mediator,
      input: { agreement: '赔偿两千元', partiesAgree: true },
    });
    await expect(
      engine.perform(id, 'follow-up', {
        actor: gridWorker,
        input: { notes: '未付款', agreementKept: false },
      }),
    ).rejects.toMatchObject({ code: 'not-available' });
    const again = await engine.perform(id, 'reopen', {
      actor: gridWorker,
      input: { reason: '一方未按期付款' },
    });
    expect(again.state).toBe('mediating');
  });

  it('goes up one level at a time when nobody accepts it in time, and is overdue at the top', async () => {
    const { engine, id } = await reported();
    await engine.runDue('2026-03-04T00:00:00.000Z');
    const atTown = await engine.get(id);
    expect(atTown).toMatchObject({ state: 'reported', handlingUnit: 'town-a', escalations: 1 });
    // Re-armed from the moment it passed (Wednesday 00:00 in Beijing): the end of Thursday.
    expect(atTown.deadline?.dueAt).toBe('2026-03-05T16:00:00.000Z');
    await engine.runDue('2026-03-06T00:00:00.000Z');
    expect(await engine.get(id)).toMatchObject({ handlingUnit: 'qinling', escalations: 2 });
    await engine.runDue('2026-03-20T00:00:00.000Z');
    const top = await engine.get(id);
    expect(top).toMatchObject({ handlingUnit: 'qinling', escalations: 2, overdue: true });
    const types = (await engine.history(id)).map((event) => event.type);
    expect(types).toEqual(['opened', 'escalated', 'escalated', 'deadline-passed']);
  });

  it('is escalated by hand with a reason, and the town accepts it afresh', async () => {
    const { engine, id } = await reported();
    await engine.perform(id, 'accept', { actor: mediator });
    const escalated = await engine.perform(id, 'escalate', {
      actor: mediator,
      input: { reason: '涉及两村土地，村里调解不成' },
    });
    expect(escalated).toMatchObject({ state: 'reported', handlingUnit: 'town-a', assignee: null });
    await expect(engine.perform(id, 'accept', { actor: villageDirector })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await engine.available(id, townDirector)).toEqual(
      expect.arrayContaining(['accept', 'escalate', 'reassign']),
    );
    await engine.perform(id, 'accept', { actor: townDirector });
    await engine.perform(id, 'escalate', { actor: townDirector, input: { reason: '需县里协调' } });
    expect(await engine.available(id, countyDirector)).not.toContain('escalate');
  });

  it('ends referred to court or withdrawn by the parties', async () => {
    const first = await reported();
    await first.engine.perform(first.id, 'accept', { actor: mediator });
    const referred = await first.engine.perform(first.id, 'refer', {
      actor: mediator,
      input: { reason: '当事人坚持诉讼' },
    });
    expect(referred).toMatchObject({ state: 'referred', closed: true });
    const second = await reported();
    const withdrawn = await second.engine.perform(second.id, 'withdraw', {
      actor: villageDirector,
      input: { reason: '双方自行和解' },
    });
    expect(withdrawn).toMatchObject({ state: 'withdrawn', closed: true });
  });

  it('refuses the wrong role and anyone outside the village', async () => {
    const { engine, id } = await reported();
    await expect(engine.perform(id, 'accept', { actor: householdHead })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      engine.perform(id, 'accept', { actor: otherVillageDirector }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      engine.open('dispute', { data: samples.dispute, unit: 'grid-a1-1', actor: otherGridWorker }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await engine.available(id, otherVillageDirector)).toEqual([]);
  });
});
