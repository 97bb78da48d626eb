import { SignJWT } from 'jose';

/**
 * The demo's HS256 secret. DEMO ONLY: anyone can read it here and sign in as anyone. A real
 * portal signs tokens with its own secret (or key) after its own login, never in the browser's
 * reach.
 *
 * @example
 * ```ts
 * bearerAuth({ secret: demoSecret, issuer: demoIssuer, audience: demoAudience, org });
 * ```
 */
export const demoSecret = 'casegrid-demo-secret-NOT-for-production-use';

/** Who demo tokens say they are from (see {@link demoSecret} for an example). */
export const demoIssuer = 'casegrid-county-portal-demo';
/** Whom demo tokens are for (see {@link demoSecret} for an example). */
export const demoAudience = 'casegrid';

const tokenLifetimeSeconds = 30 * 24 * 3600;

/**
 * Signs a bearer token for a person of the demo county, as a portal's login would after it
 * checked a password. The server's `bearerAuth` reads the person from `sub` and takes their unit
 * and roles from the org, so the token cannot grant more than the org does.
 *
 * @example
 * ```ts
 * const token = await demoToken('wang-fang', Date.now());
 * await fetch('/api/cases', { headers: { authorization: `Bearer ${token}` } });
 * ```
 */
export function demoToken(personId: string, now: number): Promise<string> {
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(personId)
    .setIssuer(demoIssuer)
    .setAudience(demoAudience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + tokenLifetimeSeconds)
    .sign(new TextEncoder().encode(demoSecret));
}
