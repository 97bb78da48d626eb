// Bad requests, one table: each answers its status and code as JSON in the request's language
// (zh-CN by default), and none of them changes anything.
import type { ErrorBody } from '@casegrid/server';
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { disputeData, people, type Send, testServer, tokenFor } from './app-support.ts';
import { openOn, type PushResponse, testDevice } from './sync-support.ts';

const server = testServer();
const now = server.clock.now();
const ours = await server.openDispute(people.gridWorker, 'grid-a1-1');
const theirs = await server.openDispute(people.otherGridWorker, 'grid-b1-1');

const tokens = {
  expired: await tokenFor(people.gridWorker, { now: now - 7_200_000, expiresIn: 3600 }),
  forged: await tokenFor(people.gridWorker, {
    now,
    secret: new TextEncoder().encode('another-secret-of-thirty-two-bytes-or-more'),
  }),
  stranger: await tokenFor({ id: 'nobody', unit: 'village-a1', roles: ['grid-worker'] }, { now }),
  unsigned: new UnsecuredJWT({ unit: 'village-a1', roles: ['grid-worker'] })
    .setSubject('zhang-san')
    .setExpirationTime(Math.floor(now / 1000) + 3600)
    .encode(),
  notYet: await new SignJWT({ unit: 'village-a1', roles: ['grid-worker'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('zhang-san')
    .setNotBefore(Math.floor(now / 1000) + 3600)
    .sign(new TextEncoder().encode('test-secret-of-at-least-thirty-two-bytes!')),
};

const device = testDevice();
// The device says a county director reported in West Town; the token is a village-a1 grid worker.
const claimedOpen = await openOn(device, people.countyDirector, disputeData, 'grid-b1-1');
const devicePerform = await device.act((engine) =>
  engine.perform(claimedOpen.caseId, 'accept', { actor: people.countyDirector }),
);
const claimedAccept = { ...devicePerform, caseId: ours.id, expectedSeq: 1 };
claimedAccept.events = [{ ...devicePerform.events[0]!, caseId: ours.id, seq: 2 }];

const validAction = { ...claimedOpen };
const push = (actions: unknown, extra: object = {}) => ({ device: 'phone-1', actions, ...extra });
const event = claimedOpen.events[0]!;
const big = 'x'.repeat(1024 * 1024 + 1);

interface Row {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  readonly send: Send;
  readonly status: number;
  /** The error code; for a push answered 200, the code of its first result. */
  readonly code: string;
}

const gw = people.gridWorker;
const json = (body: unknown): Send => ({ as: gw, body });
const raw = (text: string, type = 'application/json'): Send => ({
  as: gw,
  raw: text,
  headers: { 'content-type': type },
});
const act = `/cases/${ours.id}/actions`;

const rows: Row[] = [
  // Who is asking
  {
    name: 'no token',
    method: 'GET',
    path: '/cases',
    send: {},
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'expired token',
    method: 'GET',
    path: '/cases',
    send: { token: tokens.expired },
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'forged token',
    method: 'GET',
    path: '/cases',
    send: { token: tokens.forged },
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'unsigned token (alg none)',
    method: 'GET',
    path: '/cases',
    send: { token: tokens.unsigned },
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'token not valid yet',
    method: 'GET',
    path: '/cases',
    send: { token: tokens.notYet },
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'token of a person not in the org',
    method: 'POST',
    path: '/sync/push',
    send: { token: tokens.stranger, body: push([validAction]) },
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'garbage token',
    method: 'GET',
    path: '/cases',
    send: { token: 'not.a.jwt' },
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'Basic credentials',
    method: 'GET',
    path: '/case-types',
    send: { headers: { authorization: 'Basic emhhbmc6c2Fu' } },
    status: 401,
    code: 'unauthenticated',
  },
  {
    name: 'no token on a push',
    method: 'POST',
    path: '/sync/push',
    send: { body: push([validAction]) },
    status: 401,
    code: 'unauthenticated',
  },
  // Unknown endpoints
  {
    name: 'unknown path',
    method: 'GET',
    path: '/nothing-here',
    send: { as: gw },
    status: 404,
    code: 'not-found',
  },
  {
    name: 'unknown method',
    method: 'DELETE',
    path: `/cases/${ours.id}`,
    send: { as: gw },
    status: 404,
    code: 'not-found',
  },
  // POST /cases
  {
    name: 'open: malformed JSON',
    method: 'POST',
    path: '/cases',
    send: raw('{"typeId": "dispute",'),
    status: 400,
    code: 'invalid-json',
  },
  {
    name: 'open: text/plain',
    method: 'POST',
    path: '/cases',
    send: raw('{}', 'text/plain'),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'open: form-encoded',
    method: 'POST',
    path: '/cases',
    send: raw('typeId=dispute', 'application/x-www-form-urlencoded'),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'open: over the body limit',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 'dispute', unit: 'grid-a1-1', data: { summary: big } }),
    status: 413,
    code: 'too-large',
  },
  {
    name: 'open: body is an array',
    method: 'POST',
    path: '/cases',
    send: json([]),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'open: body is null',
    method: 'POST',
    path: '/cases',
    send: raw('null'),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'open: typeId a number',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 7, unit: 'grid-a1-1', data: disputeData }),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'open: unit missing',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 'dispute', data: disputeData }),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'open: unit an array',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 'dispute', unit: ['grid-a1-1'], data: disputeData }),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'open: data a string',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 'dispute', unit: 'grid-a1-1', data: 'x' }),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'open: id empty',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 'dispute', unit: 'grid-a1-1', data: disputeData, id: '' }),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'open: an actor in the body',
    method: 'POST',
    path: '/cases',
    send: json({
      typeId: 'dispute',
      unit: 'grid-a1-1',
      data: disputeData,
      actor: people.countyDirector,
    }),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'open: unknown case type',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 'parking', unit: 'grid-a1-1', data: {} }),
    status: 404,
    code: 'not-found',
  },
  {
    name: 'open: unknown unit',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 'dispute', unit: 'grid-z9', data: disputeData }),
    status: 404,
    code: 'not-found',
  },
  {
    name: 'open: unit out of scope',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 'dispute', unit: 'grid-b1-1', data: disputeData }),
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'open: data invalid for the type',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 'dispute', unit: 'grid-a1-1', data: { parties: [] } }),
    status: 422,
    code: 'invalid-input',
  },
  {
    name: 'open: role may not open',
    method: 'POST',
    path: '/cases',
    send: {
      as: people.waterStaff,
      body: { typeId: 'dispute', unit: 'county-water', data: disputeData },
    },
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'open: id of an existing case',
    method: 'POST',
    path: '/cases',
    send: json({ typeId: 'dispute', unit: 'grid-a1-1', data: disputeData, id: ours.id }),
    status: 409,
    code: 'conflict',
  },
  // POST /cases/:id/actions/:name
  {
    name: 'act: unknown case',
    method: 'POST',
    path: '/cases/nope/actions/accept',
    send: json({}),
    status: 404,
    code: 'not-found',
  },
  {
    name: 'act: another village’s case',
    method: 'POST',
    path: `/cases/${theirs.id}/actions/accept`,
    send: json({}),
    status: 404,
    code: 'not-found',
  },
  {
    name: 'act: unknown action',
    method: 'POST',
    path: `${act}/fly`,
    send: json({}),
    status: 404,
    code: 'not-found',
  },
  {
    name: 'act: not from this state',
    method: 'POST',
    path: `${act}/resolve`,
    send: json({ input: { agreement: '已调解', partiesAgree: true } }),
    status: 409,
    code: 'not-available',
  },
  {
    name: 'act: role may not',
    method: 'POST',
    path: `${act}/accept`,
    send: { as: people.householdHead, body: {} },
    status: 403,
    code: 'forbidden',
  },
  {
    name: 'act: input of the wrong type',
    method: 'POST',
    path: `${act}/escalate`,
    send: { as: people.villageMediator, body: { input: 'because' } },
    status: 422,
    code: 'invalid-input',
  },
  {
    name: 'act: input missing a field',
    method: 'POST',
    path: `${act}/escalate`,
    send: { as: people.villageMediator, body: { input: {} } },
    status: 422,
    code: 'invalid-input',
  },
  {
    name: 'act: an actor in the body',
    method: 'POST',
    path: `${act}/accept`,
    send: json({ actor: people.villageMediator }),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'act: malformed JSON',
    method: 'POST',
    path: `${act}/accept`,
    send: raw('{input:'),
    status: 400,
    code: 'invalid-json',
  },
  {
    name: 'act: wrong content type',
    method: 'POST',
    path: `${act}/accept`,
    send: raw('{}', 'text/xml'),
    status: 415,
    code: 'unsupported-media-type',
  },
  // GET /cases and GET /cases/:id
  {
    name: 'list: limit not a number',
    method: 'GET',
    path: '/cases?limit=abc',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'list: limit zero',
    method: 'GET',
    path: '/cases?limit=0',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'list: offset negative',
    method: 'GET',
    path: '/cases?offset=-1',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'list: overdue not a boolean',
    method: 'GET',
    path: '/cases?overdue=yes',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'list: closed not a boolean',
    method: 'GET',
    path: '/cases?closed=1',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'list: dueBefore not an instant',
    method: 'GET',
    path: '/cases?dueBefore=tomorrow',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'list: typeId twice',
    method: 'GET',
    path: '/cases?typeId=a&typeId=b',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'list: typeId empty',
    method: 'GET',
    path: '/cases?typeId=',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'list: unknown parameter',
    method: 'GET',
    path: '/cases?status=open',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'read: unknown case',
    method: 'GET',
    path: '/cases/nope',
    send: { as: gw },
    status: 404,
    code: 'not-found',
  },
  {
    name: 'read: another village’s case',
    method: 'GET',
    path: `/cases/${theirs.id}`,
    send: { as: gw },
    status: 404,
    code: 'not-found',
  },
  // GET /sync/pull
  {
    name: 'pull: since negative',
    method: 'GET',
    path: '/sync/pull?since=-1',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'pull: since not a number',
    method: 'GET',
    path: '/sync/pull?since=now',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'pull: since a fraction',
    method: 'GET',
    path: '/sync/pull?since=1.5',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'pull: limit zero',
    method: 'GET',
    path: '/sync/pull?limit=0',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'pull: unknown parameter',
    method: 'GET',
    path: '/sync/pull?after=3',
    send: { as: gw },
    status: 400,
    code: 'invalid-input',
  },
  // POST /sync/push
  {
    name: 'push: malformed JSON',
    method: 'POST',
    path: '/sync/push',
    send: raw('{"device":'),
    status: 400,
    code: 'invalid-json',
  },
  {
    name: 'push: wrong content type',
    method: 'POST',
    path: '/sync/push',
    send: raw('{}', 'text/plain'),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'push: over the body limit',
    method: 'POST',
    path: '/sync/push',
    send: json(push([], { pad: big })),
    status: 413,
    code: 'too-large',
  },
  {
    name: 'push: device missing',
    method: 'POST',
    path: '/sync/push',
    send: json({ actions: [] }),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: device a number',
    method: 'POST',
    path: '/sync/push',
    send: json({ device: 1, actions: [] }),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: actions not an array',
    method: 'POST',
    path: '/sync/push',
    send: json(push({})),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: an actor beside the actions',
    method: 'POST',
    path: '/sync/push',
    send: json(push([validAction], { actor: people.countyDirector })),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: action id missing',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...validAction, id: undefined }])),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: caseId a number',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...validAction, caseId: 3 }])),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: expectedSeq negative',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...validAction, expectedSeq: -1 }])),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: expectedSeq a string',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...validAction, expectedSeq: '0' }])),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: no events',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...validAction, events: [] }])),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: unknown event type',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...validAction, events: [{ ...event, type: 'deleted' }] }])),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: event seq zero',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...validAction, events: [{ ...event, seq: 0 }] }])),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: event data an array',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...validAction, events: [{ ...event, data: [] }] }])),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: event actor missing',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...validAction, events: [{ ...event, actor: undefined }] }])),
    status: 400,
    code: 'invalid-input',
  },
  {
    name: 'push: unknown property on an action',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...validAction, actor: people.countyDirector }])),
    status: 400,
    code: 'invalid-input',
  },
  // Pushes that parse but may not be applied: the payload's actor is not trusted.
  {
    name: 'push: open claimed by a county director, sent by a grid worker',
    method: 'POST',
    path: '/sync/push',
    send: json(push([claimedOpen])),
    status: 200,
    code: 'forbidden',
  },
  {
    name: 'push: accept claimed by a director, sent by a household head',
    method: 'POST',
    path: '/sync/push',
    send: { as: people.householdHead, body: push([claimedAccept]) },
    status: 200,
    code: 'forbidden',
  },
  {
    name: 'push: accept on another village’s case',
    method: 'POST',
    path: '/sync/push',
    send: { as: people.otherGridWorker, body: push([claimedAccept]) },
    status: 200,
    code: 'not-found',
  },
  {
    name: 'push: action id not its first event’s',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...claimedAccept, id: 'other-id' }])),
    status: 200,
    code: 'invalid-input',
  },
  {
    name: 'push: behind the server',
    method: 'POST',
    path: '/sync/push',
    send: json(push([{ ...claimedAccept, expectedSeq: 0 }])),
    status: 200,
    code: 'conflict',
  },
  {
    name: 'push: a deadline event',
    method: 'POST',
    path: '/sync/push',
    send: json(
      push([
        { ...claimedAccept, events: [{ ...claimedAccept.events[0]!, type: 'deadline-passed' }] },
      ]),
    ),
    status: 200,
    code: 'invalid-input',
  },
];

describe('bad requests', () => {
  it('cover at least 40 cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it.each(rows)('$name → $status $code', async ({ method, path, send, status, code }) => {
    const before = await server.logPosition();
    const response = await server.send(method, path, send);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    if (status === 200) {
      const { results } = (await response.json()) as PushResponse;
      const result = results[0];
      expect(result?.status).not.toBe('accepted');
      expect(result?.status !== 'accepted' && result?.error.code).toBe(code);
    } else {
      const body = (await response.json()) as ErrorBody;
      expect(body.code).toBe(code);
      // zh-CN when the request names no language.
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
      if (status === 400 && code === 'invalid-input')
        expect(body.issues?.length).toBeGreaterThan(0);
    }
    expect(await server.logPosition()).toBe(before);
  });

  it('answer in English when asked', async () => {
    const response = await server.send('GET', '/cases?limit=0', {
      as: gw,
      headers: { 'accept-language': 'en;q=0.8, zh-CN;q=0.5' },
    });
    const body = (await response.json()) as ErrorBody;
    expect(body).toMatchObject({
      code: 'invalid-input',
      message: 'The request is invalid.',
      issues: [{ path: '/limit', message: 'Must be a whole number of at least 1.' }],
    });
  });

  it('ask for a bearer token on 401', async () => {
    const response = await server.send('GET', '/cases');
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });
});
