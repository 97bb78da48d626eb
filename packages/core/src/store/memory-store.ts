import type { CaseEvent } from '../engine/case-event.js';
import type { CaseView } from '../engine/case-view.js';
import type { CaseWrite } from '../engine/decide.js';
import { applyEvent } from '../engine/fold.js';
import { CaseGridError } from '../errors/case-grid-error.js';
import type { CaseStore, PositionedEvent, StoreQuery } from './case-store.js';
import { matchesQuery } from './match-query.js';
import { dueViews, newestFirst, queryPage } from './view-order.js';

/**
 * A store in memory: for tests, demos, a page that keeps nothing, and as the reference
 * implementation of the store contract.
 *
 * @example
 * ```ts
 * const engine = createEngine({ caseTypes, org, store: memoryStore() });
 * ```
 */
export function memoryStore(): CaseStore {
  const cases = new Map<string, { view: CaseView; events: CaseEvent[] }>();
  const log: PositionedEvent[] = [];
  const eventIds = new Set<string>();

  function appendNow(writes: readonly CaseWrite[]): void {
    // Check everything first, so that a refused write changes nothing.
    const views = new Map<string, CaseView>();
    const newIds = new Set<string>();
    for (const write of writes) {
      let view = views.get(write.caseId) ?? cases.get(write.caseId)?.view;
      const seq = view?.seq ?? 0;
      if (seq !== write.expectedSeq) {
        throw new CaseGridError(
          'conflict',
          `Case ${write.caseId} is at seq ${seq}, not ${write.expectedSeq}.`,
        );
      }
      for (const event of write.events) {
        if (eventIds.has(event.id) || newIds.has(event.id)) {
          throw new CaseGridError('conflict', `Event ${event.id} is already stored.`);
        }
        newIds.add(event.id);
        if (event.caseId !== write.caseId) {
          throw new CaseGridError(
            'conflict',
            `Event ${event.id} belongs to case ${event.caseId}, not ${write.caseId}.`,
          );
        }
        view = applyEvent(view, event);
      }
      if (view) views.set(write.caseId, view);
    }
    for (const write of writes) {
      let entry = cases.get(write.caseId);
      if (!entry) {
        entry = { view: views.get(write.caseId)!, events: [] };
        cases.set(write.caseId, entry);
      }
      entry.view = views.get(write.caseId) ?? entry.view;
      for (const event of write.events) {
        entry.events.push(event);
        eventIds.add(event.id);
        log.push({ position: log.length + 1, event });
      }
    }
  }

  return {
    async load(caseId) {
      return cases.get(caseId)?.view;
    },
    async events(caseId) {
      // A copy: the caller's array never changes under it.
      return [...(cases.get(caseId)?.events ?? [])];
    },
    async append(caseId, expectedSeq, events) {
      appendNow([{ caseId, expectedSeq, events }]);
    },
    async appendAll(writes) {
      appendNow(writes);
    },
    async query(query: StoreQuery) {
      const found: CaseView[] = [];
      for (const { view } of cases.values()) if (matchesQuery(view, query)) found.push(view);
      return queryPage(found.sort(newestFirst), query);
    },
    async due(at, limit) {
      return dueViews(
        Array.from(cases.values(), ({ view }) => view),
        at,
        limit,
      );
    },
    async since(position, limit) {
      const events = log.slice(position, limit === undefined ? undefined : position + limit);
      return { events, position: events.at(-1)?.position ?? position };
    },
  };
}
