import { describe, expect, it } from 'vitest';
import { people, testEngine } from './kit-county.js';
import { samples } from './samples.js';

const { gridWorker, householdHead, villageDirector, townDirector } = people;

async function identified() {
  const setup = testEngine();
  const household = await setup.engine.open('household', {
    data: samples.household,
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  const view = await setup.engine.open('poverty-watch', {
    data: { ...samples.povertyWatch, household: household.id },
    unit: 'grid-a1-1',
    actor: householdHead,
  });
  return { ...setup, id: view.id, view, household };
}

async function watched() {
  const setup = await identified();
  await setup.engine.perform(setup.id, 'verify', {
    actor: gridWorker,
    input: { incomePerCapita: 6200, members: 4, notes: '户主住院，收入骤减' },
  });
  const view = await setup.engine.perform(setup.id, 'approve', {
    actor: townDirector,
    input: { assignee: 'zhang-san' },
  });
  return { ...setup, view };
}

describe('return-to-poverty watch (防返贫监测) end to end', () => {
  it('is verified at home by the village and approved by the town', async () => {
    const { engine, id, view, household } = await identified();
    expect(view).toMatchObject({ state: 'identified', handlingUnit: 'village-a1' });
    expect(view.data.household).toBe(household.id);
    const verified = await engine.perform(id, 'verify', {
      actor: gridWorker,
      input: { incomePerCapita: 6200, notes: '户主住院，收入骤减' },
    });
    expect(verified).toMatchObject({ state: 'reviewing', data: { incomePerCapita: 6200 } });
    await expect(
      engine.perform(id, 'approve', { actor: villageDirector, input: { assignee: 'zhang-san' } }),
    ).rejects.toMatchObject({ code: 'not-available', issues: [{ keyword: 'when' }] });
    const approved = await engine.perform(id, 'approve', {
      actor: townDirector,
      input: { assignee: 'zhang-san' },
    });
    expect(approved).toMatchObject({ state: 'monitoring', assignee: 'zhang-san' });
    expect(approved.deadline?.dueAt).toBe('2026-04-02T01:00:00.000Z'); // medium risk: monthly
  });

  it('records each check at home and schedules the next; a missed check alerts the town', async () => {
    const { engine, clock, id } = await watched();
    clock.set('2026-03-20T01:00:00.000Z');
    const checked = await engine.perform(id, 'visit', {
      actor: gridWorker,
      input: { date: '2026-03-20', incomePerCapita: 7100, notes: '已出院，务工恢复' },
    });
    expect(checked.data).toMatchObject({ lastCheck: '2026-03-20', incomePerCapita: 7100 });
    expect(checked.deadline?.dueAt).toBe('2026-04-20T01:00:00.000Z');
    const events = await engine.runDue('2026-04-21T00:00:00.000Z');
    expect(events).toMatchObject([{ type: 'deadline-passed', alertUnit: 'town-a' }]);
  });

  it('marks the risk removed only once assistance is in place and the risk is low', async () => {
    const { engine, id } = await watched();
    const exit = () =>
      engine.perform(id, 'exit', { actor: villageDirector, input: { reason: '收入稳定' } });
    await expect(exit()).rejects.toMatchObject({ code: 'not-available' });
    const assisted = await engine.perform(id, 'assist', {
      actor: villageDirector,
      input: { measures: ['medical-aid', 'employment'], notes: '大病救助并推荐务工' },
    });
    expect(assisted.data.measures).toEqual(['medical-aid', 'employment']);
    await expect(exit()).rejects.toMatchObject({ code: 'not-available' });
    await engine.perform(id, 'reassess', {
      actor: villageDirector,
      input: { riskLevel: 'low', reason: '连续三月收入稳定' },
    });
    expect(await exit()).toMatchObject({ state: 'exited', closed: true });
  });

  it('ends without a watch when the town does not include the household', async () => {
    const { engine, id } = await identified();
    await engine.perform(id, 'verify', {
      actor: gridWorker,
      input: { incomePerCapita: 15000, notes: '收入正常' },
    });
    const rejected = await engine.perform(id, 'reject', {
      actor: townDirector,
      input: { reason: '收入高于监测线' },
    });
    expect(rejected).toMatchObject({ state: 'not-included', closed: true });
  });

  it('goes up to the town when the village does not verify it within five working days', async () => {
    const { engine, id } = await identified();
    await engine.runDue('2026-03-10T00:00:00.000Z');
    expect(await engine.get(id)).toMatchObject({ handlingUnit: 'town-a', escalations: 1 });
  });
});
