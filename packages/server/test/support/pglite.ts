// PGlite for tests, started from a snapshot: a fresh PGlite takes ~5 s and ~800 MB to run
// initdb, loading a snapshot of one takes under a second. The snapshot is made once per
// PGlite version and kept in the system's temporary folder.
import { readFileSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Database, pgliteDatabase } from '@casegrid/server';
import { PGlite } from '@electric-sql/pglite';

const require = createRequire(import.meta.url);
const pgliteVersion = (
  JSON.parse(
    readFileSync(
      join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;
const snapshotPath = join(tmpdir(), `casegrid-pglite-${pgliteVersion}.tar`);

async function makeSnapshot(): Promise<Blob> {
  const fresh = await PGlite.create();
  const tar = new Uint8Array(await (await fresh.dumpDataDir('none')).arrayBuffer());
  await fresh.close();
  // Written aside and renamed, so a test file starting at the same time never reads half.
  const partial = `${snapshotPath}.${process.pid}.partial`;
  await writeFile(partial, tar);
  await rename(partial, snapshotPath);
  return new Blob([tar]);
}

/** A PGlite database (in memory, or in `dataDir` when given, which must be empty or new). */
export async function openTestPglite(dataDir?: string): Promise<Database> {
  const cached = await readFile(snapshotPath).then(
    (bytes) => new Blob([bytes]),
    () => undefined,
  );
  if (cached) {
    try {
      return await pgliteDatabase({ dataDir, loadDataDir: cached });
    } catch {
      // A snapshot that does not load (cut short, another build): make a new one.
      await rm(snapshotPath, { force: true });
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    }
  }
  return pgliteDatabase({ dataDir, loadDataDir: await makeSnapshot() });
}
