import { localizeErrors } from '@casegrid/schema/form';
import { CaseGridError } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { Actor } from '../org/org.js';
import { eventActor } from './case-event.js';
import type { CaseView } from './case-view.js';
import { armDeadline } from './deadlines.js';
import type { CaseWrite } from './decide.js';
import type { DecisionClock, DecisionEnv } from './decision-context.js';

/** What `migrate` is asked. */
export interface MigrateCommand {
  readonly toVersion: number;
  readonly actor: Actor;
  /** Old state → state of the target version, for states the new version renamed. */
  readonly stateMap?: { readonly [from: string]: string };
}

/**
 * Decides the `migrated` event that moves a case to another version of its type: only an
 * administrator of the target version, in scope, may; the case's data must already be valid
 * under the new schema and its state must exist there (or be mapped). Pure.
 *
 * @example
 * ```ts
 * const writes = decideMigrate(env, view, { toVersion: 2, actor: admin }, clock);
 * ```
 */
export function decideMigrate(
  env: DecisionEnv,
  view: CaseView,
  command: MigrateCommand,
  clock: DecisionClock,
): CaseWrite[] {
  const { locale, org } = env;
  const target = env.caseTypes.get(view.typeId, command.toVersion);
  if (!target) {
    const params = { name: view.typeId, version: command.toVersion };
    throw new CaseGridError('not-found', text('en', 'run.unknownVersion', params), [
      {
        path: '/toVersion',
        message: text(locale, 'run.unknownVersion', params),
        keyword: 'version',
      },
    ]);
  }
  if (command.toVersion === view.typeVersion) {
    const params = { version: view.typeVersion };
    throw new CaseGridError('not-available', text('en', 'run.migrateSameVersion', params), [
      {
        path: '/toVersion',
        message: text(locale, 'run.migrateSameVersion', params),
        keyword: 'version',
      },
    ]);
  }
  const admins = target.definition.administrators;
  if (!admins) {
    throw new CaseGridError('forbidden', text('en', 'run.migrateNoAdmins'), [
      { path: '', message: text(locale, 'run.migrateNoAdmins'), keyword: 'role' },
    ]);
  }
  const actor = command.actor;
  if (!actor.roles.some((role) => admins.includes(role))) {
    const roles = admins.join(', ');
    throw new CaseGridError('forbidden', text('en', 'run.migrateRole', { roles }), [
      { path: '', message: text(locale, 'run.migrateRole', { roles }), keyword: 'role' },
    ]);
  }
  if (!org.unit(actor.unit) || !org.isWithin(view.handlingUnit, actor.unit)) {
    throw new CaseGridError(
      'forbidden',
      `Case ${view.id} is outside the scope of '${actor.unit}'.`,
      [
        {
          path: '',
          message: text(locale, 'run.scope', { unit: view.handlingUnit }),
          keyword: 'scope',
        },
      ],
    );
  }
  const state = command.stateMap?.[view.state] ?? view.state;
  const stateDefinition = target.state(state);
  if (!stateDefinition) {
    throw new CaseGridError('invalid-input', text('en', 'run.migrateState', { state }), [
      {
        path: `/stateMap/${view.state}`,
        message: text(locale, 'run.migrateState', { state }),
        keyword: 'state',
      },
    ]);
  }
  if (!target.data(view.data)) {
    const issues = localizeErrors(target.data.errors, { locale, pathPrefix: '/data' });
    throw new CaseGridError(
      'invalid-input',
      'The case data does not fit the target version.',
      issues,
    );
  }
  const closed = stateDefinition.final === true;
  const changed = state !== view.state;
  return [
    {
      caseId: view.id,
      expectedSeq: view.seq,
      events: [
        {
          id: clock.newId(),
          caseId: view.id,
          seq: view.seq + 1,
          type: 'migrated',
          at: clock.at,
          actor: eventActor(actor),
          typeId: view.typeId,
          typeVersion: target.version,
          from: view.state,
          to: state,
          closed,
          ...(changed || closed
            ? {
                deadline: closed
                  ? null
                  : armDeadline(env, target, state, clock.at, { case: view, data: view.data }),
              }
            : {}),
        },
      ],
    },
  ];
}
