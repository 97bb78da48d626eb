// Runs the kit's drivers against a real engine with a moving clock: cases arrive over the days
// given, each driver's steps (an async generator yielding the wait before its next step) run at
// their simulated times in time order (a heap), and the engine's deadlines are run every
// simulated hour in between — so cases escalate, go overdue and close unrated by themselves as
// they would in a county. Deterministic for a seed.

import { caseHandle } from './case-handle.mjs';
import { day, hour, minute } from './random.mjs';

/** A min-heap of steps by time; ties keep the order they were scheduled in. */
class Steps {
  #items = [];
  #count = 0;
  get size() {
    return this.#items.length;
  }
  peek() {
    return this.#items[0];
  }
  #before(a, b) {
    return a.at < b.at || (a.at === b.at && a.order < b.order);
  }
  push(at, task) {
    const items = this.#items;
    items.push({ at, order: this.#count++, task });
    let index = items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.#before(items[index], items[parent])) break;
      [items[index], items[parent]] = [items[parent], items[index]];
      index = parent;
    }
  }
  pop() {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let least = index;
        if (left < items.length && this.#before(items[left], items[least])) least = left;
        if (right < items.length && this.#before(items[right], items[least])) least = right;
        if (least === index) break;
        [items[index], items[least]] = [items[least], items[index]];
        index = least;
      }
    }
    return top;
  }
}

/**
 * Simulates a county: `arrivals` cases of the drivers' types (by weight) arrive over `days`
 * days from `start` (ISO), in working hours; the run stops at the end of the last day, leaving
 * the cases where they are. Returns the counts: cases opened, actions performed, actions
 * skipped (the case had moved on: a deadline escalated or closed it first), actions refused
 * (with the first few reasons: a driver's mistake), and deadline events.
 *
 * @example
 * ```js
 * const stats = await simulate({ engine, clock, county, drivers, random, start, days: 60, arrivals: 15000 });
 * ```
 */
export async function simulate({ engine, clock, county, drivers, random, start, days, arrivals }) {
  const begin = Date.parse(start);
  const end = begin + days * day;
  const steps = new Steps();
  const stats = { opened: 0, performed: 0, skipped: 0, refused: 0, reasons: [], deadlines: 0 };
  const byType = new Map(drivers.map((driver) => [driver.typeId, driver]));
  const weights = drivers.filter((driver) => driver.weight > 0);
  const total = weights.reduce((sum, driver) => sum + driver.weight, 0);

  const pickDriver = () => {
    let roll = random.next() * total;
    for (const driver of weights) {
      roll -= driver.weight;
      if (roll < 0) return driver;
    }
    return weights[weights.length - 1];
  };

  const started = new Set();
  const handle = (driver, id) =>
    caseHandle({ engine, clock, county, stats, random: random.fork(), driver, id, spawn });
  /** Starts the drivers of `view`'s child cases of `typeId` not started yet. */
  function spawn(view, typeId) {
    for (const child of view.children) {
      if (child.typeId !== typeId || started.has(child.id)) continue;
      started.add(child.id);
      const childDriver = byType.get(typeId);
      steps.push(clock.now(), childDriver.run(handle(childDriver, child.id)));
    }
  }

  for (let index = 0; index < arrivals; index += 1) {
    // Working hours in Beijing (UTC+8): 08:00–18:00.
    const at = begin + random.int(0, days - 1) * day + random.int(0, 10 * 60 - 1) * minute;
    const driver = pickDriver();
    steps.push(at, driver.run(handle(driver, undefined)));
  }

  let nextDue = begin + hour;
  while (steps.size > 0 && steps.peek().at < end) {
    const { at, task } = steps.pop();
    while (nextDue <= at) {
      clock.set(nextDue);
      stats.deadlines += (await engine.runDue(nextDue)).length;
      nextDue += hour;
    }
    clock.set(at);
    const { value, done } = await task.next();
    if (!done) steps.push(at + Math.max(minute, value), task);
  }
  for (; nextDue <= end; nextDue += hour) {
    clock.set(nextDue);
    stats.deadlines += (await engine.runDue(nextDue)).length;
  }
  clock.set(end);
  return stats;
}

/**
 * The engine's clock, moved by the simulation.
 *
 * @example
 * ```js
 * const clock = movingClock('2026-03-02T00:00:00.000Z');
 * createEngine({ clock: clock.now, ... });
 * ```
 */
export function movingClock(start) {
  let now = Date.parse(start);
  return {
    now: () => now,
    set: (ms) => {
      now = ms;
    },
  };
}
