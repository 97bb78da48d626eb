// The workbench elements' test county: the core tests' county and case types, with names, an
// engine over a memory local store (so changes from "sync" reach the elements), and cases in
// several states. Plain data: it runs in Chromium.
import {
  type Actor,
  type CaseEngine,
  createEngine,
  type EngineOptions,
  type LocalStore,
  memoryLocalStore,
} from '@casegrid/core';
import {
  caseTypes,
  cn2026,
  disputeData,
  guards,
  hazardData,
  org,
  people,
  sequentialIds,
  testClock,
  watchedData,
} from '../../core/test/county.ts';

export { day, disputeData, hazardData, hour, people, watchedData } from '../../core/test/county.ts';

const names: Readonly<Record<string, string>> = {
  'zhang-san': '张三',
  'wang-wu': '王五',
  'zhao-liu': '赵六',
  'liu-da': '刘大',
  'li-si': '李四',
  'chen-qi': '陈七',
  'sun-ba': '孙八',
  'zhou-jiu': '周九',
  'wu-shi': '吴十',
  'zheng-yi': '郑一',
  admin: '管理员',
  'feng-er': '冯二',
  'han-san': '韩三',
  'yang-si': '杨四',
  'qin-wu': '秦五',
};

/** The test county's people, with names. */
export const named: { readonly [K in keyof typeof people]: Actor } = Object.fromEntries(
  Object.entries(people).map(([key, person]) => [key, { ...person, name: names[person.id] }]),
) as { readonly [K in keyof typeof people]: Actor };

/**
 * An engine over the test county on a memory local store, with a clock the test moves. Options
 * replace the defaults (more case types, another store, other ids).
 */
export function workbenchEngine(
  overrides: Partial<Omit<EngineOptions, 'store' | 'clock'>> & { store?: LocalStore } = {},
): {
  engine: CaseEngine;
  store: LocalStore;
  clock: ReturnType<typeof testClock>;
} {
  const clock = testClock();
  const store = overrides.store ?? memoryLocalStore();
  const engine = createEngine({
    caseTypes: caseTypes(),
    org: { ...org, people: Object.values(named) },
    ids: sequentialIds('wb'),
    guards,
    calendar: cn2026,
    locale: 'zh-CN',
    ...overrides,
    store,
    clock: clock.now,
  });
  return { engine, store, clock };
}

/**
 * Opens cases in several states: disputes reported, mediating and resolved, a hazard, a
 * watched person under monitoring. Returns their ids.
 */
export async function seedCases(engine: CaseEngine) {
  const { gridWorker, villageMediator, villageDirector, townDirector } = named;
  const reported = await engine.open('dispute', {
    data: disputeData,
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  const mediating = await engine.open('dispute', {
    data: { ...disputeData, summary: '邻里噪音纠纷' },
    unit: 'grid-a1-2',
    actor: gridWorker,
  });
  await engine.perform(mediating.id, 'accept', { actor: villageMediator });
  const resolved = await engine.open('dispute', {
    data: { ...disputeData, summary: '借款纠纷' },
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  await engine.perform(resolved.id, 'accept', { actor: villageMediator });
  await engine.perform(resolved.id, 'resolve', {
    actor: villageMediator,
    input: { agreement: '分期还款', partiesAgree: true },
  });
  const hazard = await engine.open('hazard', {
    data: hazardData,
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  const watched = await engine.open('watched-person', {
    data: watchedData,
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  await engine.perform(watched.id, 'assign', {
    actor: villageDirector,
    input: { responsible: gridWorker.id },
  });
  return {
    reported: reported.id,
    mediating: mediating.id,
    resolved: resolved.id,
    hazard: hazard.id,
    watched: watched.id,
    townDirector,
  };
}
