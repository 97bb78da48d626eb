import { deadlineEvent } from '../definition/case-type-machine.js';
import { CaseGridError } from '../errors/case-grid-error.js';
import type { Actor } from '../org/org.js';
import { systemActorId } from './case-event.js';
import type { CaseView } from './case-view.js';
import { armDeadline } from './deadlines.js';
import { decidePerform } from './decide-perform.js';
import { type CaseWrite, systemActor, typeOf, type ViewLookup } from './decide-shared.js';
import type { DecisionClock, DecisionEnv } from './decision-context.js';

/**
 * Decides what happens when a case's deadline has passed: escalate (re-arming the deadline
 * one level up), mark it overdue (alerting the unit above when asked), or perform a named
 * action as the system. Returns no write when the case has no passed deadline.
 *
 * @example
 * ```ts
 * const writes = decideDeadline(env, view, lookup, { at: now, newId });
 * ```
 */
export function decideDeadline(
  env: DecisionEnv,
  view: CaseView,
  lookup: ViewLookup,
  clock: DecisionClock,
): CaseWrite[] {
  const deadline = view.deadline;
  if (!deadline || view.closed || deadline.dueAt > clock.at || deadline.state !== view.state)
    return [];
  const caseType = typeOf(env, view);
  const definition = caseType.state(view.state)?.deadline;
  if (!definition || !caseType.transitions(view.state, deadlineEvent)) return [];
  // The system acts when the deadline passed, not when the scheduler noticed: a late
  // scheduler still produces the same log.
  // ISO instants compare as strings; the later of the two keeps each case's log in order.
  const at = [deadline.dueAt, view.updatedAt].sort()[1] ?? deadline.dueAt;
  const base = {
    caseId: view.id,
    seq: view.seq + 1,
    at,
    actor: systemActor(view),
    typeId: view.typeId,
    typeVersion: view.typeVersion,
    from: view.state,
    to: view.state,
    closed: false,
    reason: 'deadline' as const,
  };
  const alertUnit =
    definition.alert === 'unit-above' ? env.org.parentOf(view.handlingUnit)?.id : undefined;
  const overdue = (): CaseWrite[] => [
    {
      caseId: view.id,
      expectedSeq: view.seq,
      events: [
        {
          ...base,
          id: clock.newId(),
          type: 'deadline-passed',
          overdue: true,
          deadline: null,
          ...(alertUnit !== undefined ? { alertUnit } : {}),
        },
      ],
    },
  ];
  const then = definition.then;
  if (then === 'overdue') return overdue();
  if (then === 'escalate') {
    const parent = env.org.parentOf(view.handlingUnit);
    if (!parent) return overdue();
    const facts = {
      case: { handlingUnit: parent.id, unit: view.unit, state: view.state },
      data: view.data,
    };
    return [
      {
        caseId: view.id,
        expectedSeq: view.seq,
        events: [
          {
            ...base,
            id: clock.newId(),
            type: 'escalated',
            handlingUnit: parent.id,
            deadline: armDeadline(env, caseType, view.state, at, facts),
            ...(alertUnit !== undefined ? { alertUnit } : {}),
          },
        ],
      },
    ];
  }
  try {
    const actor: Actor = { id: systemActorId, unit: view.handlingUnit, roles: [] };
    return decidePerform(
      env,
      view,
      { action: then.perform, actor },
      lookup,
      { ...clock, at },
      {
        system: true,
        reason: 'deadline',
      },
    );
  } catch (error) {
    // The action's conditions do not hold: the deadline still passed, and that is recorded.
    if (error instanceof CaseGridError) return overdue();
    throw error;
  }
}
