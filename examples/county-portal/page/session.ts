import {
  type CaseEngine,
  type CaseType,
  createEngine,
  type Locale,
  type Org,
  type SyncClient,
  syncClient,
} from '@casegrid/core/precompiled';
import { type IdbStore, idbStore } from '@casegrid/idb';
import type { DemoPerson } from '../src/county.js';
import { calendar, effects, guards } from '../src/kit.js';
import { withOfflineCopy } from './offline-copy.js';

/**
 * One person signed in on this device: their token, their cases in IndexedDB, an engine over
 * them and the sync client that keeps them in step with the county server.
 *
 * @example
 * ```ts
 * const session = await signIn({ person, org, caseTypes, generation, locale: 'zh-CN' });
 * provider.engine = session.engine;
 * session.close();
 * ```
 */
export interface Session {
  readonly person: DemoPerson;
  readonly engine: CaseEngine;
  readonly store: IdbStore;
  readonly sync: SyncClient;
  /** Stops syncing and closes the database. */
  close(): void;
}

/** Milliseconds between syncs while the page is open (and at once when the browser is online again). */
const syncIntervalMs = 15_000;
/** Milliseconds after a local change before it is pushed. */
const syncSoonMs = 500;

/**
 * Signs a person in (DEMO ONLY: the demo server hands out a token for anyone, no password) and
 * opens their device: one IndexedDB database per person and seeding, the kit's case types, and
 * a sync client against `/api` with the token. Works on without the network once signed in:
 * actions go to IndexedDB and the outbox, and sync when the server answers again.
 *
 * @example
 * ```ts
 * const session = await signIn({ person, org, caseTypes, generation: county.generation, locale });
 * ```
 */
export async function signIn(options: {
  readonly person: DemoPerson;
  readonly org: Org;
  readonly caseTypes: readonly CaseType[];
  readonly generation: string;
  readonly locale: Locale;
}): Promise<Session> {
  const { person, org, caseTypes, locale } = options;
  const token = await demoToken(person.id);
  const store = idbStore({ name: `casegrid-demo-${options.generation}-${person.id}`, locale });
  await store.ready;
  const engine = createEngine({ caseTypes, org, store, guards, effects, calendar, locale });
  const sync = syncClient({
    engine,
    store,
    actor: person,
    url: new URL('/api', location.href).href,
    auth: () => token,
    locale,
  });
  // A change made here goes to the server soon after (a burst of changes in one sync), not only
  // at the next interval. Offline, the sync fails quietly and the `online` event retries.
  sync.start({ intervalMs: syncIntervalMs, afterChangeMs: syncSoonMs });
  return {
    person,
    engine,
    store,
    sync,
    close() {
      sync.close();
      store.close();
    },
  };
}

/**
 * A token for a person from the demo server, with a copy kept on the device so that the portal
 * still signs them in when it opens without the network (their cases are in IndexedDB; the token
 * is only sent when the network is back). DEMO ONLY: a real portal keeps whatever its own login
 * gives it (a cookie, or a token in its own storage) and decides how long a device may stay
 * signed in offline.
 */
async function demoToken(personId: string): Promise<string> {
  const { value } = await withOfflineCopy(`casegrid-demo-token:${personId}`, async () => {
    const response = await fetch('/demo/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId }),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return ((await response.json()) as { token: string }).token;
  });
  return value;
}
