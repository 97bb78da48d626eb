// The two databases the server bench runs on: PGlite in memory (started from the same
// snapshot the server tests keep, because initdb takes ~5 s and ~800 MB), and PostgreSQL in a
// schema of its own for the run, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pgDatabase, pgliteDatabase } from '@casegrid/server';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export const postgresUrl =
  process.env.CASEGRID_BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** Connections in the bench's pool: pg's own default. */
export const poolSize = 10;

/** The version of an installed package, read beside the file its import resolves to. */
export function packageVersion(name) {
  const main = fileURLToPath(import.meta.resolve(name));
  const folder = `/node_modules/${name}/`;
  const root = main.slice(0, main.lastIndexOf(folder) + folder.length);
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

export const pgliteVersion = packageVersion('@electric-sql/pglite');
// The file name the server tests use (packages/server/test/support/pglite.ts): one snapshot.
const snapshotPath = join(tmpdir(), `casegrid-pglite-${pgliteVersion}.tar`);

async function pgliteSnapshot() {
  const cached = await readFile(snapshotPath).catch(() => undefined);
  if (cached) return new Blob([cached]);
  const fresh = await PGlite.create();
  const tar = new Uint8Array(await (await fresh.dumpDataDir('none')).arrayBuffer());
  await fresh.close();
  const partial = `${snapshotPath}.${process.pid}.partial`;
  await writeFile(partial, tar);
  await rename(partial, snapshotPath);
  return new Blob([tar]);
}

/** PGlite in memory, from the snapshot. */
export async function openPglite() {
  const db = await pgliteDatabase({ loadDataDir: await pgliteSnapshot() });
  return { name: 'PGlite', detail: `PGlite ${pgliteVersion}, in memory`, db, close: db.close };
}

/**
 * PostgreSQL in a new schema `casegrid_bench_<random>`, every pooled connection's search_path
 * set to it (and any other `settings` given); `{ unreachable }` with the reason when
 * PostgreSQL cannot be reached.
 */
export async function openPostgres(settings = {}) {
  const admin = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => {});
    return { unreachable: error.message || String(error) };
  }
  const [{ server_version: version }] = (await admin.query('SHOW server_version')).rows;
  const schema = `casegrid_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  const pool = new pg.Pool({
    connectionString: postgresUrl,
    options: Object.entries({ search_path: schema, ...settings })
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(' '),
    max: poolSize,
  });
  pool.on('error', () => {});
  return {
    name: 'PostgreSQL',
    detail: [
      `PostgreSQL ${version}, schema ${schema}, pool of ${poolSize}`,
      ...Object.entries(settings).map(([name, value]) => `${name}=${value}`),
    ].join(', '),
    version,
    db: pgDatabase(pool),
    async close() {
      await pool.end();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
