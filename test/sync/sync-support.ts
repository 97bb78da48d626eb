// The county server (the real @casegrid/server app, in memory, called in-process) and devices
// that work offline against it, each with its own engine, memoryLocalStore and sync client.
import {
  type Actor,
  type CaseEngine,
  type CaseStore,
  type CaseView,
  createEngine,
  type FetchLike,
  fetchTransport,
  type LocalStore,
  memoryLocalStore,
  memoryStore,
  type PositionedEvent,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type SyncClient,
  type SyncClientOptions,
  type SyncSettlement,
  type SyncTransport,
  SyncTransportError,
  syncClient,
} from '@casegrid/core';
import { createServer } from '@casegrid/server';
import {
  allPeople,
  caseTypes,
  cn2026,
  disputeData,
  engineOptions,
  guards,
  org,
  sequentialIds,
  testClock,
} from '../../packages/core/test/county.js';

/**
 * The county's server, over `store` (default: core's memoryStore). Who it believes each person
 * is can change during a test, and `restart` starts a new server process over a store (the
 * same database, reopened); requests made after it reach the new process.
 */
export function testCounty(options: { store?: CaseStore } = {}) {
  const clock = testClock('2026-03-02T01:00:00.000Z');
  const people = new Map<string, Actor>(allPeople.map((person) => [person.id, person]));
  /** What the server told its log (`onError`): 5xx answers, with their cause. */
  const errors: unknown[] = [];
  const serverOver = (store: CaseStore) =>
    createServer({
      caseTypes: caseTypes(),
      org: { ...org, people: allPeople },
      store,
      clock: clock.now,
      guards,
      calendar: cn2026,
      locale: 'en',
      // The portal's login, reduced to a header naming the person.
      authenticate: (request) => people.get(request.headers.get('x-test-person') ?? ''),
      onError: (error) => errors.push(error),
    });
  let store = options.store ?? memoryStore();
  let app = serverOver(store);
  const fetch: FetchLike = async (url, init) => app.request(url, init);

  /** Every event the server stored, in log order. */
  async function log() {
    return (await store.since(0)).events;
  }
  /** A new server process, over `next`. */
  function restart(next: CaseStore) {
    store = next;
    app = serverOver(next);
  }
  return {
    get app() {
      return app;
    },
    get store() {
      return store;
    },
    clock,
    people,
    errors,
    fetch,
    log,
    restart,
  };
}

export type TestCounty = ReturnType<typeof testCounty>;

/** The transport's calls. */
export type Call = 'push' | 'pull' | 'history';

/** An answer on its way back from the server, as `fetchTransport` reads it. */
export type Answer = Awaited<ReturnType<FetchLike>>;

/**
 * The network between a device's `fetchTransport` and the server: gets each HTTP request and
 * a `deliver` that hands it to the server; may deliver it (once, twice, later, never) and
 * answer, fail, or never answer.
 */
export type Wire = (
  request: { readonly url: string; readonly init: Parameters<FetchLike>[1] },
  deliver: () => Promise<Answer>,
) => Promise<Answer>;

/** What a test does to a device's connection. */
export interface Link {
  /** `false`: every call fails as if the network were down. */
  online: boolean;
  /** Called around each call; may forward it, fail it, or both (a lost answer). */
  intercept?: <T>(what: Call, send: () => Promise<T>) => Promise<T>;
  /** Carries each HTTP request to the server (default: delivers it and returns the answer). */
  wire?: Wire;
  pushes: PushRequest[];
}

/**
 * A device of `person`, whose engine believes `believed` (default: the person as the county
 * knows it). Its event ids are `<ids>-<n>` (`ids` defaults to `name`): a page loaded again
 * over the same store needs a prefix of its own, as a browser's random ids would be.
 */
export function testDevice(
  county: TestCounty,
  name: string,
  person: Actor,
  options: {
    believed?: Actor;
    client?: Partial<SyncClientOptions>;
    store?: LocalStore;
    ids?: string;
    /** `fetchTransport`'s `timeoutMs` (default its own). */
    timeoutMs?: number;
  } = {},
) {
  const actor = options.believed ?? person;
  const clock = testClock('2026-03-02T00:30:00.000Z');
  const store = options.store ?? memoryLocalStore({ locale: 'en' });
  const engine: CaseEngine = createEngine(
    engineOptions({ store, clock: clock.now, ids: sequentialIds(options.ids ?? name) }),
  );
  const link: Link = { online: true, pushes: [] };
  const http = fetchTransport({
    url: 'http://county.test/',
    auth: () => ({ 'x-test-person': person.id }),
    fetch: (url, init) => {
      const deliver = () => county.fetch(url, init);
      return link.wire ? link.wire({ url, init }, deliver) : deliver();
    },
    locale: 'en',
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  });
  const through = <T>(what: Call, send: () => Promise<T>): Promise<T> => {
    if (!link.online) return Promise.reject(new SyncTransportError('offline', { locale: 'en' }));
    return link.intercept ? link.intercept(what, send) : send();
  };
  const transport: SyncTransport = {
    push: (body: PushRequest): Promise<PushResponse> => {
      link.pushes.push(body);
      return through('push', () => http.push(body));
    },
    pull: (since: number, limit?: number): Promise<PullResponse> =>
      through('pull', () => http.pull(since, limit)),
    history: (caseId: string): Promise<readonly PositionedEvent[]> =>
      through('history', () => http.history(caseId)),
  };
  const client: SyncClient = syncClient({
    engine,
    store,
    transport,
    actor,
    device: name,
    locale: 'en',
    clock: clock.now,
    backoff: { retries: 2, sleep: async () => {} },
    ...options.client,
  });
  const settled: SyncSettlement[] = [];
  client.settled$.subscribe((s) => settled.push(s));
  // Every event this device's engine wrote, in order.
  const written: string[] = [];
  engine.changes$.subscribe((event) => written.push(event.id));

  /** Opens a dispute on the device (offline: nothing leaves it until `client.sync()`). */
  async function openDispute(unit = 'grid-a1-1'): Promise<CaseView> {
    return engine.open('dispute', { data: disputeData, unit, actor });
  }

  return { name, person, actor, store, engine, clock, client, link, settled, written, openDispute };
}

export type TestDevice = ReturnType<typeof testDevice>;

/** The device's views of every case it holds, beside the server's views of the same cases. */
export async function viewsOf(device: TestDevice, county: TestCounty) {
  const views = await device.store.query({});
  const server = await Promise.all(views.map((view) => county.store.load(view.id)));
  return { device: [...views], server };
}
