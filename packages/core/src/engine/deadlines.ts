import type { ByValue } from '../definition/case-type-definition.js';
import type { CaseType } from '../definition/compile-case-type.js';
import { addDuration } from '../time/duration.js';
import { parseUtcOffset } from '../time/instant.js';
import { addWorkingDays } from '../time/working-calendar.js';
import type { Deadline } from './case-event.js';
import type { DecisionEnv } from './decision-context.js';
import { readPointer } from './json-pointer.js';

const chinaOffsetMinutes = 480;

/**
 * The deadline a case is under when it enters `state` at `at`, or `null` when the state has
 * none. A deadline that depends on a field (`{ from: '/data/riskLevel', values }`) reads it
 * from `{ case, data }`.
 */
export function armDeadline(
  env: DecisionEnv,
  caseType: CaseType,
  state: string,
  at: string,
  subject: { readonly case: unknown; readonly data: unknown },
): Deadline | null {
  const deadline = caseType.state(state)?.deadline;
  if (!deadline) return null;
  const offset = env.calendar
    ? (parseUtcOffset(env.calendar.utcOffset) ?? chinaOffsetMinutes)
    : chinaOffsetMinutes;
  if (deadline.within !== undefined) {
    const duration = pick(deadline.within, subject);
    return duration === undefined ? null : { state, dueAt: addDuration(at, duration, offset) };
  }
  if (deadline.workingDays !== undefined && env.calendar) {
    const days = pick(deadline.workingDays, subject);
    return days === undefined ? null : { state, dueAt: addWorkingDays(env.calendar, at, days) };
  }
  return null;
}

function pick<T>(value: T | ByValue<T>, subject: unknown): T | undefined {
  if (typeof value !== 'object' || value === null) return value;
  const byValue = value as ByValue<T>;
  const key = readPointer(subject, byValue.from);
  if (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean') {
    const chosen = Object.hasOwn(byValue.values, String(key))
      ? byValue.values[String(key)]
      : undefined;
    if (chosen !== undefined) return chosen;
  }
  return byValue.default;
}
