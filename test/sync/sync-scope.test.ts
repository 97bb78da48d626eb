// Cases that come into a person's scope partway: the server's pull serves only the cases the
// person may see now, so such a case arrives from a seq past the end of the device's log for
// it. The client takes the case's whole history (GET /cases/:id) first, then the page.
import { type Actor, fetchTransport } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { hazardData, people } from '../../packages/core/test/county.js';
import { type Call, type TestCounty, testCounty, testDevice, viewsOf } from './sync-support.js';

const { townDirector, natresStaff, waterStaff, gridWorker, villageMediator } = people;
const intoNatres: Actor = { ...waterStaff, unit: 'county-natres' };

/** A hazard reported, verified and dispatched to the natural resources bureau; its task's id. */
async function dispatchedHazard(county: TestCounty) {
  const town = testDevice(county, 'town', townDirector);
  const { id } = await town.engine.open('hazard', {
    data: hazardData,
    unit: 'grid-a1-1',
    actor: townDirector,
  });
  await town.engine.perform(id, 'verify', { actor: townDirector, input: { notes: '现场确认' } });
  await town.engine.perform(id, 'dispatch', {
    actor: townDirector,
    input: { lead: 'county-natres' },
  });
  await town.client.sync();
  const task = (await county.store.load(id))?.children[0]?.id;
  if (!task) throw new Error('The server opened no task.');
  return { hazard: id, task };
}

/** Counts the calls a device makes, by kind. */
function countCalls(device: ReturnType<typeof testDevice>) {
  const calls: Call[] = [];
  device.link.intercept = (what, send) => {
    calls.push(what);
    return send();
  };
  return calls;
}

describe('syncClient: cases that come into scope partway', () => {
  it('takes the whole history of a dispatched hazard’s task that a department device had never seen', async () => {
    const county = testCounty();
    // Feng Er works for the water bureau; his phone has synced, so its cursor is past the dispatch.
    const feng = testDevice(county, 'feng', waterStaff);
    const { task } = await dispatchedHazard(county);
    const yang = testDevice(county, 'yang', natresStaff);
    await yang.client.sync();
    await yang.engine.perform(task, 'accept', { actor: natresStaff });
    await yang.client.sync();
    await feng.client.sync();
    expect(await feng.store.load(task)).toBeUndefined();

    // The county moves him to the natural resources bureau; the task moves on meanwhile.
    county.people.set(waterStaff.id, intoNatres);
    await yang.engine.perform(task, 'progress', { actor: natresStaff, input: { note: '已进场' } });
    await yang.client.sync();
    const calls = countCalls(feng);

    const report = await feng.client.sync();

    expect(calls.filter((call) => call === 'history')).toHaveLength(1);
    expect(report).toMatchObject({ pulled: 3, confirmed: 0, rejected: 0 });
    expect(await feng.store.events(task)).toEqual(await county.store.events(task));
    const { device, server } = await viewsOf(feng, county);
    expect(device).toEqual(server);
    expect(await feng.store.checkpoint()).toBe((await county.log()).at(-1)?.position);

    // From now on the case is like any other on his phone: what he does there is confirmed.
    await feng.engine.perform(task, 'progress', {
      actor: intoNatres,
      input: { note: '已完成一半' },
    });
    expect(await feng.client.sync()).toMatchObject({ confirmed: 1, rejected: 0 });
    expect(await feng.store.load(task)).toEqual(await county.store.load(task));
  });

  it('fills the events a device missed while a case was out of its scope', async () => {
    const county = testCounty();
    const zhang = testDevice(county, 'zhang', gridWorker);
    const li = testDevice(county, 'li', villageMediator);
    const { id } = await zhang.openDispute();
    await zhang.engine.perform(id, 'accept', { actor: gridWorker });
    await zhang.client.sync();
    await li.client.sync();

    // Moved to West Town's village for a while: the case goes on without him.
    county.people.set(gridWorker.id, { ...gridWorker, unit: 'village-b1' });
    await li.engine.perform(id, 'resolve', {
      actor: villageMediator,
      input: { agreement: '以现有围墙为界', partiesAgree: true },
    });
    await li.client.sync();
    await zhang.client.sync();
    county.people.set(gridWorker.id, gridWorker);
    await li.engine.perform(id, 'follow-up', {
      actor: villageMediator,
      input: { notes: '已和好' },
    });
    await li.client.sync();

    await zhang.client.sync();

    expect((await zhang.store.events(id)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(await zhang.store.events(id)).toEqual(await county.store.events(id));
    expect(await zhang.store.load(id)).toEqual(await county.store.load(id));
  });

  it('drops a case that left the person’s scope again before its history was asked for', async () => {
    const county = testCounty();
    const feng = testDevice(county, 'feng', waterStaff);
    const { task } = await dispatchedHazard(county);
    await feng.client.sync();
    county.people.set(waterStaff.id, intoNatres);
    const yang = testDevice(county, 'yang', natresStaff);
    await yang.client.sync();
    await yang.engine.perform(task, 'accept', { actor: natresStaff });
    await yang.client.sync();
    feng.link.intercept = (what, send) => {
      // Moved back between the pull and the history: the server answers 404.
      if (what === 'history') county.people.set(waterStaff.id, waterStaff);
      return send();
    };

    await feng.client.sync();

    expect(await feng.store.load(task)).toBeUndefined();
    expect(await feng.store.checkpoint()).toBe((await county.log()).at(-1)?.position);

    // Back in the bureau for good: the next event brings the whole case again.
    feng.link.intercept = undefined;
    county.people.set(waterStaff.id, intoNatres);
    await yang.engine.perform(task, 'progress', { actor: natresStaff, input: { note: '已进场' } });
    await yang.client.sync();
    await feng.client.sync();
    expect(await feng.store.events(task)).toEqual(await county.store.events(task));
  });

  it('still fails when the server and the device disagree about how a case began', async () => {
    const county = testCounty();
    const a = testDevice(county, 'a', gridWorker);
    const { id } = await a.openDispute();
    const [opened] = await a.engine.history(id);
    await a.client.sync();
    const b = testDevice(county, 'b', villageMediator);
    // B holds another first event of the same case, as if from another server.
    await b.store.applyRemote([{ position: 99, event: { ...opened!, id: 'elsewhere-1' } }]);
    const calls = countCalls(b);

    await expect(b.client.sync()).rejects.toMatchObject({ code: 'conflict' });
    expect(calls).not.toContain('history');
    expect(await b.store.checkpoint()).toBeUndefined();
  });
});

describe('GET /cases/:id for a device', () => {
  it('gives the history with each event’s log position, as the pull would', async () => {
    const county = testCounty();
    const { task } = await dispatchedHazard(county);
    const transport = fetchTransport({
      url: 'http://county.test',
      auth: () => ({ 'x-test-person': natresStaff.id }),
      fetch: county.fetch,
      locale: 'en',
    });
    const log = (await county.log()).filter((entry) => entry.event.caseId === task);
    expect(await transport.history(task)).toEqual(log);
    const plain = await county.fetch(`http://county.test/cases/${task}`, {
      method: 'GET',
      headers: { 'x-test-person': natresStaff.id },
    });
    expect(JSON.parse(await plain.text())).not.toHaveProperty('positions');
    await expect(
      fetchTransport({
        url: 'http://county.test',
        auth: () => ({ 'x-test-person': waterStaff.id }),
        fetch: county.fetch,
        locale: 'en',
      }).history(task),
    ).rejects.toMatchObject({ failure: 'http', status: 404, serverCode: 'not-found' });
  });
});
