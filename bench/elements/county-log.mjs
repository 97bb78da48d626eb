// The dashboard's input: a county's event log over 60 days, made in Node by the real engine over
// the kit's case types (run-time ajv validates every open and action), with the drivers in
// drivers/ and a seeded generator — the same log every run.
import { calendar2026, kitCaseTypes, kitEffects, kitGuards } from '@casegrid/case-types';
import { createEngine, memoryStore } from '@casegrid/core';
import { benchCounty } from './county.mjs';
import { kitDrivers } from './drivers/index.mjs';
import { seeded } from './random.mjs';
import { movingClock, simulate } from './simulation.mjs';

/** Monday 2 March 2026, 08:00 in Beijing. */
export const logStart = '2026-03-02T00:00:00.000Z';

/**
 * Runs the county for `days` days with `arrivals` new cases; returns every event in log order,
 * the simulation's counts, the instant the log ends at (the dashboard's "now") and how long the
 * run took.
 *
 * @example
 * ```js
 * const { events, now } = await countyLog({ days: 60, arrivals: 16000 });
 * ```
 */
export async function countyLog({ seed = 2026, days = 60, arrivals = 16_000 } = {}) {
  const county = benchCounty();
  const clock = movingClock(logStart);
  const store = memoryStore();
  let id = 0;
  const engine = createEngine({
    caseTypes: kitCaseTypes({ locale: 'zh-CN' }),
    org: county.org,
    store,
    clock: clock.now,
    ids: () => `e${(++id).toString(36)}`,
    guards: kitGuards,
    effects: kitEffects,
    calendar: calendar2026,
    locale: 'zh-CN',
  });
  const started = performance.now();
  const stats = await simulate({
    engine,
    clock,
    county,
    drivers: kitDrivers,
    random: seeded(seed),
    start: logStart,
    days,
    arrivals,
  });
  const seconds = (performance.now() - started) / 1000;
  const events = (await store.since(0)).events.map((positioned) => positioned.event);
  return { events, stats, now: clock.now(), seconds, county, engine };
}
