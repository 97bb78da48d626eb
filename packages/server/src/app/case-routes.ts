import { type Actor, type CaseView, canSee, type Locale } from '@casegrid/core';
import type { Hono } from 'hono';
import { findEvents } from '../sync/find-events.js';
import { httpError } from './http-error.js';
import { caseFilterOf } from './query-params.js';
import { readJsonBody } from './read-body.js';
import {
  type OpenCaseBody,
  openCaseBodySchema,
  type PerformActionBody,
  performActionBodySchema,
} from './request-bodies.js';
import type { CaseGridEnv, ServerContext } from './server-context.js';

/**
 * `GET /cases`, `GET /cases/:id`, `POST /cases` and `POST /cases/:id/actions/:name`. A case
 * the actor may not see answers 404 exactly as a case that does not exist. `GET /cases/:id`
 * gives each history event's log position beside it (`positions`), so that a device can take
 * the whole history of a case that came into its scope partway (docs/developer/sync.md).
 *
 * @example
 * ```ts
 * registerCaseRoutes(app, context);
 * ```
 */
export function registerCaseRoutes(app: Hono<CaseGridEnv>, context: ServerContext): void {
  /** The case, if it exists and the actor may see it; otherwise the same 404 either way. */
  async function visibleCase(caseId: string, actor: Actor, locale: Locale): Promise<CaseView> {
    const view = await context.store.load(caseId);
    if (!view || !canSee(context, actor, view)) {
      throw httpError(404, 'not-found', locale, 'caseNotFound', { id: caseId });
    }
    return view;
  }

  app.get('/cases', async (c) => {
    const locale = c.get('locale');
    const filter = caseFilterOf(new URL(c.req.url), locale);
    const cases = await context.engine(locale).query(filter, c.get('actor'));
    return c.json({ cases });
  });

  app.get('/cases/:id', async (c) => {
    const locale = c.get('locale');
    const actor = c.get('actor');
    const view = await visibleCase(c.req.param('id'), actor, locale);
    const engine = context.engine(locale);
    const [history, available] = await Promise.all([
      engine.history(view.id),
      engine.available(view.id, actor),
    ]);
    // Positions cost a second read (a log scan on stores without findEvents): only a device
    // filling a gap in its log asks for them.
    if (c.req.query('positions') !== 'true') return c.json({ case: view, history, available });
    const found = await findEvents(
      context.store,
      history.map((event) => event.id),
    );
    const positions = history.map((event) => found.get(event.id)?.position ?? null);
    return c.json({ case: view, history, positions, available });
  });

  app.post('/cases', async (c) => {
    const locale = c.get('locale');
    const body = (await readJsonBody(c.req.raw, openCaseBodySchema, locale)) as OpenCaseBody;
    const view = await context.engine(locale).open(body.typeId, {
      data: body.data,
      unit: body.unit,
      actor: c.get('actor'),
      ...(body.id !== undefined ? { id: body.id } : {}),
    });
    return c.json({ case: view }, 201);
  });

  app.post('/cases/:id/actions/:name', async (c) => {
    const locale = c.get('locale');
    const actor = c.get('actor');
    const body = (await readJsonBody(c.req.raw, performActionBodySchema, locale, {
      optional: true,
    })) as PerformActionBody | undefined;
    const view = await visibleCase(c.req.param('id'), actor, locale);
    const after = await context.engine(locale).perform(view.id, c.req.param('name'), {
      actor,
      input: body?.input,
    });
    return c.json({ case: after });
  });
}
