// What the decisions share: commands, writes, and the errors they throw.
import { localizeErrors, type Validator } from '@casegrid/schema/form';
import type { CaseType } from '../definition/compile-case-type.js';
import { CaseGridError, type CaseGridIssue } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { Actor } from '../org/org.js';
import { type CaseEvent, type EventActor, eventActor, systemActorId } from './case-event.js';
import type { CaseView } from './case-view.js';
import { armDeadline } from './deadlines.js';
import type { DecisionClock, DecisionEnv } from './decision-context.js';

/** Events to append to one case, expecting it at `expectedSeq` (0 for a new case). */
export interface CaseWrite {
  readonly caseId: string;
  readonly expectedSeq: number;
  readonly events: readonly CaseEvent[];
}

/** Views the decision may need besides the case itself: its ancestors, by id. */
export type ViewLookup = (caseId: string) => CaseView | undefined;

/** What `open` is asked. */
export interface OpenCommand {
  readonly typeId: string;
  readonly data: unknown;
  readonly unit: string;
  readonly actor: Actor;
  /** The new case's id (default: a new id). */
  readonly caseId?: string;
}

/** What `perform` is asked. */
export interface PerformCommand {
  readonly action: string;
  readonly actor: Actor;
  readonly input?: unknown;
}

export const notFound = (
  env: DecisionEnv,
  key: Parameters<typeof text>[1],
  params: Record<string, string | number>,
) =>
  new CaseGridError('not-found', text('en', key, params), [
    { path: '', message: text(env.locale, key, params), keyword: 'exists' },
  ]);

export function invalid(
  env: DecisionEnv,
  validator: Validator,
  value: unknown,
  pathPrefix: string,
): CaseGridIssue[] | undefined {
  if (validator(value)) return undefined;
  return localizeErrors(validator.errors, { locale: env.locale, pathPrefix });
}

export function invalidInput(issues: readonly CaseGridIssue[], what: string): CaseGridError {
  return new CaseGridError(
    'invalid-input',
    `${what} is invalid: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    issues,
  );
}

export function typeOf(env: DecisionEnv, view: CaseView): CaseType {
  const caseType = env.caseTypes.get(view.typeId, view.typeVersion);
  if (!caseType)
    throw notFound(env, 'run.unknownVersion', { name: view.typeId, version: view.typeVersion });
  return caseType;
}

export function systemActor(view: CaseView): EventActor {
  return { id: systemActorId, unit: view.handlingUnit, roles: [] };
}

export function topLevel(env: DecisionEnv): CaseGridError {
  return new CaseGridError('not-available', 'The case is already handled at the top level.', [
    { path: '', message: text(env.locale, 'run.topLevel'), keyword: 'escalate' },
  ]);
}

/**
 * The write that opens a case: its `opened` event, with the initial state's deadline armed.
 * Used for cases a person reports and for child cases an action opens.
 */
export function openedWrite(
  env: DecisionEnv,
  clock: DecisionClock,
  opening: {
    readonly caseType: CaseType;
    readonly caseId: string;
    readonly actor: Actor;
    readonly data: Record<string, unknown>;
    readonly unit: string;
    readonly handlingUnit: string;
    readonly assignee: string | null;
    readonly parentId?: string;
  },
): CaseWrite {
  const { caseType, caseId, data, unit, handlingUnit } = opening;
  const state = caseType.definition.initial;
  const event: CaseEvent = {
    id: clock.newId(),
    caseId,
    seq: 1,
    type: 'opened',
    at: clock.at,
    actor: eventActor(opening.actor),
    typeId: caseType.id,
    typeVersion: caseType.version,
    to: state,
    closed: false,
    data,
    unit,
    handlingUnit,
    assignee: opening.assignee,
    ...(opening.parentId !== undefined ? { parentId: opening.parentId } : {}),
    deadline: armDeadline(env, caseType, state, clock.at, { case: { unit, handlingUnit }, data }),
  };
  return { caseId, expectedSeq: 0, events: [event] };
}
