// What a driver holds of its case: open it (data sampled from the type's schema, the driver's
// values over it), act on it — by a person who may, with input sampled from the action's schema —
// and start its child cases' drivers. The engine decides everything; a refusal is counted.
import { sampleValue } from './sample-value.mjs';

const mayAct = (org, person, view, action) =>
  person?.roles.some((role) => action.roles.has(role)) === true &&
  org.isWithin(view.handlingUnit, person.unit);

/**
 * Someone who may take `action` on `view`: `preferred` or else the assignee when they may, else
 * the first person with one of its roles on the way up from the handling unit (at `level`, when
 * given).
 */
function whoCan(engine, county, view, action, { preferred, level }) {
  const roles = [...action.roles];
  const org = engine.org;
  if (level === undefined) {
    if (mayAct(org, preferred, view, action)) return preferred;
    const assignee = view.assignee === null ? undefined : org.person(view.assignee);
    if (mayAct(org, assignee, view, action)) return assignee;
  }
  for (let unit = view.handlingUnit; unit !== null; unit = county.parentOf(unit)) {
    if (level !== undefined && county.levelOf(unit) !== level) continue;
    const [first] = county.at(unit, roles);
    if (first) return first;
  }
  return undefined;
}

/**
 * The handle a driver's `run(c)` gets for one case (`id` undefined until it opens it): `open`,
 * `openRecord`, `refresh`, `act`, `spawn`, with its own `random` stream and the `county`.
 *
 * @example
 * ```js
 * const c = caseHandle({ engine, clock, county, stats, random, driver, id: undefined, spawn });
 * await c.open({ summary: '邻里排水纠纷' }, grid, worker);
 * await c.act('accept');
 * ```
 */
export function caseHandle({ engine, clock, county, stats, random, driver, id, spawn }) {
  const sample = (schema, overrides, optional) =>
    sampleValue(schema, random, { now: clock.now(), overrides, optional });
  const c = {
    id,
    view: undefined,
    random,
    county,
    /** Opens a case that no driver follows (a register record the case links to). */
    async openRecord(typeId, data, unit, actor) {
      const schema = engine.caseTypes.latest(typeId).definition.data;
      const view = await engine.open(typeId, { data: sample(schema, data, 0), unit, actor });
      stats.opened += 1;
      return view;
    },
    /** Opens the driver's case: its type's data schema sampled, `data` over it. */
    async open(data, unit, actor) {
      c.view = await c.openRecord(driver.typeId, data, unit, actor);
      c.id = c.view.id;
      return c.view;
    },
    async refresh() {
      c.view = await engine.get(c.id);
      return c.view;
    },
    /**
     * Takes `name` if the case is where it allows it (`false` when the case moved on), by
     * `actor` when they may, else by someone who may; `input` over a sample of the schema.
     */
    async act(name, { input, actor, level } = {}) {
      const view = await c.refresh();
      const caseType = engine.caseTypes.get(view.typeId, view.typeVersion);
      const action = caseType.actions.get(name);
      if (view.closed || !caseType.transitions(view.state, name)) {
        stats.skipped += 1;
        return false;
      }
      const by = whoCan(engine, county, view, action, { preferred: actor, level });
      const schema = action.definition.input;
      try {
        c.view = await engine.perform(c.id, name, {
          actor: by,
          input: schema ? sample(schema, input) : undefined,
        });
        stats.performed += 1;
        return true;
      } catch (error) {
        stats.refused += 1;
        if (stats.reasons.length < 5) {
          stats.reasons.push(
            `${view.typeId}.${name} in ${view.state} by ${by?.id}: ${error.message}`,
          );
        }
        return false;
      }
    },
    /** Starts the drivers of this case's child cases of `typeId`. */
    spawn: (typeId) => spawn(c.view, typeId),
  };
  return c;
}
