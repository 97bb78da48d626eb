// The county's server on each store it runs on: core's memoryStore, and sqlStore over PGlite
// and over PostgreSQL (a schema of its own for each run, dropped after it; PostgreSQL that
// cannot be reached fails the tests, never skips them). Reuses the server package's helpers.
import type { Database } from '@casegrid/server';
import { afterAll, beforeAll } from 'vitest';
import { openTestPglite } from '../../packages/server/test/support/pglite.ts';
import {
  openTestPostgres,
  type TestPostgres,
} from '../../packages/server/test/support/postgres.ts';
import { emptyStore } from '../../packages/server/test/support/store.ts';
import { type TestCounty, testCounty } from './sync-support.js';

export type ServerKind = 'memory' | 'PGlite' | 'PostgreSQL';

/** A server kind whose database is open for the enclosing `describe`. */
export interface TestServer {
  readonly kind: ServerKind;
  /** A county whose server starts on an empty store (log positions from 1). */
  county(): Promise<TestCounty>;
  /** The PostgreSQL schemas of this run, to open more pools on (PostgreSQL only). */
  readonly postgres: TestPostgres | undefined;
}

/**
 * Opens a database of `kind` before the enclosing `describe`'s tests (one PGlite in memory, or
 * one PostgreSQL schema) and closes it after them; each `county()` empties it first.
 */
export function testServer(kind: ServerKind): TestServer {
  let db: Database | undefined;
  let postgres: TestPostgres | undefined;
  if (kind !== 'memory') {
    beforeAll(async () => {
      if (kind === 'PGlite') db = await openTestPglite();
      else {
        postgres = await openTestPostgres();
        db = (await postgres.database()).db;
      }
    }, 120_000);
    afterAll(async () => {
      if (kind === 'PGlite') await db?.close();
      await postgres?.close();
    });
  }
  return {
    kind,
    async county() {
      if (kind === 'memory') return testCounty();
      if (!db) throw new Error(`The ${kind} database did not open.`);
      return testCounty({ store: await emptyStore(db) });
    },
    get postgres() {
      return postgres;
    },
  };
}
