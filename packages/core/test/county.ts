// The fictional county every core test works in, and a deterministic engine factory. Plain data
// and JSON imports only, so browser tests (the workbench elements) use it too.
import {
  type Actor,
  type CaseType,
  createEngine,
  defineCaseType,
  type EngineOptions,
  memoryStore,
  type OrgDefinition,
  type WorkingCalendar,
} from '@casegrid/core';
import cn2026Json from '../calendars/cn-2026.json';
import disputeJson from './fixtures/dispute.json';
import hazardJson from './fixtures/hazard.json';
import hazardTaskJson from './fixtures/hazard-task.json';
import watchedPersonJson from './fixtures/watched-person.json';

export const disputeDefinition = disputeJson as Record<string, unknown>;
export const hazardDefinition = hazardJson as Record<string, unknown>;
export const hazardTaskDefinition = hazardTaskJson as Record<string, unknown>;
export const watchedPersonDefinition = watchedPersonJson as Record<string, unknown>;
export const cn2026 = cn2026Json as WorkingCalendar;

export const org: OrgDefinition = {
  units: [
    {
      id: 'county',
      level: 'county',
      parent: null,
      title: { 'zh-CN': '秦岭县', en: 'Qinling County' },
    },
    {
      id: 'county-water',
      level: 'county',
      parent: 'county',
      kind: 'department',
      title: { 'zh-CN': '县水利局', en: 'Water Bureau' },
    },
    {
      id: 'county-emergency',
      level: 'county',
      parent: 'county',
      kind: 'department',
      title: { 'zh-CN': '县应急局', en: 'Emergency Bureau' },
    },
    {
      id: 'county-natres',
      level: 'county',
      parent: 'county',
      kind: 'department',
      title: { 'zh-CN': '县自然资源局', en: 'Natural Resources Bureau' },
    },
    { id: 'town-a', level: 'town', parent: 'county', title: { 'zh-CN': '东镇', en: 'East Town' } },
    { id: 'town-b', level: 'town', parent: 'county', title: { 'zh-CN': '西镇', en: 'West Town' } },
    {
      id: 'village-a1',
      level: 'village',
      parent: 'town-a',
      title: { 'zh-CN': '东一村', en: 'East One' },
    },
    {
      id: 'village-a2',
      level: 'village',
      parent: 'town-a',
      title: { 'zh-CN': '东二村', en: 'East Two' },
    },
    {
      id: 'village-b1',
      level: 'village',
      parent: 'town-b',
      title: { 'zh-CN': '西一村', en: 'West One' },
    },
    { id: 'grid-a1-1', level: 'grid', parent: 'village-a1' },
    { id: 'grid-a1-2', level: 'grid', parent: 'village-a1' },
    { id: 'grid-a2-1', level: 'grid', parent: 'village-a2' },
    { id: 'grid-b1-1', level: 'grid', parent: 'village-b1' },
  ],
};

const actor = (id: string, unit: string, ...roles: string[]): Actor => ({ id, unit, roles });

export const people = {
  // Grid workers are used by the village (县聘、镇管、村用): they belong to the village unit
  // and report in its grids.
  gridWorker: actor('zhang-san', 'village-a1', 'grid-worker'),
  otherGridWorker: actor('wang-wu', 'village-b1', 'grid-worker'),
  neighbourGridWorker: actor('zhao-liu', 'village-a2', 'grid-worker'),
  householdHead: actor('liu-da', 'grid-a1-1', 'household-head'),
  villageMediator: actor('li-si', 'village-a1', 'mediator'),
  villageDirector: actor('chen-qi', 'village-a1', 'centre-director'),
  otherVillageDirector: actor('sun-ba', 'village-b1', 'centre-director'),
  townDirector: actor('zhou-jiu', 'town-a', 'centre-director', 'mediator'),
  otherTownDirector: actor('wu-shi', 'town-b', 'centre-director'),
  countyDirector: actor('zheng-yi', 'county', 'centre-director', 'mediator'),
  countyAdmin: actor('admin', 'county', 'county-admin'),
  waterStaff: actor('feng-er', 'county-water', 'department-staff'),
  emergencyStaff: actor('han-san', 'county-emergency', 'department-staff'),
  natresStaff: actor('yang-si', 'county-natres', 'department-staff'),
  police: actor('qin-wu', 'village-a1', 'resident-police'),
} as const;

export const allPeople: readonly Actor[] = Object.values(people);

let compiled: CaseType[] | undefined;

/** The four fixture case types, compiled once per test file (they are immutable). */
export function caseTypes(): CaseType[] {
  compiled ??= [
    defineCaseType(disputeDefinition),
    defineCaseType(hazardDefinition),
    defineCaseType(hazardTaskDefinition),
    defineCaseType(watchedPersonDefinition),
  ];
  return compiled;
}

/** A clock the test moves by hand. */
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

export const hour = 3_600_000;
export const day = 24 * hour;

/** Sequential ids: `id-1`, `id-2`, ... — deterministic runs. */
export function sequentialIds(prefix = 'id') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export const guards: EngineOptions['guards'] = {
  'responsible-person': ({ case: view, actor }) =>
    view.assignee === actor.id || actor.roles.includes('centre-director'),
};

/** Engine options over the test county, with anything given replaced. */
export function engineOptions(overrides: Partial<EngineOptions> = {}): EngineOptions {
  return {
    caseTypes: caseTypes(),
    org: { ...org, people: allPeople },
    store: memoryStore(),
    clock: testClock().now,
    ids: sequentialIds(),
    guards,
    calendar: cn2026,
    locale: 'en',
    ...overrides,
  };
}

/** An engine over the test county with a clock the test moves, and its store. */
export function testEngine(options: Partial<EngineOptions> = {}) {
  const clock = testClock();
  const store = options.store ?? memoryStore();
  const engine = createEngine(engineOptions({ clock: clock.now, ...options, store }));
  return { engine, clock, store };
}

export const disputeData = {
  parties: ['张三丰', '李四光'],
  summary: '宅基地边界争议',
  category: 'land',
};

export const hazardData = {
  kind: 'landslide',
  severity: 'medium',
  location: '东一村后山',
  description: '雨后山体出现裂缝',
};

export const watchedData = {
  name: '王老五',
  riskLevel: 'medium',
  reason: '长期上访，情绪不稳',
};
