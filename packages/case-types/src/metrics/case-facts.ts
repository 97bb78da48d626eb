import type { CaseEvent } from '@casegrid/core';

/**
 * What the metrics need to know of one case, folded from its events. Mutable while the log is
 * folded: one object per case; its deadlines and ratings go to the {@link FoldedLog}'s columns.
 */
export interface CaseFacts {
  /** Its position in {@link FoldedLog.list}. */
  readonly index: number;
  readonly typeId: string;
  readonly isChild: boolean;
  readonly unit: string;
  readonly openedAt: string;
  handlingUnit: string;
  state: string;
  closed: boolean;
  assignee: string | null;
  overdue: boolean;
  /** The running deadline: its state, when it is due, the unit handling the case under it. */
  dueState: string | null;
  dueAt: string | null;
  dueUnit: string;
  closedAt: string | null;
  closedBy: string | null;
  closedUnit: string | null;
  seq: number;
}

/** Flags of a deadline episode. */
export const onTimeFlag = 1;
export const byVisitFlag = 2;

/**
 * The event log folded per case. A deadline *episode* runs from the moment a case came under a
 * deadline until the case left the deadline's state or got another deadline: on time when that
 * happened before it was due and not because it passed. Episodes and ratings are kept in
 * columns (one array per field) rather than as an object each: a county's log has hundreds of
 * thousands of them, and the columns hold only references to strings the events already have.
 */
export class FoldedLog {
  readonly list: CaseFacts[] = [];
  private readonly byId = new Map<string, CaseFacts>();
  /** Deadline episodes: the case, the state, the handling unit, the assignee when it ended. */
  readonly episodeCase: number[] = [];
  readonly episodeState: string[] = [];
  readonly episodeUnit: string[] = [];
  readonly episodePerson: (string | null)[] = [];
  readonly episodeFlags: number[] = [];
  /** Ratings: the case, the value, the assignee and the handling unit when it was given. */
  readonly ratingCase: number[] = [];
  readonly ratingValue: number[] = [];
  readonly ratingPerson: (string | null)[] = [];
  readonly ratingUnit: string[] = [];
  /** The states a visit was seen to start from, by case type. */
  readonly visitedStates = new Map<string, Set<string>>();

  constructor(
    private readonly satisfactionKey: string,
    private readonly visitActions: ReadonlySet<string>,
    private readonly skipTypes: ReadonlySet<string>,
  ) {}

  /**
   * Folds one event in. Each case's events must come in seq order; an event at or below the
   * case's last seq is a repeat and is skipped, and so is anything of a case before its
   * `opened`.
   */
  add(event: CaseEvent): void {
    if (this.skipTypes.has(event.typeId)) return;
    const facts = this.byId.get(event.caseId);
    if (facts === undefined) {
      if (event.type === 'opened') this.open(event);
    } else if (event.seq > facts.seq) {
      this.apply(facts, event);
    }
  }

  private open(event: CaseEvent): void {
    const unit = event.unit ?? event.actor.unit;
    const handlingUnit = event.handlingUnit ?? unit;
    const closed = event.closed === true;
    const facts: CaseFacts = {
      index: this.list.length,
      typeId: event.typeId,
      isChild: event.parentId !== undefined,
      unit,
      openedAt: event.at,
      handlingUnit,
      state: event.to ?? '',
      closed,
      assignee: event.assignee ?? null,
      overdue: false,
      dueState: event.deadline?.state ?? null,
      dueAt: event.deadline?.dueAt ?? null,
      dueUnit: handlingUnit,
      closedAt: closed ? event.at : null,
      closedBy: closed ? event.actor.id : null,
      closedUnit: closed ? handlingUnit : null,
      seq: event.seq,
    };
    this.list.push(facts);
    this.byId.set(event.caseId, facts);
  }

  // The same steps as the engine's fold (`applyEvent`), for the fields metrics read.
  private apply(facts: CaseFacts, event: CaseEvent): void {
    const to = event.to;
    const stateChanged = to !== undefined && to !== facts.state;
    const deadlineChanged = event.deadline !== undefined;
    const action = event.action;
    const isVisit = action !== undefined && this.visitActions.has(action);
    if (isVisit && event.from !== undefined) this.sawVisit(facts.typeId, event.from);
    if (facts.dueAt !== null && (deadlineChanged || stateChanged)) {
      const missed =
        event.type === 'deadline-passed' || event.reason === 'deadline' || event.at >= facts.dueAt;
      this.episode(
        facts,
        facts.dueState ?? facts.state,
        facts.dueUnit,
        facts.assignee ?? (isVisit ? event.actor.id : null),
        (missed ? 0 : onTimeFlag) | (isVisit ? byVisitFlag : 0),
      );
    }
    if (event.type === 'performed' || event.type === 'escalated') {
      const value = (event.input as Record<string, unknown> | undefined)?.[this.satisfactionKey];
      if (typeof value === 'number' && Number.isFinite(value)) {
        this.ratingCase.push(facts.index);
        this.ratingValue.push(value);
        this.ratingPerson.push(facts.assignee);
        this.ratingUnit.push(facts.handlingUnit);
      }
    }

    if (to !== undefined) facts.state = to;
    if (event.handlingUnit !== undefined) facts.handlingUnit = event.handlingUnit;
    if (event.assignee !== undefined) facts.assignee = event.assignee;
    if (deadlineChanged) {
      facts.dueState = event.deadline?.state ?? null;
      facts.dueAt = event.deadline?.dueAt ?? null;
      facts.dueUnit = facts.handlingUnit;
    }
    if (event.overdue === true) facts.overdue = true;
    else if (stateChanged || deadlineChanged) facts.overdue = false;
    if (to !== undefined && event.closed === true && !facts.closed) {
      facts.closed = true;
      facts.closedAt = event.at;
      facts.closedBy = event.actor.id;
      facts.closedUnit = facts.handlingUnit;
    }
    facts.seq = event.seq;
  }

  /** Records an episode (also used for deadlines found already due at `now`). */
  episode(facts: CaseFacts, state: string, unit: string, person: string | null, flags: number) {
    this.episodeCase.push(facts.index);
    this.episodeState.push(state);
    this.episodeUnit.push(unit);
    this.episodePerson.push(person);
    this.episodeFlags.push(flags);
  }

  private sawVisit(typeId: string, state: string): void {
    let states = this.visitedStates.get(typeId);
    if (!states) {
      states = new Set();
      this.visitedStates.set(typeId, states);
    }
    states.add(state);
  }
}
