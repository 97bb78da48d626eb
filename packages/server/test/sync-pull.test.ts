// GET /sync/pull: the log after a cursor, only what the actor may see, the cursor always moving.

import { describe, expect, it } from 'vitest';
import { people, testServer } from './app-support.ts';
import type { PullResponse } from './sync-support.ts';

async function pull(server: ReturnType<typeof testServer>, query: string, as = people.gridWorker) {
  const response = await server.send('GET', `/sync/pull${query}`, { as });
  expect(response.status).toBe(200);
  return (await response.json()) as PullResponse;
}

describe('GET /sync/pull', () => {
  it('gives the events after the cursor in log order, with their positions', async () => {
    const server = testServer();
    const a = await server.openDispute();
    await server.send('POST', `/cases/${a.id}/actions/accept`, { as: people.villageMediator });
    const b = await server.openDispute();
    const page = await pull(server, '?since=0');
    expect(page.events.map((e) => [e.position, e.event.caseId, e.event.seq])).toEqual([
      [1, a.id, 1],
      [2, a.id, 2],
      [3, b.id, 1],
    ]);
    expect(page).toMatchObject({ position: 3, more: false });
    expect((await pull(server, '?since=2')).events.map((e) => e.position)).toEqual([3]);
    expect(await pull(server, '?since=3')).toEqual({ events: [], position: 3, more: false });
  });

  it('leaves out another village’s events but moves the cursor past them', async () => {
    const server = testServer();
    const mine = await server.openDispute(people.gridWorker, 'grid-a1-1');
    const theirs = await server.openDispute(people.otherGridWorker, 'grid-b1-1');
    await server.send('POST', `/cases/${theirs.id}/actions/accept`, {
      as: people.otherGridWorker,
    });
    const page = await pull(server, '?since=0');
    expect(page.events.map((e) => e.event.caseId)).toEqual([mine.id]);
    expect(page.position).toBe(3);
    const other = await pull(server, '?since=0', people.otherGridWorker);
    expect(other.events.map((e) => e.event.caseId)).toEqual([theirs.id, theirs.id]);
    const county = await pull(server, '?since=0', people.countyDirector);
    expect(county.events).toHaveLength(3);
  });

  it('pages with limit: more while a page is full, the position the last one scanned', async () => {
    const server = testServer();
    await server.openDispute(people.otherGridWorker, 'grid-b1-1');
    await server.openDispute(people.otherGridWorker, 'grid-b1-1');
    const mine = await server.openDispute();
    const first = await pull(server, '?since=0&limit=2');
    expect(first).toEqual({ events: [], position: 2, more: true });
    const second = await pull(server, `?since=${first.position}&limit=2`);
    expect(second.events.map((e) => e.event.caseId)).toEqual([mine.id]);
    expect(second).toMatchObject({ position: 3, more: false });
  });

  it('reads at most 1000 events a page, 500 by default', async () => {
    const server = testServer();
    let scanned = 0;
    const since = server.store.since.bind(server.store);
    server.store.since = async (position, limit) => {
      scanned = limit ?? Number.POSITIVE_INFINITY;
      return since(position, limit);
    };
    await pull(server, '');
    expect(scanned).toBe(500);
    await pull(server, '?limit=100000');
    expect(scanned).toBe(1000);
  });
});
