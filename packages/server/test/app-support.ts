// A casegrid server over the core test county, in memory, with tokens minted as a portal would.
import { type Actor, type CaseStore, type CaseView, memoryStore } from '@casegrid/core';
import { bearerAuth, type CaseGridApp, createServer, type ServerOptions } from '@casegrid/server';
import { SignJWT } from 'jose';
import {
  allPeople,
  caseTypes,
  cn2026,
  disputeData,
  guards,
  org,
  people,
  testClock,
} from '../../core/test/county.ts';

export { disputeData, hazardData, people, watchedData } from '../../core/test/county.ts';

export const secret = 'test-secret-of-at-least-thirty-two-bytes!';
const key = new TextEncoder().encode(secret);
export const county = { ...org, people: allPeople };

/** An HS256 token for an actor, valid for an hour from `now` unless told otherwise. */
export async function tokenFor(
  actor: Actor,
  options: { now?: number; expiresIn?: number; secret?: Uint8Array; claims?: object } = {},
): Promise<string> {
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  return new SignJWT({ unit: actor.unit, roles: [...actor.roles], ...options.claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.id)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 3600))
    .sign(options.secret ?? key);
}

/** What a test sends: a method, a path, who sends it, and a JSON body (or raw text). */
export interface Send {
  readonly as?: Actor;
  readonly token?: string;
  readonly body?: unknown;
  readonly raw?: string;
  readonly headers?: Record<string, string>;
}

/** A server over the test county in memory, and helpers to call it in-process. */
export function testServer(overrides: Partial<ServerOptions> = {}) {
  const clock = testClock();
  const store: CaseStore = overrides.store ?? memoryStore();
  const app: CaseGridApp = createServer({
    caseTypes: caseTypes(),
    org: county,
    store,
    clock: clock.now,
    guards,
    calendar: cn2026,
    authenticate: bearerAuth({ secret, org: county, clock: clock.now }),
    ...overrides,
  });

  async function send(method: string, path: string, options: Send = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    const token =
      options.token ?? (options.as ? await tokenFor(options.as, { now: clock.now() }) : undefined);
    if (token) headers.authorization = `Bearer ${token}`;
    let body: string | undefined = options.raw;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    return app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  }

  /** Opens a dispute through the API and returns its view. */
  async function openDispute(as: Actor = people.gridWorker, unit = 'grid-a1-1'): Promise<CaseView> {
    const response = await send('POST', '/cases', {
      as,
      body: { typeId: 'dispute', unit, data: disputeData },
    });
    if (response.status !== 201) throw new Error(`open failed: ${await response.text()}`);
    return ((await response.json()) as { case: CaseView }).case;
  }

  /** The store's log position: the number of events stored. */
  async function logPosition(): Promise<number> {
    return (await store.since(0)).position;
  }

  return { app, store, clock, send, openDispute, logPosition };
}
