import type { CaseEvent, CaseStore } from '@casegrid/core';

/**
 * The events the dashboard counts, held case by case: the whole log read once, page by page,
 * then only the cases that changed read again. Reading a changed case's events (rather than the
 * log after the last position) also sees what a device's store replaces or removes: a local
 * event confirmed in the server's version, a refused one set aside or discarded.
 *
 * @example
 * ```ts
 * const log = new CaseLog();
 * await log.load(store);
 * await log.refresh(store, new Set([caseId]));
 * computeMetrics(log.events(), { org, now: Date.now() });
 * ```
 */
export class CaseLog {
  #cases = new Map<string, readonly CaseEvent[]>();

  /** Reads the store's whole log, `pageSize` events at a time. */
  async load(store: CaseStore, pageSize = 2000): Promise<void> {
    const cases = new Map<string, CaseEvent[]>();
    let position = 0;
    for (;;) {
      const page = await store.since(position, pageSize);
      for (const { event } of page.events) {
        const events = cases.get(event.caseId);
        if (events) events.push(event);
        else cases.set(event.caseId, [event]);
      }
      if (page.events.length < pageSize || page.position <= position) break;
      position = page.position;
    }
    this.#cases = cases;
  }

  /** Reads again the events of the cases that changed (a case left without events is gone). */
  async refresh(store: CaseStore, caseIds: Iterable<string>): Promise<void> {
    const read = await Promise.all(
      Array.from(caseIds, async (caseId) => [caseId, await store.events(caseId)] as const),
    );
    for (const [caseId, events] of read) {
      if (events.length === 0) this.#cases.delete(caseId);
      else this.#cases.set(caseId, events);
    }
  }

  /** Every event held, case by case, each case's in seq order. */
  *events(): IterableIterator<CaseEvent> {
    for (const events of this.#cases.values()) yield* events;
  }
}
