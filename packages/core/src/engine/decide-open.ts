import { CaseGridError } from '../errors/case-grid-error.js';
import { localized, text } from '../i18n/messages.js';
import {
  type CaseWrite,
  invalid,
  invalidInput,
  notFound,
  type OpenCommand,
  openedWrite,
} from './decide-shared.js';
import type { DecisionClock, DecisionEnv } from './decision-context.js';

/**
 * Decides the events that open a case. Pure: the same arguments give the same events.
 *
 * @example
 * ```ts
 * const [write] = decideOpen(env, { typeId: 'dispute', data, unit: 'grid-1', actor }, clock);
 * ```
 */
export function decideOpen(
  env: DecisionEnv,
  command: OpenCommand,
  clock: DecisionClock,
): CaseWrite[] {
  const { org, locale } = env;
  const caseType = env.caseTypes.latest(command.typeId);
  if (!caseType) throw notFound(env, 'run.unknownType', { name: command.typeId });
  const unit = org.unit(command.unit);
  if (!unit) throw notFound(env, 'run.unknownUnit', { id: command.unit });
  const open = caseType.definition.open;
  const actor = command.actor;
  if (!actor.roles.some((role) => open.roles.includes(role))) {
    const roles = open.roles.join(', ');
    throw new CaseGridError('forbidden', `Actor '${actor.id}' may not open '${caseType.id}'.`, [
      { path: '', message: text(locale, 'run.openRole', { roles }), keyword: 'role' },
    ]);
  }
  if (!org.unit(actor.unit) || !org.isWithin(unit.id, actor.unit)) {
    const title = localized(unit.title, locale) || unit.id;
    throw new CaseGridError(
      'forbidden',
      `Unit '${unit.id}' is outside the scope of '${actor.unit}'.`,
      [
        {
          path: '/unit',
          message: text(locale, 'run.openScope', { unit: title }),
          keyword: 'scope',
        },
      ],
    );
  }
  if (open.levels && !open.levels.includes(unit.level)) {
    throw new CaseGridError(
      'forbidden',
      `'${caseType.id}' cannot be opened at level '${unit.level}'.`,
      [
        {
          path: '/unit',
          message: text(locale, 'run.openLevel', { levels: open.levels.join('/') }),
          keyword: 'level',
        },
      ],
    );
  }
  const issues = invalid(env, caseType.data, command.data, '/data');
  if (issues) throw invalidInput(issues, 'The case data');
  const data = command.data as Record<string, unknown>;

  const subject = {
    data,
    actor: {
      id: actor.id,
      unit: actor.unit,
      roles: actor.roles,
      level: org.unit(actor.unit)?.level,
    },
  };
  const level = caseType.routes.find((route) => route.when(subject))?.level ?? open.handlingLevel;
  let handlingUnit = unit.id;
  if (level !== undefined) {
    const rank = org.levels.indexOf(level);
    const ancestor = org.ancestorAt(unit.id, level);
    if (ancestor) handlingUnit = ancestor.id;
    else if (org.levels.indexOf(unit.level) > rank) {
      throw new CaseGridError('not-available', `No unit at level '${level}' above '${unit.id}'.`, [
        {
          path: '/unit',
          message: text(locale, 'run.noHandlingLevel', { unit: unit.id, level }),
          keyword: 'level',
        },
      ]);
    }
  }
  return [
    openedWrite(env, clock, {
      caseType,
      caseId: command.caseId ?? clock.newId(),
      actor,
      data,
      unit: unit.id,
      handlingUnit,
      assignee: open.assignToReporter ? actor.id : null,
    }),
  ];
}
