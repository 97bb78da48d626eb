import type { Deadline } from './case-event.js';

/** A child case as seen from its parent. */
export interface ChildRef {
  readonly id: string;
  readonly typeId: string;
  readonly unit: string;
  /** The child's final state once it closed, otherwise `undefined`. */
  readonly closedIn?: string;
  /** The parent's seq at which the child was opened. */
  readonly openedSeq: number;
}

/**
 * What a case is now: a pure fold of its events (see {@link replay}).
 *
 * @example
 * ```ts
 * const view = await engine.get(caseId);
 * if (view.deadline && view.deadline.dueAt < new Date().toISOString()) warn(view.id);
 * ```
 */
export interface CaseView {
  readonly id: string;
  readonly typeId: string;
  readonly typeVersion: number;
  readonly state: string;
  readonly closed: boolean;
  readonly data: { readonly [key: string]: unknown };
  /** Where it was reported. */
  readonly unit: string;
  /** Who handles it now. */
  readonly handlingUnit: string;
  readonly assignee: string | null;
  readonly deadline: Deadline | null;
  readonly overdue: boolean;
  /** How many times it was escalated. */
  readonly escalations: number;
  readonly parentId: string | null;
  readonly children: readonly ChildRef[];
  readonly openedAt: string;
  readonly openedBy: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
  /** The seq of the event that last entered the current state (children opened after it form the current round). */
  readonly enteredSeq: number;
  /** The seq of the last event. */
  readonly seq: number;
}
