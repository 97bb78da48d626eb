import type { Actor, CaseEngine, Locale, Org } from '@casegrid/core';
import { localText, unitTitle } from '../internal/case-text.js';

/** One choice of a toolbar select: its value, its label, and how deep it sits (units). */
export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly depth?: number;
}

/**
 * The case types to filter by: the engine's (newest version of each), else the ids seen in
 * the cases given.
 *
 * @example
 * ```ts
 * typeChoices(engine, [], 'en'); // [{ value: 'dispute', label: 'Dispute' }, ...]
 * ```
 */
export function typeChoices(
  engine: CaseEngine | undefined,
  seen: Iterable<string>,
  locale: Locale,
): Choice[] {
  const ids = new Set<string>();
  for (const type of engine?.caseTypes.all() ?? []) ids.add(type.id);
  if (ids.size === 0) for (const id of seen) ids.add(id);
  return [...ids].map((id) => ({
    value: id,
    label: localText(engine?.caseTypes.latest(id)?.definition.title, locale, id),
  }));
}

/**
 * The states to filter by: the chosen type's, else every state name of every type once (titled
 * by the first type that has it).
 *
 * @example
 * ```ts
 * stateChoices(engine, 'dispute', 'zh-CN'); // [{ value: 'reported', label: '已上报' }, ...]
 * ```
 */
export function stateChoices(
  engine: CaseEngine | undefined,
  typeId: string | undefined,
  locale: Locale,
): Choice[] {
  const types =
    typeId === undefined
      ? (engine?.caseTypes.all() ?? [])
      : [engine?.caseTypes.latest(typeId)].filter((type) => type !== undefined);
  const choices = new Map<string, Choice>();
  for (const type of types) {
    for (const [name, state] of Object.entries(type.definition.states)) {
      if (!choices.has(name)) {
        choices.set(name, { value: name, label: localText(state.title, locale, name) });
      }
    }
  }
  return [...choices.values()];
}

/**
 * The units the actor works in, top down, each after its parent (`depth` below the actor's
 * unit); every unit when there is no actor.
 *
 * @example
 * ```ts
 * unitChoices(org, townDirector, 'zh-CN'); // 东镇, then 东一村 (depth 1), its grids (depth 2)...
 * ```
 */
export function unitChoices(org: Org | undefined, actor: Actor | undefined, locale: Locale) {
  if (!org) return [];
  const children = new Map<string | null, string[]>();
  for (const unit of org.units) {
    const siblings = children.get(unit.parent) ?? [];
    siblings.push(unit.id);
    children.set(unit.parent, siblings);
  }
  const choices: Choice[] = [];
  const visit = (id: string, depth: number) => {
    choices.push({ value: id, label: unitTitle(org, id, locale), depth });
    for (const child of children.get(id) ?? []) visit(child, depth + 1);
  };
  const roots = actor && org.unit(actor.unit) ? [actor.unit] : (children.get(null) ?? []);
  for (const root of roots) visit(root, 0);
  return choices;
}

/**
 * The people of the actor's unit and the units below it, in the org's order; the actor itself
 * only when asked (a filter offers "me" as a choice of its own).
 *
 * @example
 * ```ts
 * personChoices(org, villageDirector); // 张三, 李四, ... of 东一村 and its grids
 * ```
 */
export function personChoices(
  org: Org | undefined,
  actor: Actor | undefined,
  options: { readonly includeActor?: boolean } = {},
): Choice[] {
  if (!org) return [];
  return org.people
    .filter(
      (person) =>
        actor === undefined ||
        ((options.includeActor === true || person.id !== actor.id) &&
          org.isWithin(person.unit, actor.unit)),
    )
    .map((person) => ({ value: person.id, label: person.name ?? person.id }));
}
