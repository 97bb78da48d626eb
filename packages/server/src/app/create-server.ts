import {
  type CaseEngine,
  CaseGridError,
  type CaseStore,
  type CaseType,
  createEngine,
  createOrg,
  type EffectFunction,
  type GuardFunction,
  type Locale,
  type Org,
  type OrgDefinition,
  type WorkingCalendar,
} from '@casegrid/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Authenticate } from '../auth/authenticate.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import { sqlStore } from '../store/sql-store.js';
import { registerSyncRoutes } from '../sync/sync-routes.js';
import { registerCaseRoutes } from './case-routes.js';
import { caseTypeSummary } from './case-type-summary.js';
import { errorAnswer, httpError } from './http-error.js';
import { requestLocale } from './locale.js';
import { message } from './messages.js';
import type { CaseGridEnv, ServerContext } from './server-context.js';

/**
 * Options of {@link createServer}.
 *
 * @example
 * ```ts
 * const options: ServerOptions = { caseTypes, org, store: memoryStore(), authenticate, locale: 'en' };
 * ```
 */
export interface ServerOptions {
  readonly caseTypes: readonly CaseType[];
  readonly org: Org | OrgDefinition;
  /**
   * Where cases live: a database (`pgDatabase(url)` or `pgliteDatabase({ dataDir })`), brought
   * up to date before the first request is answered; or any store (`sqlStore(db)`, core's
   * `memoryStore()` in tests). Give one of the two.
   */
  readonly db?: Database;
  readonly store?: CaseStore;
  /**
   * Who sent a request (see {@link bearerAuth}). Without it every request but `GET /health`
   * answers 401: the server never acts for nobody.
   */
  readonly authenticate?: Authenticate;
  /** Milliseconds since the epoch (default `Date.now`): the time written on events. */
  readonly clock?: () => number;
  /** The language when `Accept-Language` names neither zh-CN nor en (default `zh-CN`). */
  readonly locale?: Locale;
  /** The largest request body in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  readonly guards?: Readonly<Record<string, GuardFunction>>;
  readonly effects?: Readonly<Record<string, EffectFunction>>;
  readonly calendar?: WorkingCalendar;
  /** Told of every 5xx and failed deadline tick, with the request if any (default: `console.error`). */
  readonly onError?: (error: unknown, request?: Request) => void;
}

/**
 * The casegrid HTTP API: a Hono app (run alone with `serve` or mounted in another), and an
 * engine over the same store, case types and org, for the deadline scheduler and server code.
 *
 * @example
 * ```ts
 * const app: CaseGridApp = createServer(options);
 * startScheduler({ engine: app.engine, db });
 * ```
 */
export type CaseGridApp = Hono<CaseGridEnv> & { readonly engine: CaseEngine };

const defaultBodyLimit = 1024 * 1024;

/**
 * Creates the casegrid HTTP API over a store: sync (`POST /sync/push`, `GET /sync/pull`),
 * cases (`GET /cases`, `GET /cases/:id`, `POST /cases`, `POST /cases/:id/actions/:name`),
 * `GET /case-types` and `GET /health`. The server is authoritative: every request acts for
 * the actor `authenticate` returns, the engine decides every change, and a case the actor
 * may not see does not exist for it. Errors are JSON `{ code, message, issues? }` in the
 * request's language.
 *
 * Throws `invalid-definition` when the case types name guards, effects, levels or a
 * calendar that are not given.
 *
 * @example
 * ```ts
 * const app = createServer({
 *   caseTypes, org, db: await pgliteDatabase({ dataDir: './casegrid-data' }),
 *   authenticate: bearerAuth({ secret: process.env.CASEGRID_JWT_SECRET!, org }),
 * });
 * portal.route('/casegrid', app); // or run it alone: serve({ caseTypes, org, port: 8080 })
 * ```
 */
export function createServer(options: ServerOptions): CaseGridApp {
  const fallbackLocale = options.locale ?? 'zh-CN';
  const org = 'isWithin' in options.org ? options.org : createOrg(options.org);
  const { db } = options;
  const store = options.store ?? (db === undefined ? undefined : sqlStore(db));
  if (store === undefined || (db !== undefined && options.store !== undefined)) {
    throw new CaseGridError('invalid-input', 'createServer needs either `db` or `store`', [
      { path: '', message: 'Give `db` (a database) or `store` (a case store), not both' },
    ]);
  }
  // The schema is brought up to date once, before the first request is answered.
  let migrated: Promise<unknown> | undefined;
  const engineOptions = {
    caseTypes: options.caseTypes,
    org,
    store,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.guards ? { guards: options.guards } : {}),
    ...(options.effects ? { effects: options.effects } : {}),
    ...(options.calendar ? { calendar: options.calendar } : {}),
  };
  // One engine per language, so that the engine's issues are in the reader's language. The
  // first is made now: a misconfigured case type fails at start, not at the first request.
  const engines = new Map<Locale, CaseEngine>();
  const engine = (locale: Locale) => {
    let found = engines.get(locale);
    if (!found) {
      found = createEngine({ ...engineOptions, locale });
      engines.set(locale, found);
    }
    return found;
  };
  const main = engine(fallbackLocale);
  const context: ServerContext = {
    store,
    org,
    engine,
    push: { ...engineOptions, effectEngine: main },
  };
  const authenticate = options.authenticate ?? (() => undefined);
  const report = options.onError ?? ((error: unknown) => console.error(error));
  const maxSize = options.bodyLimit ?? defaultBodyLimit;

  const app = new Hono<CaseGridEnv>();
  app.onError((error, c) => {
    const { status, body } = errorAnswer(error, c.get('locale') ?? fallbackLocale);
    if (status >= 500) report(error, c.req.raw);
    if (status === 401) c.header('WWW-Authenticate', 'Bearer');
    return c.json(body, status as ContentfulStatusCode);
  });
  app.notFound((c) => {
    const locale = c.get('locale') ?? fallbackLocale;
    const { status, body } = errorAnswer(
      httpError(404, 'not-found', locale, 'routeNotFound', {
        method: c.req.method,
        path: c.req.path,
      }),
      locale,
    );
    return c.json(body, status as ContentfulStatusCode);
  });

  app.use(async (c, next) => {
    c.set('locale', requestLocale(c.req.header('accept-language'), fallbackLocale));
    if (db !== undefined) {
      migrated ??= migrate(db).catch((error: unknown) => {
        migrated = undefined; // try again on the next request
        throw error;
      });
      await migrated;
    }
    await next();
  });

  // Before authentication: a load balancer asks without a token.
  app.get('/health', async (c) => {
    await store.load('health-check');
    return c.json({ status: 'ok' });
  });

  app.use(async (c, next) => {
    const actor = await authenticate(c.req.raw);
    if (!actor) throw httpError(401, 'unauthenticated', c.get('locale'), 'unauthenticated');
    c.set('actor', actor);
    await next();
  });

  app.use(
    bodyLimit({
      maxSize,
      onError: (c) => {
        const locale = c.get('locale');
        const text = message(locale, 'tooLarge', { limit: maxSize });
        return c.json({ code: 'too-large', message: text }, 413);
      },
    }),
  );

  app.get('/case-types', (c) => {
    const all = main.caseTypes.all();
    const caseTypes = all.map((caseType) =>
      caseTypeSummary(caseType, main.caseTypes.latest(caseType.id) === caseType),
    );
    return c.json({ caseTypes });
  });

  registerCaseRoutes(app, context);
  registerSyncRoutes(app, context);
  return Object.assign(app, { engine: main });
}
