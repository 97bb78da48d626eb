import { createOrg, foldEvents, memoryStore } from '@casegrid/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { county } from '../src/county.js';
import { calendar, effects, guards, kitCaseTypes } from '../src/kit.js';
import { simulateCounty } from '../src/seed/simulate-county.js';
import { writeEvents } from '../src/seed/write-events.js';

const now = Date.parse('2026-11-27T02:00:00.000Z');
const day = 86_400_000;
const caseTypes = kitCaseTypes();
const org = createOrg(county);
const simulate = () => simulateCounty({ caseTypes, org, guards, effects, calendar, now });

let history: Awaited<ReturnType<typeof simulateCounty>>;
beforeAll(async () => {
  history = await simulate();
});

/** The cases at the end of the history, by id. */
function views() {
  const byCase = new Map<string, typeof history>();
  for (const event of history)
    byCase.set(event.caseId, [...(byCase.get(event.caseId) ?? []), event]);
  return [...byCase.values()].map((events) => foldEvents(events)!);
}

describe('the seeded county', () => {
  it('shows every state of every kit case type', () => {
    const seen = new Set(views().map((view) => `${view.typeId} ${view.state}`));
    const missing = caseTypes.flatMap((type) =>
      Object.keys(type.definition.states)
        .map((state) => `${type.id} ${state}`)
        .filter((key) => !seen.has(key)),
    );
    expect(missing).toEqual([]);
  });

  it('holds about 300 cases besides the register records and child cases', () => {
    const cases = views().filter(
      (view) =>
        view.parentId === null &&
        !['person', 'household', 'place', 'organisation'].includes(view.typeId),
    );
    expect(cases.length).toBeGreaterThan(270);
    expect(cases.length).toBeLessThan(330);
  });

  it('spreads the cases over the last 60 days, after the register records', () => {
    const opened = history.filter(
      (event) => event.type === 'opened' && event.parentId === undefined,
    );
    const cases = opened.filter(
      (event) => !['person', 'household', 'place', 'organisation'].includes(event.typeId),
    );
    const times = cases.map((event) => Date.parse(event.at));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(now - 60 * day);
    expect(Math.max(...times)).toBeLessThanOrEqual(now);
    const weeks = new Set(times.map((at) => Math.floor((now - at) / (7 * day))));
    expect(weeks.size).toBeGreaterThanOrEqual(8);
  });

  it('has deadlines that passed: escalations and overdue cases', () => {
    expect(history.some((event) => event.type === 'escalated' && event.reason === 'deadline')).toBe(
      true,
    );
    expect(history.some((event) => event.type === 'deadline-passed')).toBe(true);
  });

  it('is the same history for the same seed and day', async () => {
    expect(await simulate()).toEqual(history);
  });

  it('stores, in batches, as a store checks any other write', async () => {
    const store = memoryStore();
    await writeEvents(store, history, 250);
    const { events } = await store.since(0);
    expect(events.map((entry) => entry.event)).toEqual(history);
  });
});
