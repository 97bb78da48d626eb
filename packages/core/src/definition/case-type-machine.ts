import { type AnyStateMachine, setup } from 'xstate';
import type { CaseTypeDefinition } from './case-type-definition.js';

/**
 * The machine event sent when a state's deadline passes.
 *
 * @example
 * ```ts
 * caseType.transitions('reported', deadlineEvent); // [{ to: 'reported', reenter: true }]
 * ```
 */
export const deadlineEvent = 'casegrid.deadline';

/**
 * The machine event sent when a child case closes and the parent may move on.
 *
 * @example
 * ```ts
 * caseType.transitions('dispatched', childrenEvent)?.map((t) => t.to); // ['remediated', 'verified']
 * ```
 */
export const childrenEvent = 'casegrid.children';

/**
 * Events of a compiled case-type machine. An action's event carries `may`, the engine's
 * decision whether this actor may take it now; the children event carries `settled`.
 */
export type CaseMachineEvent =
  | { type: string; may?: (action: string) => boolean }
  | { type: typeof childrenEvent; settled?: (index: number) => boolean };

/**
 * Normalizes an action's `from` to a list.
 *
 * @example
 * ```ts
 * fromStates('reported'); // ['reported']
 * ```
 */
export function fromStates(from: string | readonly string[]): readonly string[] {
  return typeof from === 'string' ? [from] : from;
}

/**
 * Builds the xstate v5 machine of a (checked) definition. States map to states, actions to
 * guarded transitions, a deadline to the `casegrid.deadline` event, `waitFor` to guarded
 * `casegrid.children` transitions. The guards ask the event, so one machine serves every
 * case and every actor; the engine supplies the decision.
 *
 * @example
 * ```ts
 * const machine = buildCaseTypeMachine(definition);
 * const actor = createActor(machine).start();
 * actor.send({ type: 'accept', may: () => true });
 * ```
 */
export function buildCaseTypeMachine(definition: CaseTypeDefinition): AnyStateMachine {
  type On = Record<string, Array<Record<string, unknown>>>;
  const states: Record<string, { type?: 'final'; on: On; meta: unknown; description?: string }> =
    {};
  for (const [name, state] of Object.entries(definition.states)) {
    const node: { type?: 'final'; on: On; meta: unknown; description?: string } = {
      on: {},
      meta: { title: state.title, deadline: state.deadline },
    };
    if (state.final) node.type = 'final';
    if (state.description?.en) node.description = state.description.en;
    states[name] = node;
  }
  for (const [name, action] of Object.entries(definition.actions)) {
    for (const from of fromStates(action.from)) {
      const node = states[from];
      if (!node || node.type === 'final') continue;
      const transition: Record<string, unknown> = {
        guard: { type: 'may', params: { action: name } },
      };
      // An action with `to` re-enters even its own state (a visit re-arms the next deadline);
      // without `to` it stays put.
      if (action.to !== undefined) {
        transition.target = action.to;
        transition.reenter = true;
      }
      node.on[name] = [transition];
    }
  }
  for (const [name, state] of Object.entries(definition.states)) {
    const node = states[name];
    if (!node || node.type === 'final') continue;
    const deadline = state.deadline;
    if (deadline) {
      const then = deadline.then;
      const target =
        typeof then === 'object'
          ? Object.hasOwn(definition.actions, then.perform)
            ? definition.actions[then.perform]?.to
            : undefined
          : then === 'escalate'
            ? name
            : undefined;
      node.on[deadlineEvent] = [target === undefined ? {} : { target, reenter: true }];
    }
    if (state.waitFor) {
      node.on[childrenEvent] = state.waitFor.map((wait, index) => ({
        target: wait.to,
        reenter: true,
        guard: { type: 'settled', params: { index } },
      }));
    }
  }
  return setup({
    guards: {
      may: ({ event }, params: { action: string }) => {
        const may = (event as { may?: (action: string) => boolean }).may;
        return may === undefined ? true : may(params.action);
      },
      settled: ({ event }, params: { index: number }) => {
        const settled = (event as { settled?: (index: number) => boolean }).settled;
        return settled === undefined ? false : settled(params.index);
      },
    },
  }).createMachine({
    id: `${definition.id}@${definition.version}`,
    initial: definition.initial,
    // biome-ignore lint/suspicious/noExplicitAny: the config is built from data at run time
    states: states as any,
  });
}

/** Where an action (or a machine event) leads from one state: `to` undefined means it stays. */
export interface TransitionTarget {
  readonly to: string | undefined;
  readonly reenter: boolean;
}

/**
 * Reads the transition table out of a built machine: state → event → target. The engine
 * decides with this table, so every transition it makes is one the machine defines.
 *
 * @example
 * ```ts
 * const table = transitionTable(machine);
 * table.get('reported')?.get('accept'); // { to: 'mediating', reenter: true }
 * ```
 */
export function transitionTable(
  machine: AnyStateMachine,
): ReadonlyMap<string, ReadonlyMap<string, readonly TransitionTarget[]>> {
  const table = new Map<string, Map<string, TransitionTarget[]>>();
  for (const [name, node] of Object.entries(machine.root.states)) {
    const events = new Map<string, TransitionTarget[]>();
    for (const [eventType, transitions] of node.transitions) {
      events.set(
        eventType,
        transitions.map((transition) => ({
          to: transition.target?.[0]?.key,
          reenter: transition.reenter,
        })),
      );
    }
    table.set(name, events);
  }
  return table;
}
