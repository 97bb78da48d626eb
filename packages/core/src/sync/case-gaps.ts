// A pull serves the events of the cases a person may see now, so a case that comes into the
// person's scope partway (they join the department that handles it, or the county moves them
// up) arrives from a seq past the end of the device's log for it, and the store refuses the
// page. These find such cases; the sync client takes their whole history before the page.
import { isCaseGridError } from '../errors/case-grid-error.js';
import type { CaseStore, PositionedEvent } from '../store/case-store.js';

/**
 * Whether `error` is a local store refusing server events that do not follow a case's log
 * (core's `store.remote` conflict, from `planRemote`): a gap, or a real disagreement.
 *
 * @example
 * ```ts
 * try { await store.applyRemote(page.events); } catch (error) { if (!isRemoteRefusal(error)) throw error; }
 * ```
 */
export function isRemoteRefusal(error: unknown): boolean {
  return (
    isCaseGridError(error) &&
    error.code === 'conflict' &&
    error.issues.some((issue) => issue.keyword === 'store.remote')
  );
}

/**
 * The cases among `events` whose first event the store does not hold lies past the end of the
 * store's log for that case (seq > last seq + 1): the device has not seen how they began.
 * Within one pull page a case's events are contiguous (the server decides per case whether
 * the person may see it), so only where they begin matters.
 *
 * @example
 * ```ts
 * for (const caseId of await casesWithGaps(store, page.events)) await fill(caseId);
 * ```
 */
export async function casesWithGaps(
  store: Pick<CaseStore, 'events'>,
  events: readonly PositionedEvent[],
): Promise<string[]> {
  const byCase = new Map<string, PositionedEvent[]>();
  for (const entry of [...events].sort((a, b) => a.position - b.position)) {
    const list = byCase.get(entry.event.caseId);
    if (list) list.push(entry);
    else byCase.set(entry.event.caseId, [entry]);
  }
  const gaps: string[] = [];
  for (const [caseId, list] of byCase) {
    const local = await store.events(caseId);
    const known = new Set(local.map((event) => event.id));
    const first = list.find(({ event }) => !known.has(event.id));
    if (first && first.event.seq > (local.at(-1)?.seq ?? 0) + 1) gaps.push(caseId);
  }
  return gaps;
}
