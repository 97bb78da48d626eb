import type { ActionDefinition, CaseTypeDefinition } from '@casegrid/core';

/**
 * How far each state is from a target state, in actions a person of the case can take: `0` at
 * the target, `Infinity` where people cannot bring the case there (only a deadline can).
 *
 * @example
 * ```ts
 * const distance = distancesTo(dispute, 'closed');
 * distance.get('reported'); // 4: accept, resolve, follow-up, rate
 * ```
 */
export function distancesTo(definition: CaseTypeDefinition, target: string): Map<string, number> {
  const distance = new Map<string, number>([[target, 0]]);
  const edges = personEdges(definition);
  // Few states and actions: relax until nothing changes (Bellman–Ford).
  for (let changed = true; changed; ) {
    changed = false;
    for (const { from, to, cost } of edges) {
      const through = (distance.get(to) ?? Number.POSITIVE_INFINITY) + cost;
      if (through < (distance.get(from) ?? Number.POSITIVE_INFINITY)) {
        distance.set(from, through);
        changed = true;
      }
    }
  }
  return distance;
}

/**
 * The state an action leads to from `state` (an action without `to` stays).
 *
 * @example
 * ```ts
 * actionTarget(dispute.actions.reassign, 'mediating'); // 'mediating'
 * ```
 */
export const actionTarget = (action: ActionDefinition, state: string): string => action.to ?? state;

/**
 * Whether an action can be taken in `state`.
 *
 * @example
 * ```ts
 * actionFrom(dispute.actions.escalate, 'mediating'); // true
 * ```
 */
export const actionFrom = (action: ActionDefinition, state: string): boolean =>
  typeof action.from === 'string' ? action.from === state : action.from.includes(state);

// People's actions (one step each), and the moves a state makes by itself once its child
// cases settle (no step of this case's people: they work on the children meanwhile).
function personEdges(definition: CaseTypeDefinition): { from: string; to: string; cost: number }[] {
  const edges: { from: string; to: string; cost: number }[] = [];
  for (const action of Object.values(definition.actions)) {
    if (action.roles.length === 0) continue;
    for (const from of [action.from].flat()) {
      edges.push({ from, to: actionTarget(action, from), cost: 1 });
    }
  }
  for (const [from, state] of Object.entries(definition.states)) {
    for (const wait of state.waitFor ?? []) edges.push({ from, to: wait.to, cost: 0 });
  }
  return edges;
}

/** The final states of a case type, in the order written. */
const finalStates = (definition: CaseTypeDefinition): string[] =>
  Object.entries(definition.states)
    .filter(([, state]) => state.final)
    .map(([name]) => name);

/**
 * Where the n-th case of a type should end up: every state once (so the demo shows each), then
 * mostly closed, sometimes still open in a state on the way. Registers mostly stay as they are.
 *
 * @example
 * ```ts
 * targetState(dispute, 0, random); // 'reported'
 * ```
 */
export function targetState(
  definition: CaseTypeDefinition,
  index: number,
  random: { next(): number; pick<T>(items: readonly T[]): T },
  options: { readonly record?: boolean } = {},
): string {
  const states = Object.keys(definition.states);
  if (index < states.length) return states[index]!;
  if (options.record) return definition.initial;
  const finals = finalStates(definition);
  if (finals.length > 0 && random.next() < 0.65) return finals[0]!;
  return random.pick(states);
}
