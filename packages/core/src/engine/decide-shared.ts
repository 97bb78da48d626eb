// What the decisions share: commands, writes, and the errors they throw.
import { localizeErrors, type Validator } from '@casegrid/schema';
import type { CaseType } from '../definition/compile-case-type.js';
import { CaseGridError, type CaseGridIssue } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { Actor } from '../org/org.js';
import { type CaseEvent, type EventActor, systemActorId } from './case-event.js';
import type { CaseView } from './case-view.js';
import type { DecisionEnv } from './decision-context.js';

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
