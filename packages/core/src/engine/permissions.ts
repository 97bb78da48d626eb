import type { CompiledAction } from '../definition/compile-case-type.js';
import { CaseGridError } from '../errors/case-grid-error.js';
import { localized, text } from '../i18n/messages.js';
import type { Actor } from '../org/org.js';
import type { CaseView } from './case-view.js';
import type { DecisionEnv } from './decision-context.js';

/**
 * Why an actor may not take an action on a case, as the error to throw, or `undefined` when
 * the role, scope and level rules all allow it. Input, conditions and guards come after.
 */
export function refusal(
  env: DecisionEnv,
  view: CaseView,
  action: CompiledAction,
  actor: Actor,
  system: boolean,
): CaseGridError | undefined {
  const { locale, org } = env;
  // Titles are only needed for a refusal; the common path builds no strings.
  const title = () => localized(action.definition.title, locale) || action.name;
  if (view.closed) {
    return new CaseGridError('not-available', `Case ${view.id} is closed.`, [
      { path: '', message: text(locale, 'run.closed', { name: title() }), keyword: 'closed' },
    ]);
  }
  const caseType = env.caseTypes.get(view.typeId, view.typeVersion);
  if (!caseType?.transitions(view.state, action.name)) {
    const stateTitle = localized(caseType?.state(view.state)?.title, locale) || view.state;
    return new CaseGridError(
      'not-available',
      `Action '${action.name}' is not possible in state '${view.state}'.`,
      [
        {
          path: '',
          message: text(locale, 'run.notFromState', { name: title(), state: stateTitle }),
          keyword: 'state',
        },
      ],
    );
  }
  const level = org.unit(view.handlingUnit)?.level;
  if (action.levels && (level === undefined || !action.levels.has(level))) {
    return new CaseGridError(
      'not-available',
      `Action '${action.name}' is not offered at level '${level}'.`,
      [
        {
          path: '',
          message: text(locale, 'run.level', {
            name: title(),
            levels: [...action.levels].join('/'),
          }),
          keyword: 'level',
        },
      ],
    );
  }
  if (system) return undefined;
  if (action.roles.size === 0) {
    return new CaseGridError('forbidden', `Action '${action.name}' is taken by the system only.`, [
      { path: '', message: text(locale, 'run.systemOnly', { name: title() }), keyword: 'role' },
    ]);
  }
  if (!actor.roles.some((role) => action.roles.has(role))) {
    return new CaseGridError(
      'forbidden',
      `Actor '${actor.id}' holds none of the roles of '${action.name}'.`,
      [
        {
          path: '',
          message: text(locale, 'run.role', { name: title(), roles: [...action.roles].join(', ') }),
          keyword: 'role',
        },
      ],
    );
  }
  if (!org.unit(actor.unit) || !org.isWithin(view.handlingUnit, actor.unit)) {
    const unitTitle = localized(org.unit(view.handlingUnit)?.title, locale) || view.handlingUnit;
    return new CaseGridError(
      'forbidden',
      `Case ${view.id} is handled by '${view.handlingUnit}', outside the scope of '${actor.unit}'.`,
      [{ path: '', message: text(locale, 'run.scope', { unit: unitTitle }), keyword: 'scope' }],
    );
  }
  return undefined;
}

/**
 * Whether an actor may see a case: the case was reported in, or is handled by, a unit in
 * the actor's subtree.
 *
 * @example
 * ```ts
 * canSee(org, villageActor, view); // false for another village's case
 * ```
 */
export function canSee(env: Pick<DecisionEnv, 'org'>, actor: Actor, view: CaseView): boolean {
  return env.org.isWithin(view.unit, actor.unit) || env.org.isWithin(view.handlingUnit, actor.unit);
}
