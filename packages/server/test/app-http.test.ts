// The server over real HTTP: serve() on a free port with PGlite, and the app mounted elsewhere.
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CaseView } from '@casegrid/core';
import { bearerAuth, type Database, type RunningServer, serve } from '@casegrid/server';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseTypes, cn2026, guards } from '../../core/test/county.ts';
import { county, disputeData, people, secret, testServer, tokenFor } from './app-support.ts';
import { openTestPglite } from './support/pglite.ts';
import { truncateStore } from './support/store.ts';
import { openOn, type PullResponse, type PushResponse, testDevice } from './sync-support.ts';

describe('serve() on a real port with PGlite', () => {
  let db: Database;
  let server: RunningServer;

  beforeAll(async () => {
    db = await openTestPglite();
    server = await serve({
      caseTypes: caseTypes(),
      org: county,
      guards,
      calendar: cn2026,
      authenticate: bearerAuth({ secret, org: county }),
      db,
      port: 0,
      hostname: '127.0.0.1',
      schedulerIntervalMs: false,
    });
    await truncateStore(db);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('answers health, opens a case, syncs a device and reads back over HTTP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' });

    const auth = { authorization: `Bearer ${await tokenFor(people.gridWorker)}` };
    const json = { ...auth, 'content-type': 'application/json' };
    const opened = await fetch(`${server.url}/cases`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ typeId: 'dispute', unit: 'grid-a1-1', data: disputeData }),
    });
    expect(opened.status).toBe(201);
    const view = ((await opened.json()) as { case: CaseView }).case;

    const device = testDevice();
    const open = await openOn(device, people.gridWorker, disputeData);
    const pushed = await fetch(`${server.url}/sync/push`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ device: 'phone-1', actions: [open] }),
    });
    const { results } = (await pushed.json()) as PushResponse;
    expect(results.map((r) => r.status)).toEqual(['accepted']);

    const page = (await (
      await fetch(`${server.url}/sync/pull?since=0`, { headers: auth })
    ).json()) as PullResponse;
    expect(page.events.map((e) => e.event.caseId)).toEqual([view.id, open.caseId]);
    expect(page.position).toBe(2);

    const unauthenticated = await fetch(`${server.url}/cases`);
    expect(unauthenticated.status).toBe(401);
    expect(await unauthenticated.json()).toMatchObject({ code: 'unauthenticated' });
  });
});

describe('mounted in an existing backend', () => {
  it('runs as a Hono sub-app under a prefix', async () => {
    const { app } = testServer();
    const portal = new Hono();
    portal.get('/', (c) => c.text('portal'));
    portal.route('/casegrid', app);
    const token = await tokenFor(people.gridWorker, { now: Date.parse('2026-03-02T01:00:00Z') });
    const health = await portal.request('/casegrid/health');
    expect(await health.json()).toEqual({ status: 'ok' });
    const bad = await portal.request('/casegrid/cases?limit=0', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'invalid-input' });
    expect(await (await portal.request('/')).text()).toBe('portal');
  });

  it('runs under a Node request listener (as Express mounts it)', async () => {
    const { app } = testServer();
    const listener = getRequestListener(app.fetch);
    // What Express's app.use('/casegrid', listener) does: strip the prefix from req.url.
    const http = createHttpServer((req, res) => {
      if (!req.url?.startsWith('/casegrid/')) {
        res.end('portal');
        return;
      }
      req.url = req.url.slice('/casegrid'.length);
      void listener(req, res);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = http.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/casegrid/health`);
      expect(await response.json()).toEqual({ status: 'ok' });
    } finally {
      await new Promise((resolve) => http.close(resolve));
    }
  });
});
