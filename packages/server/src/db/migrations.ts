import { CaseGridError } from '@casegrid/core';
import { schemaLockKeySql } from './advisory-lock.js';
import type { Database, Queryable } from './database.js';
import { schemaV1 } from './schema-v1.js';

/**
 * Runs one statement of a migration (`$1` parameters), inside the migration's transaction.
 *
 * @example
 * ```ts
 * const up = async (sql: MigrationSql) => {
 *   await sql('ALTER TABLE cases ADD COLUMN priority integer');
 * };
 * ```
 */
export type MigrationSql = (text: string, params?: readonly unknown[]) => Promise<unknown>;

/**
 * One step of the schema. Versions start at 1 and grow by one; a released migration is never
 * changed, a new one is added instead. Send one statement per `sql` call (PGlite's prepared
 * statements take one at a time).
 *
 * @example
 * ```ts
 * const addPriority: Migration = {
 *   version: 2,
 *   name: 'case priority',
 *   async up(sql) {
 *     await sql('ALTER TABLE cases ADD COLUMN priority integer');
 *   },
 * };
 * ```
 */
export interface Migration {
  readonly version: number;
  /** What it does, in a few words: recorded in `casegrid_migrations`. */
  readonly name: string;
  up(sql: MigrationSql): Promise<void>;
}

/**
 * The schema of `@casegrid/server`, oldest first.
 *
 * @example
 * ```ts
 * const latest = schemaMigrations.at(-1)?.version; // the version `migrate` brings a database to
 * ```
 */
export const schemaMigrations: readonly Migration[] = [schemaV1];

/**
 * What {@link migrate} did.
 *
 * @example
 * ```ts
 * const { from, to, applied } = await migrate(db);
 * if (applied.length > 0) log(`schema ${from} → ${to}`);
 * ```
 */
export interface MigrationReport {
  /** The version found (0: an empty database). */
  readonly from: number;
  /** The version now. */
  readonly to: number;
  /** The versions applied by this call, in order (none when the database was up to date). */
  readonly applied: readonly number[];
}

/**
 * Brings a database to the latest schema: every pending migration, in order, in one
 * transaction (all or none), recorded in `casegrid_migrations`. A transaction-scoped advisory
 * lock makes processes that start together take turns: the first migrates, the others find
 * nothing left to do. Running it again is a no-op.
 *
 * A database newer than the given migrations is refused (`conflict`): an older server must
 * not write to a schema it does not know.
 *
 * @example
 * ```ts
 * const db = await pgliteDatabase({ dataDir: './data' });
 * await migrate(db); // { from: 0, to: 1, applied: [1] } the first time
 * ```
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = schemaMigrations,
): Promise<MigrationReport> {
  checkMigrations(migrations);
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${schemaLockKeySql('migrations')})`);
    await tx.query(`CREATE TABLE IF NOT EXISTS casegrid_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const from = await currentVersion(tx);
    const latest = migrations.at(-1)?.version ?? 0;
    if (from > latest) {
      throw new CaseGridError(
        'conflict',
        `The database schema is at version ${from}, newer than this server knows (${latest}).`,
      );
    }
    const applied: number[] = [];
    const sql: MigrationSql = (text, params) => tx.query(text, params);
    for (const migration of migrations) {
      if (migration.version <= from) continue;
      await migration.up(sql);
      await tx.query('INSERT INTO casegrid_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return { from, to: Math.max(from, latest), applied };
  });
}

async function currentVersion(sql: Queryable): Promise<number> {
  const [row] = await sql.query<{ version: number | null }>(
    'SELECT max(version) AS version FROM casegrid_migrations',
  );
  return row?.version ?? 0;
}

function checkMigrations(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new CaseGridError(
        'invalid-definition',
        `Migration ${index} ('${migration.name}') has version ${migration.version}, expected ${index + 1}: versions start at 1 and grow by one.`,
        [
          {
            path: `/${index}/version`,
            message: `Expected version ${index + 1}.`,
            keyword: 'migration-order',
          },
        ],
      );
    }
  });
}
