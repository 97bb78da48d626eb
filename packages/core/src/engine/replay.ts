import type { CaseType } from '../definition/compile-case-type.js';
import { CaseGridError } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';
import type { CaseEvent } from './case-event.js';
import { type CaseTypeRegistry, createCaseTypeRegistry } from './case-type-registry.js';
import type { CaseView } from './case-view.js';
import { foldEvents } from './fold.js';

/**
 * The pure fold: the view of one case from its events, in seq order. Checks that every event
 * names a case type version that is known, so a log is never folded against the wrong
 * definitions. A view built by the engine and one replayed from its history are deep-equal.
 *
 * @example
 * ```ts
 * const view = replay([disputeType], await engine.history(caseId));
 * expect(view).toEqual(await engine.get(caseId));
 * ```
 */
export function replay(
  caseTypes: readonly CaseType[] | CaseTypeRegistry,
  events: readonly CaseEvent[],
): CaseView {
  const registry = 'latest' in caseTypes ? caseTypes : createCaseTypeRegistry(caseTypes);
  for (const event of events) {
    if (!registry.get(event.typeId, event.typeVersion)) {
      const params = { name: event.typeId, version: event.typeVersion };
      throw new CaseGridError('not-found', text('en', 'run.unknownVersion', params), [
        { path: '', message: text('zh-CN', 'run.unknownVersion', params), keyword: 'version' },
      ]);
    }
  }
  return foldEvents(events);
}
