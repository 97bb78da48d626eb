import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { type Database, pgDatabase, pgliteDatabase } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import { type Scheduler, startScheduler } from '../scheduler/start-scheduler.js';
import { sqlStore } from '../store/sql-store.js';
import { type CaseGridApp, createServer, type ServerOptions } from './create-server.js';

/**
 * Options of {@link serve}: the server's, with the storage and the listener instead of a store.
 *
 * @example
 * ```ts
 * const options: ServeOptions = { caseTypes, org, authenticate, port: 0, dataDir: './data' };
 * ```
 */
export interface ServeOptions extends Omit<ServerOptions, 'store'> {
  /** The TCP port (default 8080; 0 picks a free one). */
  readonly port?: number;
  /** The address to listen on (default: all). */
  readonly hostname?: string;
  /** A PostgreSQL URL; without it the data lives in an embedded PGlite in `dataDir`. */
  readonly databaseUrl?: string;
  /** The PGlite data folder when there is no `databaseUrl` (default `./casegrid-data`). */
  readonly dataDir?: string;
  /** An open database to use instead (it stays the caller's to close). */
  readonly db?: Database;
  /** Milliseconds between deadline ticks (default 60 000); `false` runs no scheduler. */
  readonly schedulerIntervalMs?: number | false;
}

/**
 * A server that {@link serve} started.
 *
 * @example
 * ```ts
 * const server: RunningServer = await serve(options);
 * console.log(`listening on ${server.url}`);
 * await server.close();
 * ```
 */
export interface RunningServer {
  /** Where it listens, e.g. `http://localhost:8080`. */
  readonly url: string;
  readonly port: number;
  readonly app: CaseGridApp;
  readonly db: Database;
  readonly scheduler: Scheduler | undefined;
  /** Stops listening and the scheduler, then closes the database it opened. */
  close(): Promise<void>;
}

/**
 * Runs casegrid alone: opens the database (PostgreSQL at `databaseUrl`, otherwise PGlite in
 * `dataDir`), brings its schema up to date, starts the deadline scheduler (one process at a
 * time, by advisory lock) and listens with `@hono/node-server`.
 *
 * @example
 * ```ts
 * const server = await serve({
 *   caseTypes, org, port: 8080, databaseUrl: process.env.DATABASE_URL,
 *   authenticate: bearerAuth({ secret: process.env.CASEGRID_JWT_SECRET!, org }),
 * });
 * process.on('SIGTERM', () => server.close());
 * ```
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const {
    port = 8080,
    hostname,
    databaseUrl,
    dataDir = './casegrid-data',
    schedulerIntervalMs = 60_000,
    db: givenDb,
    ...serverOptions
  } = options;
  const ownDb = givenDb === undefined;
  const db = givenDb ?? (databaseUrl ? pgDatabase(databaseUrl) : await pgliteDatabase({ dataDir }));
  try {
    await migrate(db);
    const app = createServer({ ...serverOptions, store: sqlStore(db) });
    const scheduler =
      schedulerIntervalMs === false
        ? undefined
        : startScheduler({
            engine: app.engine,
            db,
            intervalMs: schedulerIntervalMs,
            ...(options.onError ? { onError: options.onError } : {}),
          });
    const server = await new Promise<ReturnType<typeof listen>>((resolve, reject) => {
      const started = listen({ fetch: app.fetch, port, ...(hostname ? { hostname } : {}) }, () =>
        resolve(started),
      );
      started.once('error', reject);
    });
    const address = server.address() as AddressInfo;
    const host = hostname ?? 'localhost';
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
      port: address.port,
      app,
      db,
      scheduler,
      async close() {
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await scheduler?.stop();
        if (ownDb) await db.close();
      },
    };
  } catch (error) {
    if (ownDb) await db.close();
    throw error;
  }
}
