import { type Actor, type CaseEngine, isCaseGridError } from '@casegrid/core';

/**
 * What became of one case in a bulk reassignment: done, or refused with the engine's reason
 * (`code` is the `CaseGridError` code; `message` the localized issues, else its message).
 *
 * @example
 * ```ts
 * const outcome: ReassignOutcome = { caseId: 'c-7', ok: false, code: 'forbidden', message: '案件不在您的管辖范围内。' };
 * ```
 */
export interface ReassignOutcome {
  readonly caseId: string;
  readonly ok: boolean;
  readonly code?: string;
  readonly message?: string;
}

/** How to reassign: the action (kit convention `reassign`), who does it, and to whom. */
export interface ReassignOptions {
  readonly action: string;
  readonly actor: Actor;
  readonly assignee: string;
}

function reason(error: unknown): { code?: string; message: string } {
  if (isCaseGridError(error)) {
    const issues = error.issues.map((issue) => issue.message).filter(Boolean);
    return { code: error.code, message: issues.length > 0 ? issues.join(' ') : error.message };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

/**
 * Performs the reassign action with input `{ assignee }` on each case, one after the other (so
 * that the outcomes come in the order given and a case's second change never races its first).
 * A refusal is reported, never thrown: the other cases still go.
 *
 * @example
 * ```ts
 * const outcomes = await reassignCases(engine, ['c-1', 'c-2'], { action: 'reassign', actor, assignee: 'wang-wu' });
 * outcomes.filter((outcome) => !outcome.ok); // what the engine refused, and why
 * ```
 */
export async function reassignCases(
  engine: CaseEngine,
  caseIds: readonly string[],
  options: ReassignOptions,
): Promise<ReassignOutcome[]> {
  const outcomes: ReassignOutcome[] = [];
  for (const caseId of caseIds) {
    try {
      await engine.perform(caseId, options.action, {
        actor: options.actor,
        input: { assignee: options.assignee },
      });
      outcomes.push({ caseId, ok: true });
    } catch (error) {
      outcomes.push({ caseId, ok: false, ...reason(error) });
    }
  }
  return outcomes;
}
