import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOrg } from '@casegrid/core';
import {
  bearerAuth,
  type CaseGridApp,
  createServer,
  type Database,
  migrate,
  pgliteDatabase,
  type Scheduler,
  type SqlStore,
  sqlStore,
  startScheduler,
} from '@casegrid/server';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { county, type DemoPerson, people } from './county.js';
import { demoAudience, demoIssuer, demoSecret } from './demo-auth.js';
import { type DemoCounty, demoRoutes } from './demo-routes.js';
import { calendar, effects, guards, kitCaseTypes } from './kit.js';
import { pageFiles } from './page-files.js';
import { simulateCounty } from './seed/simulate-county.js';
import { writeEvents } from './seed/write-events.js';

/**
 * Options of {@link startDemo}.
 *
 * @example
 * ```ts
 * const options: DemoOptions = { dataDir: '.data', port: 0, reset: true, log: () => {} };
 * ```
 */
export interface DemoOptions {
  /** Where the database lives between runs (default: this example's `.data` folder). */
  readonly dataDir?: string;
  /** The TCP port (default 5173; 0 picks a free one). */
  readonly port?: number;
  /** The address to listen on (default `localhost`). */
  readonly hostname?: string;
  /** Milliseconds since the epoch (default `Date.now`): events, deadlines and tokens use it. */
  readonly clock?: () => number;
  /** Forget the data (the database and the seeding record) first, and seed again. */
  readonly reset?: boolean;
  /** Where progress lines go (default `console.log`). */
  readonly log?: (line: string) => void;
  /** The built page (default: this example's `dist/page`, written by `buildPage`). */
  readonly pageDir?: string;
  /** Milliseconds between deadline ticks (default 60 000); `false`: only `scheduler.tick()`. */
  readonly schedulerIntervalMs?: number | false;
}

/**
 * The running demo: where it listens, and its parts, for tests and scripts.
 *
 * @example
 * ```ts
 * const demo: RunningDemo = await startDemo({ port: 0 });
 * await demo.close();
 * ```
 */
export interface RunningDemo {
  readonly url: string;
  readonly port: number;
  /** The casegrid server (mounted at `/api`) and its engine. */
  readonly app: CaseGridApp;
  readonly db: Database;
  readonly store: SqlStore;
  /** The deadline scheduler; `tick()` runs one round now. */
  readonly scheduler: Scheduler | undefined;
  readonly people: readonly DemoPerson[];
  /** What this start did: how long it took, and what it seeded (nothing when the data was there). */
  readonly startup: { readonly ms: number; readonly seededEvents: number | undefined };
  close(): Promise<void>;
}

const defaultDataDir = fileURLToPath(new URL('../.data', import.meta.url));
const defaultPageDir = fileURLToPath(new URL('../dist/page', import.meta.url));

interface SeedRecord {
  readonly generation: string;
  readonly seededAt: string;
  readonly events: number;
}

/**
 * Starts the demo county portal: the casegrid server on an embedded PGlite database in
 * `dataDir` (seeded with the county's history when empty), the demo's sign-in route and the
 * built page, on one port. The page is built separately (`buildPage`).
 *
 * @example
 * ```ts
 * await buildPage();
 * const demo = await startDemo({ port: 5173 });
 * console.log(`open ${demo.url}`);
 * ```
 */
export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const started = performance.now();
  const dataDir = options.dataDir ?? defaultDataDir;
  const clock = options.clock ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(line));
  // Only what the demo wrote is ever deleted: the database folder and the seeding record.
  const databaseDir = join(dataDir, 'pglite');
  const recordFile = join(dataDir, 'demo.json');
  const forget = () =>
    Promise.all([
      rm(databaseDir, { recursive: true, force: true }),
      rm(recordFile, { force: true }),
    ]);
  if (options.reset) await forget();
  // demo.json is written last: without it the database holds a seeding that did not finish.
  let record = await readFile(recordFile, 'utf8').then(
    (text) => JSON.parse(text) as SeedRecord,
    () => undefined,
  );
  if (!record) await forget();
  await mkdir(dataDir, { recursive: true });

  const org = createOrg(county);
  const caseTypes = kitCaseTypes();
  const db = await pgliteDatabase({ dataDir: databaseDir });
  let seededEvents: number | undefined;
  try {
    await migrate(db);
    const store = sqlStore(db);
    if (!record) {
      log('Seeding the demo county (松岭县 Songling County)…');
      const events = await simulateCounty({
        caseTypes,
        org,
        guards,
        effects,
        calendar,
        now: clock(),
      });
      await writeEvents(store, events);
      record = {
        generation: randomUUID(),
        seededAt: new Date(clock()).toISOString(),
        events: events.length,
      };
      await writeFile(recordFile, JSON.stringify(record, null, 2));
      seededEvents = events.length;
    }

    const app = createServer({
      caseTypes,
      org,
      store,
      clock,
      guards,
      effects,
      calendar,
      authenticate: bearerAuth({
        secret: demoSecret,
        issuer: demoIssuer,
        audience: demoAudience,
        org,
        clock,
      }),
    });
    const scheduler =
      options.schedulerIntervalMs === false
        ? undefined
        : startScheduler({
            engine: app.engine,
            db,
            intervalMs: options.schedulerIntervalMs ?? 60_000,
          });

    const portal = new Hono();
    portal.route('/api', app);
    const demoCounty: DemoCounty = {
      generation: record.generation,
      units: county.units,
      people,
    };
    demoRoutes(portal, { county: demoCounty, clock });
    pageFiles(portal, options.pageDir ?? defaultPageDir);

    const hostname = options.hostname ?? 'localhost';
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const listening = serve({ fetch: portal.fetch, port: options.port ?? 5173, hostname }, () =>
        resolve(listening),
      );
      listening.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://${hostname}:${port}/`,
      port,
      app,
      db,
      store,
      scheduler,
      people: demoCounty.people,
      startup: { ms: Math.round(performance.now() - started), seededEvents },
      async close() {
        // Open connections (a page's pending sync) would hold `close` back: end them.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await scheduler?.stop();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
