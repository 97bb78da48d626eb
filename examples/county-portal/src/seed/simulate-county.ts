import {
  type CaseEvent,
  type CaseType,
  createEngine,
  type EngineOptions,
  memoryStore,
  type Org,
} from '@casegrid/core';
import { countyPeople, visitsIn } from './county-people.js';
import { type Random, seededRandom } from './random.js';
import { distancesTo, targetState } from './walk-plan.js';

/**
 * Options of {@link simulateCounty}: what the county's server runs with, and how much to make.
 *
 * @example
 * ```ts
 * const options: SimulationOptions = { caseTypes, org, now: Date.now(), cases: 300 };
 * ```
 */
export interface SimulationOptions {
  readonly caseTypes: readonly CaseType[];
  /** The org with its people: they are the ones who act. */
  readonly org: Org;
  readonly guards?: EngineOptions['guards'];
  readonly effects?: EngineOptions['effects'];
  readonly calendar?: EngineOptions['calendar'];
  /** The end of the history (milliseconds since the epoch); it starts `days` before. */
  readonly now: number;
  /** How many days of history (default 60). */
  readonly days?: number;
  /** About how many cases, not counting register records and child cases (default 300). */
  readonly cases?: number;
  /** The seed of the pseudo-random choices (default 2026): the same seed, the same county. */
  readonly seed?: number;
  /** Types whose cases are register records (台账), opened first and linked to (default the kit's). */
  readonly recordTypes?: readonly string[];
  /** Types whose cases only other cases open (default the kit's `hazard-task`, `emergency-task`). */
  readonly childOnlyTypes?: readonly string[];
}

const hour = 3_600_000;
const day = 24 * hour;

/** How many cases of each type, relative to each other (types not listed weigh 1). */
const typeWeights: { readonly [typeId: string]: number } = {
  dispute: 2,
  hazard: 1.5,
  'watched-person': 1.3,
  'service-request': 1.5,
  'poverty-watch': 1,
  patrol: 1.2,
  'emergency-dispatch': 0.4,
};

/** How many register records of each type, opened in this order (later ones link to earlier). */
const recordCounts: { readonly [typeId: string]: number } = {
  household: 30,
  person: 60,
  organisation: 8,
  place: 16,
};

/** A case on its way to the state it should reach, and when it is looked at next. */
interface Walker {
  readonly caseId: string;
  readonly type: CaseType;
  readonly target: string;
  /** Its responsible person keeps visiting once it got there (most do; a few lapse). */
  readonly diligent: boolean;
  nextAt: number;
  stalls: number;
}

/**
 * Makes the county's history: register records first, then cases opened over the last `days`
 * days and moved on by the people who would handle them, with a clock that walks through those
 * days hour by hour, running deadlines as they pass. Every event comes from the real engine, so
 * every event is one the server would accept. Deterministic for a seed and `now`.
 *
 * Returns the events in log order (the order they happened).
 *
 * @example
 * ```ts
 * const events = await simulateCounty({ caseTypes, org, now: Date.now() });
 * await writeEvents(sqlStore(db), events);
 * ```
 */
export async function simulateCounty(options: SimulationOptions): Promise<CaseEvent[]> {
  const random = seededRandom(options.seed ?? 2026);
  const days = options.days ?? 60;
  const start = options.now - days * day;
  const store = memoryStore();
  let clock = start;
  let nextId = 0;
  const engine = createEngine({
    caseTypes: options.caseTypes,
    org: options.org,
    store,
    clock: () => clock,
    ids: () => `demo-${(++nextId).toString(36).padStart(5, '0')}`,
    ...(options.guards ? { guards: options.guards } : {}),
    ...(options.effects ? { effects: options.effects } : {}),
    ...(options.calendar ? { calendar: options.calendar } : {}),
  });
  const county = countyPeople(engine, options.org, random, () => clock);
  const walker = (caseId: string, type: CaseType, target: string, nextAt: number): Walker => ({
    caseId,
    type,
    target,
    diligent: random.chance(0.9),
    nextAt,
    stalls: 0,
  });
  const types = engine.caseTypes.all().filter((type) => engine.caseTypes.latest(type.id) === type);
  const childOnly = new Set(options.childOnlyTypes ?? ['hazard-task', 'emergency-task']);
  const recordTypes = new Set(options.recordTypes ?? Object.keys(recordCounts));

  // Register records exist before the window: cases link to them. A few are archived or
  // removed later, so that every state shows.
  const walkers: Walker[] = [];
  clock = start - 7 * day;
  const registers = [...recordTypes]
    .map((id) => engine.caseTypes.latest(id))
    .filter((type) => type !== undefined);
  for (const type of registers) {
    for (let i = 0; i < (recordCounts[type.id] ?? 10); i += 1) {
      clock += random.int(1, 30) * 60_000;
      const view = await county.open(type, clock);
      if (!view) continue;
      county.records.push(view);
      const target = targetState(type.definition, i, random, { record: true });
      if (target !== view.state) {
        walkers.push(walker(view.id, type, target, start + random.int(1, days - 1) * day));
      }
    }
  }

  // Children opened by an action are walked too (most to a final state, so the parent moves on).
  const childCount = new Map<string, number>();
  const subscription = engine.changes$.subscribe((event) => {
    if (event.type !== 'opened' || event.parentId === undefined) return;
    const type = engine.caseTypes.get(event.typeId, event.typeVersion)!;
    const index = childCount.get(type.id) ?? 0;
    childCount.set(type.id, index + 1);
    const target = targetState(type.definition, index, random);
    walkers.push(
      walker(event.caseId, type, target, Date.parse(event.at) + random.int(1, 20) * hour),
    );
  });

  // What to open, and when: spread over the window, each with the state it should reach.
  const caseTypes = types.filter((t) => !recordTypes.has(t.id) && !childOnly.has(t.id));
  const totalWeight = caseTypes.reduce((sum, t) => sum + (typeWeights[t.id] ?? 1), 0);
  const openings = caseTypes.flatMap((type) => {
    const count = Math.round(((options.cases ?? 300) * (typeWeights[type.id] ?? 1)) / totalWeight);
    const states = Object.keys(type.definition.states).length;
    return Array.from({ length: count }, (_, index) => ({
      type,
      // The first cases, one per state, open in the last days: a state that a deadline ends
      // (a completed request closes unrated after 7 days) still shows at the end.
      at:
        index < states
          ? options.now - random.int(60, 120) * hour
          : start + Math.floor(random.next() * (days - 0.5) * day),
      target: targetState(type.definition, index, random),
    }));
  });
  openings.sort((a, b) => a.at - b.at);

  for (let tick = start; tick <= options.now; tick += hour) {
    clock = tick;
    await engine.runDue(tick);
    const due: { at: number; run: () => Promise<void> }[] = [];
    while (openings.length > 0 && openings[0]!.at < tick + hour) {
      const opening = openings.shift()!;
      due.push({
        at: opening.at,
        run: async () => {
          const view = await county.open(opening.type, opening.at);
          if (!view) return;
          walkers.push(
            walker(view.id, opening.type, opening.target, opening.at + stepDelay(random)),
          );
        },
      });
    }
    for (const each of walkers) {
      if (each.nextAt < tick + hour && each.nextAt <= options.now) {
        due.push({ at: each.nextAt, run: () => step(each) });
      }
    }
    due.sort((a, b) => a.at - b.at);
    for (const item of due) {
      clock = Math.max(clock, item.at);
      await item.run();
    }
  }
  subscription.unsubscribe();
  return (await store.since(0)).events.map((entry) => entry.event);

  async function step(walking: Walker): Promise<void> {
    const view = await engine.get(walking.caseId);
    const definition = walking.type.definition;
    const atTarget = view.state === walking.target;
    // Watched people and households at risk are visited for as long as they are watched.
    const visiting = atTarget && walking.diligent && visitsIn(definition, view.state).length > 0;
    if (view.closed || (atTarget && !visiting)) {
      walking.nextAt = Number.POSITIVE_INFINITY;
      return;
    }
    const acted = atTarget
      ? await county.visit(view, definition)
      : await county.advance(view, definition, distancesTo(definition, walking.target));
    if (acted) {
      walking.stalls = 0;
      walking.nextAt = clock + (atTarget ? random.int(3, 12) * day : stepDelay(random));
    } else {
      // Nothing a person can do now (waiting for child cases, or a deadline): look again later.
      walking.stalls += 1;
      walking.nextAt = walking.stalls > 8 ? Number.POSITIVE_INFINITY : clock + day;
    }
  }
}

/** Hours to days between two steps: most within a working day, some much later (overdue). */
function stepDelay(random: Random): number {
  if (random.chance(0.12)) return random.int(2, 6) * day;
  return random.int(1, 20) * hour;
}
