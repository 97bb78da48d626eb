import type { GuardFunction } from '@casegrid/core';

/**
 * The one acting is the case's assignee (its responsible person, 责任人), or a centre director
 * acting for the team. Used where 人盯人 means one named person: visits, completing a request,
 * finishing a patrol.
 */
const responsiblePerson: GuardFunction = ({ case: view, actor }) =>
  view.assignee === actor.id || actor.roles.includes('centre-director');

/**
 * The lead department (主办) is not also listed among the co-handling departments (协办):
 * it would get two tasks for one hazard. JSON Schema cannot compare two input values, hence a
 * guard. Holds while no input is given, so the action is still offered before the form is
 * filled in.
 */
const leadNotCoHandler: GuardFunction = ({ input }) => {
  if (typeof input !== 'object' || input === null) return true;
  const { lead, coHandlers } = input as { lead?: unknown; coHandlers?: unknown };
  return !Array.isArray(coHandlers) || !coHandlers.includes(lead);
};

/**
 * The guards the kit's definitions name, by name. Give them to `createEngine` (and to
 * `createServer`, which decides again), together with any of your own.
 *
 * - `responsible-person`: the actor is the case's assignee, or holds `centre-director`.
 * - `lead-not-co-handler`: a dispatch does not name the lead department as a co-handler too.
 *
 * @example
 * ```ts
 * const engine = createEngine({
 *   caseTypes: kitCaseTypes(), org, store, calendar: calendar2026,
 *   guards: { ...kitGuards, 'has-household-head': myGuard },
 * });
 * ```
 */
export const kitGuards: Readonly<Record<string, GuardFunction>> = Object.freeze({
  'responsible-person': responsiblePerson,
  'lead-not-co-handler': leadNotCoHandler,
});
