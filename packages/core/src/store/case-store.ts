import type { CaseEvent } from '../engine/case-event.js';
import type { CaseView } from '../engine/case-view.js';
import type { CaseWrite } from '../engine/decide.js';

/** An event with its position in the store's global log (1, 2, 3...). */
export interface PositionedEvent {
  readonly position: number;
  readonly event: CaseEvent;
}

/** What a store is asked for when the engine queries cases. All given conditions must hold. */
export interface StoreQuery {
  readonly typeId?: string;
  readonly states?: readonly string[];
  /** The case's unit or handling unit is one of these (the actor's scope). */
  readonly visibleIn?: ReadonlySet<string>;
  /** The case's unit or handling unit is one of these (a unit filter's subtree). */
  readonly within?: ReadonlySet<string>;
  readonly handlingUnit?: string;
  readonly assignee?: string | null;
  readonly closed?: boolean;
  /** `true`: marked overdue or its deadline is at or before `now`; `false`: neither. */
  readonly overdue?: boolean;
  /** The instant `overdue` is judged at. */
  readonly now?: string;
  /** The deadline is at or before this instant. */
  readonly dueBefore?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/**
 * The store port: what the engine needs from storage. The memory store implements it here;
 * the IndexedDB and PostgreSQL stores implement the same contract. Newest cases come first
 * in queries (by `openedAt`, then id).
 *
 * Rules every implementation keeps:
 * - `appendAll` is atomic across all its writes: all events are stored or none.
 * - A write whose case is not at `expectedSeq` fails with `CaseGridError` code `conflict` and
 *   changes nothing; so does an event id that is already stored.
 * - Views are the fold (`applyEvent`) of the stored events.
 */
export interface CaseStore {
  /** The current view of a case, or `undefined`. */
  load(caseId: string): Promise<CaseView | undefined>;
  /** The events of one case, in seq order (empty for an unknown case). */
  events(caseId: string): Promise<readonly CaseEvent[]>;
  /** Appends events to one case, expecting it at `expectedSeq` (0 for a new case). */
  append(caseId: string, expectedSeq: number, events: readonly CaseEvent[]): Promise<void>;
  /** Appends to several cases at once, atomically (an action that opens child cases). */
  appendAll(writes: readonly CaseWrite[]): Promise<void>;
  /** Cases matching a query. */
  query(query: StoreQuery): Promise<readonly CaseView[]>;
  /** Open cases whose deadline is at or before `at`, soonest first. */
  due(at: string, limit?: number): Promise<readonly CaseView[]>;
  /** Events after a global log position, in log order, and the position reached. */
  since(
    position: number,
    limit?: number,
  ): Promise<{ events: readonly PositionedEvent[]; position: number }>;
}
