// A device that gives syncClient only the server's URL and its credentials, over a real HTTP
// listener on loopback (the global fetch, as in a browser).
import type { AddressInfo } from 'node:net';
import { createEngine, memoryLocalStore, syncClient } from '@casegrid/core';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import {
  disputeData,
  engineOptions,
  people,
  sequentialIds,
  testClock,
} from '../../packages/core/test/county.js';
import { testCounty } from './sync-support.js';

describe('syncClient({ url, auth })', () => {
  it('pushes an action taken offline to the server over HTTP and has it confirmed', async () => {
    const county = testCounty();
    const server = serve({ fetch: county.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const store = memoryLocalStore({ locale: 'en' });
      const engine = createEngine(
        engineOptions({
          store,
          clock: testClock('2026-03-02T00:30:00.000Z').now,
          ids: sequentialIds('http'),
        }),
      );
      const view = await engine.open('dispute', {
        data: disputeData,
        unit: 'grid-a1-1',
        actor: people.gridWorker,
      });
      const client = syncClient({
        engine,
        store,
        url: `http://127.0.0.1:${port}`,
        auth: () => ({ 'x-test-person': people.gridWorker.id }),
        locale: 'en',
      });
      await client.sync();
      expect(await store.outbox.count()).toBe(0);
      expect((await county.log()).map(({ event }) => [event.caseId, event.type])).toEqual([
        [view.id, 'opened'],
      ]);
      client.close();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('needs a transport or a url', () => {
    const store = memoryLocalStore();
    const engine = createEngine(engineOptions({ store }));
    expect(() => syncClient({ engine, store })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});
