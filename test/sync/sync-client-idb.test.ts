// The sync client over the IndexedDB store (on fake-indexeddb): the same settling as over
// memoryLocalStore, through real transactions.
import 'fake-indexeddb/auto';
import { idbStore } from '@casegrid/idb';
import { describe, expect, it } from 'vitest';
import { people } from '../../packages/core/test/county.js';
import { closedAfterEach, uniqueName } from '../../packages/idb/test/helpers.js';
import { testCounty, testDevice, viewsOf } from './sync-support.js';

const store = closedAfterEach(() => idbStore({ name: uniqueName('sync'), locale: 'en' }));
const { gridWorker, villageMediator } = people;

describe('syncClient over idbStore()', () => {
  it('confirms pushed actions with the server’s version, and rebases a conflict', async () => {
    const county = testCounty();
    const a = testDevice(county, 'a', gridWorker, { store: store() });
    const b = testDevice(county, 'b', villageMediator, { store: store() });
    const { id } = await a.openDispute();
    await a.client.sync();
    await b.client.sync();
    await a.engine.perform(id, 'accept', { actor: gridWorker });
    await b.engine.perform(id, 'escalate', {
      actor: villageMediator,
      input: { reason: '需要镇里协调' },
    });

    await a.client.sync();
    expect(await b.client.sync()).toMatchObject({ confirmed: 1, retaken: 1, rejected: 0 });
    await a.client.sync();

    for (const device of [a, b]) {
      expect(await device.store.outbox.count()).toBe(0);
      const { device: mine, server } = await viewsOf(device, county);
      expect(mine).toEqual(server);
    }
  });

  it('keeps a refused action, and discards it on request', async () => {
    const county = testCounty();
    const believed = { ...gridWorker, unit: 'town-a' };
    const device = testDevice(county, 'a', gridWorker, { believed, store: store() });
    const { id } = await device.openDispute('grid-a2-1');
    expect(await device.client.sync()).toMatchObject({ rejected: 1 });
    expect((await device.store.outbox.rejected())[0]?.rejection.code).toBe('forbidden');
    await device.client.discard(device.written[0]!);
    expect(await device.store.load(id)).toBeUndefined();
    expect(await device.store.outbox.count()).toBe(0);
  });
});
