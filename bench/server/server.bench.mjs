// npm run bench:server — @casegrid/server over HTTP on PostgreSQL and on PGlite: a device
// pushing 10,000 events, a device pulling them back, and 50 clients performing authoritative
// actions for 10 s; the same 50 clients against the same app on core's memory store, as the
// ceiling without SQL. Prints medians and p95s; targets are figures (PASS/MISS), never a
// failing exit code.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { memoryStore } from '@casegrid/core';
import { bearerAuth, createServer, serve } from '@casegrid/server';
import { serve as listen } from '@hono/node-server';
import { loadCounty } from './county.mjs';
import { openPglite, openPostgres, packageVersion, pgliteVersion } from './databases.mjs';
import { outbox, secret, tokenFor } from './device.mjs';

const cases = 5_000; // × (opened + assign) = 10,000 single-event actions
const pushBatch = 250;
const pullLimit = 1_000; // the server's largest page
const clients = 50;
const warmupMs = 1_000;
const durationMs = { PostgreSQL: 10_000, PGlite: 5_000, memory: 5_000 };
const targets = { pushSeconds: 5, actionsPerSecond: 1_000 };

const sorted = (list) => Float64Array.from(list).sort();
const median = (list) => sorted(list)[Math.floor(list.length / 2)];
/** Nearest-rank p95. */
const p95 = (list) => sorted(list)[Math.ceil(list.length * 0.95) - 1];
const count = (value) => Math.round(value).toLocaleString('en');
const seconds = (ms) => (ms / 1000).toFixed(2);

/** A request sender: over the listener with fetch, or in-process with `app.request`. */
const overHttp = (url) => (path, init) => fetch(`${url}${path}`, init);
const inProcess = (app) => (path, init) => app.request(path, init);

/** The device pushes its outbox in pushes of `pushBatch` actions, one after another. */
async function push(send, token, actions) {
  const statuses = {};
  let first;
  const started = performance.now();
  for (let i = 0; i < actions.length; i += pushBatch) {
    const body = JSON.stringify({
      device: 'bench-phone',
      actions: actions.slice(i, i + pushBatch),
    });
    const response = await send('/sync/push', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    if (!response.ok) throw new Error(`push ${response.status}: ${await response.text()}`);
    for (const result of (await response.json()).results) {
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      if (result.status !== 'accepted') first ??= result;
    }
  }
  const ms = performance.now() - started;
  return { ms, statuses, first };
}

/** The device pulls the whole log in pages of the largest limit. */
async function pull(send, token) {
  let since = 0;
  let events = 0;
  let pages = 0;
  const started = performance.now();
  for (;;) {
    const response = await send(`/sync/pull?since=${since}&limit=${pullLimit}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`pull ${response.status}: ${await response.text()}`);
    const page = await response.json();
    pages += 1;
    events += page.events.length;
    since = page.position;
    if (!page.more) break;
  }
  return { ms: performance.now() - started, events, pages };
}

/**
 * `clients` loops performing `reassess` on their own cases, in a worker thread; with how busy
 * the server's thread (HTTP, JSON, auth, engine, pg driver) was meanwhile.
 */
async function load(url, token, caseIds, ms) {
  const before = performance.eventLoopUtilization();
  const result = await new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-clients.mjs', import.meta.url), {
      workerData: { url, token, caseIds, clients, warmupMs, durationMs: ms },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return { ...result, busy: performance.eventLoopUtilization(before).utilization };
}

function printLoad(label, result) {
  const perSecond = (result.ok * 1000) / result.elapsed;
  console.log(
    `  ${label}: ${count(perSecond)} actions/s · ${count(result.ok)} 2xx, ${count(result.failed)} non-2xx in ${seconds(result.elapsed)} s · median ${median(result.latencies).toFixed(1)} ms, p95 ${p95(result.latencies).toFixed(1)} ms · server thread busy ${Math.round(result.busy * 100)}%`,
  );
  for (const [status, text] of Object.entries(result.samples)) {
    console.log(`    first ${status}: ${text}`);
  }
  return { perSecond, ...result };
}

/** Push, pull and actions on one database, through casegrid's `serve` (@hono/node-server). */
async function runOn(database, { county, token, device }) {
  console.log(`\n${database.name} — ${database.detail}`);
  const serverErrors = [];
  const server = await serve({
    caseTypes: county.caseTypes(),
    org: county.fullOrg,
    db: database.db,
    port: 0,
    hostname: '127.0.0.1',
    schedulerIntervalMs: false,
    guards: county.guards,
    calendar: county.cn2026,
    authenticate: bearerAuth({ secret, org: county.fullOrg }),
    locale: 'en',
    onError: (error) => serverErrors.push(error),
  });
  try {
    const pushed = await push(overHttp(server.url), token, device.actions);
    const events = device.actions.reduce((sum, action) => sum + action.events.length, 0);
    console.log(
      `  push ${count(events)} events (${count(device.actions.length)} actions, ${device.actions.length / pushBatch} pushes of ${pushBatch}, over HTTP): ${seconds(pushed.ms)} s · ${count((events * 1000) / pushed.ms)} events/s · ${JSON.stringify(pushed.statuses)}`,
    );
    if (pushed.first) console.log(`    first not accepted: ${JSON.stringify(pushed.first)}`);

    const pulled = await pull(overHttp(server.url), token);
    const pulledHere = await pull(inProcess(server.app), token);
    for (const [how, result] of [
      ['over HTTP', pulled],
      ['in-process app.request', pulledHere],
    ]) {
      console.log(
        `  pull ${count(result.events)} events (${result.pages} pages of ≤ ${pullLimit}, ${how}): ${seconds(result.ms)} s · ${count((result.events * 1000) / result.ms)} events/s`,
      );
    }

    const actions = printLoad(
      `actions, ${clients} clients × ${durationMs[database.name] / 1000} s over HTTP`,
      await load(server.url, token, device.caseIds, durationMs[database.name]),
    );
    if (serverErrors.length > 0) {
      console.log(`  server errors: ${serverErrors.length}; first: ${serverErrors[0]}`);
    }
    return { push: pushed, events, pull: pulled, pullInProcess: pulledHere, actions };
  } finally {
    await server.close();
    await database.close();
  }
}

/** The same app on core's memory store, its cases opened through the engine: no SQL at all. */
async function runOnMemory({ county, token, director }) {
  console.log('\nmemory store — core memoryStore(), no SQL (the ceiling of HTTP + auth + engine)');
  const app = createServer({
    caseTypes: county.caseTypes(),
    org: county.fullOrg,
    store: memoryStore(),
    guards: county.guards,
    calendar: county.cn2026,
    authenticate: bearerAuth({ secret, org: county.fullOrg }),
    locale: 'en',
  });
  const caseIds = [];
  for (let i = 0; i < cases; i += 1) {
    const data = { ...county.watchedData, name: `关注人员${i}` };
    const view = await app.engine.open('watched-person', {
      data,
      unit: 'grid-a1-1',
      actor: director,
    });
    const input = { responsible: county.people.gridWorker.id };
    await app.engine.perform(view.id, 'assign', { actor: director, input });
    caseIds.push(view.id);
  }
  const server = await new Promise((resolve) => {
    const started = listen({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started),
    );
  });
  try {
    const url = `http://127.0.0.1:${server.address().port}`;
    return printLoad(
      `actions, ${clients} clients × ${durationMs.memory / 1000} s over HTTP`,
      await load(url, token, caseIds, durationMs.memory),
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

const mark = (pass) => (pass ? 'PASS' : 'MISS');
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

async function main() {
  const tmp = await mkdtemp(join(os.tmpdir(), 'casegrid-server-bench-'));
  try {
    const testCounty = await loadCounty(tmp);
    const county = { ...testCounty, fullOrg: { ...testCounty.org, people: testCounty.allPeople } };
    const director = county.people.villageDirector;
    const token = await tokenFor(director);
    const postgres = await openPostgres();
    console.log(
      `casegrid server bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ` +
        `${postgres.version ? `PostgreSQL ${postgres.version}` : 'PostgreSQL not reachable'}, PGlite ${pgliteVersion}, hono ${packageVersion('hono')}, @hono/node-server ${packageVersion('@hono/node-server')}`,
    );
    console.log(
      `load average at start ${loadAverage()} (the machine is shared: other work slows every figure)`,
    );
    console.log(
      `the device: ${director.id} (${director.roles.join(', ')}, ${director.unit}); ${count(cases)} watched-person cases, each opened and assigned: ${count(2 * cases)} single-event actions`,
    );
    const device = await outbox(county, { cases, actor: director });
    const context = { county, token, device, director };

    const results = {};
    if (postgres.unreachable) console.log(`\nPostgreSQL: not reachable (${postgres.unreachable})`);
    else results.postgres = await runOn(postgres, context);
    results.pglite = await runOn(await openPglite(), context);
    results.memory = await runOnMemory(context);

    console.log(`\nload average at end ${loadAverage()}`);
    console.log('targets (PostgreSQL):');
    if (!results.postgres) {
      console.log('  PostgreSQL: not reachable — no figures against the targets');
      return;
    }
    const pushSeconds = results.postgres.push.ms / 1000;
    console.log(
      `  push of 10,000 events  ${pushSeconds.toFixed(2)} s  (target < ${targets.pushSeconds} s)  ${mark(pushSeconds < targets.pushSeconds)}`,
    );
    const perSecond = results.postgres.actions.perSecond;
    console.log(
      `  actions/s, ${clients} clients ${count(perSecond)}  (target ≥ ${count(targets.actionsPerSecond)})  ${mark(perSecond >= targets.actionsPerSecond)}`,
    );
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
