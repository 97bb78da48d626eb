// The engine's laws, checked by fast-check over random command sequences in the test county.
// Every rule is computed here from the definition JSON and the org data, never by asking the
// engine's own permission code, so a wrong decision cannot check itself.
import {
  type ActionDefinition,
  type Actor,
  type CaseEngine,
  type CaseEvent,
  CaseGridError,
  type CaseStore,
  type CaseTypeDefinition,
  childrenEvent,
  createEngine,
  deadlineEvent,
  memoryStore,
  replay,
  systemActorId,
} from '@casegrid/core';
import { validate } from '@casegrid/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import {
  allPeople,
  cn2026,
  caseTypes as compileCaseTypes,
  day,
  disputeData,
  disputeDefinition,
  guards,
  hazardData,
  hazardDefinition,
  hazardTaskDefinition,
  hour,
  org,
  sequentialIds,
  testClock,
  watchedData,
  watchedPersonDefinition,
} from './county.js';

// Compiling a case type is slow (~150 ms each): once per file, shared by every engine.
const caseTypes = compileCaseTypes();
const machineOf = new Map(caseTypes.map((caseType) => [caseType.id, caseType.machine]));

/** The definitions as written, read directly rather than through the compiled case types. */
const definitions: Readonly<Record<string, CaseTypeDefinition>> = {
  dispute: disputeDefinition as unknown as CaseTypeDefinition,
  hazard: hazardDefinition as unknown as CaseTypeDefinition,
  'hazard-task': hazardTaskDefinition as unknown as CaseTypeDefinition,
  'watched-person': watchedPersonDefinition as unknown as CaseTypeDefinition,
};

// --- The org, answered from its data ---------------------------------------------------------

const unitById = new Map(org.units.map((unit) => [unit.id, unit]));
const unitIds = org.units.map((unit) => unit.id);

function isWithin(unitId: string, ancestorId: string): boolean {
  for (let id: string | null | undefined = unitId; id; id = unitById.get(id)?.parent) {
    if (id === ancestorId) return true;
  }
  return false;
}

const asList = (from: string | readonly string[]): readonly string[] =>
  typeof from === 'string' ? [from] : from;

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

function readPointer(subject: unknown, pointer: string): unknown {
  let value = subject;
  for (const key of pointer.split('/').slice(1)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// --- Samples: valid and invalid data and inputs (frozen: the engine must not mutate them) ------

const dataSamples: Readonly<Record<string, readonly unknown[]>> = deepFreeze(
  structuredClone({
    dispute: [disputeData, { ...disputeData, category: 'war' }, { ...disputeData, extra: 1 }, {}],
    hazard: [hazardData, { ...hazardData, severity: 'high' }, { ...hazardData, kind: 'meteor' }],
    'watched-person': [
      watchedData,
      { ...watchedData, riskLevel: 'low' },
      { ...watchedData, riskLevel: 'high' },
      { ...watchedData, idCard: 'not-an-id-card' },
      { name: '' },
    ],
    'hazard-task': [
      { role: 'lead', kind: 'flood', summary: '堤坝渗水' },
      { role: 'boss', kind: 'flood', summary: '堤坝渗水' },
    ],
    // Not a case type: opening it fails with not-found.
    parking: [{}],
  }),
);

const inputSamples: Readonly<Record<string, Readonly<Record<string, readonly unknown[]>>>> =
  deepFreeze({
    dispute: {
      escalate: [{ reason: '涉及跨村土地' }, { reason: 'x' }, undefined],
      resolve: [
        { agreement: '以现有围墙为界', partiesAgree: true },
        { agreement: '各让一步', partiesAgree: false },
        { agreement: 'x', partiesAgree: true },
        undefined,
      ],
      'follow-up': [{ notes: '双方已和好' }, { notes: '' }],
      rate: [{ satisfaction: 5 }, { satisfaction: 1 }, { satisfaction: 6 }, { satisfaction: '5' }],
    },
    hazard: {
      verify: [undefined, { notes: '现场确认' }, { notes: 5 }],
      dismiss: [{ reason: '误报' }, {}],
      dispatch: [
        { lead: 'county-natres' },
        { lead: 'county-water', coHandlers: ['county-emergency', 'county-natres'] },
        { lead: 'village-a1', coHandlers: ['village-a1'] },
        { lead: 'nowhere' },
        { lead: 'county-water', coHandlers: ['county-water', 'county-water'] },
        {},
      ],
      reinspect: [
        { passed: true, notes: '复查合格' },
        { passed: false, notes: '仍有裂缝' },
      ],
      'send-back': [{ reason: '整改不到位' }, { reason: '' }],
    },
    'hazard-task': {
      return: [{ reason: '不属本部门职责' }, {}],
      progress: [{ note: '已到场' }, { note: '' }],
      complete: [{ report: '已清理完毕' }, { report: 1 }],
    },
    'watched-person': {
      assign: [{ responsible: 'zhang-san' }, { responsible: 'qin-wu' }, { responsible: 'ghost' }],
      visit: [
        { date: '2026-03-12', notes: '情绪平稳' },
        { date: '2026-13-45', notes: '情绪平稳' },
        { date: '2026-03-12' },
      ],
      reassess: [
        { riskLevel: 'low' },
        { riskLevel: 'high', reason: '情绪激动' },
        { riskLevel: 'x' },
      ],
      reassign: [{ responsible: 'qin-wu' }, { responsible: 'ghost' }],
      release: [{ reason: '情况好转' }, { reason: 'x' }],
    },
  });

// --- Commands -----------------------------------------------------------------------------------

/**
 * A command as generated: indexes, resolved against the cases that exist when it runs. A
 * focused open picks an opener and a unit in their scope. A perform with `focus` 1 picks an
 * action possible in the case's state and an actor holding one of its roles, with `focus` 2
 * or 3 also one whose scope holds the case, so that runs get deep into the case types; with
 * `focus` 0 anything goes.
 */
type Command =
  | { kind: 'open'; typeId: string; data: number; unit: number; actor: number; focused: boolean }
  | {
      kind: 'perform';
      target: number;
      action: number;
      actor: number;
      input: number;
      focus: number;
    }
  | { kind: 'advance'; ms: number }
  | { kind: 'run-due' };

/** A command as run. */
type Resolved =
  | { kind: 'open'; typeId: string; data: unknown; unit: string; actor: Actor }
  | { kind: 'perform'; caseId: string; action: string; actor: Actor; input: unknown }
  | { kind: 'advance'; ms: number }
  | { kind: 'run-due' };

const index = fc.nat({ max: 1000 });
/** Counts back from the newest case: mostly one of the last few, so that cases get deep. */
const recent = fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 2 }) }, index);

const openArbitrary = fc.record({
  kind: fc.constant('open' as const),
  typeId: fc.constantFrom(...Object.keys(dataSamples)),
  data: index,
  unit: index,
  actor: index,
  focused: fc.boolean(),
});

const performArbitrary = fc.record({
  kind: fc.constant('perform' as const),
  target: recent,
  action: index,
  actor: index,
  input: index,
  focus: fc.nat({ max: 3 }),
});

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  { weight: 1, arbitrary: openArbitrary },
  { weight: 8, arbitrary: performArbitrary },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      ms: fc.oneof(fc.integer({ min: 1, max: 12 * hour }), fc.integer({ min: day, max: 20 * day })),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'run-due' as const }) },
);

// A few opens that succeed first, so that most commands find cases to act on.
const fixtureTypes = ['dispute', 'hazard', 'watched-person'];
const commandsArbitrary: fc.Arbitrary<Command[]> = fc
  .tuple(
    fc.array(
      openArbitrary.map((open) => ({
        ...open,
        typeId: pick(fixtureTypes, open.data),
        data: 0,
        focused: true,
      })),
      { minLength: 1, maxLength: 3 },
    ),
    fc.array(commandArbitrary, { maxLength: 50, size: 'max' }),
  )
  .map(([opens, rest]) => [...opens, ...rest]);

// --- A world: an engine over a memory store, with a hand-moved clock ---------------------------

interface World {
  readonly engine: CaseEngine;
  readonly store: CaseStore;
  readonly clock: ReturnType<typeof testClock>;
  /** Every event `changes$` reported, in order. */
  readonly seen: CaseEvent[];
}

function newEngine(store: CaseStore, clock: () => number, ids: () => string): CaseEngine {
  return createEngine({
    caseTypes,
    org: { ...org, people: allPeople },
    store,
    clock,
    ids,
    guards,
    calendar: cn2026,
    locale: 'en',
  });
}

function newWorld(ids: () => string = sequentialIds()): World {
  const clock = testClock();
  const store = memoryStore();
  const engine = newEngine(store, clock.now, ids);
  const seen: CaseEvent[] = [];
  engine.changes$.subscribe((event) => seen.push(event));
  return { engine, store, clock, seen };
}

type ResolvedPerform = Extract<Resolved, { kind: 'perform' }>;

async function resolve(
  world: World,
  command: Command,
  caseIds: readonly string[],
): Promise<Resolved> {
  switch (command.kind) {
    case 'open': {
      const definition = definitions[command.typeId];
      const openers = definition
        ? allPeople.filter((p) => p.roles.some((role) => definition.open.roles.includes(role)))
        : [];
      const actor = pick(
        command.focused && openers.length > 0 ? openers : allPeople,
        command.actor,
      );
      const inScope = unitIds.filter((id) => isWithin(id, actor.unit));
      const unit = pick(command.focused && inScope.length > 0 ? inScope : unitIds, command.unit);
      const data = pick(dataSamples[command.typeId]!, command.data);
      return { kind: 'open', typeId: command.typeId, data, unit, actor };
    }
    case 'perform':
      return resolvePerform(world, command, caseIds);
    default:
      return command;
  }
}

async function resolvePerform(
  world: World,
  command: Extract<Command, { kind: 'perform' }>,
  caseIds: readonly string[],
): Promise<ResolvedPerform> {
  if (caseIds.length === 0) {
    const actor = pick(allPeople, command.actor);
    return { kind: 'perform', caseId: 'missing', action: 'accept', actor, input: undefined };
  }
  const caseId = caseIds[caseIds.length - 1 - (command.target % caseIds.length)]!;
  const view = await world.engine.get(caseId);
  const definition = definitions[view.typeId]!;
  const names = Object.keys(definition.actions);
  const fitting = names.filter((name) =>
    asList(definition.actions[name]!.from).includes(view.state),
  );
  const action =
    command.focus > 0
      ? pick(fitting.length > 0 ? fitting : names, command.action)
      : pick([...names, 'teleport'], command.action);
  const roles = definition.actions[action]?.roles ?? [];
  const able = allPeople.filter((p) => p.roles.some((role) => roles.includes(role)));
  const near = able.filter((p) => isWithin(view.handlingUnit, p.unit));
  const actor = pick(
    command.focus >= 2 && near.length > 0
      ? near
      : command.focus >= 1 && able.length > 0
        ? able
        : allPeople,
    command.actor,
  );
  const input = pick(inputSamples[view.typeId]?.[action] ?? [undefined], command.input);
  return { kind: 'perform', caseId, action, actor, input };
}

async function run(world: World, command: Resolved): Promise<void> {
  switch (command.kind) {
    case 'open':
      await world.engine.open(command.typeId, {
        data: command.data,
        unit: command.unit,
        actor: command.actor,
      });
      return;
    case 'perform':
      await world.engine.perform(command.caseId, command.action, {
        actor: command.actor,
        input: command.input,
      });
      return;
    case 'advance':
      world.clock.advance(command.ms);
      return;
    case 'run-due':
      await world.engine.runDue();
      return;
  }
}

/** One command as it ran: what it was, how it failed (if it did), and the events it added. */
interface Step {
  readonly command: Resolved;
  readonly error: CaseGridError | undefined;
  readonly events: readonly CaseEvent[];
  /** The touched case's stored history before the command (perform only). */
  readonly historyBefore: readonly CaseEvent[] | undefined;
  /** The store's global log position before the command. */
  readonly positionBefore: number;
}

/**
 * Runs the commands; a CaseGridError is an expected refusal, any other error fails the run.
 * Returns the steps and the ids of every case opened (children included), in order.
 */
async function play(
  world: World,
  commands: readonly Command[],
  onStep?: (step: Step) => void | Promise<void>,
): Promise<{ steps: Step[]; caseIds: string[] }> {
  const steps: Step[] = [];
  const caseIds: string[] = [];
  for (const generated of commands) {
    const command = await resolve(world, generated, caseIds);
    const historyBefore =
      command.kind === 'perform'
        ? structuredClone(await world.store.events(command.caseId))
        : undefined;
    const { position: positionBefore } = await world.store.since(0);
    const seenBefore = world.seen.length;
    let error: CaseGridError | undefined;
    try {
      await run(world, command);
    } catch (thrown) {
      if (!(thrown instanceof CaseGridError)) throw thrown;
      error = thrown;
    }
    const events = world.seen.slice(seenBefore);
    for (const event of events) if (event.type === 'opened') caseIds.push(event.caseId);
    const step: Step = {
      command,
      error,
      events,
      historyBefore,
      positionBefore,
    };
    steps.push(step);
    await onStep?.(step);
  }
  return { steps, caseIds };
}

/** Every event in the store's global log, in log order. */
async function storedLog(store: CaseStore): Promise<CaseEvent[]> {
  return (await store.since(0)).events.map((positioned) => positioned.event);
}

// --- The referee: the rules every new event must keep, from the definitions and the org ------

interface Shadow {
  readonly typeId: string;
  readonly state: string;
  readonly closed: boolean;
  readonly handlingUnit: string;
  readonly assignee: string | null;
  readonly data: Readonly<Record<string, unknown>>;
  readonly seq: number;
}

/** Where a new case is handled: the first route that matches, else the open level, walked up. */
function handlingUnitOf(definition: CaseTypeDefinition, unit: string, data: unknown): string {
  const route = definition.open.route?.find((r) => validate(r.when, { data }).ok);
  const level = route?.level ?? definition.open.handlingLevel;
  if (level === undefined) return unit;
  for (let id: string | null | undefined = unit; id; id = unitById.get(id)?.parent) {
    const at = unitById.get(id);
    if (at?.level === level && at.kind !== 'department') return id;
  }
  return unit;
}

const personIds = new Set(allPeople.map((person) => person.id));

/**
 * Follows every case through its events with a few fields of its own, and checks each new
 * event against the rules.
 */
function referee() {
  const cases = new Map<string, Shadow>();
  const eventIds = new Set<string>();

  function checkOpened(event: CaseEvent, command: Resolved): Shadow {
    const definition = definitions[event.typeId];
    expect(definition, `${event.typeId} is a known type`).toBeDefined();
    expect(event.to).toBe(definition!.initial);
    if (event.parentId === undefined) {
      expect(command.kind).toBe('open');
      const actor = command.kind === 'open' ? command.actor : undefined;
      expect(event.actor.id).toBe(actor?.id);
      expect(actor!.roles.some((role) => definition!.open.roles.includes(role))).toBe(true);
      expect(isWithin(event.unit!, actor!.unit), 'the unit is in the opener’s scope').toBe(true);
      expect(event.handlingUnit, 'the handling unit follows the routes').toBe(
        handlingUnitOf(definition!, event.unit!, event.data ?? {}),
      );
    } else {
      expect(cases.has(event.parentId), 'a child’s parent exists').toBe(true);
    }
    return {
      typeId: event.typeId,
      state: event.to!,
      closed: event.closed === true,
      handlingUnit: event.handlingUnit!,
      assignee: event.assignee ?? null,
      data: event.data ?? {},
      seq: event.seq,
    };
  }

  function checkAction(event: CaseEvent, before: Shadow, after: Shadow, command: Resolved): void {
    expect(command.kind, 'a person acts only through perform').toBe('perform');
    if (command.kind !== 'perform') return;
    const { actor, input } = command;
    expect(event.caseId).toBe(command.caseId);
    expect(event.action).toBe(command.action);
    expect(event.actor).toEqual({ id: actor.id, unit: actor.unit, roles: [...actor.roles] });
    const action: ActionDefinition | undefined =
      definitions[before.typeId]!.actions[command.action];
    expect(action, `${command.action} is an action of ${before.typeId}`).toBeDefined();
    if (!action) return;
    expect(
      action.roles.some((role) => actor.roles.includes(role)),
      `${actor.id} holds a role of ${command.action}`,
    ).toBe(true);
    expect(
      isWithin(before.handlingUnit, actor.unit),
      `${before.handlingUnit} is within ${actor.unit}`,
    ).toBe(true);
    if (action.levels) expect(action.levels).toContain(unitById.get(before.handlingUnit)?.level);
    expect(asList(action.from), `${command.action} is possible from ${before.state}`).toContain(
      before.state,
    );
    expect(event.to).toBe(action.to ?? before.state);
    if (action.input) {
      expect(validate(action.input, input ?? {}).issues, 'the input is valid').toEqual([]);
    }
    if (action.when) {
      const subject = { data: before.data, ...(input !== undefined ? { input } : {}) };
      expect(validate(action.when, subject).ok, `the condition of ${command.action} holds`).toBe(
        true,
      );
    }
    if (action.guards?.includes('responsible-person')) {
      expect(before.assignee === actor.id || actor.roles.includes('centre-director')).toBe(true);
    }
    if (action.escalate) {
      expect(event.type).toBe('escalated');
      expect(after.handlingUnit).toBe(unitById.get(before.handlingUnit)?.parent);
    } else {
      expect(event.type).toBe('performed');
      expect(after.handlingUnit).toBe(before.handlingUnit);
    }
    if (action.assign === 'actor') expect(after.assignee).toBe(actor.id);
    else if (action.assign === null) expect(after.assignee).toBeNull();
    else if (action.assign !== undefined) {
      expect(after.assignee).toBe(readPointer({ input }, action.assign));
      expect(personIds.has(after.assignee!), 'the assignee is a person of the org').toBe(true);
    } else expect(after.assignee).toBe(before.assignee);
    for (const [field, pointer] of Object.entries(action.update ?? {})) {
      const value = readPointer({ input, data: before.data }, pointer);
      if (value !== undefined) expect(after.data[field]).toEqual(value);
    }
  }

  function check(event: CaseEvent, command: Resolved): void {
    expect(eventIds.has(event.id), `event id ${event.id} is new`).toBe(false);
    eventIds.add(event.id);
    const before = cases.get(event.caseId);
    expect(event.seq, `seq of ${event.caseId}`).toBe((before?.seq ?? 0) + 1);
    if (!before) {
      expect(event.type).toBe('opened');
      const opened = checkOpened(event, command);
      expect(validate(definitions[opened.typeId]!.data, opened.data).issues).toEqual([]);
      cases.set(event.caseId, opened);
      return;
    }
    expect(event.type).not.toBe('opened');
    expect(event.typeId).toBe(before.typeId);
    const definition = definitions[before.typeId]!;
    const after: Shadow = {
      ...before,
      state: event.to ?? before.state,
      closed: event.to !== undefined ? event.closed === true : before.closed,
      handlingUnit: event.handlingUnit ?? before.handlingUnit,
      assignee: event.assignee !== undefined ? event.assignee : before.assignee,
      data: event.data ?? before.data,
      seq: event.seq,
    };
    if (event.type !== 'child-closed') {
      // Recording a closed child is the only event a closed case may still take.
      expect(before.closed, `${event.type} on an open case`).toBe(false);
    }
    if (event.type !== 'child-opened' && event.type !== 'child-closed') {
      expect(event.from, 'from is the state before').toBe(before.state);
    }
    if (event.to !== undefined) {
      expect(event.closed === true, `closed iff ${event.to} is final`).toBe(
        definition.states[event.to]?.final === true,
      );
    }
    const system = event.actor.id === systemActorId;
    if ((event.type === 'performed' || event.type === 'escalated') && !system) {
      checkAction(event, before, after, command);
    }
    if (system && event.type === 'escalated') {
      expect(after.handlingUnit, 'a deadline escalates one level up').toBe(
        unitById.get(before.handlingUnit)?.parent,
      );
    }
    if (system && event.reason === 'children' && event.type === 'performed') {
      const targets = definition.states[before.state]?.waitFor?.map((wait) => wait.to) ?? [];
      expect(targets, 'the parent moves to a waitFor target').toContain(event.to);
    }
    if (event.type === 'child-closed') {
      expect(cases.get(event.child!.id)?.closed, 'the child is closed').toBe(true);
    }
    expect(validate(definition.data, after.data).issues, 'the data after is valid').toEqual([]);
    cases.set(event.caseId, after);
  }

  return { check };
}

/**
 * What the compiled machine does with the event that an engine event records, from its state
 * before: whether a transition is defined (and its guard lets it through), and the state it
 * leads to. `snapshot.can` is not enough: it calls a targetless transition forbidden.
 */
function machineStep(event: CaseEvent): { defined: boolean; to: unknown } {
  const machine = machineOf.get(event.typeId)!;
  const snapshot = machine.resolveState({ value: event.from!, context: {} });
  const attempts =
    event.action !== undefined
      ? [{ type: event.action, may: () => true }]
      : event.reason === 'children'
        ? [0, 1, 2, 3].map((k) => ({ type: childrenEvent, settled: (i: number) => i === k }))
        : [{ type: deadlineEvent }];
  let step: { defined: boolean; to: unknown } = { defined: false, to: event.from };
  for (const machineEvent of attempts) {
    const defined = machine.getTransitionData(snapshot, machineEvent).length > 0;
    const [next] = transition(machine, snapshot, machineEvent);
    step = { defined, to: next.value };
    if (defined && next.value === event.to) return step;
  }
  return step;
}

// --- Store fixtures: hand-made events for the store's own contract ---------------------------

const at = '2026-03-02T01:00:00.000Z';
const recorder = { id: 'zhang-san', unit: 'village-a1', roles: ['grid-worker'] };

function openedEvent(caseId: string, id: string): CaseEvent {
  return {
    id,
    caseId,
    seq: 1,
    type: 'opened',
    at,
    actor: recorder,
    typeId: 'dispute',
    typeVersion: 1,
    to: 'reported',
    closed: false,
    data: disputeData,
    unit: 'grid-a1-1',
    handlingUnit: 'village-a1',
    assignee: null,
    deadline: null,
  };
}

/** `count` events for one case from `seq` on, with ids `prefix-1`, `prefix-2`... */
function notes(caseId: string, seq: number, count: number, prefix: string): CaseEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i + 1}`,
    caseId,
    seq: seq + i,
    type: 'deadline-passed' as const,
    at,
    actor: { id: systemActorId, unit: 'village-a1', roles: [] },
    typeId: 'dispute',
    typeVersion: 1,
    from: 'reported',
    to: 'reported',
    closed: false,
    overdue: true,
    reason: 'deadline' as const,
  }));
}

/** A store holding case `c` at seq `1 + before`, and case `d` at seq 1. */
async function storeWithCases(before: number): Promise<CaseStore> {
  const store = memoryStore();
  await store.append('c', 0, [openedEvent('c', 'c-open')]);
  if (before > 0) await store.append('c', 1, notes('c', 2, before, 'c-note'));
  await store.append('d', 0, [openedEvent('d', 'd-open')]);
  return store;
}

// --- The laws -----------------------------------------------------------------------------------

describe('engine laws', () => {
  it('keeps every rule of the definitions and the org in every event it stores, and a refused command changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(commandsArbitrary, async (commands) => {
        const world = newWorld();
        const { check } = referee();
        await play(world, commands, async (step) => {
          const stored = await world.store.since(step.positionBefore);
          expect(
            stored.events.map((positioned) => positioned.event),
            'changes$ reports exactly what is stored',
          ).toEqual(step.events);
          if (!step.error) {
            for (const event of step.events) check(event, step.command);
            return;
          }
          expect(step.events).toEqual([]);
          if (step.command.kind === 'perform' && (step.historyBefore?.length ?? 0) > 0) {
            expect(await world.engine.history(step.command.caseId)).toEqual(step.historyBefore);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('says why whenever the system writes an event: a deadline or children', async () => {
    await fc.assert(
      fc.asyncProperty(commandsArbitrary, async (commands) => {
        const world = newWorld();
        await play(world, commands);
        for (const event of await storedLog(world.store)) {
          if (event.actor.id !== systemActorId) continue;
          expect(['deadline', 'children'], `reason of ${event.type}`).toContain(event.reason);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('replays every case from its history to the very view the engine holds', async () => {
    await fc.assert(
      fc.asyncProperty(commandsArbitrary, async (commands) => {
        const world = newWorld();
        const { caseIds } = await play(world, commands);
        for (const id of caseIds) {
          expect(replay(caseTypes, await world.engine.history(id))).toEqual(
            await world.engine.get(id),
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('makes only transitions that the compiled xstate machine defines', async () => {
    await fc.assert(
      fc.asyncProperty(commandsArbitrary, async (commands) => {
        const world = newWorld();
        await play(world, commands);
        for (const event of await storedLog(world.store)) {
          const moves = event.type === 'performed' || event.type === 'escalated';
          if (!moves && event.type !== 'deadline-passed') continue;
          const { defined, to } = machineStep(event);
          expect(
            defined,
            `${event.typeId}: ${event.action ?? event.reason} from ${event.from}`,
          ).toBe(true);
          expect(to, `${event.typeId}: ${event.action ?? event.reason} from ${event.from}`).toBe(
            event.to,
          );
        }
      }),
      { numRuns: 150 },
    );
  });

  it('lets exactly one of two appends at the same expected seq win, and stores only its events', async () => {
    const how = fc.constantFrom('append', 'appendAll', 'appendAll with a new case');
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 4 }),
        fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 })),
        fc.tuple(how, how),
        async (before, sizes, hows) => {
          const store = await storeWithCases(before);
          const seq = before + 1;
          const historyBefore = [...(await store.events('c'))];
          const logBefore = await storedLog(store);
          const names = ['a', 'b'] as const;
          const writes = names.map((name, i) => {
            const events = notes('c', seq + 1, sizes[i]!, name);
            const extra =
              hows[i] === 'appendAll with a new case'
                ? [
                    {
                      caseId: `new-${name}`,
                      expectedSeq: 0,
                      events: [openedEvent(`new-${name}`, `${name}-open`)],
                    },
                  ]
                : [];
            return { events, extra, how: hows[i]! };
          });
          const results = await Promise.allSettled(
            writes.map(({ events, extra, how: kind }) =>
              kind === 'append'
                ? store.append('c', seq, events)
                : store.appendAll([{ caseId: 'c', expectedSeq: seq, events }, ...extra]),
            ),
          );
          const won = results.findIndex((result) => result.status === 'fulfilled');
          expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
          const lost = results[1 - won] as PromiseRejectedResult;
          expect(lost.status).toBe('rejected');
          expect(lost.reason).toBeInstanceOf(CaseGridError);
          expect(lost.reason.code).toBe('conflict');
          const winner = writes[won]!;
          expect(await store.events('c')).toEqual([...historyBefore, ...winner.events]);
          expect((await store.load('c'))?.seq).toBe(seq + winner.events.length);
          expect(await store.load(`new-${names[1 - won]}`)).toBeUndefined();
          expect(await storedLog(store)).toEqual([
            ...logBefore,
            ...winner.events,
            ...winner.extra.flatMap((write) => write.events),
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses an event whose id is already stored with a conflict, and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 4 }),
        fc.nat(),
        fc.constantFrom(
          'stored in this case',
          'stored in another case',
          'twice in one write',
          'across two writes',
        ),
        async (before, which, where) => {
          const store = await storeWithCases(before);
          const seq = before + 1;
          const logBefore = await storedLog(store);
          const [fresh, next] = notes('c', seq + 1, 2, 'fresh');
          const stored = pick(
            where === 'stored in this case' ? await store.events('c') : await store.events('d'),
            which,
          );
          const attempt =
            where === 'twice in one write'
              ? store.append('c', seq, [fresh!, { ...next!, id: fresh!.id }])
              : where === 'across two writes'
                ? store.appendAll([
                    { caseId: 'c', expectedSeq: seq, events: [fresh!] },
                    {
                      caseId: 'd',
                      expectedSeq: 1,
                      events: [{ ...notes('d', 2, 1, 'x')[0]!, id: fresh!.id }],
                    },
                  ])
                : store.append('c', seq, [fresh!, { ...next!, id: stored.id }]);
          const error = await attempt.then(
            () => undefined,
            (thrown: unknown) => thrown,
          );
          expect(error).toBeInstanceOf(CaseGridError);
          expect((error as CaseGridError).code).toBe('conflict');
          expect(await storedLog(store)).toEqual(logBefore);
          expect((await store.load('c'))?.seq).toBe(seq);
          expect((await store.load('d'))?.seq).toBe(1);
          // The refused write reserved none of its ids.
          await store.append('c', seq, [fresh!]);
          expect((await store.events('c')).at(-1)).toEqual(fresh);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lets at most one of two engines sharing a store act on a case at one seq, and keeps its history gap-free', async () => {
    await fc.assert(
      fc.asyncProperty(
        openArbitrary,
        fc.array(commandArbitrary, { maxLength: 20, size: 'max' }),
        index,
        fc.tuple(performArbitrary, performArbitrary),
        fc.boolean(),
        async (open, commands, target, [a, b], same) => {
          const world = newWorld(sequentialIds('a'));
          const opening = {
            ...open,
            typeId: pick(fixtureTypes, open.data),
            data: 0,
            focused: true,
          };
          const { caseIds } = await play(world, [opening, ...commands]);
          fc.pre(caseIds.length > 0);
          const other = newEngine(world.store, world.clock.now, sequentialIds('b'));
          other.changes$.subscribe((event) => world.seen.push(event));
          const caseId = pick(caseIds, target);
          const first = await resolvePerform(world, a, [caseId]);
          const second = same ? first : await resolvePerform(world, b, [caseId]);
          const historyBefore = [...(await world.engine.history(caseId))];
          const seenBefore = world.seen.length;
          const results = await Promise.allSettled(
            [world.engine, other].map((engine, i) => {
              const { caseId: id, action, actor, input } = i === 0 ? first : second;
              return engine.perform(id, action, { actor, input });
            }),
          );
          // Both loaded the case at the same seq: at most one may append after it.
          const fulfilled = results.filter((result) => result.status === 'fulfilled');
          expect(fulfilled.length).toBeLessThanOrEqual(1);
          const errors = results.flatMap((result) =>
            result.status === 'rejected' ? [result.reason as unknown] : [],
          );
          for (const error of errors) expect(error).toBeInstanceOf(CaseGridError);
          const codes = errors.map((error) => (error as CaseGridError).code);
          if (same) {
            // The same decision twice: both refused alike, or one stored and one in conflict.
            if (fulfilled.length === 1) expect(codes).toEqual(['conflict']);
            else expect(codes[0]).toBe(codes[1]);
          }
          const history = await world.engine.history(caseId);
          expect(history.map((event) => event.seq)).toEqual(history.map((_, i) => i + 1));
          const raced = world.seen.slice(seenBefore);
          expect(history).toEqual([
            ...historyBefore,
            ...raced.filter((event) => event.caseId === caseId),
          ]);
          expect(world.seen, 'the two engines report what is stored').toEqual(
            await storedLog(world.store),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes the same log for the same commands: decisions read no clock or randomness of their own', async () => {
    async function outcome(commands: readonly Command[]) {
      const world = newWorld();
      const { steps } = await play(world, commands);
      return {
        log: await storedLog(world.store),
        errors: steps.map(
          (step) => step.error && { code: step.error.code, issues: step.error.issues },
        ),
      };
    }
    await fc.assert(
      fc.asyncProperty(commandsArbitrary, async (commands) => {
        expect(await outcome(commands)).toEqual(await outcome(commands));
      }),
      { numRuns: 100 },
    );
  });
});
