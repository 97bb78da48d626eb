import type { Actor, CaseEngine, CaseType, CaseView, Org } from '@casegrid/core';
import type { Random } from './random.js';
import { type SampleContext, sampleValue } from './sample-value.js';
import { actionFrom, actionTarget } from './walk-plan.js';

/**
 * The visits a case takes in a state without leaving it (人盯人: 走访).
 *
 * @example
 * ```ts
 * visitsIn(watchedPerson, 'monitoring'); // ['visit']
 * ```
 */
export function visitsIn(definition: CaseType['definition'], state: string): string[] {
  return Object.entries(definition.actions)
    .filter(([name]) => name === 'visit' || name === 'follow-up')
    .filter(([, action]) => actionFrom(action, state) && actionTarget(action, state) === state)
    .map(([name]) => name);
}

/**
 * The county's people as the simulation needs them: who reports a case of a type and where,
 * who may take an action on a case now (the handling unit's people first), and what they write
 * in the forms. Register records are kept to link cases to.
 *
 * @example
 * ```ts
 * const county = countyPeople(engine, org, seededRandom(1), () => clock);
 * const view = await county.open(disputeType, clock);
 * await county.advance(view!, disputeType.definition, distancesTo(disputeType.definition, 'closed'));
 * ```
 */
export function countyPeople(engine: CaseEngine, org: Org, random: Random, now: () => number) {
  const records: CaseView[] = [];
  const people = org.people;
  const departments = org.units
    .filter((unit) => unit.kind === 'department')
    .filter((unit) =>
      people.some((p) => p.unit === unit.id && p.roles.includes('department-staff')),
    )
    .map((unit) => unit.id);

  function context(typeId: string, at: number, near: string): SampleContext {
    const village = org.ancestorAt(near, 'village')?.id;
    return {
      random,
      typeId,
      now: at,
      record(registerType) {
        const ofType = records.filter((r) => r.typeId === registerType);
        const close = ofType.filter((r) => village !== undefined && org.isWithin(r.unit, village));
        return (
          close.length > 0
            ? random.pick(close)
            : ofType.length > 0
              ? random.pick(ofType)
              : undefined
        )?.id;
      },
      person() {
        const workers = people.filter(
          (p) => p.roles.includes('grid-worker') && village !== undefined && p.unit === village,
        );
        return workers.length > 0 ? random.pick(workers).id : undefined;
      },
      unit: () => random.pick(departments),
    };
  }

  /** Who reports a case of this type, and in which unit (their own grid, mostly). */
  function reporter(type: CaseType): { actor: Actor; unit: string } | undefined {
    const { roles, levels } = type.definition.open;
    const where = (actor: Actor) =>
      org.units.filter(
        (unit) =>
          unit.kind !== 'department' &&
          org.isWithin(unit.id, actor.unit) &&
          (!levels || levels.includes(unit.level)),
      );
    const candidates = people.filter(
      (p) => p.roles.some((role) => roles.includes(role)) && where(p).length > 0,
    );
    if (candidates.length === 0) return undefined;
    const workers = candidates.filter((p) => p.roles.includes('grid-worker'));
    const actor =
      workers.length > 0 && random.chance(0.7) ? random.pick(workers) : random.pick(candidates);
    const allowed = where(actor);
    const home = (actor as { grid?: string }).grid;
    if (home && allowed.some((unit) => unit.id === home)) return { actor, unit: home };
    const inGrids = allowed.filter((unit) => unit.level === 'grid');
    return { actor, unit: random.pick(inGrids.length > 0 ? inGrids : allowed).id };
  }

  async function open(type: CaseType, at: number) {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const who = reporter(type);
      if (!who) return undefined;
      const data = sampleValue(type.definition.data, context(type.id, at, who.unit));
      try {
        return await engine.open(type.id, { data, unit: who.unit, actor: who.actor });
      } catch {
        // A sample the case type refuses (a condition, a route): try another reporter and data.
      }
    }
    return undefined;
  }

  /** The people who may take `action` on the case now, those of the handling unit first. */
  async function actorsFor(view: CaseView, action: string): Promise<Actor[]> {
    const roles = engine.caseTypes.get(view.typeId, view.typeVersion)!.definition.actions[action]!
      .roles;
    const able: Actor[] = [];
    for (const person of people) {
      if (!person.roles.some((role) => roles.includes(role))) continue;
      if (!org.isWithin(view.handlingUnit, person.unit)) continue;
      if ((await engine.available(view.id, person)).includes(action)) able.push(person);
    }
    const near = able.filter((p) => p.id === view.assignee || p.unit === view.handlingUnit);
    return near.length > 0 ? near : able;
  }

  async function tryAction(view: CaseView, action: string): Promise<boolean> {
    const definition = engine.caseTypes.get(view.typeId, view.typeVersion)!.definition;
    const actors = await actorsFor(view, action);
    for (const actor of random.sample(actors, 2)) {
      const schema = definition.actions[action]!.input;
      const input = schema
        ? sampleValue(schema, context(view.typeId, now(), view.unit))
        : undefined;
      try {
        await engine.perform(view.id, action, { actor, ...(input !== undefined ? { input } : {}) });
        return true;
      } catch {
        // Refused (a condition on the input, a guard): another person or another action.
      }
    }
    return false;
  }

  return {
    records,
    open,
    /** One action that brings the case closer to its target state. */
    async advance(
      view: CaseView,
      definition: CaseType['definition'],
      distance: Map<string, number>,
    ) {
      const here = distance.get(view.state) ?? Number.POSITIVE_INFINITY;
      const options = Object.entries(definition.actions)
        .filter(([, action]) => action.roles.length > 0 && actionFrom(action, view.state))
        .map(([name, action]) => ({
          name,
          left: distance.get(actionTarget(action, view.state)) ?? Number.POSITIVE_INFINITY,
        }))
        // Closer first, in random order; now and then a step that is no shorter (a dispatch to
        // departments instead of fixing it in place, a reassignment, a progress note).
        .filter((option) => option.left < here || (option.left === here && random.chance(0.3)));
      const shuffled = random.sample(options, options.length);
      shuffled.sort((a, b) => a.left - b.left);
      for (const option of shuffled) {
        if (await tryAction(view, option.name)) return true;
      }
      return false;
    },
    /** A visit (or follow-up) on a case that stays where it is. */
    async visit(view: CaseView, definition: CaseType['definition']) {
      for (const name of visitsIn(definition, view.state)) {
        if (await tryAction(view, name)) return true;
      }
      return false;
    },
  };
}
