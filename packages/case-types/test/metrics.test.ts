import { computeMetrics } from '@casegrid/case-types/metrics';
import { createOrg } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { allEvents, allPeople, county, people, testEngine } from './kit-county.js';

const {
  gridWorker,
  secondGridWorker,
  householdHead,
  mediator,
  villageDirector,
  townDirector,
  waterStaff,
} = people;
const org = createOrg({ ...county, people: allPeople });
const now = '2026-03-10T00:00:00.000Z';

/**
 * A small week in East One village, every figure of which is worked out by hand in the tests:
 * A a dispute settled in the village and followed up (rated 4); B a dispute nobody accepted,
 * escalated to the town by its deadline and referred to court there; C a person of concern (followed in
 * its grid) whose weekly visit was missed; D a hazard the town dispatched to the water bureau (one child task)
 * and closed; F a service request handled in the village and rated 5; and a person record,
 * which metrics leave out.
 */
async function smallWeek() {
  const { engine, clock, store } = testEngine();
  const at = (iso: string) => clock.set(iso);
  at('2026-03-02T01:00:00.000Z');
  const a = await engine.open('dispute', {
    data: { summary: '宅基地边界争议', category: 'land', parties: ['张', '李'] },
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  const b = await engine.open('dispute', {
    data: { summary: '欠款纠纷', category: 'debt', parties: ['王', '赵'] },
    unit: 'grid-a1-2',
    actor: gridWorker,
  });
  const c = await engine.open('watched-person', {
    data: { name: '王老五', category: 'petitioner', riskLevel: 'high', reason: '多次越级上访' },
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  const d = await engine.open('hazard', {
    data: { kind: 'flood', severity: 'medium', summary: '河堤渗水', location: '东一村河堤' },
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  const f = await engine.open('service-request', {
    data: { summary: '代办高龄补贴', requester: '刘奶奶', category: 'subsidy' },
    unit: 'grid-a1-1',
    actor: householdHead,
  });
  await engine.open('person', { data: { name: '刘奶奶' }, unit: 'grid-a1-1', actor: gridWorker });
  await engine.perform(d.id, 'verify', { actor: townDirector, input: {} });
  const dispatched = await engine.perform(d.id, 'dispatch', {
    actor: townDirector,
    input: { lead: 'qinling-water' },
  });
  const task = dispatched.children[0]!.id;
  await engine.perform(task, 'accept', { actor: waterStaff });
  await engine.perform(task, 'complete', { actor: waterStaff, input: { report: '已加固堤岸' } });
  await engine.perform(d.id, 'reinspect', {
    actor: townDirector,
    input: { passed: true, notes: '复查合格' },
  });

  at('2026-03-02T02:00:00.000Z');
  await engine.perform(a.id, 'accept', { actor: mediator });
  await engine.perform(c.id, 'assign', {
    actor: villageDirector,
    input: { responsible: 'zhang-san' },
  });
  await engine.perform(f.id, 'accept', { actor: gridWorker });
  at('2026-03-02T03:00:00.000Z');
  await engine.perform(a.id, 'resolve', {
    actor: mediator,
    input: { agreement: '按原界址确权', partiesAgree: true },
  });
  await engine.perform(f.id, 'complete', { actor: gridWorker, input: { result: '已代为申请' } });
  at('2026-03-02T04:00:00.000Z');
  await engine.perform(a.id, 'follow-up', {
    actor: gridWorker,
    input: { notes: '双方已履行', agreementKept: true, satisfaction: 4 },
  });
  await engine.perform(f.id, 'follow-up', { actor: secondGridWorker, input: { satisfaction: 5 } });

  await engine.runDue('2026-03-04T00:00:00.000Z');
  at('2026-03-04T01:00:00.000Z');
  await engine.perform(b.id, 'accept', { actor: townDirector });
  await engine.perform(b.id, 'refer', { actor: townDirector, input: { reason: '当事人要求诉讼' } });
  await engine.runDue(now);
  return allEvents(store);
}

describe('computeMetrics over a small hand-checked week', () => {
  it('counts cases open, closed and overdue, leaving the registers out', async () => {
    const metrics = computeMetrics(await smallWeek(), { org, now });
    expect(metrics.cases).toEqual({ total: 6, open: 1, closed: 5, overdue: 1 });
    expect(metrics.byType).toEqual({
      dispute: { open: 0, closed: 2, overdue: 0 },
      'watched-person': { open: 1, closed: 0, overdue: 1 },
      hazard: { open: 0, closed: 1, overdue: 0 },
      'hazard-task': { open: 0, closed: 1, overdue: 0 },
      'service-request': { open: 0, closed: 1, overdue: 0 },
    });
    expect(metrics.byState).toEqual({ 'watched-person': { monitoring: 1 } });
    expect(metrics.overdueByUnit).toEqual({ 'grid-a1-1': 1 });
  });

  it('tells where cases were closed, child tasks left out: half in the village, half in the town', async () => {
    const { closureByLevel } = computeMetrics(await smallWeek(), { org, now });
    expect(closureByLevel.counts).toEqual({ county: 0, town: 2, village: 2, grid: 0 });
    expect(closureByLevel.shares).toEqual({ county: 0, town: 0.5, village: 0.5, grid: 0 });
  });

  it('counts each deadline met or missed, by state and by the unit that had it', async () => {
    const { onTime } = computeMetrics(await smallWeek(), { org, now });
    const share = (done: number, total: number) => ({ done, total, rate: done / total });
    expect(onTime.byState).toEqual({
      // A in time; B missed in the village, then in time in the town; D in time.
      reported: share(3, 4),
      mediating: share(2, 2),
      resolved: share(1, 1),
      registered: share(1, 1),
      monitoring: share(0, 1),
      verified: share(1, 1),
      dispatched: share(1, 1),
      remediated: share(1, 1),
      assigned: share(1, 1),
      accepted: share(1, 1),
      submitted: share(1, 1),
      'in-progress': share(1, 1),
      completed: share(1, 1),
    });
    expect(onTime.byUnit).toEqual({
      'village-a1': share(6, 7),
      'grid-a1-1': share(1, 2),
      'town-a': share(6, 6),
      'qinling-water': share(2, 2),
    });
  });

  it('averages the ratings and counts the visits made in time against those due', async () => {
    const metrics = computeMetrics(await smallWeek(), { org, now });
    expect(metrics.satisfaction).toEqual({ average: 4.5, count: 2 });
    // A's and F's follow-ups met their deadlines; C's weekly visit was missed.
    expect(metrics.visits).toEqual({ done: 2, total: 3, rate: 2 / 3 });
  });

  it('draws the weekly trend from Monday to Monday in Beijing time, eight weeks back by default', async () => {
    const { weekly } = computeMetrics(await smallWeek(), { org, now });
    expect(weekly).toHaveLength(9);
    expect(weekly[0]).toEqual({ week: '2026-01-12', opened: 0, closed: 0 });
    expect(weekly.at(-2)).toEqual({ week: '2026-03-02', opened: 6, closed: 5 });
    expect(weekly.at(-1)).toEqual({ week: '2026-03-09', opened: 0, closed: 0 });
    const later = computeMetrics(await smallWeek(), {
      org,
      now: '2026-03-08T16:30:00.000Z', // Monday 00:30 in Beijing, still Sunday in UTC
      from: '2026-03-01T00:00:00.000Z',
    });
    expect(later.weekly.map((w) => w.week)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
  });

  it('scores each person: cases closed, deadlines met while assigned, ratings, visits, overdue', async () => {
    const { scorecards } = computeMetrics(await smallWeek(), { org, now });
    const card = (id: string) => scorecards.people.find((c) => c.id === id);
    expect(card('zhang-san')).toEqual({
      id: 'zhang-san',
      handled: 1,
      onTime: { done: 2, total: 3, rate: 2 / 3 },
      satisfaction: 5,
      visits: { done: 1, total: 2, rate: 0.5 },
      overdue: 1,
    });
    expect(card('li-si')).toEqual({
      id: 'li-si',
      handled: 0,
      onTime: { done: 2, total: 2, rate: 1 },
      satisfaction: 4,
      visits: { done: 1, total: 1, rate: 1 },
      overdue: 0,
    });
    expect(card('zhou-jiu')).toMatchObject({ handled: 2, onTime: { done: 1, total: 1 } });
    expect(card('feng-er')).toMatchObject({ handled: 1, onTime: { done: 1, total: 1 } });
    expect(card('qian-er')).toMatchObject({ handled: 1, onTime: { total: 0, rate: null } });
    // Everyone the org knows has a card, most cases closed first.
    expect(scorecards.people.map((c) => c.id).slice(0, 1)).toEqual(['zhou-jiu']);
    expect(scorecards.people).toHaveLength(allPeople.length);
    expect(card('system')).toBeUndefined();
  });

  it('scores each unit by the cases it handled', async () => {
    const { scorecards } = computeMetrics(await smallWeek(), { org, now });
    const card = (id: string) => scorecards.units.find((c) => c.id === id);
    expect(card('village-a1')).toEqual({
      id: 'village-a1',
      handled: 2,
      onTime: { done: 6, total: 7, rate: 6 / 7 },
      satisfaction: 4.5,
      visits: { done: 2, total: 2, rate: 1 },
      overdue: 0,
    });
    // C, the person of concern, is followed in its grid, where the visit was missed.
    expect(card('grid-a1-1')).toMatchObject({ visits: { done: 0, total: 1 }, overdue: 1 });
    expect(card('town-a')).toMatchObject({ handled: 2, onTime: { done: 6, total: 6 }, overdue: 0 });
    expect(card('qinling-water')).toMatchObject({ handled: 1, onTime: { done: 2, total: 2 } });
    expect(card('town-b')).toMatchObject({ handled: 0, onTime: { total: 0, rate: null } });
    expect(scorecards.units).toHaveLength(county.units.length);
  });

  it('keeps to the cases reported in or handled by the scope', async () => {
    const events = await smallWeek();
    expect(computeMetrics(events, { org, now, scope: 'town-a' }).cases.total).toBe(5);
    const water = computeMetrics(events, { org, now, scope: 'qinling-water' });
    expect(water.cases).toEqual({ total: 1, open: 0, closed: 1, overdue: 0 });
    expect(water.scorecards.units.map((c) => c.id)).toEqual(['qinling-water']);
    expect(water.scorecards.people.map((c) => c.id)).toEqual(['feng-er']);
    const west = computeMetrics(events, { org, now, scope: 'town-b' });
    expect(west.cases).toEqual({ total: 0, open: 0, closed: 0, overdue: 0 });
    expect(west.closureByLevel.shares).toEqual({ county: 0, town: 0, village: 0, grid: 0 });
  });

  it('counts a deadline already due at now as missed before the scheduler records it', async () => {
    const events = await smallWeek();
    const beforeScheduler = events.filter((e) => !(e.type === 'deadline-passed'));
    const metrics = computeMetrics(beforeScheduler, { org, now });
    expect(metrics.cases.overdue).toBe(1);
    expect(metrics.visits).toEqual({ done: 2, total: 3, rate: 2 / 3 });
    expect(
      computeMetrics(beforeScheduler, { org, now: '2026-03-08T00:00:00.000Z' }).visits,
    ).toEqual({
      done: 2,
      total: 2,
      rate: 1,
    });
  });

  it('skips repeated events and reads the rating from another field when told', async () => {
    const events = await smallWeek();
    const twice = computeMetrics([...events, ...events], { org, now });
    expect(twice).toEqual(computeMetrics(events, { org, now }));
    const renamed = computeMetrics(events, { org, now, satisfactionKey: 'rating' });
    expect(renamed.satisfaction).toEqual({ average: null, count: 0 });
  });

  it('counts case types and states whose names an object already has', async () => {
    const events = (await smallWeek()).map((event) =>
      event.typeId === 'dispute' ? { ...event, typeId: 'constructor' } : event,
    );
    const metrics = computeMetrics(events, { org, now });
    expect(metrics.byType.constructor).toEqual({ open: 0, closed: 2, overdue: 0 });
  });
});
