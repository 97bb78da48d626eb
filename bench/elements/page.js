// The in-page half of `npm run bench:elements`: bundled by elements.bench.mjs with the kit's
// validators precompiled, served under `script-src 'self'`, driven through `window.elementsBench`.
// Every timing is performance.now() in the page; the driver only collects the numbers.
import { validators } from 'bench:validators';
import { calendar2026, kitDefinitions, kitEffects, kitGuards } from '@casegrid/case-types';
import { computeMetrics } from '@casegrid/case-types/metrics';
import { createEngine, defineCaseType, memoryStore } from '@casegrid/core/precompiled';
import '@casegrid/elements/define';
import { benchCounty } from './county.mjs';
import { dashboardRender, detailRender } from './detail-timing.js';
import { kitDrivers } from './drivers/index.mjs';
import { firstPaint, scrollThrough } from './list-timing.js';
import { longHistory } from './long-history.mjs';
import { seeded } from './random.mjs';
import { movingClock, simulate } from './simulation.mjs';

const violations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
);

const county = benchCounty();
const caseTypes = kitDefinitions.map((definition) =>
  defineCaseType(definition, { validators, locale: 'zh-CN' }),
);

/** An engine over the county and the kit's types, on a memory store, with a moving clock. */
function countyEngine(start) {
  const clock = movingClock(start);
  let id = 0;
  const engine = createEngine({
    caseTypes,
    org: county.org,
    store: memoryStore(),
    clock: clock.now,
    ids: () => `c${(++id).toString(36)}`,
    guards: kitGuards,
    effects: kitEffects,
    calendar: calendar2026,
    locale: 'zh-CN',
  });
  return { engine, clock };
}

const host = document.createElement('main');
host.style.width = '960px';
document.body.append(host);

let list;
let detail;
let dashboard;

/**
 * The list's cases: 7,600 arrivals over 14 days of the drivers (some moved on, some escalated,
 * some closed), then the first 10,000 views the county director may see, by engine.query.
 */
async function prepareList({ arrivals, days, count }) {
  const { engine, clock } = countyEngine('2026-03-02T00:00:00.000Z');
  const started = performance.now();
  const stats = await simulate({
    engine,
    clock,
    county,
    drivers: kitDrivers,
    random: seeded(2027),
    start: '2026-03-02T00:00:00.000Z',
    days,
    arrivals,
  });
  const seconds = (performance.now() - started) / 1000;
  const all = await engine.query({}, county.director);
  const cases = await engine.query({ limit: count }, county.director);
  const states = new Set(cases.map((view) => `${view.typeId}.${view.state}`));
  const types = new Set(cases.map((view) => view.typeId));
  const now = clock.now();
  list = { engine, actor: county.director, locale: 'zh-CN', clock: () => now, cases };
  return {
    stats,
    seconds,
    visible: all.length,
    count: cases.length,
    types: types.size,
    states: states.size,
    overdue: cases.filter((view) => view.overdue).length,
  };
}

async function prepareDetail({ visits }) {
  const { engine, clock } = countyEngine('2023-01-02T01:00:00.000Z');
  const { caseId, events } = await longHistory({ engine, clock, county, visits });
  const now = clock.now();
  const village = county.parentOf(county.grids[0]);
  const [director] = county.at(village, ['centre-director']);
  detail = {
    setup: { engine, actor: director, locale: 'zh-CN', clock: () => now },
    caseId,
    events,
  };
  return { caseId, events };
}

async function prepareMetrics() {
  const response = await fetch('/events.json');
  const { events, now } = await response.json();
  const { engine } = countyEngine(new Date(now).toISOString());
  dashboard = { events, now, org: engine.org, engine };
  return { events: events.length };
}

/** computeMetrics over the whole county's log, as the Node half times it. */
function metrics({ warmups, runs }) {
  const { events, now, org } = dashboard;
  const times = [];
  let result;
  let cold;
  for (let run = 0; run < warmups + runs; run += 1) {
    const start = performance.now();
    result = computeMetrics(events, { org, now });
    cold ??= performance.now() - start;
    if (run >= warmups) times.push(performance.now() - start);
  }
  return { times, cold, cases: result.cases };
}

window.elementsBench = {
  ready: true,
  violations,
  isolated: () => globalThis.crossOriginIsolated === true,
  prepareList,
  prepareDetail,
  prepareMetrics,
  listFirstPaint: (counts) => firstPaint(host, list, counts),
  listScroll: () => scrollThrough(host, list),
  detailRender: (counts) => detailRender(host, detail.setup, detail.caseId, detail.events, counts),
  metrics,
  dashboardRender: (counts) =>
    dashboardRender(
      host,
      {
        engine: dashboard.engine,
        actor: county.director,
        locale: 'zh-CN',
        clock: () => dashboard.now,
        events: dashboard.events,
      },
      counts,
    ),
  clear: () => host.replaceChildren(),
};
