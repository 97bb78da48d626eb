// The SQL store on PostgreSQL (CI starts it; unreachable is a failure, never a skip), in
// schemas made for this run and dropped after it.
import type { CaseEvent } from '@casegrid/core';
import { type Database, withAdvisoryLock } from '@casegrid/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opened, storeContract } from '../../core/test/store-contract.ts';
import { databaseSuite } from './suites/database-suite.ts';
import { migrationsSuite } from './suites/migrations-suite.ts';
import { sqlStoreSuite } from './suites/sql-store-suite.ts';
import { openTestPostgres, type TestPostgres } from './support/postgres.ts';
import { emptyStore } from './support/store.ts';

let postgres: TestPostgres;
let db: Database;

beforeAll(async () => {
  postgres = await openTestPostgres();
  db = (await postgres.database()).db;
}, 30_000);

afterAll(async () => {
  await postgres?.close();
});

storeContract('sqlStore() on PostgreSQL', () => emptyStore(db));

sqlStoreSuite('PostgreSQL', async () => ({ store: await emptyStore(db), db }));

databaseSuite('PostgreSQL', () => db);

migrationsSuite('PostgreSQL', async () => (await postgres.database()).db);

describe('PostgreSQL, connections', () => {
  it('drops a connection PostgreSQL ended and goes on with a new one', async () => {
    const { db: one, pool } = await postgres.database({ max: 1 });
    await expect(
      one.session((session) => session.query('SELECT pg_terminate_backend(pg_backend_pid())')),
    ).rejects.toMatchObject({ code: '57P01' });
    expect(await one.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(pool.totalCount).toBe(1);
  });
});

describe('PostgreSQL, several processes', () => {
  it('lets only one of two pools hold an advisory lock at a time', async () => {
    const [a, b] = [(await postgres.database()).db, (await postgres.database()).db];
    const key = `test:two-pools:${Math.random()}`;
    let running = 0;
    let most = 0;
    const job = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 100));
      running--;
      return 'done';
    };
    const outcomes = await Promise.all([
      withAdvisoryLock(a, key, job),
      withAdvisoryLock(b, key, job),
    ]);
    expect(outcomes.filter((outcome) => outcome.ran)).toEqual([{ ran: true, result: 'done' }]);
    expect(most).toBe(1);
    // Released: the other pool gets it now.
    expect(await withAdvisoryLock(b, key, async () => 'b')).toEqual({ ran: true, result: 'b' });
  });

  it('commits appends in log order, so a cursor following the log misses nothing', async () => {
    const store = await emptyStore(db);
    const writers = [0, 1, 2].map(async (writer) => {
      for (let i = 0; i < 20; i++) {
        const caseId = `w${writer}-${i}`;
        await store.append(caseId, 0, [opened(caseId)]);
      }
    });
    const seen: CaseEvent[] = [];
    let position = 0;
    let done = false;
    const all = Promise.all(writers).then(() => {
      done = true;
    });
    while (!done || seen.length < 60) {
      const page = await store.since(position, 7);
      for (const { position: at, event } of page.events) {
        expect(at).toBeGreaterThan(position);
        seen.push(event);
      }
      position = page.position;
      if (done && page.events.length === 0) break;
    }
    await all;
    expect(seen).toHaveLength(60);
    expect(new Set(seen.map((event) => event.id)).size).toBe(60);
  });
});
