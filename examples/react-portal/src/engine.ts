// The engine runs in the browser, over a store in memory: no server, nothing kept after a reload.
// A page that works offline swaps `memoryLocalStore()` for `idbStore()` from @casegrid/idb and adds
// a sync client; the elements do not change.
import { calendar2026, kitCaseTypes, kitEffects, kitGuards } from '@casegrid/case-types';
import {
  type CaseEngine,
  type CaseType,
  createEngine,
  type Locale,
  type LocalStore,
} from '@casegrid/core';
import { county } from './county.js';

// Compiling the kit (ajv, at run time) is the slow part of starting: once per language.
const compiled = new Map<Locale, CaseType[]>();

function caseTypes(locale: Locale): CaseType[] {
  let types = compiled.get(locale);
  if (types === undefined) {
    types = kitCaseTypes({ locale });
    compiled.set(locale, types);
  }
  return types;
}

/**
 * An engine over `store` with the kit's case types, guards and calendar, in the example county.
 * Its `locale` is the language of what it reports: a refused action's reason, a form's errors.
 *
 * @example
 * ```ts
 * const engine = portalEngine(memoryLocalStore(), 'en');
 * await engine.open('dispute', { data, unit: 'liulin-1', actor });
 * ```
 */
export function portalEngine(
  store: LocalStore,
  locale: Locale,
  clock: () => number = Date.now,
): CaseEngine {
  return createEngine({
    caseTypes: caseTypes(locale),
    org: county,
    store,
    guards: kitGuards,
    effects: kitEffects,
    calendar: calendar2026,
    clock,
    locale,
  });
}

/**
 * One engine per language over one store, each made when first asked for and then kept: the
 * engine given to `<cg-provider>` must keep its identity from render to render, or every element
 * would load its cases again each time the page renders.
 *
 * @example
 * ```ts
 * const engineFor = enginesByLocale(store);
 * engineFor('en') === engineFor('en'); // true
 * ```
 */
export function enginesByLocale(store: LocalStore): (locale: Locale) => CaseEngine {
  const engines = new Map<Locale, CaseEngine>();
  return (locale) => {
    let engine = engines.get(locale);
    if (engine === undefined) {
      engine = portalEngine(store, locale);
      engines.set(locale, engine);
    }
    return engine;
  };
}
