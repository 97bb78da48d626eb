import type { CaseView } from '../engine/case-view.js';
import type { StoreQuery } from './case-store.js';

/**
 * Whether a view matches a store query: the reference semantics that every store's query
 * must agree with (the store contract tests compare against it).
 *
 * @example
 * ```ts
 * matchesQuery(view, { typeId: 'dispute', closed: false }); // true for an open dispute
 * ```
 */
export function matchesQuery(view: CaseView, query: StoreQuery): boolean {
  if (query.typeId !== undefined && view.typeId !== query.typeId) return false;
  if (query.states !== undefined && !query.states.includes(view.state)) return false;
  if (query.visibleIn && !query.visibleIn.has(view.unit) && !query.visibleIn.has(view.handlingUnit))
    return false;
  if (query.within && !query.within.has(view.unit) && !query.within.has(view.handlingUnit))
    return false;
  if (query.handlingUnit !== undefined && view.handlingUnit !== query.handlingUnit) return false;
  if (query.assignee !== undefined && view.assignee !== query.assignee) return false;
  if (query.closed !== undefined && view.closed !== query.closed) return false;
  if (query.dueBefore !== undefined && !(view.deadline && view.deadline.dueAt <= query.dueBefore))
    return false;
  if (query.overdue !== undefined) {
    const late =
      view.overdue ||
      (!view.closed &&
        view.deadline !== null &&
        query.now !== undefined &&
        view.deadline.dueAt <= query.now);
    if (late !== query.overdue) return false;
  }
  return true;
}
