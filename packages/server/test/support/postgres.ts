// PostgreSQL for tests: one schema per test run (cg_test_<random>) on the server CI starts, so
// runs never see each other's tables; every pool connection has its search_path set to it.
// PostgreSQL that cannot be reached fails the tests: it is never a reason to skip them.
import { randomBytes } from 'node:crypto';
import { type Database, pgDatabase } from '@casegrid/server';
import { Client, Pool, type PoolConfig } from 'pg';

/** Where the tests find PostgreSQL (trust authentication). */
export const postgresUrl =
  process.env.CASEGRID_TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** Test schemas on one PostgreSQL: each `database()` call gets a schema of its own. */
export interface TestPostgres {
  /** A new schema and a database whose every connection works in it. */
  database(config?: PoolConfig): Promise<{ db: Database; pool: Pool; schema: string }>;
  /** Closes every pool and drops every schema made. */
  close(): Promise<void>;
}

/** Connects (or fails with what to do about it). */
export async function openTestPostgres(): Promise<TestPostgres> {
  const admin = new Client({ connectionString: postgresUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => {});
    throw new Error(
      `PostgreSQL is not reachable at ${postgresUrl} (${(error as Error).message}). ` +
        'The server tests need it: start it (CI runs .ci/run, which starts it) or set ' +
        'CASEGRID_TEST_DATABASE_URL.',
      { cause: error },
    );
  }
  const run = `cg_test_${randomBytes(4).toString('hex')}`;
  const schemas: string[] = [];
  const pools: Pool[] = [];
  return {
    async database(config = {}) {
      const schema = `${run}_${schemas.length}`;
      await admin.query(`CREATE SCHEMA ${schema}`);
      schemas.push(schema);
      const pool = new Pool({
        connectionString: postgresUrl,
        options: `-c search_path=${schema}`,
        max: 4,
        ...config,
      });
      pools.push(pool);
      return { db: pgDatabase(pool), pool, schema };
    },
    async close() {
      await Promise.all(pools.map((pool) => pool.end()));
      for (const schema of schemas) await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
