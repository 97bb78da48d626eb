import { type Actor, type CaseStore, type CaseView, canSee, type Org } from '@casegrid/core';
import type { PullResponse } from './protocol.js';

/**
 * One page of the log for a device: the events after `since` of the cases the actor may see
 * (reported in, or handled by, a unit in its subtree), in log order. `position` is the last
 * position scanned, so events the actor may not see still move the cursor on; `more` says the
 * page was full and another pull may find more.
 *
 * @example
 * ```ts
 * const page = await pullEvents({ store, org }, actor, { since: 0, limit: 500 });
 * ```
 */
export async function pullEvents(
  { store, org }: { readonly store: CaseStore; readonly org: Org },
  actor: Actor,
  { since, limit }: { readonly since: number; readonly limit: number },
): Promise<PullResponse> {
  const page = await store.since(since, limit);
  const views = new Map<string, CaseView | undefined>();
  const events = [];
  for (const entry of page.events) {
    const caseId = entry.event.caseId;
    if (!views.has(caseId)) views.set(caseId, await store.load(caseId));
    const view = views.get(caseId);
    if (view && canSee({ org }, actor, view)) events.push(entry);
  }
  return { events, position: page.position, more: page.events.length >= limit };
}
