// Prints what elements.bench.mjs measured: per figure the median (and p95 where it helps), the
// target and PASS/MISS, with what each number is and what it was measured on.
import { kb } from '../bundle-size.mjs';

const targets = { paint: 100, frame: 16, detail: null, metrics: 200, bytes: 120 * 1024 };
const sorted = (list) => [...list].sort((a, b) => a - b);
const median = (list) => sorted(list)[Math.floor(list.length / 2)];
/** Nearest-rank p95. */
const p95 = (list) => sorted(list)[Math.ceil(list.length * 0.95) - 1];
const ms = (value) => (value === undefined ? '—' : value.toFixed(value < 10 ? 2 : 1));
const mark = (value, target) => (value < target ? 'PASS' : 'MISS');
const count = (list, limit) => list.filter((value) => value > limit).length;
const row = (label, list, target) =>
  `  ${label.padEnd(58)} ${ms(median(list)).padStart(7)} ${ms(p95(list)).padStart(7)}${
    target ? `   < ${String(target).padStart(3)} ms  ${mark(median(list), target)}` : ''
  }`;
const line = (label, value) => `  ${label.padEnd(58)} ${value}`;

function printSetup({ plan, log, page }) {
  const { list, detailCase } = page;
  const stats = log.stats;
  console.log(
    `\nChromium ${page.version} (headless, Debian build), viewport 1280×900, elements in a 960 px column; page served with script-src 'self'; clock ${page.isolated ? '5 µs (cross-origin isolated)' : '100 µs'}`,
  );
  console.log(
    `  CSP violations: ${page.violations.length}; page errors: ${page.errors.length}${page.errors.length ? ` (${page.errors.slice(0, 3).join('; ')})` : ''}`,
  );
  console.log(
    `  county: kit county template, ${log.county.org.units.length} units (10 towns × 8 villages × 3 grids, ${log.county.departments.length} departments), ${log.county.people.length} people`,
  );
  console.log(
    `  list: ${plan.list.arrivals} arrivals over ${plan.list.days} days in the page (engine, memory store, precompiled validators): ${list.stats.opened} cases opened, ${list.stats.performed} actions, ${list.stats.deadlines} deadline events, ${list.stats.refused} refused, in ${list.seconds.toFixed(1)} s; ${list.visible} visible to the county director, engine.query limit ${plan.list.count} → ${list.count} given as \`cases\` (${list.types} types, ${list.states} type/state pairs, ${list.overdue} overdue)`,
  );
  console.log(
    `  detail: a watched-person linked to a person record, assigned, ${plan.detail.visits} visits through engine.perform with the clock moving 3–10 days each: ${detailCase.events} events`,
  );
  console.log(
    `  log: ${plan.log.arrivals} arrivals over ${plan.log.days} days in Node (engine, memory store, run-time ajv, deadlines run hourly): ${log.events.length} events (≥ ${plan.log.minimum}: ${log.events.length >= plan.log.minimum ? 'yes' : 'NO'}), ${stats.opened} cases opened by drivers, ${stats.performed} actions, ${stats.skipped} skipped (the case had moved on), ${stats.refused} refused${stats.reasons.length ? ` (${stats.reasons.join('; ')})` : ''}, ${stats.deadlines} deadline events; ${log.seconds.toFixed(1)} s`,
  );
}

function printList({ plan, page }) {
  const { paint, scroll } = page;
  console.log(
    `\n1. <cg-case-list>, ${paint.shown} cases — first paint: ${plan.list.paint.runs} fresh elements after ${plan.list.paint.warmups} warm-ups (${paint.rows} rows in the DOM)`,
  );
  console.log(
    `  ${'figure (ms)'.padEnd(58)} ${'median'.padStart(7)} ${'p95'.padStart(7)}   target`,
  );
  console.log(
    row('first paint: append → end of first frame with rows', paint.painted, targets.paint),
  );
  console.log(row('  of which append → updateComplete', paint.updated));
  console.log(
    line(
      '  cold (first list in the page): paint / updateComplete',
      `${ms(paint.cold.paint)} / ${ms(paint.cold.update)}`,
    ),
  );
  const { work, ready, intervals, long } = scroll;
  const traced = page.traced;
  const wall = traced.map((frame) => frame.wall);
  const tenth = Math.max(1, Math.floor(traced.length / 10));
  const part = (frames, key) => median(frames.map((frame) => frame[key]));
  const [first, last] = [traced.slice(0, tenth), traced.slice(-tenth)];
  console.log(
    `  scrolling: scrollTop += one screen (${scroll.step} px, ${(scroll.step / scroll.rowHeight).toFixed(1)} rows of ${scroll.rowHeight} px) per animation frame, top to bottom: ${scroll.frames} frames in ${scroll.seconds.toFixed(1)} s`,
  );
  console.log(row('frame work: main thread per frame (trace), wall', wall, targets.frame));
  console.log(
    row(
      '  the same, CPU time of the main thread',
      traced.map((frame) => frame.cpu),
    ),
  );
  console.log(
    row(
      '  of which ResizeObserver notifications',
      traced.map((frame) => frame.observers),
    ),
  );
  console.log(
    row(
      '  of which style + layout / paint',
      traced.map((frame) => frame.layout + frame.paint),
    ),
  );
  console.log(
    line(
      'frames over 16 ms (trace wall) / traced frames',
      `${count(wall, 16)} / ${traced.length}; max ${ms(Math.max(...wall))} ms`,
    ),
  );
  console.log(
    line(
      'first vs last tenth of the scroll: frame / ResizeObserver',
      `${ms(part(first, 'wall'))} → ${ms(part(last, 'wall'))} ms / ${ms(part(first, 'observers'))} → ${ms(part(last, 'observers'))} ms`,
    ),
  );
  console.log(row('in page: scroll event → end of the frame', work));
  console.log(row('in page: scroll event → new rows rendered + layout', ready));
  console.log(row('rAF interval (16.7 ms at 60 Hz)', intervals));
  console.log(
    line(
      'in-page frames over 16 ms / rAF intervals over 25 ms',
      `${count(work, 16)} / ${count(intervals, 25)} of ${scroll.frames}`,
    ),
  );
  console.log(
    line(
      'frames with rows missing in view / without a scroll event',
      `${scroll.blank} / ${scroll.noScrollEvent}; long animation frames (≥ 50 ms): ${long.length}${long.length ? ` (max ${ms(Math.max(...long))} ms)` : ''}`,
    ),
  );
}

function printDetail({ plan, page }) {
  const { detail, detailCase } = page;
  console.log(
    `\n2. <cg-case-detail>, ${detailCase.events} events — ${plan.detail.render.runs} fresh elements after ${plan.detail.render.warmups} warm-ups`,
  );
  console.log(row('case-id set → detail + timeline rendered, laid out', detail.ready));
  console.log(row('case-id set → end of the frame that paints it', detail.painted));
  console.log(
    line(
      '  cold (first detail in the page): laid out / painted',
      `${ms(detail.cold.ready)} / ${ms(detail.cold.paint)}`,
    ),
  );
}

function printMetrics({ plan, log, node, page }) {
  const { metrics, dashboard } = page;
  console.log(
    `\n3. computeMetrics over ${log.events.length} events (whole county, now = end of the log; the page's events JSON-parsed, Node's the engine's own objects) — ${plan.metrics.runs} runs after ${plan.metrics.warmups} warm-ups`,
  );
  console.log(row('Chromium', metrics.times, targets.metrics));
  console.log(row('Node', node.times, targets.metrics));
  console.log(
    line('  first call (JIT cold): Chromium / Node', `${ms(metrics.cold)} / ${ms(node.cold)}`),
  );
  const cases = metrics.cases;
  console.log(
    line(
      'counted',
      `${cases.total} cases: ${cases.open} open, ${cases.closed} closed, ${cases.overdue} overdue (Node: ${node.cases.total}/${node.cases.open}/${node.cases.closed}/${node.cases.overdue})`,
    ),
  );
  if (dashboard.error) {
    console.log(`  <cg-dashboard>: skipped — ${dashboard.error}`);
    return;
  }
  console.log(
    `  <cg-dashboard> given the events (county director, scope = county): ${plan.dashboard.runs} fresh elements after ${plan.dashboard.warmups} warm-up; ${dashboard.charts} charts`,
  );
  console.log(row('append → figures rendered, laid out (counts in its update)', dashboard.ready));
  console.log(row('append → end of the frame that paints it', dashboard.painted));
  console.log(
    line('  cold: laid out / painted', `${ms(dashboard.cold.ready)} / ${ms(dashboard.cold.paint)}`),
  );
}

function printSize(size) {
  console.log(
    `\n4. what the demo portal's page loads at start — ${size.measured === 'portal' ? 'examples/county-portal/page/main.ts, bundled as its build does' : 'STAND-IN entry (the portal page does not exist yet): @casegrid/elements/define, @casegrid/core/precompiled, @casegrid/idb, @casegrid/case-types, precompiled validators'} (esbuild, minified, code splitting, each file gzip -9)`,
  );
  console.log(
    line(
      'everything loaded at start',
      `${kb(size.gzipped)} gz (${size.files} files, ${kb(size.minified)} min)`,
    ),
  );
  const data = size.gzipped - size.own;
  console.log(line('  of which data: kit definitions + forms, validators', `≈ ${kb(data)} gz`));
  console.log(
    line(
      "the page's own JavaScript (everything but data)",
      `≈ ${kb(size.own)} gz   < 120 KB  ${mark(size.own, targets.bytes)}`,
    ),
  );
  console.log(
    line(
      'on demand only: the run-time schema compiler (ajv)',
      `${kb(size.lazyGzipped)} gz — not loaded with precompiled validators`,
    ),
  );
  console.log(
    "  by package (minified bytes exact; gzipped shared out by each file's minified bytes: ≈):",
  );
  const entries = Object.entries(size.breakdown).sort((a, b) => b[1].gzipped - a[1].gzipped);
  for (const [group, { minified, gzipped }] of entries) {
    let note = '';
    if (group === 'kit (case-types)') {
      note = ` — of which definitions + forms ≈ ${kb(size.kitData.gzipped)} gz (${kb(size.kitData.minified)} min)`;
    }
    console.log(
      `    ${group.padEnd(24)} ${kb(gzipped).padStart(9)} gz ${kb(minified).padStart(10)} min${note}`,
    );
  }
  if (!size.breakdown.ajv) console.log('    ajv                      (none loaded at start)');
}

/**
 * Prints every figure of one run.
 *
 * @example
 * ```js
 * printFigures({ plan, log, node, page, size });
 * ```
 */
export function printFigures(run) {
  printSetup(run);
  printList(run);
  printDetail(run);
  printMetrics(run);
  printSize(run.size);
}
