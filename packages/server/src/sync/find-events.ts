import type { CaseStore, PositionedEvent } from '@casegrid/core';

/** A store that finds stored events by id with their log positions, as the SQL store does. */
interface FindsEvents {
  findEvents(eventIds: readonly string[]): Promise<PositionedEvent[]>;
}

const hasFindEvents = (store: CaseStore): store is CaseStore & FindsEvents =>
  typeof (store as Partial<FindsEvents>).findEvents === 'function';

const scanPage = 1000;

/**
 * Finds stored events by id, with their log positions. Uses the store's `findEvents` where it
 * has one (the SQL store: one query); any other store (core's memory store) is scanned through `since`,
 * which is fine for tests and demos and slow for a big log.
 *
 * @example
 * ```ts
 * const found = await findEvents(store, ['ev-1', 'ev-2']);
 * found.get('ev-1')?.position;
 * ```
 */
export async function findEvents(
  store: CaseStore,
  ids: readonly string[],
): Promise<Map<string, PositionedEvent>> {
  const found = new Map<string, PositionedEvent>();
  if (ids.length === 0) return found;
  if (hasFindEvents(store)) {
    for (const event of await store.findEvents(ids)) found.set(event.event.id, event);
    return found;
  }
  const wanted = new Set(ids);
  let position = 0;
  for (;;) {
    const page = await store.since(position, scanPage);
    for (const entry of page.events) {
      if (wanted.has(entry.event.id)) found.set(entry.event.id, entry);
    }
    if (found.size === wanted.size || page.events.length < scanPage) return found;
    position = page.position;
  }
}

/**
 * Which of these event ids are stored, with one query, where the store can find events by id
 * (the SQL store); `undefined` for any other store, which is better asked case by case.
 *
 * @example
 * ```ts
 * const known = await storedEventIds(store, actions.map((action) => action.id));
 * ```
 */
export async function storedEventIds(
  store: CaseStore,
  ids: readonly string[],
): Promise<Set<string> | undefined> {
  if (!hasFindEvents(store)) return undefined;
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  return new Set((await store.findEvents(unique)).map((found) => found.event.id));
}
