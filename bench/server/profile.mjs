// node bench/server/profile.mjs [--synchronous-commit-off] (after npm run build) — where the server's time goes on
// PostgreSQL, for docs/benchmarks.md: every statement the SQL store sends is timed (the
// await, as the request sees it), and each append transaction is split into the wait for the
// log's advisory lock and the time it is held (lock taken → COMMIT done).
// 1. a device's push of 2,000 single-event actions in-process (app.request), on PostgreSQL
//    and on core's memory store (no SQL: JSON, validation, auth, engine only), and the SQL
//    store alone appending the same events;
// 2. 50 clients performing actions over HTTP for 5 s on PostgreSQL, with the server's event
//    loop utilization (how busy the thread that runs HTTP, JSON, auth and the engine is).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { memoryStore } from '@casegrid/core';
import { bearerAuth, createServer, migrate, serve, sqlStore } from '@casegrid/server';
import { loadCounty } from './county.mjs';
import { openPostgres } from './databases.mjs';
import { outbox, secret, tokenFor } from './device.mjs';

const cases = 1_000;
const pushBatch = 250;
const clients = 50;

/** A Database whose statements and transactions are timed into `stats`. */
function timedDatabase(db, stats) {
  const timed = (query) => async (sql, params) => {
    const started = performance.now();
    try {
      return await query(sql, params);
    } finally {
      const key = sql.replace(/\s+/g, ' ').trim().slice(0, 60);
      const entry = stats.statements.get(key) ?? { count: 0, ms: 0 };
      entry.count += 1;
      entry.ms += performance.now() - started;
      stats.statements.set(key, entry);
    }
  };
  return {
    dialect: db.dialect,
    query: timed(db.query),
    session: db.session,
    close: db.close,
    async transaction(fn) {
      const called = performance.now();
      let locked;
      let began;
      const result = await db.transaction((tx) => {
        began = performance.now();
        return fn({
          async query(sql, params) {
            const sent = performance.now();
            const rows = await timed(tx.query)(sql, params);
            if (sql.includes('pg_advisory_xact_lock')) {
              locked = performance.now();
              stats.lockWait += locked - sent;
            }
            return rows;
          },
        });
      });
      const done = performance.now();
      stats.transactions += 1;
      stats.checkoutAndBegin += began - called;
      if (locked !== undefined) stats.lockHeld += done - locked;
      stats.transactionMs += done - called;
      return result;
    },
  };
}

const newStats = () => ({
  statements: new Map(),
  transactions: 0,
  transactionMs: 0,
  checkoutAndBegin: 0,
  lockWait: 0,
  lockHeld: 0,
});

function printStats(stats, actions, wallMs) {
  let awaited = 0;
  // Under load the awaits overlap: read them as where a request's latency goes.
  console.log('    statement (awaited by the request)                          count   ms/action');
  for (const [sql, { count, ms }] of [...stats.statements].sort((a, b) => b[1].ms - a[1].ms)) {
    awaited += ms;
    console.log(
      `    ${sql.padEnd(60)} ${String(count).padStart(6)}   ${(ms / actions).toFixed(3)}`,
    );
  }
  const perAction = (ms) => `${(ms / actions).toFixed(3)} ms/action`;
  console.log(`    statements, all: ${perAction(awaited)}; wall: ${perAction(wallMs)}`);
  console.log(
    `    ${stats.transactions} append transactions: ${perAction(stats.transactionMs)} in all; checkout + BEGIN ${perAction(stats.checkoutAndBegin)}; lock wait ${perAction(stats.lockWait)}; lock held (taken → COMMIT done) ${(stats.lockHeld / stats.transactions).toFixed(3)} ms each`,
  );
}

async function pushAll(app, token, actions) {
  const started = performance.now();
  for (let i = 0; i < actions.length; i += pushBatch) {
    const response = await app.request('/sync/push', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ device: 'profile', actions: actions.slice(i, i + pushBatch) }),
    });
    const { results } = await response.json();
    const refused = results.find((result) => result.status !== 'accepted');
    if (refused) throw new Error(`push: ${JSON.stringify(refused)}`);
  }
  return performance.now() - started;
}

function load(url, token, caseIds, durationMs) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-clients.mjs', import.meta.url), {
      workerData: { url, token, caseIds, clients, warmupMs: 0, durationMs },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function main() {
  const tmp = await mkdtemp(join(os.tmpdir(), 'casegrid-server-profile-'));
  const testCounty = await loadCounty(tmp);
  await rm(tmp, { recursive: true, force: true });
  const org = { ...testCounty.org, people: testCounty.allPeople };
  const options = {
    caseTypes: testCounty.caseTypes(),
    org,
    guards: testCounty.guards,
    calendar: testCounty.cn2026,
    authenticate: bearerAuth({ secret, org }),
    locale: 'en',
  };
  const director = testCounty.people.villageDirector;
  const token = await tokenFor(director);
  const device = await outbox(testCounty, { cases, actor: director });
  const n = device.actions.length;
  console.log(
    `server profile — node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model}, load average ${os.loadavg()[0].toFixed(2)}`,
  );

  const memoryMs = await pushAll(
    createServer({ ...options, store: memoryStore() }),
    token,
    device.actions,
  );
  console.log(
    `\npush ${n} actions in-process, memory store: ${(memoryMs / n).toFixed(3)} ms/action`,
  );

  const settings = process.argv.includes('--synchronous-commit-off')
    ? { synchronous_commit: 'off' }
    : {};
  const postgres = await openPostgres(settings);
  if (postgres.unreachable) {
    console.log(`PostgreSQL: not reachable (${postgres.unreachable})`);
    return;
  }
  try {
    const stats = newStats();
    const db = timedDatabase(postgres.db, stats);
    await migrate(db);
    // The store alone, for scale: the same events appended in one transaction per push.
    const storeStarted = performance.now();
    for (let i = 0; i < n; i += pushBatch) {
      const writes = device.actions
        .slice(i, i + pushBatch)
        .map(({ caseId, expectedSeq, events }) => ({ caseId, expectedSeq, events }));
      await sqlStore(postgres.db).appendAll(writes);
    }
    const storeMs = performance.now() - storeStarted;
    console.log(
      `the store alone: appendAll of the same ${n} events, one transaction per ${pushBatch}: ${(storeMs / n).toFixed(3)} ms/event`,
    );
    await postgres.db.query('TRUNCATE events, cases RESTART IDENTITY');
    stats.statements.clear();
    const app = createServer({ ...options, store: sqlStore(db) });
    const wallMs = await pushAll(app, token, device.actions);
    console.log(
      `push ${n} actions in-process, ${postgres.detail}: ${(wallMs / n).toFixed(3)} ms/action`,
    );
    printStats(stats, n, wallMs);

    const loadStats = newStats();
    const server = await serve({
      ...options,
      db: timedDatabase(postgres.db, loadStats),
      port: 0,
      hostname: '127.0.0.1',
      schedulerIntervalMs: false,
    });
    try {
      const before = performance.eventLoopUtilization();
      const result = await load(server.url, token, device.caseIds, 5_000);
      const busy = performance.eventLoopUtilization(before).utilization;
      const performed = result.ok + result.failed;
      console.log(
        `\n${clients} clients × 5 s, actions over HTTP: ${Math.round((result.ok * 1000) / result.elapsed)} actions/s; server event loop busy ${(busy * 100).toFixed(0)}%`,
      );
      printStats(loadStats, performed, result.elapsed);
    } finally {
      await server.close();
    }
  } finally {
    await postgres.close();
  }
}

await main();
