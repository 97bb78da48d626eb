// Well-formed event logs without an engine, for the metrics laws: cases of made-up types go
// through made-up states, escalate, miss deadlines, get rated, visited and closed, the way the
// engine writes its events (a new state or deadline on the event, `closed` on the final one).
import type { CaseEvent, EventActor } from '@casegrid/core';
import fc from 'fast-check';

export type Step =
  | { readonly kind: 'move'; readonly late: boolean; readonly assign: boolean }
  | { readonly kind: 'visit'; readonly late: boolean }
  | { readonly kind: 'escalate' }
  | { readonly kind: 'miss' }
  | { readonly kind: 'close'; readonly rating: number | null };

export interface CaseScript {
  readonly typeId: string;
  readonly unit: string;
  readonly child: boolean;
  readonly steps: readonly Step[];
}

const hourMs = 3_600_000;
export const logStart = Date.parse('2026-01-05T00:00:00.000Z');

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), late: fc.boolean(), assign: fc.boolean() }),
  fc.record({ kind: fc.constant('visit' as const), late: fc.boolean() }),
  fc.record({ kind: fc.constant('escalate' as const) }),
  fc.record({ kind: fc.constant('miss' as const) }),
  fc.record({
    kind: fc.constant('close' as const),
    rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  }),
);

/** One case's script over the given units. */
export const caseScript = (units: readonly string[]): fc.Arbitrary<CaseScript> =>
  fc.record({
    typeId: fc.constantFrom('dispute', 'watched-person', 'hazard', 'person'),
    unit: fc.constantFrom(...units),
    child: fc.boolean(),
    steps: fc.array(step, { maxLength: 8 }),
  });

/**
 * The events of one case from its script. `parentOf` gives the unit above (for escalation);
 * `startHour` places the case in time.
 */
export function caseEvents(
  id: string,
  script: CaseScript,
  parentOf: (unit: string) => string | undefined,
  startHour: number,
): CaseEvent[] {
  const events: CaseEvent[] = [];
  let seq = 0;
  let time = logStart + startHour * hourMs;
  let handlingUnit = script.unit;
  let state = 's0';
  let states = 0;
  let due = time + 24 * hourMs;
  const actor = (who: string): EventActor => ({
    id: who,
    unit: handlingUnit,
    roles: ['grid-worker'],
  });
  const iso = (ms: number) => new Date(ms).toISOString();
  const base = () => ({
    id: `${id}-${seq + 1}`,
    caseId: id,
    seq: ++seq,
    typeId: script.typeId,
    typeVersion: 1,
  });
  events.push({
    ...base(),
    type: 'opened',
    at: iso(time),
    actor: actor('reporter'),
    to: state,
    closed: false,
    data: {},
    unit: script.unit,
    handlingUnit,
    assignee: null,
    deadline: { state, dueAt: iso(due) },
    ...(script.child ? { parentId: 'parent' } : {}),
  });
  for (const s of script.steps) {
    if (s.kind === 'close') {
      time += hourMs;
      events.push({
        ...base(),
        type: 'performed',
        at: iso(time),
        actor: actor('closer'),
        action: 'close',
        ...(s.rating === null ? {} : { input: { satisfaction: s.rating } }),
        from: state,
        to: 'done',
        closed: true,
        deadline: null,
      });
      return events;
    }
    if (s.kind === 'miss') {
      time = Math.max(time, due);
      events.push({
        ...base(),
        type: 'deadline-passed',
        at: iso(time),
        actor: { id: 'system', unit: handlingUnit, roles: [] },
        from: state,
        to: state,
        closed: false,
        overdue: true,
        deadline: null,
        reason: 'deadline',
      });
      continue;
    }
    if (s.kind === 'escalate') {
      const parent = parentOf(handlingUnit);
      if (parent === undefined) continue;
      handlingUnit = parent;
      time += hourMs;
      due = time + 24 * hourMs;
      events.push({
        ...base(),
        type: 'escalated',
        at: iso(time),
        actor: actor('director'),
        action: 'escalate',
        from: state,
        to: state,
        closed: false,
        handlingUnit,
        assignee: null,
        deadline: { state, dueAt: iso(due) },
      });
      continue;
    }
    time = s.late ? time + 48 * hourMs : time + hourMs;
    const next = s.kind === 'visit' ? state : `s${++states}`;
    due = time + 24 * hourMs;
    events.push({
      ...base(),
      type: 'performed',
      at: iso(time),
      actor: actor('worker'),
      action: s.kind === 'visit' ? 'visit' : 'move',
      from: state,
      to: next,
      closed: false,
      ...(s.kind === 'move' && s.assign ? { assignee: 'worker' } : {}),
      deadline: { state: next, dueAt: iso(due) },
    });
    state = next;
  }
  return events;
}

/** A log of several cases, each case's events in seq order, the cases one after another. */
export function logOf(
  scripts: readonly CaseScript[],
  parentOf: (unit: string) => string | undefined,
): CaseEvent[][] {
  return scripts.map((script, index) => caseEvents(`case-${index}`, script, parentOf, index));
}

/** The cases' events taken in turns: one event of each case, then the next of each. */
export function interleave(perCase: readonly (readonly CaseEvent[])[]): CaseEvent[] {
  const result: CaseEvent[] = [];
  const longest = Math.max(0, ...perCase.map((events) => events.length));
  for (let i = 0; i < longest; i += 1) {
    for (const events of perCase) {
      const event = events[i];
      if (event) result.push(event);
    }
  }
  return result;
}
