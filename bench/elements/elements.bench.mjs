// npm run bench:elements — the workbench elements in Debian's Chromium: <cg-case-list> with
// 10,000 cases (first paint, frames while scrolling), <cg-case-detail> of a case with 200
// visits, the dashboard's metrics over a county's 100,000+ events (Chromium and Node) and
// <cg-dashboard> rendering them, and the gzipped bytes the demo portal's page loads.
// Prints medians and p95s; targets are figures (PASS/MISS), never a failing exit code.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { precompileCaseTypes } from '@casegrid/core/build';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { serve } from '../forms/serve.mjs';
import { startFrameTrace, stopFrameTrace } from './frame-trace.mjs';
import { portalSize } from './portal-size.mjs';
import { printFigures } from './print-figures.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const plan = {
  list: { arrivals: 7_600, days: 14, count: 10_000, paint: { warmups: 3, runs: 10 } },
  detail: { visits: 200, render: { warmups: 3, runs: 10 } },
  log: { days: 60, arrivals: 20_000, minimum: 100_000 },
  metrics: { warmups: 4, runs: 9 },
  dashboard: { warmups: 1, runs: 5 },
};

/**
 * The Node half (the county log, computeMetrics, the kit's definitions) bundled by esbuild into
 * this folder's ignored `.tmp/` — the packages resolve to their dist as a consumer's would, and
 * the JSON the kit's dist imports is inlined whatever Node's loader demands.
 */
async function loadNodeHalf() {
  const outfile = join(here, '.tmp/node-half.mjs');
  await build({
    entryPoints: [join(here, 'node-half.mjs')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    tsconfigRaw: '{}',
    logLevel: 'error',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return import(pathToFileURL(outfile).href);
}

/** Times computeMetrics in Node on the same log and options as the page. */
function nodeMetrics(half, events, org, now) {
  const times = [];
  let result;
  let cold;
  for (let run = 0; run < plan.metrics.warmups + plan.metrics.runs; run += 1) {
    const start = performance.now();
    result = half.computeMetrics(events, { org, now });
    cold ??= performance.now() - start;
    if (run >= plan.metrics.warmups) times.push(performance.now() - start);
  }
  return { times, cold, cases: result.cases };
}

/** The page: page.js bundled (minified, code splitting on) with the precompiled validators. */
async function buildPage(tmp, half) {
  const validators = join(tmp, 'validators.js');
  await writeFile(validators, await precompileCaseTypes(half.kitDefinitions));
  const outdir = join(tmp, 'www');
  await build({
    entryPoints: [join(here, 'page.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    splitting: true,
    outdir,
    // Resolve packages as a consumer would (their dist), not through this repo's source paths.
    tsconfigRaw: '{}',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    plugins: [
      {
        name: 'bench-validators',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^bench:validators$/ }, () => ({ path: validators }));
        },
      },
    ],
  });
  await writeFile(
    join(outdir, 'index.html'),
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>elements bench</title>' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">' +
      '<body></body><script type="module" src="/page.js"></script>\n',
  );
  return outdir;
}

async function measurePage(outdir) {
  const server = await serve(outdir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.elementsBench?.ready === true, null, {
      timeout: 30_000,
    });
    const run = (name, ...args) =>
      page.evaluate(([n, a]) => window.elementsBench[n](...a), [name, args]);
    const list = await run('prepareList', plan.list);
    const paint = await run('listFirstPaint', plan.list.paint);
    await startFrameTrace(browser, page);
    const scroll = await run('listScroll');
    const traced = await stopFrameTrace(browser);
    await run('clear');
    const detailCase = await run('prepareDetail', plan.detail);
    const detail = await run('detailRender', plan.detail.render);
    await run('clear');
    await run('prepareMetrics');
    const metrics = await run('metrics', plan.metrics);
    let dashboard;
    try {
      dashboard = await run('dashboardRender', plan.dashboard);
    } catch (error) {
      dashboard = { error: error.message.split('\n')[0] };
    }
    const violations = await page.evaluate(() => window.elementsBench.violations);
    const isolated = await run('isolated');
    return {
      list,
      paint,
      scroll,
      traced,
      detailCase,
      detail,
      metrics,
      dashboard,
      violations,
      errors,
      isolated,
      version: browser.version(),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  console.log(
    `casegrid elements bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    'The machine is shared (2 cores): figures are medians of repeated runs in one page; run it several times and compare medians.',
  );
  const tmp = await mkdtemp(join(os.tmpdir(), 'casegrid-elements-bench-'));
  await mkdir(join(here, '.tmp'), { recursive: true });
  try {
    const half = await loadNodeHalf();
    const log = await half.countyLog({ days: plan.log.days, arrivals: plan.log.arrivals });
    const node = nodeMetrics(half, log.events, log.engine.org, log.now);
    const outdir = await buildPage(tmp, half);
    await writeFile(
      join(outdir, 'events.json'),
      JSON.stringify({ events: log.events, now: log.now }),
    );
    const page = await measurePage(outdir);
    const size = await portalSize(root, tmp, {
      kitDefinitions: half.kitDefinitions,
      precompileCaseTypes,
    });
    printFigures({ plan, log, node, page, size });
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await rm(join(here, '.tmp'), { recursive: true, force: true });
  }
}

await main();
