// The fault matrix: what the network, the server and the browser do wrong between a device and
// the real app, each on the server's stores (memory, sqlStore over PGlite and over PostgreSQL).
// After each fault: no event lost or doubled (the server's log holds each action once; every
// local event is confirmed, or rejected with a reason), and every party converged. The matrix
// is printed after the file runs.
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CaseEvent, type LocalStore, memoryLocalStore } from '@casegrid/core';
import { idbStore } from '@casegrid/idb';
import { type Database, migrate, pgDatabase, pgliteDatabase, sqlStore } from '@casegrid/server';
import { Pool } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { people } from '../../packages/core/test/county.js';
import { uniqueName } from '../../packages/idb/test/helpers.js';
import { openTestPglite } from '../../packages/server/test/support/pglite.ts';
import { postgresUrl } from '../../packages/server/test/support/postgres.ts';
import {
  answerLost,
  copied,
  deliveredTwice,
  held,
  isPull,
  isPush,
  mortalProcess,
  neverAnswered,
  pageDiesAfter,
} from './faults.js';
import { type DeviceRecord, expectConverged, expectSettled } from './sync-laws.js';
import { type TestCounty, type TestDevice, testDevice } from './sync-support.js';
import { type TestServer, testServer } from './test-servers.js';

const { gridWorker, villageMediator } = people;
const reason = { reason: '需要镇里协调' };
const agreement = { agreement: '以现有围墙为界', partiesAgree: true };

// ---- the matrix ----------------------------------------------------------------------------

interface Row {
  fault: string;
  server: string;
  result: string;
  events: string;
  converged: string;
}
const rows: Row[] = [];

afterAll(() => {
  const head: Row = {
    fault: 'fault',
    server: 'server',
    result: 'result',
    events: 'events',
    converged: 'converged',
  };
  const keys = Object.keys(head) as (keyof Row)[];
  const width = (key: keyof Row) => Math.max(...[head, ...rows].map((row) => row[key].length));
  const line = (row: Row) => `| ${keys.map((key) => row[key].padEnd(width(key))).join(' | ')} |`;
  const rule = `|${keys.map((key) => '-'.repeat(width(key) + 2)).join('|')}|`;
  console.log(['Sync fault matrix', line(head), rule, ...rows.map(line)].join('\n'));
});

/**
 * After a fault: the laws hold for every device (all devices sync until quiet first), and the
 * row says how the events ended.
 */
async function verdict(
  county: TestCounty,
  devices: readonly (TestDevice | (DeviceRecord & Pick<TestDevice, 'person' | 'client'>))[],
): Promise<Pick<Row, 'events' | 'converged'>> {
  for (const device of [...devices, ...devices]) await device.client.sync();
  const log = await county.log();
  const tally = await expectSettled(county, devices);
  await expectConverged(county, devices);
  return {
    events: `${log.length} on server, each once; local: ${tally.confirmed} confirmed, ${tally.rejected} rejected, ${tally.retaken} retaken`,
    converged: `yes (${devices.length} devices = server)`,
  };
}

/** A row of the matrix: the test runs `scenario` and records its outcome (or its failure). */
function fault(
  name: string,
  servers: readonly TestServer[],
  scenario: (server: TestServer) => Promise<Omit<Row, 'fault' | 'server'>>,
) {
  describe(name, () => {
    for (const server of servers) {
      it(`on ${server.kind}`, async () => {
        const row: Row = {
          fault: name,
          server: server.kind,
          result: 'FAILED',
          events: '',
          converged: 'no',
        };
        rows.push(row);
        Object.assign(row, await scenario(server));
      });
    }
  });
}

// ---- the servers ---------------------------------------------------------------------------

const memory = testServer('memory');
const pglite = testServer('PGlite');
const postgres = testServer('PostgreSQL');
const everyServer = [memory, pglite, postgres];

/** Two devices of one village, with a dispute both have. */
async function village(server: TestServer, options: Parameters<typeof testDevice>[3] = {}) {
  const county = await server.county();
  const a = testDevice(county, 'a', gridWorker, options);
  const b = testDevice(county, 'b', villageMediator);
  const { id } = await a.openDispute();
  await a.client.sync();
  await b.client.sync();
  return { county, a, b, id };
}

const summary = (events: readonly { event: CaseEvent }[]) =>
  events.map(({ event }) => `${event.caseId}#${event.seq}:${event.action ?? event.type}`);

// ---- (a) the server stops in the middle of a push, and starts again ------------------------

/** A database the test can stop and open again, as a server process would. */
interface Restartable {
  open(): Promise<Database>;
  stop(db: Database): Promise<void>;
  dispose(): Promise<void>;
}

async function pgliteFolder(): Promise<Restartable> {
  const parent = await mkdtemp(join(tmpdir(), 'casegrid-fault-'));
  const dataDir = join(parent, 'pglite');
  let first = true;
  const open: Database[] = [];
  return {
    async open() {
      const db = first ? await openTestPglite(dataDir) : await pgliteDatabase({ dataDir });
      first = false;
      open.push(db);
      await migrate(db);
      return db;
    },
    stop: (db) => db.close(),
    async dispose() {
      for (const db of open) await db.close().catch(() => {});
      await rm(parent, { recursive: true, force: true });
    },
  };
}

async function postgresSchema(server: TestServer): Promise<Restartable> {
  if (!server.postgres) throw new Error('PostgreSQL did not open.');
  const { schema } = await server.postgres.database();
  const pools: Pool[] = [];
  return {
    async open() {
      const pool = new Pool({ connectionString: postgresUrl, options: `-c search_path=${schema}` });
      pool.on('error', () => {});
      pools.push(pool);
      const db = pgDatabase(pool);
      await migrate(db);
      return db;
    },
    // The pool is the process's connections: ending it is the process going away.
    stop: () => pools.at(-1)!.end(),
    async dispose() {
      for (const pool of pools) if (!pool.ended) await pool.end();
    },
  };
}

fault('(a) server stopped mid-push, restarted', [pglite, postgres], async (server) => {
  const database = server.kind === 'PGlite' ? await pgliteFolder() : await postgresSchema(server);
  try {
    const first = await database.open();
    const dying = mortalProcess(first, () => database.stop(first));
    const county = await server.county();
    county.restart(sqlStore(dying.database));
    const a = testDevice(county, 'a', gridWorker);
    const b = testDevice(county, 'b', villageMediator);
    a.link.wire = dying.wire;
    b.link.wire = dying.wire;
    const one = await a.openDispute();
    await a.engine.perform(one.id, 'accept', { actor: gridWorker });
    await a.openDispute('grid-a1-2');

    // The push commits (its actions are written in one transaction), then the process is gone:
    // no answer, and none to the retries.
    dying.dieAfterCommits(1);
    await expect(a.client.sync()).rejects.toMatchObject({ failure: 'offline' });
    expect(await a.store.outbox.pending()).toHaveLength(3);

    // A new process on the same database: the whole push is there, once.
    county.restart(sqlStore(await database.open()));
    const committed = summary(await county.log());
    expect(committed.slice(0, 2)).toEqual([`${one.id}#1:opened`, `${one.id}#2:accept`]);
    expect(committed).toHaveLength(3);
    a.link.wire = undefined;
    b.link.wire = undefined;
    const report = await a.client.sync();
    expect(report).toMatchObject({ confirmed: 3, rejected: 0 });
    expect(summary(await county.log())).toEqual(committed);
    return {
      result: `the push (3 actions, one transaction) committed, then no answer; restarted; sync again: ${report.confirmed} confirmed by id, none written twice`,
      ...(await verdict(county, [a, b])),
    };
  } finally {
    await database.dispose();
  }
});

// ---- (b) the connection is cut in the middle of a pull --------------------------------------

fault('(b) connection cut mid-pull (no answer)', everyServer, async (server) => {
  const { county, a, b, id } = await village(server);
  const c = testDevice(county, 'c', gridWorker, { client: { pullLimit: 2 }, timeoutMs: 300 });
  await a.engine.perform(id, 'accept', { actor: gridWorker });
  await a.openDispute('grid-a1-2');
  await a.openDispute('grid-a1-2');
  await a.client.sync();
  await b.client.sync();
  await b.engine.perform(id, 'resolve', { actor: villageMediator, input: agreement });
  await b.client.sync();
  const end = (await county.log()).at(-1)!.position;

  // The first page (2 events) arrives; the second never does, nor its retries.
  c.link.wire = neverAnswered(isPull, { skip: 1, times: 3 }).wire;
  await expect(c.client.sync()).rejects.toMatchObject({ failure: 'offline' });
  const checkpoint = await c.store.checkpoint();
  expect(checkpoint).toBe(2);
  expect(await c.store.events(id)).toHaveLength(2);

  c.link.wire = undefined;
  const report = await c.client.sync();
  expect(await c.store.checkpoint()).toBe(end);
  return {
    result: `page 1 applied (checkpoint ${checkpoint}), page 2 timed out x3: sync failed offline; next sync pulled ${report.pulled} from there`,
    ...(await verdict(county, [a, b, c])),
  };
});

// ---- (c) the answer is lost after the server committed --------------------------------------

fault('(c) push answer lost after commit', everyServer, async (server) => {
  const { county, a, b, id } = await village(server);
  await a.engine.perform(id, 'accept', { actor: gridWorker });
  await a.openDispute('grid-a1-2');
  const lost = answerLost(isPush);
  a.link.wire = lost.wire;
  const before = (await county.log()).length;

  const report = await a.client.sync();

  // The retry got the very answer the lost one was: accepted, by id, at the same positions.
  expect(JSON.parse(lost.later[0]!)).toEqual(JSON.parse(lost.lost[0]!));
  expect(JSON.parse(lost.lost[0]!).results.map((r: { status: string }) => r.status)).toEqual([
    'accepted',
    'accepted',
  ]);
  expect((await county.log()).length).toBe(before + 2);
  return {
    result: `answer lost, retried: the same accepted answer by id; ${report.confirmed} confirmed`,
    ...(await verdict(county, [a, b])),
  };
});

// ---- (d) duplicated and reordered deliveries ------------------------------------------------

fault('(d) push delivered twice', everyServer, async (server) => {
  const { county, a, b, id } = await village(server);
  await a.engine.perform(id, 'accept', { actor: gridWorker });
  await a.engine.perform(id, 'resolve', { actor: gridWorker, input: agreement });
  const twice = deliveredTwice(isPush);
  a.link.wire = twice.wire;
  await a.client.sync();
  expect(twice.answers).toHaveLength(1);
  const [[first, second]] = twice.answers as [[string, string]];
  expect(JSON.parse(second)).toEqual(JSON.parse(first));
  expect(summary(await county.log())).toEqual([
    `${id}#1:opened`,
    `${id}#2:accept`,
    `${id}#3:resolve`,
  ]);
  return {
    result: 'both deliveries answered alike (accepted, same positions); stored once',
    ...(await verdict(county, [a, b])),
  };
});

fault('(d) two devices’ pushes arrive in the other order', everyServer, async (server) => {
  const { county, a, b, id } = await village(server);
  await a.engine.perform(id, 'accept', { actor: gridWorker });
  await b.engine.perform(id, 'escalate', { actor: villageMediator, input: reason });
  const wait = held(isPush);
  a.link.wire = wait.wire;

  // A syncs first, but its push reaches the server after B's.
  const first = a.client.sync();
  await wait.arrived;
  await b.client.sync();
  wait.release();
  const report = await first;

  const log = summary(await county.log());
  expect(log.slice(0, 2)).toEqual([`${id}#1:opened`, `${id}#2:escalate`]);
  const [refused] = await a.store.outbox.rejected();
  const outcome =
    report.retaken > 0
      ? `A's accept conflicted, taken again: ${log[2]}`
      : `A's accept conflicted, taking it again refused: ${refused?.rejection.code} “${refused?.rejection.message}”`;
  return {
    result: `B's escalate stored first; ${outcome}`,
    ...(await verdict(county, [a, b])),
  };
});

fault('(d) an older push delivered again after a newer one', everyServer, async (server) => {
  const { county, a, b, id } = await village(server);
  const copies = copied(isPush, ({ url, init }) => county.fetch(url, init));
  a.link.wire = copies.wire;
  await a.engine.perform(id, 'accept', { actor: gridWorker });
  await a.client.sync();
  await a.engine.perform(id, 'resolve', { actor: gridWorker, input: agreement });
  await a.client.sync();
  const before = await county.log();

  // The network delivers the first push again, after the second: the case has moved on.
  const stale = await copies.replay(0);

  expect(JSON.parse(stale)).toEqual(JSON.parse(copies.copies[0]!.answer));
  expect(await county.log()).toEqual(before);
  return {
    result: 'stale copy answered accepted by id, as the first time; nothing stored',
    ...(await verdict(county, [a, b])),
  };
});

// ---- (e) the page reloads with events still in the outbox -----------------------------------

const deviceStores = {
  memoryLocalStore: {
    open: () => memoryLocalStore({ locale: 'en' }),
    reopen: (store: LocalStore) => store,
  },
  idbStore: {
    open: () => idbStore({ name: uniqueName('fault'), locale: 'en' }),
    reopen: (store: LocalStore) => {
      const { name } = store as ReturnType<typeof idbStore>;
      store.close();
      return idbStore({ name, locale: 'en' });
    },
  },
} as const;

for (const [kind, stores] of Object.entries(deviceStores)) {
  fault(`(e) page reload, outbox kept (${kind})`, everyServer, async (server) => {
    const county = await server.county();
    const store = stores.open();
    const a = testDevice(county, 'a', gridWorker, { store, client: { batchSize: 1 } });
    const b = testDevice(county, 'b', villageMediator);
    const { id } = await a.openDispute();
    await a.engine.perform(id, 'accept', { actor: gridWorker });
    await a.openDispute('grid-a1-2');

    // The first push reaches the server; the page dies before its answer is read.
    a.link.wire = pageDiesAfter(isPush).wire;
    await expect(a.client.sync()).rejects.toMatchObject({ failure: 'offline' });
    a.client.close();
    const pending = (await a.store.outbox.pending()).length;

    // The page loads again: a new engine and client over the same store (the same database).
    const again = testDevice(county, 'a', gridWorker, {
      store: stores.reopen(store),
      ids: 'a-reloaded',
    });
    await again.engine.perform(id, 'resolve', { actor: gridWorker, input: agreement });
    const report = await again.client.sync();
    expect(report).toMatchObject({ confirmed: 4, rejected: 0 });
    expect(summary(await county.log()).filter((e) => e.startsWith(`${id}#`))).toEqual([
      `${id}#1:opened`,
      `${id}#2:accept`,
      `${id}#3:resolve`,
    ]);
    const reloaded = {
      ...again,
      written: [...a.written, ...again.written],
      settled: [...a.settled, ...again.settled],
    };
    try {
      return {
        result: `1st push stored, page gone before its answer (${pending} pending); reloaded: ${report.confirmed} confirmed (1 by id)`,
        ...(await verdict(county, [reloaded, b])),
      };
    } finally {
      again.store.close();
    }
  });
}
