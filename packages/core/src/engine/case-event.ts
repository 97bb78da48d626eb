import type { Actor } from '../org/org.js';

/** The kinds of event a case records. */
export type CaseEventType =
  /** The case was reported. */
  | 'opened'
  /** An action was taken (by a person, or by the system for a deadline or a wait). */
  | 'performed'
  /** The handling unit moved one level up (by an action or a deadline). */
  | 'escalated'
  /** A deadline passed and the case became overdue. */
  | 'deadline-passed'
  /** A child case was opened by this case. */
  | 'child-opened'
  /** A child case of this case reached a final state. */
  | 'child-closed'
  /** The case moved to another version of its case type. */
  | 'migrated';

/** The actor as recorded on an event: who did it, from which unit, holding which roles. */
export interface EventActor {
  readonly id: string;
  readonly unit: string;
  readonly roles: readonly string[];
}

/** The deadline a case is under: set when a state with a deadline is entered. */
export interface Deadline {
  readonly state: string;
  readonly dueAt: string;
}

/**
 * One fact in a case's life. Events are the truth: a case view is a pure fold of them, and
 * every consequence an event has (new state, data, units, assignee, deadline) is written on
 * the event itself, so a fold never needs to decide anything again.
 *
 * @example
 * ```ts
 * const event: CaseEvent = {
 *   id: 'e-1', caseId: 'c-1', seq: 1, type: 'opened', at: '2026-03-02T01:00:00.000Z',
 *   actor: { id: 'zhang-san', unit: 'grid-1', roles: ['grid-worker'] },
 *   typeId: 'dispute', typeVersion: 1, to: 'reported',
 *   data: { summary: 'Boundary wall' }, unit: 'grid-1', handlingUnit: 'village-1',
 * };
 * ```
 */
export interface CaseEvent {
  /** Client-made, unique: the idempotency key. */
  readonly id: string;
  readonly caseId: string;
  /** 1, 2, 3... per case. */
  readonly seq: number;
  readonly type: CaseEventType;
  /** ISO 8601 instant (UTC). */
  readonly at: string;
  readonly actor: EventActor;
  readonly typeId: string;
  readonly typeVersion: number;
  readonly action?: string;
  readonly input?: unknown;
  /** State before. */
  readonly from?: string;
  /** State after. */
  readonly to?: string;
  /** Whether the state after is final: the case is closed. */
  readonly closed?: boolean;
  /** The whole case data after the event, when it changed. */
  readonly data?: { readonly [key: string]: unknown };
  /** Where the case was reported (on `opened`). */
  readonly unit?: string;
  /** The handling unit after the event, when it changed. */
  readonly handlingUnit?: string;
  /** The assignee after the event, when it changed (`null`: nobody). */
  readonly assignee?: string | null;
  /** The deadline after the event, when it changed (`null`: none). */
  readonly deadline?: Deadline | null;
  /** Set by `deadline-passed`: the case is overdue from now on. */
  readonly overdue?: boolean;
  /** The unit alerted (a missed visit alerts the unit above). */
  readonly alertUnit?: string;
  /** The parent case (on a child's `opened`). */
  readonly parentId?: string;
  /** The child concerned (on `child-opened` and `child-closed`). */
  readonly child?: {
    readonly id: string;
    readonly typeId: string;
    readonly unit: string;
    readonly state?: string;
  };
  /** Why the system acted: `deadline` or `children`. */
  readonly reason?: 'deadline' | 'children';
}

/**
 * The actor id recorded when the system acts (deadlines, waits).
 *
 * @example
 * ```ts
 * const bySystem = history.filter((event) => event.actor.id === systemActorId);
 * ```
 */
export const systemActorId = 'system';

/**
 * The actor as written on an event.
 *
 * @example
 * ```ts
 * eventActor({ id: 'li-si', unit: 'town-1', roles: ['centre-director'], name: '李四' });
 * // { id: 'li-si', unit: 'town-1', roles: ['centre-director'] }
 * ```
 */
export function eventActor(actor: Actor): EventActor {
  return { id: actor.id, unit: actor.unit, roles: [...actor.roles] };
}
