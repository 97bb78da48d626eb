import type { CaseTypeDefinition } from '@casegrid/core';
import { kitVisitStates } from './kit-visit-states.js';

/**
 * The states whose deadlines are visit deadlines, by case type: every state a visit action can
 * start from in the definitions (by default the kit's, known beforehand), and every state a
 * visit was seen to start from in the log.
 */
export function visitStates(
  definitions: readonly CaseTypeDefinition[] | undefined,
  visitActions: ReadonlySet<string>,
  seen: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, Set<string>> {
  const states = new Map<string, Set<string>>();
  const add = (typeId: string, state: string) => {
    let set = states.get(typeId);
    if (!set) {
      set = new Set();
      states.set(typeId, set);
    }
    set.add(state);
  };
  if (definitions === undefined) {
    for (const [typeId, set] of kitVisitStates) for (const state of set) add(typeId, state);
  }
  for (const definition of definitions ?? []) {
    for (const [name, action] of Object.entries(definition.actions)) {
      if (!visitActions.has(name)) continue;
      for (const state of typeof action.from === 'string' ? [action.from] : action.from) {
        add(definition.id, state);
      }
    }
  }
  for (const [typeId, set] of seen) for (const state of set) add(typeId, state);
  return states;
}
