import type { CaseView } from '@casegrid/core';

/**
 * A materialized case view with the keys its query indexes read. IndexedDB cannot index
 * `null` or `false`, so these are written out beside the view.
 */
export interface CaseRecord {
  readonly view: CaseView;
  /** The assignee, `0` for nobody (a number never collides with a person's id). */
  readonly assignee: string | 0;
  /** The deadline of an open case; absent when closed or without one (so `due` reads only the index). */
  readonly dueAt?: string;
}

/**
 * The record stored for a view.
 *
 * @example
 * ```ts
 * caseRecord(view); // { view, assignee: view.assignee ?? 0, dueAt: view.deadline?.dueAt }
 * ```
 */
export function caseRecord(view: CaseView): CaseRecord {
  const assignee = view.assignee ?? 0;
  return !view.closed && view.deadline
    ? { view, assignee, dueAt: view.deadline.dueAt }
    : { view, assignee };
}
