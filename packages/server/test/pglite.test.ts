// The SQL store on PGlite: one in-memory PGlite for the whole file (a fresh one costs seconds
// and hundreds of MB), emptied between tests.
import type { Database } from '@casegrid/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeContract } from '../../core/test/store-contract.ts';
import { databaseSuite } from './suites/database-suite.ts';
import { migrationsSuite } from './suites/migrations-suite.ts';
import { sqlStoreSuite } from './suites/sql-store-suite.ts';
import { openTestPglite } from './support/pglite.ts';
import { emptyStore } from './support/store.ts';

let db: Database;

beforeAll(async () => {
  db = await openTestPglite();
}, 120_000);

afterAll(async () => {
  await db?.close();
});

storeContract('sqlStore() on PGlite', () => emptyStore(db));

sqlStoreSuite('PGlite', async () => ({ store: await emptyStore(db), db }));

databaseSuite('PGlite', () => db);

describe('PGlite, one connection', () => {
  it('runs two transactions started together one after the other', async () => {
    const steps: string[] = [];
    const run = (name: string) =>
      db.transaction(async (tx) => {
        steps.push(`${name} begins`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        await tx.query('SELECT 1');
        steps.push(`${name} ends`);
      });
    await Promise.all([run('a'), run('b')]);
    expect(steps).toEqual(['a begins', 'a ends', 'b begins', 'b ends']);
  });
});

describe('PGlite, a schema for each migration test', () => {
  let count = 0;
  afterAll(async () => {
    await db.query('SET search_path TO public');
  });
  migrationsSuite('PGlite', async () => {
    // One PGlite is one session: the schema is switched for the whole database.
    const schema = `migrations_${++count}`;
    await db.query(`CREATE SCHEMA ${schema}`);
    await db.query(`SET search_path TO ${schema}`);
    return db;
  });
});
