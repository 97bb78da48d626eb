// Migrations, run on PGlite and PostgreSQL.
import { isCaseGridError } from '@casegrid/core';
import { type Database, type Migration, migrate, schemaMigrations } from '@casegrid/server';
import { describe, expect, it } from 'vitest';

const v1: Migration = schemaMigrations[0]!;

const v2: Migration = {
  version: 2,
  name: 'case priority (test)',
  async up(sql) {
    await sql('ALTER TABLE cases ADD COLUMN priority integer NOT NULL DEFAULT 0');
  },
};

const failing: Migration = {
  version: 2,
  name: 'breaks halfway (test)',
  async up(sql) {
    await sql('ALTER TABLE cases ADD COLUMN priority integer');
    await sql('SELECT no_such_function()');
  },
};

async function versions(db: Database): Promise<number[]> {
  const rows = await db.query<{ version: number }>(
    'SELECT version FROM casegrid_migrations ORDER BY version',
  );
  return rows.map((row) => row.version);
}

async function tables(db: Database): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() ORDER BY table_name COLLATE "C"`,
  );
  return rows.map((row) => row.name);
}

/** Runs the migration tests; `emptyDatabase` gives a database with an empty current schema. */
export function migrationsSuite(name: string, emptyDatabase: () => Promise<Database>): void {
  describe(`${name}: migrations`, () => {
    it('migrates an empty database to the latest version', async () => {
      const db = await emptyDatabase();
      expect(await migrate(db)).toEqual({ from: 0, to: 1, applied: [1] });
      expect(await versions(db)).toEqual([1]);
      expect(await tables(db)).toEqual(['casegrid_migrations', 'cases', 'events']);
    });

    it('does nothing when run again', async () => {
      const db = await emptyDatabase();
      await migrate(db);
      expect(await migrate(db)).toEqual({ from: 1, to: 1, applied: [] });
      expect(await versions(db)).toEqual([1]);
    });

    it('upgrades a database at version 1 to the latest', async () => {
      const db = await emptyDatabase();
      await migrate(db, [v1]);
      expect(await migrate(db, [v1, v2])).toEqual({ from: 1, to: 2, applied: [2] });
      const columns = await db.query(
        `SELECT 1 FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = 'cases' AND column_name = 'priority'`,
      );
      expect(columns).toHaveLength(1);
    });

    it('applies nothing when one migration fails', async () => {
      const db = await emptyDatabase();
      await expect(migrate(db, [v1, failing])).rejects.toThrow(/no_such_function/);
      expect(await tables(db)).toEqual([]);
      expect(await migrate(db, [v1])).toEqual({ from: 0, to: 1, applied: [1] });
    });

    it('lets two processes starting together take turns', async () => {
      const db = await emptyDatabase();
      const reports = await Promise.all([migrate(db), migrate(db), migrate(db)]);
      expect(reports.map((report) => report.applied).sort()).toEqual([[], [], [1]]);
      expect(await versions(db)).toEqual([1]);
    });

    it('refuses a database newer than the migrations it knows', async () => {
      const db = await emptyDatabase();
      await migrate(db, [v1, v2]);
      const error = await migrate(db, [v1]).catch((e) => e);
      expect(isCaseGridError(error, 'conflict')).toBe(true);
      expect(error.message).toBe(
        'The database schema is at version 2, newer than this server knows (1).',
      );
    });

    it('refuses migrations that are not numbered 1, 2, 3...', async () => {
      const db = await emptyDatabase();
      await expect(migrate(db, [v1, { ...v2, version: 3 }])).rejects.toMatchObject({
        code: 'invalid-definition',
        issues: [{ path: '/1/version', keyword: 'migration-order' }],
      });
      expect(await tables(db)).toEqual([]);
    });
  });
}
