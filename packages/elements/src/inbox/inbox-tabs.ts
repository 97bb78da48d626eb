import type { Actor, CaseView, Org } from '@casegrid/core';
import { dueStatus } from '../case-list/due-status.js';

/** The tabs of `<cg-inbox>`. `queue` is only offered to centre staff. */
export type InboxTab = 'mine' | 'unit' | 'due-soon' | 'overdue' | 'queue';

/** The role that sees its unit's queue and may reassign from it. */
export const centreRole = 'centre-director';

/**
 * The tabs an actor gets, in order: centre staff (role `centre-director`) also get their
 * unit's queue.
 *
 * @example
 * ```ts
 * inboxTabs(gridWorker); // ['mine', 'unit', 'due-soon', 'overdue']
 * ```
 */
export function inboxTabs(actor: Actor | undefined): InboxTab[] {
  const tabs: InboxTab[] = ['mine', 'unit', 'due-soon', 'overdue'];
  if (actor?.roles.includes(centreRole)) tabs.push('queue');
  return tabs;
}

/** What the inbox needs to sort cases into tabs. */
export interface TabContext {
  readonly actor: Actor;
  readonly org: Org;
  /** Milliseconds since the epoch. */
  readonly now: number;
  readonly soonMs: number;
}

/**
 * The open cases of each tab:
 * - `mine`: assigned to the actor;
 * - `unit`: handled by the actor's unit and assigned to nobody (waiting to be taken);
 * - `queue` (centre staff): handled by the actor's unit or a unit below it;
 * - `due-soon` and `overdue`: of the actor's work (the cases of the tabs above), those whose
 *   deadline is near or past.
 *
 * @example
 * ```ts
 * const tabs = tabCases(openCases, { actor, org: engine.org, now: Date.now(), soonMs: 24 * 3_600_000 });
 * tabs.mine.length; // the count on the first tab
 * ```
 */
export function tabCases(
  views: readonly CaseView[],
  context: TabContext,
): Readonly<Record<InboxTab, readonly CaseView[]>> {
  const { actor, org, now, soonMs } = context;
  const centre = actor.roles.includes(centreRole);
  const tabs: Record<InboxTab, CaseView[]> = {
    mine: [],
    unit: [],
    'due-soon': [],
    overdue: [],
    queue: [],
  };
  for (const view of views) {
    if (view.closed) continue;
    const mine = view.assignee === actor.id;
    const waiting = view.assignee === null && view.handlingUnit === actor.unit;
    const queued = centre && org.isWithin(view.handlingUnit, actor.unit);
    if (mine) tabs.mine.push(view);
    if (waiting) tabs.unit.push(view);
    if (queued) tabs.queue.push(view);
    if (!mine && !waiting && !queued) continue;
    const due = dueStatus(view, now, soonMs);
    if (due === 'due-soon') tabs['due-soon'].push(view);
    else if (due === 'overdue') tabs.overdue.push(view);
  }
  return tabs;
}
