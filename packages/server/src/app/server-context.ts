import type { Actor, CaseEngine, CaseStore, Locale, Org } from '@casegrid/core';
import type { PushEngineOptions } from '../sync/push.js';

/**
 * The Hono environment of the casegrid app: what its middleware puts on each request's
 * context (`c.get('actor')`, `c.get('locale')`).
 *
 * @example
 * ```ts
 * const parent = new Hono();
 * parent.route('/casegrid', createServer(options)); // a Hono<CaseGridEnv>
 * ```
 */
export interface CaseGridEnv {
  Variables: {
    /** Who sent the request, from `authenticate`. */
    actor: Actor;
    /** The language of the answer, from `Accept-Language`. */
    locale: Locale;
  };
}

/**
 * What the route handlers share: the store, the org and an engine per language.
 *
 * @example
 * ```ts
 * const cases = await context.engine('en').query({ state: 'reported' }, actor);
 * ```
 */
export interface ServerContext {
  readonly store: CaseStore;
  readonly org: Org;
  /** The engine whose issues are in this language. */
  engine(locale: Locale): CaseEngine;
  /** What each push decides with. */
  readonly push: PushEngineOptions;
}
