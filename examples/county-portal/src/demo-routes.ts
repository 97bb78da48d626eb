import type { OrgUnit } from '@casegrid/core';
import type { Hono } from 'hono';
import type { DemoPerson } from './county.js';
import { demoToken } from './demo-auth.js';

/**
 * What the page needs before anyone signs in: the county's units and people (for the role
 * switcher and the engine's org) and which seeding this is (the page keeps one IndexedDB
 * database per person and seeding, so a `--reset` never mixes old cases with new ones).
 *
 * @example
 * ```ts
 * const county: DemoCounty = await (await fetch('/demo/county')).json();
 * ```
 */
export interface DemoCounty {
  readonly generation: string;
  readonly units: readonly OrgUnit[];
  readonly people: readonly DemoPerson[];
}

/**
 * The demo's own routes, DEMO ONLY: `GET /demo/county` and `POST /demo/token` `{ personId }` →
 * `{ token }`, which signs anyone in as anyone without a password. A real portal has its own
 * login and hands the page a token (or a cookie the server's `authenticate` hook reads).
 *
 * @example
 * ```ts
 * demoRoutes(portal, { county, clock: Date.now });
 * ```
 */
export function demoRoutes(app: Hono, options: { county: DemoCounty; clock: () => number }): void {
  const { county, clock } = options;
  app.get('/demo/county', (c) => c.json(county));
  app.post('/demo/token', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as { personId?: unknown };
    const person = county.people.find((p) => p.id === body.personId);
    if (!person) {
      return c.json({ code: 'not-found', message: 'No such person in the demo county.' }, 404);
    }
    return c.json({ token: await demoToken(person.id, clock()) });
  });
}
