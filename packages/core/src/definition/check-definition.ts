import type { CaseGridIssue } from '../errors/case-grid-error.js';
import { type MessageKey, text } from '../i18n/messages.js';
import { parseDuration } from '../time/duration.js';
import type { CaseTypeDefinition, Locale } from './case-type-definition.js';
import { fromStates } from './case-type-machine.js';

const pointerRoots = ['case', 'data', 'input', 'actor'];
// Deadlines beyond ten years are mistakes, and would leave the range dates can be computed in.
const maxDeadlineDays = 3660;

/** Escapes one JSON pointer token (RFC 6901). */
export function pointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The checks a meta-schema cannot express: states and actions that refer to each other,
 * reachability, final states with exits, actions nobody can take, pointers that read the
 * wrong thing. Assumes the definition already passed the meta-schema. Pure: no ajv.
 *
 * @example
 * ```ts
 * const issues = checkDefinitionSemantics(definition, 'en');
 * // [{ path: '/actions/accept/to', message: 'State “mediatin” is not defined.', keyword: 'state' }]
 * ```
 */
export function checkDefinitionSemantics(
  definition: CaseTypeDefinition,
  locale: Locale,
): CaseGridIssue[] {
  const issues: CaseGridIssue[] = [];
  const add = (path: string, key: MessageKey, keyword: string, params = {}) =>
    issues.push({ path, message: text(locale, key, params), keyword });
  const states = definition.states;
  const actions = definition.actions;
  const isState = (name: string) => Object.hasOwn(states, name);
  const isFinal = (name: string) => isState(name) && states[name]?.final === true;
  const dataProperties = propertiesOf(definition.data);

  if (!isState(definition.initial)) {
    add('/initial', 'def.unknownState', 'state', { name: definition.initial });
  } else if (isFinal(definition.initial)) {
    add('/initial', 'def.initialFinal', 'final');
  }
  if (!Object.values(states).some((state) => state.final === true)) {
    add('/states', 'def.noFinal', 'final');
  }

  // Actions performed by the system: named by a deadline.
  const systemActions = new Set<string>();
  for (const [name, state] of Object.entries(states)) {
    const base = `/states/${pointerToken(name)}`;
    const then = state.deadline?.then;
    if (state.final && state.deadline) add(`${base}/deadline`, 'def.deadlineOnFinal', 'final');
    if (state.final && state.waitFor) {
      add(`${base}/waitFor`, 'def.finalExit', 'final', { name, what: 'waitFor' });
    }
    if (typeof then === 'object') {
      systemActions.add(then.perform);
      const action = Object.hasOwn(actions, then.perform) ? actions[then.perform] : undefined;
      if (!action) {
        add(`${base}/deadline/then/perform`, 'def.unknownAction', 'action', { name: then.perform });
      } else if (!fromStates(action.from).includes(name)) {
        add(`${base}/deadline/then/perform`, 'def.performNotFrom', 'action', {
          name: then.perform,
          state: name,
        });
      }
    }
    for (const key of ['within', 'workingDays'] as const) {
      const value = state.deadline?.[key];
      if (typeof value === 'object') {
        checkPointer(`${base}/deadline/${key}/from`, value.from, false);
      }
    }
    const within = state.deadline?.within;
    if (typeof within === 'string') checkDuration(`${base}/deadline/within`, within);
    else if (within) {
      for (const [key, value] of Object.entries(within.values)) {
        checkDuration(`${base}/deadline/within/values/${pointerToken(key)}`, value);
      }
      if (within.default !== undefined)
        checkDuration(`${base}/deadline/within/default`, within.default);
    }
    state.waitFor?.forEach((wait, index) => {
      if (!isState(wait.to)) {
        add(`${base}/waitFor/${index}/to`, 'def.unknownState', 'state', { name: wait.to });
      }
    });
  }

  for (const [name, action] of Object.entries(actions)) {
    const base = `/actions/${pointerToken(name)}`;
    const from = fromStates(action.from);
    from.forEach((state, index) => {
      const path = typeof action.from === 'string' ? `${base}/from` : `${base}/from/${index}`;
      if (!isState(state)) add(path, 'def.unknownState', 'state', { name: state });
      else if (isFinal(state)) add(path, 'def.finalExit', 'final', { name: state, what: name });
    });
    if (action.to !== undefined && !isState(action.to)) {
      add(`${base}/to`, 'def.unknownState', 'state', { name: action.to });
    }
    if (action.escalate && action.to !== undefined && isFinal(action.to)) {
      add(`${base}/to`, 'def.escalateWithTo', 'escalate');
    }
    if (action.roles.length === 0 && !systemActions.has(name)) {
      add(`${base}/roles`, 'def.nobody', 'roles', { name });
    }
    const hasInput = action.input !== undefined;
    if (typeof action.assign === 'string' && action.assign !== 'actor') {
      checkPointer(`${base}/assign`, action.assign, hasInput);
    }
    for (const [field, pointer] of Object.entries(action.update ?? {})) {
      const path = `${base}/update/${pointerToken(field)}`;
      checkPointer(path, pointer, hasInput);
      if (dataProperties && !dataProperties.has(field)) {
        add(path, 'def.updateUnknownField', 'update', { name: field });
      }
    }
    action.children?.forEach((child, index) => {
      const childBase = `${base}/children/${index}`;
      if (child.unit !== undefined) checkPointer(`${childBase}/unit`, child.unit, hasInput);
      if (child.units !== undefined) checkPointer(`${childBase}/units`, child.units, hasInput);
      for (const [field, pointer] of Object.entries(child.copy ?? {})) {
        checkPointer(`${childBase}/copy/${pointerToken(field)}`, pointer, hasInput);
      }
    });
  }

  // Reachability: from the initial state through actions, deadlines and waits.
  if (isState(definition.initial)) {
    const reached = new Set<string>([definition.initial]);
    const queue = [definition.initial];
    while (queue.length > 0) {
      const state = queue.shift()!;
      const next: string[] = [];
      for (const action of Object.values(actions)) {
        if (fromStates(action.from).includes(state) && action.to !== undefined)
          next.push(action.to);
      }
      for (const wait of states[state]?.waitFor ?? []) next.push(wait.to);
      for (const target of next) {
        if (isState(target) && !reached.has(target)) {
          reached.add(target);
          queue.push(target);
        }
      }
    }
    for (const name of Object.keys(states)) {
      if (!reached.has(name)) {
        add(`/states/${pointerToken(name)}`, 'def.unreachable', 'reachable', { name });
      }
    }
  }

  // A state that waits for children must be entered by an action that opens some.
  for (const [name, state] of Object.entries(states)) {
    if (!state.waitFor || state.final) continue;
    const opened = Object.values(actions).some(
      (action) => action.to === name && (action.children?.length ?? 0) > 0,
    );
    if (!opened)
      add(`/states/${pointerToken(name)}/waitFor`, 'def.childrenNoWait', 'waitFor', { name });
  }
  return issues;

  function checkDuration(path: string, value: string) {
    const duration = parseDuration(value);
    const days = duration
      ? duration.years * 366 +
        duration.months * 31 +
        duration.weeks * 7 +
        duration.days +
        (duration.hours + (duration.minutes + duration.seconds / 60) / 60) / 24
      : Number.POSITIVE_INFINITY;
    if (!duration || days > maxDeadlineDays) add(path, 'def.duration', 'duration', { value });
  }

  function checkPointer(path: string, pointer: string, hasInput: boolean) {
    const root = pointer.split('/')[1] ?? '';
    if (!pointer.startsWith('/') || !pointerRoots.includes(root)) {
      add(path, 'def.pointerRoot', 'pointer', { pointer });
    } else if (root === 'input' && !hasInput) {
      add(path, 'def.inputPointerWithoutInput', 'pointer', { pointer });
    }
  }
}

function propertiesOf(schema: unknown): Set<string> | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const record = schema as { properties?: unknown; additionalProperties?: unknown };
  // Open objects may take any field; only a closed object can be checked.
  if (record.additionalProperties !== false) return undefined;
  if (typeof record.properties !== 'object' || record.properties === null) return new Set();
  return new Set(Object.keys(record.properties));
}

/**
 * Every JSON Schema inside a definition, keyed by its JSON pointer in the definition:
 * `/data`, `/open/route/0/when`, `/actions/resolve/input`, `/actions/resolve/when`.
 * These are what a build step precompiles.
 *
 * @example
 * ```ts
 * Object.keys(definitionSchemas(dispute)); // ['/data', '/actions/resolve/input', ...]
 * ```
 */
export function definitionSchemas(definition: CaseTypeDefinition): Record<string, unknown> {
  const schemas: Record<string, unknown> = { '/data': definition.data };
  definition.open.route?.forEach((route, index) => {
    schemas[`/open/route/${index}/when`] = route.when;
  });
  for (const [name, action] of Object.entries(definition.actions)) {
    const base = `/actions/${pointerToken(name)}`;
    if (action.input !== undefined) schemas[`${base}/input`] = action.input;
    if (action.when !== undefined) schemas[`${base}/when`] = action.when;
  }
  return schemas;
}
