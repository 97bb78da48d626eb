import { childrenEvent } from '../definition/case-type-machine.js';
import type { CaseType, CompiledAction } from '../definition/compile-case-type.js';
import { CaseGridError } from '../errors/case-grid-error.js';
import { localized, text } from '../i18n/messages.js';
import type { Actor } from '../org/org.js';
import { type CaseEvent, eventActor, systemActorId } from './case-event.js';
import type { CaseView } from './case-view.js';
import { armDeadline } from './deadlines.js';
import {
  type CaseWrite,
  invalid,
  invalidInput,
  notFound,
  openedWrite,
  type PerformCommand,
  systemActor,
  topLevel,
  typeOf,
  type ViewLookup,
} from './decide-shared.js';
import { conditionSubject, type DecisionClock, type DecisionEnv } from './decision-context.js';
import { applyEvent } from './fold.js';
import { readPointer } from './json-pointer.js';
import { refusal } from './permissions.js';

/**
 * Decides the events of an action: checks that it is available in the case's state, that
 * this actor may take it (role, scope, level), that the input is valid and the conditions
 * hold, then computes every consequence (state, data, units, assignee, deadline, child
 * cases, and the parent moving on when this closes its last child). Pure.
 *
 * @example
 * ```ts
 * const writes = decidePerform(env, view, { action: 'accept', actor }, lookup, clock);
 * ```
 */
export function decidePerform(
  env: DecisionEnv,
  view: CaseView,
  command: PerformCommand,
  lookup: ViewLookup,
  clock: DecisionClock,
  options: { system?: boolean; reason?: 'deadline' } = {},
): CaseWrite[] {
  const caseType = typeOf(env, view);
  const action = caseType.actions.get(command.action);
  if (!action) {
    throw notFound(env, 'run.unknownAction', { type: caseType.id, name: command.action });
  }
  const system = options.system === true;
  const refused = refusal(env, view, action, command.actor, system);
  if (refused) throw refused;
  const input = command.input;
  if (action.input && !(system && input === undefined)) {
    const issues = invalid(env, action.input, input ?? {}, '/input');
    if (issues) throw invalidInput(issues, 'The input');
  }
  checkConditions(env, view, action, command.actor, input);

  const definition = action.definition;
  const subject = conditionSubject(env, view, command.actor, input);
  subject.at = clock.at;
  let handlingUnit: string | undefined;
  if (definition.escalate) {
    const parent = env.org.parentOf(view.handlingUnit);
    if (!parent) throw topLevel(env);
    handlingUnit = parent.id;
  }
  const data = updatedData(env, caseType, view, action, subject);
  const assignee = assigneeOf(env, definition.assign, command.actor, subject);
  const target = caseType.transitions(view.state, action.name)?.[0];
  const to = target?.to ?? view.state;
  const closed = caseType.state(to)?.final === true;
  const rearm = target?.to !== undefined || handlingUnit !== undefined;
  const facts = {
    case: { ...(subject.case as object), handlingUnit: handlingUnit ?? view.handlingUnit },
    data: data ?? view.data,
  };
  const event: CaseEvent = {
    id: clock.newId(),
    caseId: view.id,
    seq: view.seq + 1,
    type: definition.escalate ? 'escalated' : 'performed',
    at: clock.at,
    actor: system ? systemActor(view) : eventActor(command.actor),
    typeId: view.typeId,
    typeVersion: view.typeVersion,
    action: action.name,
    ...(input !== undefined ? { input } : {}),
    from: view.state,
    to,
    closed,
    ...(data !== undefined ? { data } : {}),
    ...(handlingUnit !== undefined ? { handlingUnit } : {}),
    ...(assignee !== undefined ? { assignee } : {}),
    ...(closed
      ? { deadline: null }
      : rearm
        ? { deadline: armDeadline(env, caseType, to, clock.at, facts) }
        : {}),
    ...(options.reason ? { reason: options.reason } : {}),
  };
  const events: CaseEvent[] = [event];
  const writes: CaseWrite[] = [];
  for (const child of openChildren(env, view, action, subject, command.actor, clock)) {
    const opened = child.events[0]!;
    events.push({
      id: clock.newId(),
      caseId: view.id,
      seq: view.seq + events.length + 1,
      type: 'child-opened',
      at: clock.at,
      actor: event.actor,
      typeId: view.typeId,
      typeVersion: view.typeVersion,
      child: { id: opened.caseId, typeId: opened.typeId, unit: opened.unit ?? '' },
    });
    writes.push(child);
  }
  // Only a child that closes tells its parent; no other action needs the view after it.
  const parentWrites =
    closed && view.parentId !== null
      ? notifyParent(env, events.reduce(applyEvent, view), lookup, clock)
      : [];
  return [{ caseId: view.id, expectedSeq: view.seq, events }, ...writes, ...parentWrites];
}

/**
 * Whether an action is available to this actor now, ignoring the input (conditions on the
 * input hold vacuously when no input is given). Never throws for a refusal.
 *
 * @example
 * ```ts
 * const offered = [...caseType.actions.values()].filter((a) => isAvailable(env, view, a, actor));
 * ```
 */
export function isAvailable(
  env: DecisionEnv,
  view: CaseView,
  action: CompiledAction,
  actor: Actor,
): boolean {
  if (refusal(env, view, action, actor, false)) return false;
  if (action.definition.escalate && !env.org.parentOf(view.handlingUnit)) return false;
  try {
    checkConditions(env, view, action, actor, undefined);
    return true;
  } catch {
    return false;
  }
}

function checkConditions(
  env: DecisionEnv,
  view: CaseView,
  action: CompiledAction,
  actor: Actor,
  input: unknown,
): void {
  const title = localized(action.definition.title, env.locale) || action.name;
  if (action.when && !action.when(conditionSubject(env, view, actor, input))) {
    const message =
      localized(action.definition.whenMessage, env.locale) ||
      text(env.locale, 'run.condition', { name: title });
    throw new CaseGridError('not-available', `The condition of '${action.name}' does not hold.`, [
      { path: '', message, keyword: 'when' },
    ]);
  }
  for (const name of action.definition.guards ?? []) {
    const guard = env.guards[name];
    if (!guard?.({ case: view, data: view.data, input, actor, org: env.org })) {
      throw new CaseGridError(
        'not-available',
        `Guard '${name}' of '${action.name}' does not hold.`,
        [
          {
            path: '',
            message: text(env.locale, 'run.guard', { name: title, guard: name }),
            keyword: 'guard',
          },
        ],
      );
    }
  }
}

function updatedData(
  env: DecisionEnv,
  caseType: CaseType,
  view: CaseView,
  action: CompiledAction,
  subject: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const update = action.definition.update;
  if (!update) return undefined;
  const data: Record<string, unknown> = { ...view.data };
  for (const [field, pointer] of Object.entries(update)) {
    const value = readPointer(subject, pointer);
    if (value !== undefined) data[field] = value;
  }
  const issues = invalid(env, caseType.data, data, '/data');
  if (issues) {
    const detail = issues.map((issue) => issue.message).join(' ');
    throw new CaseGridError('invalid-input', `The case data would become invalid: ${detail}`, [
      ...issues.map((issue) => ({
        ...issue,
        message: text(env.locale, 'run.dataAfter', { detail: issue.message }),
      })),
    ]);
  }
  return data;
}

function assigneeOf(
  env: DecisionEnv,
  assign: string | null | undefined,
  actor: Actor,
  subject: Record<string, unknown>,
): string | null | undefined {
  if (assign === undefined) return undefined;
  if (assign === null) return null;
  if (assign === 'actor') return actor.id;
  const value = readPointer(subject, assign);
  const path = assign.startsWith('/input') ? assign.slice('/input'.length) || '' : assign;
  if (typeof value !== 'string' || value === '') {
    throw invalidInput(
      [{ path, message: text(env.locale, 'run.assigneeMissing'), keyword: 'assign' }],
      'The assignee',
    );
  }
  if (env.org.hasPeople && !env.org.person(value)) {
    throw invalidInput(
      [{ path, message: text(env.locale, 'run.unknownPerson', { id: value }), keyword: 'assign' }],
      'The assignee',
    );
  }
  return value;
}

function openChildren(
  env: DecisionEnv,
  view: CaseView,
  action: CompiledAction,
  subject: Record<string, unknown>,
  actor: Actor,
  clock: DecisionClock,
): CaseWrite[] {
  const writes: CaseWrite[] = [];
  for (const spec of action.definition.children ?? []) {
    const childType = env.caseTypes.latest(spec.type);
    if (!childType) throw notFound(env, 'def.unknownCaseType', { name: spec.type });
    const pointer = spec.unit ?? spec.units ?? '';
    const raw = readPointer(subject, pointer);
    const units =
      spec.unit !== undefined ? (raw === undefined ? [] : [raw]) : Array.isArray(raw) ? raw : [];
    const path = pointer.startsWith('/input') ? pointer.slice('/input'.length) : pointer;
    if (spec.unit !== undefined && units.length === 0) {
      throw invalidInput(
        [{ path, message: text(env.locale, 'run.childUnitMissing'), keyword: 'children' }],
        'The child units',
      );
    }
    units.forEach((unitId, index) => {
      const unit = typeof unitId === 'string' ? env.org.unit(unitId) : undefined;
      if (!unit) {
        const at = spec.units !== undefined ? `${path}/${index}` : path;
        throw invalidInput(
          [
            {
              path: at,
              message: text(env.locale, 'run.unknownUnit', { id: String(unitId) }),
              keyword: 'unit',
            },
          ],
          'A child unit',
        );
      }
      const data: Record<string, unknown> = { ...(spec.data ?? {}) };
      for (const [field, from] of Object.entries(spec.copy ?? {})) {
        const value = readPointer(subject, from);
        if (value !== undefined) data[field] = value;
      }
      const issues = invalid(env, childType.data, data, '/data');
      if (issues) throw invalidInput(issues, `The data of a '${childType.id}' child`);
      writes.push(
        openedWrite(env, clock, {
          caseType: childType,
          caseId: clock.newId(),
          actor,
          data,
          unit: unit.id,
          handlingUnit: unit.id,
          assignee: null,
          parentId: view.id,
        }),
      );
    });
  }
  return writes;
}

// When a child closes, its parent records it, and moves on if its state waits for children.
function notifyParent(
  env: DecisionEnv,
  child: CaseView,
  lookup: ViewLookup,
  clock: DecisionClock,
): CaseWrite[] {
  if (!child.closed || child.parentId === null) return [];
  const parent = lookup(child.parentId);
  if (!parent) return [];
  const parentType = typeOf(env, parent);
  const events: CaseEvent[] = [];
  const common = {
    caseId: parent.id,
    at: clock.at,
    actor: { id: systemActorId, unit: parent.handlingUnit, roles: [] as string[] },
    typeId: parent.typeId,
    typeVersion: parent.typeVersion,
    reason: 'children' as const,
  };
  const closedEvent: CaseEvent = {
    ...common,
    id: clock.newId(),
    seq: parent.seq + 1,
    type: 'child-closed',
    child: { id: child.id, typeId: child.typeId, unit: child.unit, state: child.state },
  };
  events.push(closedEvent);
  let after = applyEvent(parent, closedEvent);
  const waits = parentType.state(after.state)?.waitFor;
  if (waits && !after.closed) {
    const round = after.children.filter((c) => c.openedSeq > after.enteredSeq);
    const settled = (index: number) => {
      const wait = waits[index];
      if (!wait || round.length === 0) return false;
      const counts = (c: (typeof round)[number]) =>
        c.closedIn !== undefined && (wait.in === undefined || wait.in.includes(c.closedIn));
      return wait.children === 'all' ? round.every(counts) : round.some(counts);
    };
    const index = waits.findIndex((_, i) => settled(i));
    const targets = parentType.transitions(after.state, childrenEvent);
    const target = index >= 0 ? targets?.[index]?.to : undefined;
    if (target !== undefined) {
      const closed = parentType.state(target)?.final === true;
      const moved: CaseEvent = {
        ...common,
        id: clock.newId(),
        seq: after.seq + 1,
        type: 'performed',
        from: after.state,
        to: target,
        closed,
        deadline: closed
          ? null
          : armDeadline(env, parentType, target, clock.at, {
              case: { handlingUnit: after.handlingUnit, unit: after.unit },
              data: after.data,
            }),
      };
      events.push(moved);
      after = applyEvent(after, moved);
    }
  }
  return [
    { caseId: parent.id, expectedSeq: parent.seq, events },
    ...notifyParent(env, after, lookup, clock),
  ];
}
