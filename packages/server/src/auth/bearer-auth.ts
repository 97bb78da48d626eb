import { type Actor, CaseGridError, createOrg, type Org, type OrgDefinition } from '@casegrid/core';
import { type CryptoKey, importJWK, importSPKI, type JWK, type JWTPayload, jwtVerify } from 'jose';
import type { Authenticate } from './authenticate.js';

/**
 * Options of {@link bearerAuth}: a shared secret (HS256) or a public key (EdDSA), not both.
 *
 * @example
 * ```ts
 * const options: BearerAuthOptions = { publicKey: pem, issuer: 'county-portal', audience: 'casegrid' };
 * ```
 */
export interface BearerAuthOptions {
  /** HS256 shared secret, at least 32 bytes. */
  readonly secret?: string | Uint8Array;
  /** EdDSA (Ed25519) public key: SPKI PEM text, a public JWK, or a `CryptoKey`. */
  readonly publicKey?: string | JWK | CryptoKey;
  /** The `iss` the token must carry. */
  readonly issuer?: string | readonly string[];
  /** The `aud` the token must carry. */
  readonly audience?: string | readonly string[];
  /**
   * The county's org. When it lists people, the token's `sub` must be one of them and the
   * actor's unit and roles are the org's (a token cannot grant more); otherwise the `unit`
   * claim must be one of its units.
   */
  readonly org?: Org | OrgDefinition;
  /** Leeway for `exp` and `nbf`, in seconds (default 5). */
  readonly clockTolerance?: number;
  /** Milliseconds since the epoch (default `Date.now`): when tokens are judged. */
  readonly clock?: () => number;
}

const minSecretBytes = 32;
const maxClaim = 128;

/**
 * The default {@link Authenticate}: verifies `Authorization: Bearer <jwt>`, signed HS256 with a
 * shared secret or EdDSA with a public key, and reads the actor from its claims: `sub` (the
 * person's id), `unit` (their unit), `roles` (their roles) and optionally `name`. A missing,
 * expired, not-yet-valid, forged or malformed token gives `undefined` (the server answers 401).
 *
 * @example
 * ```ts
 * const app = createServer({
 *   caseTypes, org, store,
 *   authenticate: bearerAuth({ secret: process.env.CASEGRID_JWT_SECRET, issuer: 'county-portal', org }),
 * });
 * ```
 */
export function bearerAuth(options: BearerAuthOptions): Authenticate {
  const { secret, publicKey } = options;
  if ((secret === undefined) === (publicKey === undefined)) {
    throw new CaseGridError(
      'invalid-definition',
      'bearerAuth needs exactly one of `secret` (HS256) or `publicKey` (EdDSA).',
    );
  }
  const secretBytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  if (secretBytes && secretBytes.byteLength < minSecretBytes) {
    throw new CaseGridError(
      'invalid-definition',
      `The HS256 secret must be at least ${minSecretBytes} bytes long.`,
    );
  }
  const key: Promise<CryptoKey | Uint8Array> = secretBytes
    ? Promise.resolve(secretBytes)
    : importPublicKey(publicKey!);
  // A key that cannot be imported is the integrator's mistake: report it once, not per request.
  key.catch(() => {});
  const algorithms = secretBytes ? ['HS256'] : ['EdDSA', 'Ed25519'];
  const org = options.org && ('isWithin' in options.org ? options.org : createOrg(options.org));
  const now = options.clock ?? Date.now;

  return async (request) => {
    const token = bearerToken(request.headers.get('authorization'));
    if (!token) return undefined;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await key, {
        algorithms,
        clockTolerance: options.clockTolerance ?? 5,
        currentDate: new Date(now()),
        ...(options.issuer !== undefined ? { issuer: [options.issuer].flat() } : {}),
        ...(options.audience !== undefined ? { audience: [options.audience].flat() } : {}),
      }));
    } catch {
      return undefined;
    }
    return actorOf(payload, org);
  };
}

function bearerToken(header: string | null): string | undefined {
  const match = /^Bearer +([A-Za-z0-9_.~+/=-]+) *$/i.exec(header ?? '');
  return match?.[1];
}

async function importPublicKey(key: string | JWK | CryptoKey): Promise<CryptoKey> {
  if (typeof key === 'string') return importSPKI(key, 'EdDSA');
  if ('usages' in key && 'algorithm' in key) return key;
  const imported = await importJWK(key, 'EdDSA');
  if (imported instanceof Uint8Array) {
    throw new CaseGridError('invalid-definition', 'The public key must be an OKP (Ed25519) JWK.');
  }
  return imported;
}

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= maxClaim;

/** The actor a verified token names, or `undefined` when its claims do not make one. */
function actorOf(payload: JWTPayload, org: Org | undefined): Actor | undefined {
  const { sub, unit, roles, name } = payload as JWTPayload & Record<string, unknown>;
  if (!isText(sub)) return undefined;
  if (org?.hasPeople) return org.person(sub);
  if (!isText(unit) || !Array.isArray(roles) || roles.length > 50 || !roles.every(isText)) {
    return undefined;
  }
  if (org && !org.unit(unit)) return undefined;
  return { id: sub, unit, roles: [...roles], ...(isText(name) ? { name } : {}) };
}
