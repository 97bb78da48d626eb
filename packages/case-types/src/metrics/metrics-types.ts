import type { CaseTypeDefinition, Org } from '@casegrid/core';

/**
 * Options of `computeMetrics`.
 *
 * @example
 * ```ts
 * const options: MetricsOptions = { org, now: Date.now(), scope: 'town-a' };
 * ```
 */
export interface MetricsOptions {
  /** The org: scope, levels of units, the people listed on scorecards. */
  readonly org: Org;
  /** The moment the figures are for: judged for overdue cases and visits due. */
  readonly now: string | number;
  /** A unit id: only cases whose unit or handling unit lies within it. */
  readonly scope?: string;
  /** ISO instant where the weekly trend starts (default: 8 weeks before `now`). */
  readonly from?: string;
  /** The input field that carries a satisfaction rating (default `satisfaction`). */
  readonly satisfactionKey?: string;
  /** Actions that are visits (default `['visit', 'follow-up']`). */
  readonly visitActions?: readonly string[];
  /** Case types that are registers, left out of every figure (default: the kit's registers). */
  readonly recordTypes?: readonly string[];
  /**
   * Definitions that tell which states' deadlines are visit deadlines: the states a visit
   * action starts from (default: the kit's case types). States a visit was seen to start
   * from in the log count as well.
   */
  readonly definitions?: readonly CaseTypeDefinition[];
}

/**
 * How many of something were done, of how many there were; `rate` is `done / total`, or `null`
 * when there were none.
 *
 * @example
 * ```ts
 * const onTime: Share = { done: 9, total: 10, rate: 0.9 };
 * ```
 */
export interface Share {
  readonly done: number;
  readonly total: number;
  readonly rate: number | null;
}

/**
 * The evaluation (评价) of one person or one unit: timeliness, resolution, satisfaction, visits.
 *
 * @example
 * ```ts
 * const best = metrics.scorecards.people[0]; // most cases closed first
 * console.log(best.id, best.handled, best.onTime.rate);
 * ```
 */
export interface Scorecard {
  /** Person id or unit id. */
  readonly id: string;
  /** Cases they closed (person: actor of the closing event; unit: handling unit at close). */
  readonly handled: number;
  /** State exits before the deadline, of those with a deadline. */
  readonly onTime: Share;
  /** Average rating of the cases they handled (assignee / handling unit when rated). */
  readonly satisfaction: number | null;
  /** Visits made in time, of the visits due. */
  readonly visits: Share;
  /** Open overdue cases (unit: by handling unit; person: assigned to them). */
  readonly overdue: number;
}

/**
 * The figures of a county, a town or a village, computed from the event log.
 *
 * @example
 * ```ts
 * const metrics = computeMetrics(events, { org, now: Date.now() });
 * const inVillage = (metrics.closureByLevel.shares.village ?? 0) + (metrics.closureByLevel.shares.grid ?? 0);
 * ```
 */
export interface Metrics {
  readonly cases: {
    readonly total: number;
    readonly open: number;
    readonly closed: number;
    readonly overdue: number;
  };
  readonly byType: {
    readonly [typeId: string]: {
      readonly open: number;
      readonly closed: number;
      readonly overdue: number;
    };
  };
  /** Open cases now, by type and state. */
  readonly byState: { readonly [typeId: string]: { readonly [state: string]: number } };
  /**
   * Closed cases by the level of their handling unit when they closed (a department counts at
   * its level), child cases left out. `shares.village` (+ `grid`) is the rate of small matters
   * that stayed in the village (小事不出村).
   */
  readonly closureByLevel: {
    readonly counts: { readonly [level: string]: number };
    readonly shares: { readonly [level: string]: number };
  };
  /** Deadlines met: by state name, and by the unit that handled the case under the deadline. */
  readonly onTime: {
    readonly byState: { readonly [state: string]: Share };
    readonly byUnit: { readonly [unitId: string]: Share };
  };
  /** Open overdue cases by handling unit. */
  readonly overdueByUnit: { readonly [unitId: string]: number };
  readonly satisfaction: { readonly average: number | null; readonly count: number };
  /** Visits made in time, of the visits due. */
  readonly visits: Share;
  /** Cases opened and closed per week; `week` is Monday's date (China Standard Time). */
  readonly weekly: readonly {
    readonly week: string;
    readonly opened: number;
    readonly closed: number;
  }[];
  readonly scorecards: {
    readonly people: readonly Scorecard[];
    readonly units: readonly Scorecard[];
  };
}
