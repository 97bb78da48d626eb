// npm run bench — the engine against raw xstate, replay, and the bundle a page imports.
// Prints medians of repeated runs; compare the ratios, not the absolute figures, across machines.
import os from 'node:os';
import { createEngine, defineCaseType, memoryStore, replay } from '@casegrid/core';
import { Bench } from 'tinybench';
import { createActor } from 'xstate';
import { bundleSize, kb, logicSize } from './bundle-size.mjs';
import { org, rawMachine, ticket, worker } from './ticket.mjs';

const batch = 1_000;

async function main() {
  console.log(
    `casegrid engine bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
  );
  const ticketType = defineCaseType(ticket);
  let ids = 0;
  const engine = createEngine({
    caseTypes: [ticketType],
    org,
    store: memoryStore(),
    ids: () => `e${++ids}`,
    locale: 'en',
  });
  const cases = [];
  for (let i = 0; i < 1000; i += 1) {
    cases.push(
      (await engine.open('ticket', { data: { title: `t${i}` }, unit: 'grid', actor: worker })).id,
    );
  }
  const started = new Map();
  let cursor = 0;
  const actor = createActor(rawMachine).start();
  const input = { note: '到场处理' };

  const bench = new Bench({ time: 2_000, warmup: true, warmupTime: 300 });
  bench.add(`raw xstate actor.send × ${batch}`, () => {
    for (let i = 0; i < batch; i += 1) {
      if (actor.getSnapshot().value === 'open') actor.send({ type: 'start', note: '到场处理' });
      else actor.send({ type: 'pause' });
    }
  });
  bench.add(`engine.perform (memory store) × ${batch}`, async () => {
    for (let i = 0; i < batch; i += 1) {
      const id = cases[cursor++ % cases.length];
      const on = started.get(id) === true;
      if (on) await engine.perform(id, 'pause', { actor: worker });
      else await engine.perform(id, 'start', { actor: worker, input });
      started.set(id, !on);
    }
  });
  await bench.run();
  const perSecond = (task) => (batch * 1000) / task.result.latency.p50;
  const [raw, perform] = bench.tasks.map(perSecond);
  console.log('\nactions per second (median of batches):');
  console.log(`  raw xstate actor.send        ${Math.round(raw).toLocaleString('en')} /s`);
  console.log(
    `  engine.perform, memory store ${Math.round(perform).toLocaleString('en')} /s   (validation, roles, scope, condition, store, changes$)`,
  );
  console.log(
    `  perform costs                ${(raw / perform).toFixed(2)}× a raw send  (target ≤ 3×, ≥ 50,000 /s)`,
  );

  // Replay: 10,000 cases × 10 events, folded from their logs.
  const logs = [];
  const store = memoryStore();
  const replayEngine = createEngine({
    caseTypes: [ticketType],
    org,
    store,
    ids: () => `r${++ids}`,
    locale: 'en',
  });
  for (let i = 0; i < 10_000; i += 1) {
    const { id } = await replayEngine.open('ticket', {
      data: { title: `r${i}` },
      unit: 'grid',
      actor: worker,
    });
    for (let k = 0; k < 4; k += 1) {
      await replayEngine.perform(id, 'start', { actor: worker, input });
      await replayEngine.perform(id, 'pause', { actor: worker });
    }
    await replayEngine.perform(id, 'start', { actor: worker, input });
    logs.push(await store.events(id));
  }
  const total = logs.reduce((sum, log) => sum + log.length, 0);
  const times = [];
  for (let run = 0; run < 7; run += 1) {
    const start = performance.now();
    for (const log of logs) replay([ticketType], log);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `\nreplay of ${logs.length.toLocaleString('en')} cases × 10 events (${total.toLocaleString('en')} events): median ${median.toFixed(0)} ms of 7 runs (target < 1,000 ms)`,
  );

  // Bundle: what a page imports for the engine with precompiled validators.
  const engineEntry =
    "export { createEngine, defineCaseType, memoryStore } from '@casegrid/core/precompiled';";
  const xstateEntry = "export { setup, createActor } from 'xstate';";
  const rxjsEntry = "export { Subject } from 'rxjs';";
  const full = await bundleSize(engineEntry);
  const engineOnly = await bundleSize(engineEntry, { external: ['xstate', 'rxjs'] });
  const logic = await logicSize(engineEntry, { external: ['xstate', 'rxjs'] });
  const xstateOnly = await bundleSize(xstateEntry);
  const rxjsOnly = await bundleSize(rxjsEntry);
  const runtimeAjv = await bundleSize(
    "export { createEngine, defineCaseType, memoryStore } from '@casegrid/core';",
  );
  console.log('\nbundle (esbuild, minified, gzip -9):');
  console.log(
    `  engine code alone (xstate, rxjs external)   ${kb(engineOnly.gzipped)} gz, ${kb(engineOnly.minified)} min  (target ≤ 8 KB gz)`,
  );
  console.log(
    `    of which logic (catalogs stubbed)           ${kb(logic.gzipped)} gz, ${kb(logic.minified)} min; the zh-CN + en message catalogs are the rest`,
  );
  console.log(`  rxjs Subject alone                           ${kb(rxjsOnly.gzipped)} gz`);
  console.log(`  xstate setup + createActor alone             ${kb(xstateOnly.gzipped)} gz`);
  console.log(
    `  whole page import, precompiled               ${kb(full.gzipped)} gz — packages: ${full.packages.join(', ')}`,
  );
  console.log(
    `  ajv in the precompiled path?                 ${full.packages.some((p) => p.startsWith('ajv')) ? 'YES (regression)' : 'no'}`,
  );
  console.log(`  with run-time ajv (@casegrid/core)           ${kb(runtimeAjv.gzipped)} gz`);
}

await main();
