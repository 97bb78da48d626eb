import {
  applyEvent,
  type CaseEvent,
  type CaseStore,
  type CaseView,
  type CaseWrite,
} from '@casegrid/core';
import { seqConflict } from '../store/conflicts.js';

/**
 * A store that reads through to another plus the writes staged so far, and stages appends
 * instead of storing them: a push decides all its actions over one, then stores every
 * staged write with one `appendAll` (one transaction on SQL).
 *
 * @example
 * ```ts
 * const staging = stagingStore(store);
 * const engine = createEngine({ ...options, store: staging });
 * await engine.perform(caseId, 'accept', { actor });
 * await store.appendAll(staging.staged);
 * ```
 */
export interface StagingStore extends CaseStore {
  /** The writes staged so far, in the order they were appended. */
  readonly staged: readonly CaseWrite[];
}

/**
 * A {@link StagingStore} over `store`. A staged write is checked against the case's seq as
 * staged (a `conflict` stages nothing); event ids are checked only when the staged writes
 * are stored. What it reads from `store` is read once per case and kept, so use one staging
 * store per push, never longer.
 *
 * @example
 * ```ts
 * const staging = stagingStore(sqlStore(db));
 * ```
 */
export function stagingStore(store: CaseStore): StagingStore {
  const staged: CaseWrite[] = [];
  const views = new Map<string, CaseView>();
  const events = new Map<string, CaseEvent[]>();
  // What was read from `store`, per case, kept for the staging store's life (one push): each
  // case is read at most once. The final `appendAll` checks seqs and ids again, so a case
  // written meanwhile by another request fails it rather than being overwritten.
  const storedViews = new Map<string, Promise<CaseView | undefined>>();
  const storedEvents = new Map<string, Promise<readonly CaseEvent[]>>();
  const cached = <T>(cache: Map<string, Promise<T>>, caseId: string, read: () => Promise<T>) => {
    let found = cache.get(caseId);
    if (!found) {
      found = read();
      cache.set(caseId, found);
      // A failed read is not kept: the next read asks the store again.
      found.catch(() => cache.delete(caseId));
    }
    return found;
  };

  const staging: StagingStore = {
    staged,
    load: async (caseId) =>
      views.get(caseId) ?? cached(storedViews, caseId, () => store.load(caseId)),
    async events(caseId) {
      const more = events.get(caseId) ?? [];
      const stored = await cached(storedEvents, caseId, () => store.events(caseId));
      return [...stored, ...more];
    },
    query: (query) => store.query(query),
    due: (at, limit) => store.due(at, limit),
    since: (position, limit) => store.since(position, limit),
    append: (caseId, expectedSeq, list) =>
      staging.appendAll([{ caseId, expectedSeq, events: list }]),
    async appendAll(writes) {
      // Folded aside first, so that a write that does not fit stages none of its siblings.
      const next = new Map<string, CaseView | undefined>();
      for (const [w, write] of writes.entries()) {
        let view = next.has(write.caseId)
          ? next.get(write.caseId)
          : await staging.load(write.caseId);
        const seq = view?.seq ?? 0;
        if (seq !== write.expectedSeq) {
          throw seqConflict(write.caseId, seq, write.expectedSeq, `/${w}/expectedSeq`);
        }
        for (const event of write.events) view = applyEvent(view, event);
        next.set(write.caseId, view);
      }
      for (const [caseId, view] of next) if (view) views.set(caseId, view);
      for (const write of writes) {
        staged.push(write);
        events.set(write.caseId, [...(events.get(write.caseId) ?? []), ...write.events]);
      }
    },
  };
  return staging;
}
