// bearerAuth: who a signed token names, and every way a token is refused.
import { bearerAuth } from '@casegrid/server';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { org } from '../../core/test/county.ts';
import { county, people, secret, tokenFor } from './app-support.ts';

const request = (token?: string) =>
  new Request('http://casegrid.test/cases', {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
const edToken = (claims: object, options: { iss?: string; aud?: string } = {}) => {
  let jwt = new SignJWT({ unit: 'village-a1', roles: ['grid-worker'], ...claims })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject('zhang-san')
    .setIssuedAt()
    .setExpirationTime('1h');
  if (options.iss) jwt = jwt.setIssuer(options.iss);
  if (options.aud) jwt = jwt.setAudience(options.aud);
  return jwt.sign(privateKey);
};

describe('bearerAuth with a shared secret (HS256)', () => {
  it('reads the actor from sub, unit and roles', async () => {
    const authenticate = bearerAuth({ secret });
    const actor = await authenticate(request(await tokenFor(people.villageMediator)));
    expect(actor).toEqual({ id: 'li-si', unit: 'village-a1', roles: ['mediator'] });
  });

  it('takes unit and roles from the org when the org lists people', async () => {
    const authenticate = bearerAuth({ secret, org: county });
    // The token claims more than the county gave this person.
    const token = await tokenFor(people.gridWorker, {
      claims: { unit: 'county', roles: ['county-admin'] },
    });
    expect(await authenticate(request(token))).toEqual(people.gridWorker);
  });

  it('refuses a unit the org does not have when the org lists no people', async () => {
    const authenticate = bearerAuth({ secret, org });
    const token = await tokenFor({ id: 'x', unit: 'atlantis', roles: ['grid-worker'] });
    expect(await authenticate(request(token))).toBeUndefined();
    const known = await tokenFor({ id: 'x', unit: 'village-a1', roles: ['grid-worker'] });
    expect(await authenticate(request(known))).toMatchObject({ id: 'x', unit: 'village-a1' });
  });

  it('refuses claims of the wrong shape', async () => {
    const authenticate = bearerAuth({ secret });
    const token = (claims: object) => tokenFor(people.gridWorker, { claims });
    expect(await authenticate(request(await token({ roles: 'grid-worker' })))).toBeUndefined();
    expect(await authenticate(request(await token({ roles: [1] })))).toBeUndefined();
    expect(await authenticate(request(await token({ unit: '' })))).toBeUndefined();
  });

  it('judges expiry by its clock', async () => {
    let now = Date.parse('2026-03-02T01:00:00Z');
    const authenticate = bearerAuth({ secret, clock: () => now });
    const token = await tokenFor(people.gridWorker, { now, expiresIn: 60 });
    expect(await authenticate(request(token))).toBeDefined();
    now += 120_000;
    expect(await authenticate(request(token))).toBeUndefined();
  });

  it('refuses a secret shorter than 32 bytes, and both or neither key', () => {
    expect(() => bearerAuth({ secret: 'short' })).toThrow(/32 bytes/);
    expect(() => bearerAuth({})).toThrow(/exactly one/);
    expect(() => bearerAuth({ secret, publicKey: 'pem' })).toThrow(/exactly one/);
  });
});

describe('bearerAuth with a public key (EdDSA)', () => {
  it('verifies with a PEM public key, a JWK or a CryptoKey', async () => {
    const token = await edToken({});
    for (const key of [await exportSPKI(publicKey), await exportJWK(publicKey), publicKey]) {
      const actor = await bearerAuth({ publicKey: key })(request(token));
      expect(actor).toEqual({ id: 'zhang-san', unit: 'village-a1', roles: ['grid-worker'] });
    }
  });

  it('refuses an HS256 token signed with the public key’s bytes (algorithm confusion)', async () => {
    const pem = await exportSPKI(publicKey);
    const confused = await new SignJWT({ unit: 'county', roles: ['county-admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(pem));
    expect(await bearerAuth({ publicKey: pem })(request(confused))).toBeUndefined();
  });

  it('checks issuer and audience when told to', async () => {
    const authenticate = bearerAuth({ publicKey, issuer: 'portal', audience: 'casegrid' });
    const good = await edToken({}, { iss: 'portal', aud: 'casegrid' });
    expect(await authenticate(request(good))).toBeDefined();
    expect(
      await authenticate(request(await edToken({}, { iss: 'evil', aud: 'casegrid' }))),
    ).toBeUndefined();
    expect(await authenticate(request(await edToken({}, { iss: 'portal' })))).toBeUndefined();
  });

  it('refuses a token signed by another key', async () => {
    const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const authenticate = bearerAuth({ publicKey: other.publicKey });
    expect(await authenticate(request(await edToken({})))).toBeUndefined();
    expect(await authenticate(request())).toBeUndefined();
  });
});
