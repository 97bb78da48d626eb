import type { CaseView } from '@casegrid/core';

/** How urgent a case is: past its deadline, due within the "soon" window, due later, or none. */
export type DueStatus = 'overdue' | 'due-soon' | 'due' | 'none';

/**
 * How urgent a case is at `now`, judged as the engine judges `overdue` (marked by a passed
 * deadline, or its deadline is at or before now) so that the badge and the filter agree.
 *
 * @example
 * ```ts
 * dueStatus(view, Date.now(), 24 * 3_600_000); // 'due-soon' when due within a day
 * ```
 */
export function dueStatus(view: CaseView, now: number, soonMs: number): DueStatus {
  if (view.closed) return 'none';
  if (view.overdue) return 'overdue';
  if (view.deadline === null) return 'none';
  const dueAt = Date.parse(view.deadline.dueAt);
  if (dueAt <= now) return 'overdue';
  return dueAt <= now + soonMs ? 'due-soon' : 'due';
}
