// The fictional county the kit's tests work in, built with the kit's own county template, and a
// deterministic engine over it: every kit case type, the kit guards, the 2026 calendar.
import {
  type Actor,
  type CaseEngine,
  type CaseStore,
  type CaseType,
  createEngine,
  type EngineOptions,
  memoryStore,
} from '@casegrid/core';
import { calendar2026, countyTemplate, kitCaseTypes, kitEffects, kitGuards } from '../src/index.js';

export const county = countyTemplate({
  id: 'qinling',
  title: { 'zh-CN': '秦岭县', en: 'Qinling County' },
  towns: [
    {
      id: 'town-a',
      title: { 'zh-CN': '东镇', en: 'East Town' },
      areas: [
        {
          id: 'village-a1',
          title: { 'zh-CN': '东一村', en: 'East One' },
          areas: [{ id: 'grid-a1-1' }, { id: 'grid-a1-2' }],
        },
        {
          id: 'village-a2',
          title: { 'zh-CN': '东二村', en: 'East Two' },
          areas: [{ id: 'grid-a2-1' }],
        },
      ],
    },
    {
      id: 'town-b',
      title: { 'zh-CN': '西镇', en: 'West Town' },
      areas: [
        {
          id: 'village-b1',
          title: { 'zh-CN': '西一村', en: 'West One' },
          areas: [{ id: 'grid-b1-1' }],
        },
      ],
    },
  ],
});

const actor = (id: string, unit: string, ...roles: string[]): Actor => ({ id, unit, roles });

export const people = {
  gridWorker: actor('zhang-san', 'village-a1', 'grid-worker'),
  secondGridWorker: actor('qian-er', 'village-a1', 'grid-worker'),
  neighbourGridWorker: actor('zhao-liu', 'village-a2', 'grid-worker'),
  otherGridWorker: actor('wang-wu', 'village-b1', 'grid-worker'),
  householdHead: actor('liu-da', 'grid-a1-1', 'household-head'),
  mediator: actor('li-si', 'village-a1', 'mediator'),
  villageDirector: actor('chen-qi', 'village-a1', 'centre-director'),
  otherVillageDirector: actor('sun-ba', 'village-b1', 'centre-director'),
  townDirector: actor('zhou-jiu', 'town-a', 'centre-director', 'mediator'),
  otherTownDirector: actor('wu-shi', 'town-b', 'centre-director'),
  countyDirector: actor('zheng-yi', 'qinling', 'centre-director', 'mediator'),
  countyAdmin: actor('admin', 'qinling', 'county-admin'),
  waterStaff: actor('feng-er', 'qinling-water', 'department-staff'),
  emergencyStaff: actor('han-san', 'qinling-emergency', 'department-staff'),
  naturalResourcesStaff: actor('yang-si', 'qinling-natural-resources', 'department-staff'),
  fireStaff: actor('ma-liu', 'qinling-fire-rescue', 'department-staff'),
  police: actor('qin-wu', 'village-a1', 'resident-police'),
} as const;

export const allPeople: readonly Actor[] = Object.values(people);

let compiled: CaseType[] | undefined;

/** Every kit case type, compiled once per test file (they are immutable). */
export function caseTypes(): CaseType[] {
  compiled ??= kitCaseTypes({ locale: 'en' });
  return compiled;
}

export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;

/** A clock the test moves by hand; Monday 2 March 2026, 09:00 in Beijing. */
export function testClock(start = '2026-03-02T01:00:00.000Z') {
  let now = Date.parse(start);
  return {
    now: () => now,
    set: (iso: string) => {
      now = Date.parse(iso);
    },
    advance: (ms: number) => {
      now += ms;
    },
    iso: () => new Date(now).toISOString(),
  };
}

/** Sequential ids: `id-1`, `id-2`, ... — deterministic runs. */
export function sequentialIds(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export interface TestEngine {
  readonly engine: CaseEngine;
  readonly clock: ReturnType<typeof testClock>;
  readonly store: CaseStore;
}

/** An engine over the test county with a clock the test moves, and its store. */
export function testEngine(overrides: Partial<EngineOptions> = {}): TestEngine {
  const clock = testClock();
  const store = overrides.store ?? memoryStore();
  const engine = createEngine({
    caseTypes: caseTypes(),
    org: { ...county, people: allPeople },
    store,
    clock: clock.now,
    ids: sequentialIds(),
    guards: kitGuards,
    effects: kitEffects,
    calendar: calendar2026,
    locale: 'en',
    ...overrides,
  });
  return { engine, clock, store };
}

/** Every event in the store, in log order: what metrics are computed from. */
export async function allEvents(store: CaseStore) {
  return (await store.since(0)).events.map((positioned) => positioned.event);
}
