import type { CaseEvent, CaseStore, CaseWrite } from '@casegrid/core';

/**
 * Stores a history in log order, many events per transaction: each run of consecutive events of
 * one case is one write with the seq the case had before it. The store checks every write as it
 * would any other (expected seq, unique ids), so a history that does not fold is refused.
 *
 * @example
 * ```ts
 * await writeEvents(sqlStore(db), await simulateCounty(options));
 * ```
 */
export async function writeEvents(
  store: Pick<CaseStore, 'appendAll'>,
  events: readonly CaseEvent[],
  batchSize = 1000,
): Promise<void> {
  for (let start = 0; start < events.length; start += batchSize) {
    const writes: (CaseWrite & { events: CaseEvent[] })[] = [];
    for (const event of events.slice(start, start + batchSize)) {
      const last = writes.at(-1);
      if (last?.caseId === event.caseId) {
        last.events.push(event);
      } else {
        writes.push({ caseId: event.caseId, expectedSeq: event.seq - 1, events: [event] });
      }
    }
    await store.appendAll(writes);
  }
}
