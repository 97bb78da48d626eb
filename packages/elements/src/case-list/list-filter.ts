import type { Actor, CaseFilter, Org, StoreQuery } from '@casegrid/core';

/**
 * What `<cg-case-list>` shows, as a person picks it in the toolbar. Plain JSON, so a page can
 * keep it in the address bar. Everything given must hold.
 *
 * @example
 * ```ts
 * list.filter = { typeId: 'dispute', assignee: 'me', due: 'overdue' };
 * ```
 */
export interface CaseListFilter {
  readonly typeId?: string;
  /** A state name (cases of any type that are in a state of that name). */
  readonly state?: string;
  /** `false`: open cases only; `true`: closed cases only. */
  readonly closed?: boolean;
  /** An org unit: cases reported in, or handled by, it or a unit below it. */
  readonly unit?: string;
  /** `me` (the actor), `unassigned`, or a person's id. */
  readonly assignee?: string;
  /** `overdue`, or `due-soon`: not overdue, deadline within the list's `due-soon-hours`. */
  readonly due?: 'overdue' | 'due-soon';
}

/** What a list can be sorted by. */
export type CaseListSortKey = 'updated' | 'opened' | 'due';

/**
 * The order of `<cg-case-list>`. Cases without a deadline come last when sorted by `due`,
 * whatever the direction.
 *
 * @example
 * ```ts
 * list.sort = { by: 'due', direction: 'asc' }; // the most urgent first
 * ```
 */
export interface CaseListSort {
  readonly by: CaseListSortKey;
  readonly direction: 'asc' | 'desc';
}

/** The list's order when none is given: the case touched last first. */
export const defaultSort: CaseListSort = { by: 'updated', direction: 'desc' };

const hourMs = 3_600_000;

/**
 * The engine query for a list filter, judged at `now` (milliseconds) for `due-soon`.
 *
 * @example
 * ```ts
 * engine.query(toCaseFilter({ assignee: 'me' }, actor, Date.now(), 24), actor);
 * ```
 */
export function toCaseFilter(
  filter: CaseListFilter,
  actor: Actor | undefined,
  now: number,
  dueSoonHours: number,
): CaseFilter {
  const { typeId, state, closed, unit, assignee, due } = filter;
  return {
    ...(typeId !== undefined ? { typeId } : {}),
    ...(state !== undefined ? { state } : {}),
    ...(closed !== undefined ? { closed } : {}),
    ...(unit !== undefined ? { unit } : {}),
    ...(assignee === undefined
      ? {}
      : {
          assignee:
            assignee === 'unassigned'
              ? null
              : assignee === 'me'
                ? // Nobody is "me" without an actor: an id no person has.
                  (actor?.id ?? '\u0000')
                : assignee,
        }),
    ...(due === 'overdue' ? { overdue: true } : {}),
    ...(due === 'due-soon'
      ? { overdue: false, dueBefore: new Date(now + dueSoonHours * hourMs).toISOString() }
      : {}),
  };
}

/**
 * The store query the engine runs for `filter`, so that a single changed case can be judged in
 * memory (with core's `matchesQuery`) exactly as the engine's query would. With an `actor`,
 * only the cases it may see match; without one, visibility is not judged (cases given by the
 * page).
 *
 * @example
 * ```ts
 * matchesQuery(view, toStoreQuery(filter, org, Date.now(), actor));
 * ```
 */
export function toStoreQuery(
  filter: CaseFilter,
  org: Org | undefined,
  now: number,
  actor?: Actor,
): StoreQuery {
  const states =
    filter.state === undefined
      ? undefined
      : typeof filter.state === 'string'
        ? [filter.state]
        : filter.state;
  return {
    ...(actor ? { visibleIn: org?.subtree(actor.unit) ?? new Set() } : {}),
    ...(filter.unit !== undefined
      ? { within: org?.subtree(filter.unit) ?? new Set([filter.unit]) }
      : {}),
    ...(filter.typeId !== undefined ? { typeId: filter.typeId } : {}),
    ...(states ? { states } : {}),
    ...(filter.handlingUnit !== undefined ? { handlingUnit: filter.handlingUnit } : {}),
    ...(filter.assignee !== undefined ? { assignee: filter.assignee } : {}),
    ...(filter.overdue !== undefined
      ? { overdue: filter.overdue, now: new Date(now).toISOString() }
      : {}),
    ...(filter.closed !== undefined ? { closed: filter.closed } : {}),
    ...(filter.dueBefore !== undefined ? { dueBefore: filter.dueBefore } : {}),
  };
}

/** How many of the filter's conditions are set (shown on the toolbar's "Filters" button). */
export function activeFilterCount(filter: CaseListFilter): number {
  return Object.values(filter).filter((value) => value !== undefined).length;
}
