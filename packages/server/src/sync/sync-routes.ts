import type { Hono } from 'hono';
import { pullParamsOf } from '../app/query-params.js';
import { readJsonBody } from '../app/read-body.js';
import type { CaseGridEnv, ServerContext } from '../app/server-context.js';
import { type PushRequest, pushRequestSchema } from './protocol.js';
import { pullEvents } from './pull.js';
import { pushActions } from './push.js';

/**
 * `POST /sync/push` and `GET /sync/pull`: the device sync protocol of `@casegrid/core`.
 *
 * @example
 * ```ts
 * registerSyncRoutes(app, context);
 * ```
 */
export function registerSyncRoutes(app: Hono<CaseGridEnv>, context: ServerContext): void {
  app.post('/sync/push', async (c) => {
    const locale = c.get('locale');
    const body = (await readJsonBody(c.req.raw, pushRequestSchema, locale)) as PushRequest;
    return c.json(await pushActions(context.push, body, c.get('actor'), locale));
  });

  app.get('/sync/pull', async (c) => {
    const page = pullParamsOf(new URL(c.req.url), c.get('locale'));
    return c.json(await pullEvents(context, c.get('actor'), page));
  });
}
