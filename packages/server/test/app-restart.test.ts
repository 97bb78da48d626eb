// A server process stops and another starts on the same data folder: cases and their deadlines
// are still there, and the new process's scheduler passes the deadline.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseView } from '@casegrid/core';
import {
  bearerAuth,
  createServer,
  type Database,
  pgliteDatabase,
  startScheduler,
} from '@casegrid/server';
import { afterEach, describe, expect, it } from 'vitest';
import { caseTypes, cn2026, day, guards, testClock } from '../../core/test/county.ts';
import { county, disputeData, people, secret, tokenFor } from './app-support.ts';
import { openTestPglite } from './support/pglite.ts';

const opened: Database[] = [];
let folder: string | undefined;

afterEach(async () => {
  for (const db of opened.splice(0)) await db.close().catch(() => undefined);
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('a restart on the same PGlite data folder', () => {
  it('keeps the case and its deadline, which the new process then passes', async () => {
    folder = await mkdtemp(join(tmpdir(), 'casegrid-restart-'));
    const clock = testClock();
    const start = (db: Database) =>
      createServer({
        caseTypes: caseTypes(),
        org: county,
        db,
        clock: clock.now,
        guards,
        calendar: cn2026,
        authenticate: bearerAuth({ secret, org: county, clock: clock.now }),
      });
    const first = await openTestPglite(folder);
    opened.push(first);
    const token = await tokenFor(people.gridWorker, { now: clock.now() });
    const created = await start(first).request('/cases', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ typeId: 'dispute', unit: 'grid-a1-1', data: disputeData }),
    });
    expect(created.status).toBe(201);
    const view = ((await created.json()) as { case: CaseView }).case;
    expect(view.deadline?.dueAt).toBeTypeOf('string');
    await first.close();

    clock.advance(1.5 * day);
    const second = await pgliteDatabase({ dataDir: folder });
    opened.push(second);
    const app = start(second);
    const scheduler = startScheduler({
      engine: app.engine,
      db: second,
      runAtStart: false,
      intervalMs: 3_600_000,
    });
    const outcome = await scheduler.tick();
    await scheduler.stop();
    expect(outcome.ran && outcome.events.map((e) => [e.caseId, e.type, e.reason])).toEqual([
      [view.id, 'escalated', 'deadline'],
    ]);
    const director = await tokenFor(people.townDirector, { now: clock.now() });
    const read = await app.request(`/cases/${view.id}`, {
      headers: { authorization: `Bearer ${director}` },
    });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { case: CaseView }).case.handlingUnit).toBe('town-a');
  });

  it('brings a new database up to date before it answers the first request', async () => {
    const db = await pgliteDatabase();
    opened.push(db);
    const clock = testClock();
    const app = createServer({
      caseTypes: caseTypes(),
      org: county,
      db,
      clock: clock.now,
      guards,
      calendar: cn2026,
      authenticate: bearerAuth({ secret, org: county, clock: clock.now }),
    });
    const token = await tokenFor(people.gridWorker, { now: clock.now() });
    const list = await app.request('/cases', { headers: { authorization: `Bearer ${token}` } });
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ cases: [] });
  });

  it('refuses to start with neither a database nor a store', () => {
    const options = { caseTypes: caseTypes(), org: county, guards, calendar: cn2026 };
    expect(() => createServer(options)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });
});
