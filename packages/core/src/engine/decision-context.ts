import type { Locale } from '../definition/case-type-definition.js';
import type { Actor, Org } from '../org/org.js';
import type { WorkingCalendar } from '../time/working-calendar.js';
import type { CaseTypeRegistry } from './case-type-registry.js';
import type { CaseView } from './case-view.js';

/** What a named guard is asked: the case, its data, the input and the actor. */
export interface GuardArgs {
  readonly case: CaseView;
  readonly data: CaseView['data'];
  readonly input: unknown;
  readonly actor: Actor;
  readonly org: Org;
}

/**
 * A named guard, registered with the engine and referred to by name in a definition
 * (`"guards": ["has-household-head"]`). Must be pure: same arguments, same answer.
 */
export type GuardFunction = (args: GuardArgs) => boolean;

/** Everything a decision depends on besides the case itself. Immutable for an engine. */
export interface DecisionEnv {
  readonly caseTypes: CaseTypeRegistry;
  readonly org: Org;
  readonly guards: Readonly<Record<string, GuardFunction>>;
  readonly calendar: WorkingCalendar | undefined;
  readonly locale: Locale;
}

/** Time and ids come in: nothing in a decision reads the clock or randomness. */
export interface DecisionClock {
  /** ISO 8601 instant of the decision. */
  readonly at: string;
  readonly newId: () => string;
}

/** The object `when` conditions are evaluated over: `{ case, data, input, actor }`. */
export function conditionSubject(
  env: DecisionEnv,
  view: CaseView,
  actor: Actor,
  input: unknown,
): Record<string, unknown> {
  const subject: Record<string, unknown> = {
    case: {
      id: view.id,
      typeId: view.typeId,
      state: view.state,
      unit: view.unit,
      handlingUnit: view.handlingUnit,
      level: env.org.unit(view.handlingUnit)?.level,
      assignee: view.assignee,
      overdue: view.overdue,
      escalations: view.escalations,
      parentId: view.parentId,
      children: view.children.length,
      openChildren: view.children.filter((child) => child.closedIn === undefined).length,
    },
    data: view.data,
    actor: {
      id: actor.id,
      unit: actor.unit,
      roles: actor.roles,
      level: env.org.unit(actor.unit)?.level,
    },
  };
  // An absent input leaves `input` out, so conditions on it hold vacuously when asking
  // which actions are available before any input is typed.
  if (input !== undefined) subject.input = input;
  return subject;
}
