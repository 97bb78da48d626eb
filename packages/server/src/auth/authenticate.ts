import type { Actor } from '@casegrid/core';

/**
 * The integrator's login hook: who sent this request, or `undefined` for nobody (the server
 * answers 401). The actor it returns is the only one the server acts for: an actor written
 * in a request body is never trusted.
 *
 * @example
 * ```ts
 * const authenticate: Authenticate = async (request) => {
 *   const session = await sessions.get(request.headers.get('cookie'));
 *   return session ? { id: session.userId, unit: session.unit, roles: session.roles } : undefined;
 * };
 * ```
 */
export type Authenticate = (request: Request) => Actor | undefined | Promise<Actor | undefined>;
