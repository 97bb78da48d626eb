// PGlite in a data folder keeps its data when closed and opened again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, pgliteDatabase, sqlStore } from '@casegrid/server';
import { afterAll, expect, it } from 'vitest';
import { next, opened } from '../../core/test/store-contract.ts';
import { openTestPglite } from './support/pglite.ts';

const parent = await mkdtemp(join(tmpdir(), 'casegrid-pglite-'));

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

it('keeps cases and the log in a data folder across close and reopen', {
  timeout: 120_000,
}, async () => {
  const dataDir = join(parent, 'data');
  const first = await openTestPglite(dataDir);
  await migrate(first);
  const event = opened('c1');
  await sqlStore(first).append('c1', 0, [event, next(event)]);
  await first.close();

  const reopened = await pgliteDatabase({ dataDir });
  try {
    expect(await migrate(reopened)).toEqual({ from: 1, to: 1, applied: [] });
    const store = sqlStore(reopened);
    expect((await store.load('c1'))?.state).toBe('mediating');
    expect((await store.since(0)).events.map((e) => [e.position, e.event.id])).toEqual([
      [1, 'c1-1'],
      [2, 'c1-2'],
    ]);
    // The log continues where it was.
    await store.append('c2', 0, [opened('c2')]);
    expect((await store.findEvent('c2-1'))?.position).toBe(3);
  } finally {
    await reopened.close();
  }
});
