import { type Observable, Subject } from 'rxjs';
import type { Locale } from '../definition/case-type-definition.js';
import type { CaseType } from '../definition/compile-case-type.js';
import { CaseGridError, isCaseGridError } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import { type Actor, createOrg, type Org, type OrgDefinition } from '../org/org.js';
import type { CaseStore } from '../store/case-store.js';
import { checkCalendar, type WorkingCalendar } from '../time/working-calendar.js';
import type { CaseEvent } from './case-event.js';
import { type CaseTypeRegistry, indexCaseTypes } from './case-type-registry.js';
import type { CaseView } from './case-view.js';
import { checkReferences } from './check-references.js';
import {
  type CaseWrite,
  decideDeadline,
  decideOpen,
  decidePerform,
  isAvailable,
  type ViewLookup,
} from './decide.js';
import { decideMigrate } from './decide-migrate.js';
import type { DecisionClock, DecisionEnv, GuardFunction } from './decision-context.js';
import { applyEvent } from './fold.js';

/** What an effect is given: the stored event, the case after it, and the engine. */
export interface EffectArgs {
  readonly event: CaseEvent;
  readonly view: CaseView;
  readonly engine: CaseEngine;
}

/**
 * A named effect, registered with the engine and referred to by name in a definition
 * (`"effects": ["notify-town"]`). Runs after the events are stored; its failure is reported
 * on `effectErrors$` and never undoes the action.
 */
export type EffectFunction = (args: EffectArgs) => void | Promise<void>;

/** A failed effect. */
export interface EffectError {
  readonly effect: string;
  readonly event: CaseEvent;
  readonly error: unknown;
}

/** Options of {@link createEngine}. */
export interface EngineOptions {
  readonly caseTypes: readonly CaseType[];
  readonly org: Org | OrgDefinition;
  readonly store: CaseStore;
  /** Milliseconds since the epoch (default `Date.now`). */
  readonly clock?: () => number;
  /** New unique ids for cases and events (default `crypto.randomUUID`). */
  readonly ids?: () => string;
  readonly guards?: Readonly<Record<string, GuardFunction>>;
  readonly effects?: Readonly<Record<string, EffectFunction>>;
  /** The working-day calendar for deadlines in working days. */
  readonly calendar?: WorkingCalendar;
  /** Language of error issues (default `zh-CN`). */
  readonly locale?: Locale;
}

/** A query of cases; everything given must hold. */
export interface CaseFilter {
  readonly typeId?: string;
  readonly state?: string | readonly string[];
  /** Cases reported in, or handled by, this unit or a unit below it. */
  readonly unit?: string;
  /** Cases handled by exactly this unit. */
  readonly handlingUnit?: string;
  /** Cases assigned to this person (`null`: unassigned). */
  readonly assignee?: string | null;
  /** Overdue now (marked, or the deadline has passed), or not. */
  readonly overdue?: boolean;
  readonly closed?: boolean;
  /** Deadline at or before this instant. */
  readonly dueBefore?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** The case engine. Create it with {@link createEngine}. */
export interface CaseEngine {
  readonly caseTypes: CaseTypeRegistry;
  readonly org: Org;
  /** Every event the engine appends, after it is stored. */
  readonly changes$: Observable<CaseEvent>;
  /** Effects that failed. */
  readonly effectErrors$: Observable<EffectError>;
  open(
    typeId: string,
    options: { data: unknown; unit: string; actor: Actor; id?: string },
  ): Promise<CaseView>;
  perform(
    caseId: string,
    action: string,
    options: { actor: Actor; input?: unknown },
  ): Promise<CaseView>;
  available(caseId: string, actor: Actor): Promise<string[]>;
  get(caseId: string): Promise<CaseView>;
  history(caseId: string): Promise<readonly CaseEvent[]>;
  query(filter: CaseFilter, actor: Actor): Promise<readonly CaseView[]>;
  runDue(now?: number | string): Promise<CaseEvent[]>;
  migrate(
    caseId: string,
    toVersion: number,
    options: { actor: Actor; stateMap?: Record<string, string> },
  ): Promise<CaseView>;
}

const maxDueRounds = 100;

/**
 * Creates a case engine over compiled case types, an org and a store. Checks that every
 * guard, effect, level, child type and calendar the case types name is provided (all
 * problems at once, `invalid-definition`).
 *
 * @example
 * ```ts
 * const engine = createEngine({ caseTypes: [defineCaseType(dispute)], org, store: memoryStore() });
 * const view = await engine.open('dispute', { data, unit: 'grid-1', actor: gridWorker });
 * await engine.perform(view.id, 'accept', { actor: mediator });
 * engine.changes$.subscribe((event) => console.log(event.type, event.caseId));
 * ```
 */
export function createEngine(options: EngineOptions): CaseEngine {
  const locale = options.locale ?? 'zh-CN';
  const org = 'isWithin' in options.org ? options.org : createOrg(options.org, { locale });
  const { registry: caseTypes, issues: duplicates } = indexCaseTypes(options.caseTypes, locale);
  const guards = options.guards ?? {};
  const effects = options.effects ?? {};
  const calendarIssues = options.calendar ? checkCalendar(options.calendar) : [];
  const issues = [
    ...duplicates,
    ...calendarIssues.map((issue) => ({
      ...issue,
      path: `/calendar${issue.path}`,
      keyword: 'calendar',
    })),
    ...checkReferences(caseTypes, {
      org,
      guards: new Set(Object.keys(guards)),
      effects: new Set(Object.keys(effects)),
      calendar: options.calendar,
      locale,
    }),
  ];
  if (issues.length > 0) {
    throw new CaseGridError(
      'invalid-definition',
      `The engine's case types have ${issues.length} unmet reference(s).`,
      issues,
    );
  }
  const env: DecisionEnv = { caseTypes, org, guards, calendar: options.calendar, locale };
  const store = options.store;
  const now = options.clock ?? Date.now;
  const ids = options.ids ?? (() => globalThis.crypto.randomUUID());
  const changes = new Subject<CaseEvent>();
  const effectErrors = new Subject<EffectError>();
  const clockAt = (at?: number | string): DecisionClock => ({
    at: new Date(at ?? now()).toISOString(),
    newId: ids,
  });

  async function load(caseId: string): Promise<CaseView> {
    const view = await store.load(caseId);
    if (!view) {
      throw new CaseGridError('not-found', text('en', 'run.unknownCase', { id: caseId }), [
        { path: '', message: text(locale, 'run.unknownCase', { id: caseId }), keyword: 'exists' },
      ]);
    }
    return view;
  }

  // Ancestors are loaded up front so that the decision itself stays pure and synchronous.
  async function ancestors(view: CaseView): Promise<ViewLookup> {
    const views = new Map<string, CaseView>();
    let parentId = view.parentId;
    while (parentId !== null && !views.has(parentId)) {
      const parent = await store.load(parentId);
      if (!parent) break;
      views.set(parentId, parent);
      parentId = parent.parentId;
    }
    return (id) => views.get(id);
  }

  async function commit(
    writes: readonly CaseWrite[],
    base?: CaseView,
  ): Promise<CaseView | undefined> {
    await store.appendAll(writes);
    let first = base;
    for (const event of writes[0]?.events ?? []) first = applyEvent(first, event);
    for (const write of writes) for (const event of write.events) changes.next(event);
    if (first) runEffects(writes, first);
    return first;
  }

  function runEffects(writes: readonly CaseWrite[], view: CaseView): void {
    const event = writes[0]?.events[0];
    if (!event?.action) return;
    const names = caseTypes.get(event.typeId, event.typeVersion)?.actions.get(event.action)
      ?.definition.effects;
    for (const name of names ?? []) {
      const report = (error: unknown) => effectErrors.next({ effect: name, event, error });
      try {
        const result = effects[name]?.({ event, view, engine });
        if (result && typeof result.then === 'function') result.then(undefined, report);
      } catch (error) {
        report(error);
      }
    }
  }

  const engine: CaseEngine = {
    caseTypes,
    org,
    changes$: changes.asObservable(),
    effectErrors$: effectErrors.asObservable(),
    async open(typeId, { data, unit, actor, id }) {
      const writes = decideOpen(
        env,
        { typeId, data, unit, actor, ...(id ? { caseId: id } : {}) },
        clockAt(),
      );
      return (await commit(writes))!;
    },
    async perform(caseId, action, { actor, input }) {
      const view = await load(caseId);
      const lookup = view.parentId === null ? () => undefined : await ancestors(view);
      const writes = decidePerform(env, view, { action, actor, input }, lookup, clockAt());
      return (await commit(writes, view))!;
    },
    async available(caseId, actor) {
      const view = await load(caseId);
      const caseType = caseTypes.get(view.typeId, view.typeVersion);
      const names: string[] = [];
      for (const action of caseType?.actions.values() ?? []) {
        if (isAvailable(env, view, action, actor)) names.push(action.name);
      }
      return names;
    },
    get: load,
    async history(caseId) {
      await load(caseId);
      return store.events(caseId);
    },
    async query(filter, actor) {
      if (!org.unit(actor.unit)) return [];
      const states =
        filter.state === undefined
          ? undefined
          : typeof filter.state === 'string'
            ? [filter.state]
            : filter.state;
      return store.query({
        visibleIn: org.subtree(actor.unit),
        ...(filter.unit !== undefined ? { within: org.subtree(filter.unit) } : {}),
        ...(filter.typeId !== undefined ? { typeId: filter.typeId } : {}),
        ...(states ? { states } : {}),
        ...(filter.handlingUnit !== undefined ? { handlingUnit: filter.handlingUnit } : {}),
        ...(filter.assignee !== undefined ? { assignee: filter.assignee } : {}),
        ...(filter.overdue !== undefined ? { overdue: filter.overdue, now: clockAt().at } : {}),
        ...(filter.closed !== undefined ? { closed: filter.closed } : {}),
        ...(filter.dueBefore !== undefined ? { dueBefore: filter.dueBefore } : {}),
        ...(filter.limit !== undefined ? { limit: filter.limit } : {}),
        ...(filter.offset !== undefined ? { offset: filter.offset } : {}),
      });
    },
    async runDue(at) {
      const clock = clockAt(at);
      const produced: CaseEvent[] = [];
      // A long gap can pass several deadlines in a row (village → town → county).
      for (let round = 0; round < maxDueRounds; round += 1) {
        const due = await store.due(clock.at);
        let progressed = false;
        for (const view of due) {
          const lookup = view.parentId === null ? () => undefined : await ancestors(view);
          const writes = decideDeadline(env, view, lookup, clock);
          if (writes.length === 0) continue;
          try {
            await commit(writes, view);
          } catch (error) {
            // Someone acted on the case meanwhile; the next round sees its new deadline.
            if (isCaseGridError(error, 'conflict')) continue;
            throw error;
          }
          progressed = true;
          for (const write of writes) produced.push(...write.events);
        }
        if (!progressed) break;
      }
      return produced;
    },
    async migrate(caseId, toVersion, { actor, stateMap }) {
      const view = await load(caseId);
      const writes = decideMigrate(
        env,
        view,
        { toVersion, actor, ...(stateMap ? { stateMap } : {}) },
        clockAt(),
      );
      return (await commit(writes, view))!;
    },
  };
  return engine;
}
