import {
  type Actor,
  type CaseEngine,
  type CaseEvent,
  type CaseStore,
  type CaseWrite,
  canSee,
  createEngine,
  type EffectFunction,
  type EngineOptions,
  isCaseGridError,
  type Locale,
  type Org,
  type PositionedEvent,
} from '@casegrid/core';
import { engineErrorBody } from '../app/http-error.js';
import { type MessageKey, message } from '../app/messages.js';
import { type DeviceIdPlan, renameEvent, renameView, withDeviceIds } from './device-ids.js';
import { findEvents, storedEventIds } from './find-events.js';
import type { PushedAction, PushRequest, PushResponse, PushResult, SyncError } from './protocol.js';
import { stagingStore } from './staging-store.js';

/**
 * What {@link pushActions} decides with: the engine's options, minus what each push sets.
 *
 * @example
 * ```ts
 * const options: PushEngineOptions = { caseTypes, org: createOrg(orgDefinition), store };
 * ```
 */
export type PushEngineOptions = Omit<EngineOptions, 'ids' | 'store' | 'locale' | 'org'> & {
  readonly org: Org;
  readonly store: CaseStore;
  /**
   * The engine effects are handed: one over the store itself, since the push's own engine
   * only stages what it decides.
   */
  readonly effectEngine: CaseEngine;
};

// The first event of an action a person takes; every other type is a consequence the server
// decides itself (a deadline, a child case, a migration by an administrator).
const personal = new Set<CaseEvent['type']>(['opened', 'performed', 'escalated']);
const conflictKeys = new Set<MessageKey>(['push.earlierFailed', 'push.behind', 'push.idTaken']);

/**
 * Applies a device's pushed actions authoritatively, in order, for the authenticated actor
 * (never the actor written in the events). For each action:
 * 1. an action whose id is stored already is `accepted` with its stored events (the same
 *    answer every time);
 * 2. a case whose server seq is not the action's `expectedSeq` is a `conflict`;
 * 3. otherwise the engine decides again from the action's first event (`opened` → open,
 *    `performed`/`escalated` → perform) with the server's clock; a refusal is `rejected`
 *    with the engine's code, message and issues.
 *
 * After an action of a case fails, the later actions of that case are answered `conflict`
 * untried. Each push decides with its own engine, whose ids are provisional until
 * {@link withDeviceIds} gives the events the device's ids: pushes that interleave at awaits
 * share no mutable state.
 *
 * The actions are decided over a {@link stagingStore} and their writes stored together with
 * one `appendAll` (one transaction on SQL: a push of thousands of actions is not thousands of
 * transactions); effects run once that is stored. When that fails (another request wrote one
 * of the cases meanwhile, or an event id is taken), nothing of it is stored and the push is
 * decided again one action at a time, each stored on its own, so every answer stays exact.
 *
 * @example
 * ```ts
 * const { results } = await pushActions(options, body, actor, 'zh-CN');
 * ```
 */
export async function pushActions(
  options: PushEngineOptions,
  request: PushRequest,
  actor: Actor,
  locale: Locale,
): Promise<PushResponse> {
  const { store } = options;
  const staging = stagingStore(store);
  const effects: (() => void)[] = [];
  // Which actions are stored already, asked once for the whole push rather than per action.
  const known = await storedEventIds(
    store,
    request.actions.map((action) => action.id),
  );
  const decided = await decideActions(options, request, actor, locale, staging, {
    defer: (run) => {
      effects.push(run);
    },
    ...(known ? { known } : {}),
  });
  if (staging.staged.length > 0) {
    try {
      await store.appendAll(staging.staged);
    } catch (thrown) {
      if (!isCaseGridError(thrown)) throw thrown;
      const direct = await decideActions(options, request, actor, locale, store);
      return { results: await withPositions(store, direct) };
    }
  }
  for (const run of effects) run();
  return { results: await withPositions(store, decided) };
}

/** An action's answer, where an accepted one names its events by id (positions come last). */
type Decided =
  | Exclude<PushResult, { status: 'accepted' }>
  | { readonly id: string; readonly status: 'accepted'; readonly ids: readonly string[] };

/** The answers with the accepted actions' stored events, found together. */
async function withPositions(store: CaseStore, decided: readonly Decided[]): Promise<PushResult[]> {
  const found = await findEvents(
    store,
    decided.flatMap((result) => (result.status === 'accepted' ? result.ids : [])),
  );
  return decided.map((result) => {
    if (result.status !== 'accepted') return result;
    const events = result.ids.map((id) => found.get(id)).filter((e): e is PositionedEvent => !!e);
    return { id: result.id, status: 'accepted', events };
  });
}

/** How {@link decideActions} decides over a staging store. */
interface Staged {
  /** Hands an effect over to run once the push is stored. */
  readonly defer: (run: () => void) => void;
  /**
   * The action ids that were stored when the push began: any other action is not stored
   * unless this push stages it (a race with another delivery fails the final `appendAll`,
   * and the push is decided again directly).
   */
  readonly known?: ReadonlySet<string>;
}

/**
 * Decides the actions in order over `store`, which the push's engine appends to (the real
 * store, or a staging store); with `staged`, effects are handed to its `defer` to run once
 * stored.
 */
async function decideActions(
  options: PushEngineOptions,
  request: PushRequest,
  actor: Actor,
  locale: Locale,
  store: CaseStore,
  staged?: Staged,
): Promise<Decided[]> {
  const { org } = options;
  const defer = staged?.defer;
  const known = staged?.known;
  // The ids of the events this decision appended, which `known` does not name.
  const written = new Set<string>();
  const provisional = `${globalThis.crypto.randomUUID()}#`;
  let made = 0;
  let current: { action: PushedAction; plan?: DeviceIdPlan } | undefined;
  let engine: CaseEngine | undefined;

  // The engine's writes pass through here: this is where provisional ids become final.
  const pushStore: CaseStore = {
    load: (caseId) => store.load(caseId),
    events: (caseId) => store.events(caseId),
    query: (query) => store.query(query),
    due: (at, limit) => store.due(at, limit),
    since: (position, limit) => store.since(position, limit),
    append: (caseId, expectedSeq, events) => pushStore.appendAll([{ caseId, expectedSeq, events }]),
    async appendAll(writes: readonly CaseWrite[]) {
      const plan = current
        ? withDeviceIds(writes, current.action, (id) => id.startsWith(provisional))
        : undefined;
      if (current) current.plan = plan;
      const stored = plan?.writes ?? writes;
      await store.appendAll(stored);
      for (const write of stored) for (const event of write.events) written.add(event.id);
    },
  };

  // Effects see the events and views as stored, with their final ids, once they are stored.
  const effects = Object.fromEntries(
    Object.entries(options.effects ?? {}).map(([name, effect]): [string, EffectFunction] => [
      name,
      (args) => {
        const rename = current?.plan?.rename ?? ((id: string) => id);
        const run = () =>
          effect({
            engine: options.effectEngine,
            event: renameEvent(args.event, rename),
            view: renameView(args.view, rename),
          });
        if (!defer) return run();
        defer(() => {
          // As the engine does: an effect's failure never undoes the action.
          try {
            const result = run();
            if (result && typeof result.then === 'function') result.then(undefined, () => {});
          } catch {}
        });
      },
    ]),
  );
  const decider = () => {
    engine ??= createEngine({
      ...options,
      effects,
      store: pushStore,
      locale,
      ids: () => `${provisional}${++made}`,
    });
    return engine;
  };

  const error = (key: MessageKey, params: Record<string, string | number> = {}): SyncError => ({
    code: conflictKeys.has(key) ? 'conflict' : 'invalid-input',
    message: message(locale, key, params),
  });
  const failed = new Set<string>();

  const accepted = (action: PushedAction, ids: readonly string[]): Decided => ({
    id: action.id,
    status: 'accepted',
    ids,
  });

  /** The answer for an action stored before, or `undefined` when it is not stored. */
  async function stored(action: PushedAction, fresh = false): Promise<Decided | undefined> {
    if (!fresh && known && !known.has(action.id) && !written.has(action.id)) return undefined;
    const events = await store.events(action.caseId);
    const start = events.findIndex((event) => event.id === action.id);
    if (start < 0) return undefined;
    const view = await store.load(action.caseId);
    if (!view || !canSee({ org }, actor, view)) {
      return { id: action.id, status: 'rejected', error: notFound(action) };
    }
    const own = new Set(action.events.map((event) => event.id));
    const ids: string[] = [];
    for (const event of events.slice(start)) {
      if (ids.length > 0 && !own.has(event.id) && !event.id.startsWith(`${action.id}:`)) break;
      ids.push(event.id);
    }
    return accepted(action, ids);
  }

  const notFound = (action: PushedAction): SyncError => ({
    code: 'not-found',
    message: message(locale, 'caseNotFound', { id: action.caseId }),
  });

  async function decide(action: PushedAction): Promise<Decided> {
    const before = await stored(action);
    if (before) return before;
    if (failed.has(action.caseId)) {
      return { id: action.id, status: 'conflict', error: error('push.earlierFailed') };
    }
    const first = action.events[0]!;
    if (first.id !== action.id || action.events.some((e) => e.caseId !== action.caseId)) {
      return { id: action.id, status: 'rejected', error: error('push.idMismatch') };
    }
    if (!personal.has(first.type) || first.reason !== undefined) {
      return {
        id: action.id,
        status: 'rejected',
        error: error('push.consequence', { type: first.type }),
      };
    }
    const opens = first.type === 'opened';
    if (opens && first.unit === undefined) {
      return { id: action.id, status: 'rejected', error: error('push.unitMissing') };
    }
    if (!opens && first.action === undefined) {
      return { id: action.id, status: 'rejected', error: error('push.actionMissing') };
    }
    const view = await store.load(action.caseId);
    // A case the actor may not see is answered as if it did not exist, and never with its seq.
    if (view && !canSee({ org }, actor, view)) {
      return opens
        ? { id: action.id, status: 'conflict', error: error('push.idTaken', { id: action.caseId }) }
        : { id: action.id, status: 'rejected', error: notFound(action) };
    }
    if (!view && !opens) return { id: action.id, status: 'rejected', error: notFound(action) };
    const seq = view?.seq ?? 0;
    if (seq !== action.expectedSeq) {
      return {
        id: action.id,
        status: 'conflict',
        error: error('push.behind', { seq, expected: action.expectedSeq }),
      };
    }
    const attempt = { action } as { action: PushedAction; plan?: DeviceIdPlan };
    current = attempt;
    try {
      if (opens) {
        await decider().open(first.typeId, {
          data: first.data,
          unit: first.unit!,
          actor,
          id: action.caseId,
        });
      } else {
        await decider().perform(action.caseId, first.action!, { actor, input: first.input });
      }
    } catch (thrown) {
      if (!isCaseGridError(thrown)) throw thrown;
      if (thrown.code === 'conflict') {
        // The same action may have been stored meanwhile by another delivery.
        const raced = await stored(action, true);
        if (raced) return raced;
        return { id: action.id, status: 'conflict', error: engineErrorBody(thrown, locale) };
      }
      return { id: action.id, status: 'rejected', error: engineErrorBody(thrown, locale) };
    } finally {
      current = undefined;
    }
    return accepted(action, attempt.plan?.eventIds ?? []);
  }

  const results: Decided[] = [];
  for (const action of request.actions) {
    const result = await decide(action);
    if (result.status !== 'accepted') failed.add(action.caseId);
    results.push(result);
  }
  return results;
}
