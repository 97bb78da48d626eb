import type { CaseView } from '../engine/case-view.js';
import type { StoreQuery } from './case-store.js';

/**
 * The order of query results in every store: newest opened first, then by id.
 *
 * @example
 * ```ts
 * views.sort(newestFirst);
 * ```
 */
export function newestFirst(a: CaseView, b: CaseView): number {
  if (a.openedAt !== b.openedAt) return a.openedAt < b.openedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The page of sorted results a query asks for (`offset`, `limit`).
 *
 * @example
 * ```ts
 * queryPage(sorted, { offset: 20, limit: 10 }); // results 21 to 30
 * ```
 */
export function queryPage<T>(sorted: readonly T[], query: StoreQuery): T[] {
  const offset = query.offset ?? 0;
  return sorted.slice(offset, query.limit === undefined ? undefined : offset + query.limit);
}

/**
 * The open cases among `views` whose deadline is at or before `at`, soonest first: `due` of the
 * stores that keep views in memory.
 *
 * @example
 * ```ts
 * dueViews(cases.values(), '2026-03-02T08:00:00.000Z', 100);
 * ```
 */
export function dueViews(views: Iterable<CaseView>, at: string, limit?: number): CaseView[] {
  const found: CaseView[] = [];
  for (const view of views) {
    if (!view.closed && view.deadline && view.deadline.dueAt <= at) found.push(view);
  }
  found.sort((a, b) =>
    a.deadline!.dueAt < b.deadline!.dueAt ? -1 : a.deadline!.dueAt > b.deadline!.dueAt ? 1 : 0,
  );
  return limit === undefined ? found : found.slice(0, limit);
}
