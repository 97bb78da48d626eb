import { CaseGridError, replay } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { day, disputeData, hour, people, testEngine } from './county.js';

const { gridWorker, villageMediator, townDirector, countyDirector, otherGridWorker } = people;

describe('dispute (矛盾纠纷) end to end', () => {
  it('is reported in a grid and handled by its village', async () => {
    const { engine } = testEngine();
    const view = await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    expect(view).toMatchObject({
      state: 'reported',
      unit: 'grid-a1-1',
      handlingUnit: 'village-a1',
      closed: false,
    });
    expect(view.deadline).toEqual({ state: 'reported', dueAt: '2026-03-03T01:00:00.000Z' });
  });

  it('runs reported → mediating → resolved → visited → closed with an agreement and a rating', async () => {
    const { engine, clock } = testEngine();
    const { id } = await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    clock.advance(2 * hour);
    let view = await engine.perform(id, 'accept', { actor: villageMediator });
    expect(view).toMatchObject({ state: 'mediating', assignee: 'li-si' });
    view = await engine.perform(id, 'resolve', {
      actor: villageMediator,
      input: { agreement: '以现有围墙为界', partiesAgree: true },
    });
    expect(view.state).toBe('resolved');
    expect(view.data.agreement).toBe('以现有围墙为界');
    view = await engine.perform(id, 'follow-up', {
      actor: gridWorker,
      input: { notes: '双方已和好' },
    });
    view = await engine.perform(id, 'rate', { actor: gridWorker, input: { satisfaction: 5 } });
    expect(view).toMatchObject({
      state: 'closed',
      closed: true,
      deadline: null,
      handlingUnit: 'village-a1',
    });
    expect(view.data.satisfaction).toBe(5);
    expect(replay(engine.caseTypes, await engine.history(id))).toEqual(view);
  });

  it('refuses a settlement the parties did not agree to, and stores nothing', async () => {
    const { engine } = testEngine();
    const { id } = await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    await engine.perform(id, 'accept', { actor: villageMediator });
    const before = await engine.history(id);
    const error = await engine
      .perform(id, 'resolve', {
        actor: villageMediator,
        input: { agreement: '各让一步', partiesAgree: false },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseGridError);
    expect((error as CaseGridError).code).toBe('not-available');
    expect((error as CaseGridError).issues[0]?.message).toBe(
      'Both parties must agree to the settlement.',
    );
    expect(await engine.history(id)).toEqual(before);
  });

  it('escalates on its own when the village lets the deadline pass: village → town → county', async () => {
    const { engine, clock } = testEngine();
    const { id } = await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    clock.advance(day + 1);
    const events = await engine.runDue();
    expect(events.map((e) => [e.type, e.handlingUnit])).toEqual([['escalated', 'town-a']]);
    let view = await engine.get(id);
    expect(view).toMatchObject({ handlingUnit: 'town-a', escalations: 1, state: 'reported' });
    expect(view.deadline?.dueAt).toBe('2026-03-04T01:00:00.000Z');
    // Two more days pass unnoticed: one run escalates once more and then marks it overdue.
    clock.advance(3 * day);
    await engine.runDue();
    view = await engine.get(id);
    expect(view).toMatchObject({
      handlingUnit: 'county',
      escalations: 2,
      overdue: true,
      deadline: null,
    });
  });

  it('lets a mediator escalate by hand, and the village can no longer act on it', async () => {
    const { engine } = testEngine();
    const { id } = await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    await engine.perform(id, 'accept', { actor: villageMediator });
    const view = await engine.perform(id, 'escalate', {
      actor: villageMediator,
      input: { reason: '涉及跨村土地' },
    });
    expect(view).toMatchObject({ handlingUnit: 'town-a', state: 'reported', assignee: null });
    expect(await engine.available(id, villageMediator)).toEqual([]);
    expect(await engine.available(id, townDirector)).toEqual(['accept', 'escalate']);
    await engine.perform(id, 'accept', { actor: townDirector });
    await engine.perform(id, 'escalate', {
      actor: townDirector,
      input: { reason: '镇级调解未果' },
    });
    const atCounty = await engine.get(id);
    expect(atCounty.handlingUnit).toBe('county');
    expect(await engine.available(id, countyDirector)).toEqual(['accept']);
  });

  it('forbids a grid worker of another village', async () => {
    const { engine } = testEngine();
    const { id } = await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    await expect(engine.perform(id, 'accept', { actor: otherGridWorker })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('closes without a rating when nobody rates within seven days', async () => {
    const { engine, clock } = testEngine();
    const { id } = await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    await engine.perform(id, 'accept', { actor: villageMediator });
    await engine.perform(id, 'resolve', {
      actor: villageMediator,
      input: { agreement: '赔偿五百元', partiesAgree: true },
    });
    await engine.perform(id, 'follow-up', { actor: gridWorker, input: { notes: '已履行' } });
    clock.advance(8 * day);
    const events = await engine.runDue();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'performed',
      action: 'close-unrated',
      reason: 'deadline',
      actor: { id: 'system' },
    });
    expect((await engine.get(id)).state).toBe('closed');
  });
});
