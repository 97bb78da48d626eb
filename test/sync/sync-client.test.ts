import { type CaseGridError, type SyncStatus, SyncTransportError } from '@casegrid/core';
import { describe, expect, it, vi } from 'vitest';
import { hazardData, people } from '../../packages/core/test/county.js';
import { type TestCounty, testCounty, testDevice, viewsOf } from './sync-support.js';

const { gridWorker, villageMediator, townDirector } = people;
const reason = { reason: '双方分歧较大，需镇里协调' };

/** A dispute opened on one device and synced, then pulled by the others. */
async function sharedCase(county: TestCounty) {
  const a = testDevice(county, 'a', gridWorker);
  const b = testDevice(county, 'b', villageMediator);
  const { id } = await a.openDispute();
  await a.client.sync();
  await b.client.sync();
  return { a, b, id };
}

describe('syncClient: push', () => {
  it("pushes a local action, and the server confirms it with the server's own time", async () => {
    const county = testCounty();
    const device = testDevice(county, 'a', gridWorker);
    const { id } = await device.openDispute();
    expect((await device.store.load(id))?.openedAt).toBe('2026-03-02T00:30:00.000Z');

    const report = await device.client.sync();

    expect(report).toMatchObject({ ran: true, confirmed: 1, rejected: 0, retaken: 0 });
    expect(await device.store.outbox.count()).toBe(0);
    expect(await device.store.events(id)).toEqual(await county.store.events(id));
    expect(await device.store.load(id)).toEqual(await county.store.load(id));
    expect((await device.store.load(id))?.openedAt).toBe('2026-03-02T01:00:00.000Z');
    expect(device.settled).toEqual([
      { eventId: device.written[0], outcome: 'confirmed', serverPosition: 1 },
    ]);
    expect(await device.store.checkpoint()).toBe(1);
  });

  it('pushes actions grouped by action id, each with the seq its case had before it', async () => {
    const county = testCounty();
    const device = testDevice(county, 'a', gridWorker);
    const { id } = await device.openDispute();
    await device.engine.perform(id, 'accept', { actor: gridWorker });
    await device.client.sync();
    expect(device.link.pushes[0]?.actions.map((a) => [a.id, a.caseId, a.expectedSeq])).toEqual([
      [device.written[0], id, 0],
      [device.written[1], id, 1],
    ]);
    expect(device.link.pushes[0]?.device).toBe('a');
  });

  it("keeps the order of one device's events on the server, across batches", async () => {
    const county = testCounty();
    const device = testDevice(county, 'a', gridWorker, { client: { batchSize: 2 } });
    const first = await device.openDispute();
    const second = await device.openDispute('grid-a1-2');
    await device.engine.perform(second.id, 'accept', { actor: gridWorker });
    await device.engine.perform(first.id, 'accept', { actor: gridWorker });
    await device.engine.perform(first.id, 'resolve', {
      actor: gridWorker,
      input: { agreement: '以现有围墙为界', partiesAgree: true },
    });

    await device.client.sync();

    expect(device.link.pushes.map((push) => push.actions.length)).toEqual([2, 2, 1]);
    expect((await county.log()).map((e) => e.event.id)).toEqual(device.written);
    expect(await device.store.outbox.count()).toBe(0);
  });
});

describe('syncClient: refused actions', () => {
  it('keeps an action the server refuses (out of scope), with its reason and data, until reapplied', async () => {
    const county = testCounty();
    // The phone still believes Zhang San works for the whole town; the county knows better.
    const stale = { ...gridWorker, unit: 'town-a' };
    const device = testDevice(county, 'a', gridWorker, { believed: stale });
    const { id } = await device.openDispute('grid-a2-1');

    const report = await device.client.sync();

    expect(report).toMatchObject({ confirmed: 0, rejected: 1 });
    const [refused] = await device.store.outbox.rejected();
    expect(refused).toMatchObject({
      event: { id: device.written[0], caseId: id },
      rejection: { code: 'forbidden', message: 'Unit “grid-a2-1” is outside your scope.' },
      inLog: true,
    });
    // It stays visible, with what the person wrote, and nothing reached the server.
    expect((await device.store.load(id))?.data).toMatchObject({ summary: '宅基地边界争议' });
    expect(await county.store.load(id)).toBeUndefined();
    expect(device.settled.at(-1)).toMatchObject({ outcome: 'rejected' });

    // The county moves him up; the person takes the action again.
    county.people.set(gridWorker.id, stale);
    const outcome = await device.client.reapply(device.written[0]!);
    expect(outcome).toEqual({ status: 'reapplied', eventIds: [device.written[1]] });
    expect(await device.store.outbox.rejected()).toEqual([]);
    await device.client.sync();
    expect(await device.store.outbox.count()).toBe(0);
    expect(await device.store.load(id)).toEqual(await county.store.load(id));
  });

  it('discards a refused action: it leaves the case and the outbox', async () => {
    const county = testCounty();
    // The phone believes Zhang San is a town mediator, who may escalate; the county does not.
    const believed = { ...gridWorker, unit: 'town-a', roles: ['grid-worker', 'mediator'] };
    const device = testDevice(county, 'a', gridWorker, { believed });
    const { id } = await device.openDispute();
    await device.engine.perform(id, 'escalate', { actor: believed, input: reason });
    await device.engine.perform(id, 'accept', { actor: believed });

    const report = await device.client.sync();

    expect(report).toMatchObject({ confirmed: 1, rejected: 2 });
    const rejected = await device.store.outbox.rejected();
    expect(rejected.map((e) => [e.event.action, e.rejection.code])).toEqual([
      ['escalate', 'forbidden'],
      ['accept', 'conflict'],
    ]);
    expect(rejected[1]?.rejection.message).toMatch(/earlier change to this case was refused/);
    await expect(device.client.discard(device.written[1]!)).rejects.toMatchObject({
      code: 'conflict',
    });

    await device.client.discard(device.written[2]!);
    await device.client.discard(device.written[1]!);

    expect(await device.store.outbox.count()).toBe(0);
    expect(await device.store.load(id)).toEqual(await county.store.load(id));
    expect(device.settled.slice(-2).map((s) => s.outcome)).toEqual(['discarded', 'discarded']);
  });

  it('reapplies a refused action with the later changes of its case, in order', async () => {
    const county = testCounty();
    const believed = { ...gridWorker, unit: 'town-a', roles: ['grid-worker', 'mediator'] };
    const device = testDevice(county, 'a', gridWorker, { believed });
    const { id } = await device.openDispute();
    await device.engine.perform(id, 'escalate', { actor: believed, input: reason });
    await device.engine.perform(id, 'accept', { actor: believed });
    await device.client.sync();

    // Still refused by the engine? No: the device's engine allows it, so it is taken again.
    const outcome = await device.client.reapply(device.written[1]!);
    expect(outcome.status).toBe('reapplied');
    expect((await device.store.outbox.pending()).map((e) => e.event.action)).toEqual([
      'escalate',
      'accept',
    ]);
    // The county agrees this time.
    county.people.set(gridWorker.id, believed);
    await device.client.sync();
    expect(await device.store.outbox.count()).toBe(0);
    expect(await device.store.load(id)).toEqual(await county.store.load(id));
  });

  it('refuses to reapply or discard an event that was not refused', async () => {
    const county = testCounty();
    const device = testDevice(county, 'a', gridWorker);
    await device.openDispute();
    await expect(device.client.reapply(device.written[0]!)).rejects.toMatchObject({
      code: 'not-available',
    });
    await expect(device.client.discard('nope')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('syncClient: two devices on one case', () => {
  it('rebases the later device on the server: its action is taken again and confirmed', async () => {
    const county = testCounty();
    const { a, b, id } = await sharedCase(county);
    await a.engine.perform(id, 'accept', { actor: gridWorker });
    await b.engine.perform(id, 'escalate', { actor: villageMediator, input: reason });
    const escalated = b.written.at(-1)!;

    await a.client.sync();
    const report = await b.client.sync();

    expect(report).toMatchObject({ confirmed: 1, rejected: 0, retaken: 1 });
    const retaken = b.settled.find((s) => s.eventId === escalated);
    expect(retaken).toMatchObject({ outcome: 'retaken', by: [expect.any(String)] });
    expect(await b.store.outbox.count()).toBe(0);
    expect((await county.store.events(id)).map((e) => e.action)).toEqual([
      undefined,
      'accept',
      'escalate',
    ]);
    await a.client.sync();
    for (const device of [a, b]) {
      const { device: mine, server } = await viewsOf(device, county);
      expect(mine).toEqual(server);
    }
  });

  it('ends rejected with the reason when the engine refuses the rebase', async () => {
    const county = testCounty();
    const { a, b, id } = await sharedCase(county);
    await a.engine.perform(id, 'accept', { actor: gridWorker });
    await b.engine.perform(id, 'accept', { actor: villageMediator });

    await a.client.sync();
    const report = await b.client.sync();

    expect(report).toMatchObject({ confirmed: 0, rejected: 1, retaken: 0 });
    const [refused] = await b.store.outbox.rejected();
    expect(refused).toMatchObject({
      event: { id: b.written.at(-1), action: 'accept' },
      rejection: {
        code: 'not-available',
        message: 'The case is in “Mediating”; “Accept” is not possible now.',
      },
      inLog: false,
    });
    // The case shows the server's version: Zhang San accepted it.
    expect(await b.store.load(id)).toEqual(await county.store.load(id));
    expect((await b.store.load(id))?.assignee).toBe(gridWorker.id);
  });
});

describe('syncClient: exactly once, by event id', () => {
  it('applies an action once however often it is delivered', async () => {
    const county = testCounty();
    const device = testDevice(county, 'a', gridWorker);
    const answers: unknown[] = [];
    device.link.intercept = async (what, send) => {
      if (what === 'pull') return send();
      answers.push(await send());
      const again = await send();
      answers.push(again);
      return again;
    };
    const { id } = await device.openDispute();
    await device.client.sync();
    expect(answers[0]).toEqual(answers[1]);
    expect(await county.log()).toHaveLength(1);

    // A stale copy of the same push, delivered later, changes nothing either.
    device.link.intercept = undefined;
    await device.engine.perform(id, 'accept', { actor: gridWorker });
    await device.client.sync();
    const before = await county.log();
    const replayed = await county.app.request('/sync/push', {
      method: 'POST',
      headers: { 'x-test-person': gridWorker.id, 'content-type': 'application/json' },
      body: JSON.stringify(device.link.pushes[0]),
    });
    expect(await replayed.json()).toEqual(answers[0]);
    expect(await county.log()).toEqual(before);
  });

  it('is safe when an answer is lost: the retry gets the same events', async () => {
    const county = testCounty();
    const sleep = vi.fn(async () => {});
    const device = testDevice(county, 'a', gridWorker, { client: { backoff: { sleep } } });
    let lost = 0;
    device.link.intercept = async (what, send) => {
      const answer = await send();
      if (what === 'push' && lost++ === 0) throw new SyncTransportError('offline', {});
      return answer;
    };
    const { id } = await device.openDispute();

    const report = await device.client.sync();

    expect(report.confirmed).toBe(1);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(device.link.pushes).toHaveLength(2);
    expect(await county.log()).toHaveLength(1);
    expect(await device.store.events(id)).toEqual(await county.store.events(id));
  });
});

describe('syncClient: pull', () => {
  it('advances the checkpoint only with the events it covers', async () => {
    const county = testCounty();
    const a = testDevice(county, 'a', gridWorker);
    const { id } = await a.openDispute();
    await a.client.sync();
    const b = testDevice(county, 'b', villageMediator);
    const applyRemote = b.store.applyRemote.bind(b.store);
    let fail = true;
    b.store.applyRemote = async (events, options) => {
      if (options?.checkpoint !== undefined && fail) {
        fail = false;
        throw new Error('disk went away');
      }
      return applyRemote(events, options);
    };

    await expect(b.client.sync()).rejects.toThrow('disk went away');
    expect(await b.store.checkpoint()).toBeUndefined();
    expect(await b.store.load(id)).toBeUndefined();

    await b.client.sync();
    expect(await b.store.checkpoint()).toBe(1);
    expect(await b.store.load(id)).toEqual(await county.store.load(id));
  });

  it('pulls page after page until the server has no more', async () => {
    const county = testCounty();
    const a = testDevice(county, 'a', gridWorker);
    for (let i = 0; i < 5; i += 1) await a.openDispute();
    await a.client.sync();
    const b = testDevice(county, 'b', villageMediator, { client: { pullLimit: 2 } });
    const report = await b.client.sync();
    expect(report.pulled).toBe(5);
    expect(b.link.pushes).toEqual([]);
    expect(await b.store.checkpoint()).toBe(5);
    expect(await viewsOf(b, county)).toMatchObject({ device: expect.any(Array) });
    const { device, server } = await viewsOf(b, county);
    expect(device).toHaveLength(5);
    expect(device).toEqual(server);
  });
});

describe('syncClient: consequences', () => {
  it("lets the child cases it opened give way to the server's", async () => {
    const county = testCounty();
    const device = testDevice(county, 'a', townDirector);
    const { id } = await device.engine.open('hazard', {
      data: hazardData,
      unit: 'grid-a1-1',
      actor: townDirector,
    });
    await device.engine.perform(id, 'verify', {
      actor: townDirector,
      input: { notes: '现场确认' },
    });
    const dispatched = await device.engine.perform(id, 'dispatch', {
      actor: townDirector,
      input: { lead: 'county-natres' },
    });
    const childId = dispatched.children[0]!.id;
    expect(device.link.pushes).toEqual([]);

    await device.client.sync();

    // Three actions pushed; the child's opening is the server's to make.
    expect(device.link.pushes[0]?.actions).toHaveLength(3);
    expect(await device.store.outbox.count()).toBe(0);
    expect(await device.store.load(id)).toEqual(await county.store.load(id));
    expect((await county.store.load(childId))?.parentId).toBe(id);
    // The county's natural resources bureau handles it: not the town's to see.
    expect(await device.store.load(childId)).toBeUndefined();
    expect(device.settled.filter((s) => s.outcome === 'replaced')).toHaveLength(1);
  });
});

describe('syncClient: failures and retries', () => {
  it('retries 5xx with exponential backoff and jitter', async () => {
    const county = testCounty();
    const delays: number[] = [];
    const device = testDevice(county, 'a', gridWorker, {
      client: {
        backoff: {
          retries: 3,
          initialMs: 100,
          random: () => 0.5,
          sleep: async (ms) => {
            delays.push(ms);
          },
        },
      },
    });
    let failures = 2;
    device.link.intercept = (_what, send) =>
      failures-- > 0 ? Promise.reject(new SyncTransportError('http', { status: 503 })) : send();
    await device.openDispute();
    await device.client.sync();
    expect(delays).toEqual([50, 100]);
    expect(await device.store.outbox.count()).toBe(0);
  });

  it('does not retry a 4xx, and shows the server’s code', async () => {
    const county = testCounty();
    const device = testDevice(county, 'a', gridWorker);
    county.people.delete(gridWorker.id);
    await device.openDispute();
    const error = (await device.client.sync().catch((e: unknown) => e)) as SyncTransportError;
    expect(error).toBeInstanceOf(SyncTransportError);
    expect(error).toMatchObject({ failure: 'http', status: 401, code: 'forbidden' });
    expect(device.link.pushes).toHaveLength(1);
    const status = await firstStatus(device.client.status$);
    expect(status.error?.code).toBe('unauthenticated');
    expect(await device.store.outbox.pending()).toHaveLength(1);
  });

  it('turns no answer into offline, keeps everything, and recovers', async () => {
    const county = testCounty();
    const device = testDevice(county, 'a', gridWorker);
    device.link.online = false;
    await device.openDispute();
    const error = (await device.client.sync().catch((e: unknown) => e)) as CaseGridError;
    expect(error).toMatchObject({ failure: 'offline', code: 'not-available' });
    expect(await firstStatus(device.client.status$)).toMatchObject({
      online: false,
      syncing: false,
      pending: 1,
      error: { code: 'offline' },
    });
    device.link.online = true;
    await device.client.sync();
    const status = await firstStatus(device.client.status$);
    expect(status).toMatchObject({ online: true, pending: 0, rejected: 0 });
    expect(status.error).toBeUndefined();
  });
});

describe('fetchTransport', () => {
  it('turns a failed fetch into an offline error', async () => {
    const { fetchTransport } = await import('@casegrid/core');
    const transport = fetchTransport({
      url: 'http://county.test',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      locale: 'en',
    });
    const error = (await transport.pull(0).catch((e: unknown) => e)) as SyncTransportError;
    expect(error).toMatchObject({ failure: 'offline', retryable: true, serverCode: 'offline' });
    expect(error.issues[0]?.message).toMatch(/cannot be reached/);
  });

  it('gives up on an answer that never comes, as offline, and aborts the request', async () => {
    const { fetchTransport } = await import('@casegrid/core');
    let signal: AbortSignal | undefined;
    const transport = fetchTransport({
      url: 'http://county.test',
      locale: 'en',
      timeoutMs: 20,
      fetch: (_url, init) => {
        signal = init.signal;
        return new Promise(() => {});
      },
    });
    const error = (await transport.pull(0).catch((e: unknown) => e)) as SyncTransportError;
    expect(error).toMatchObject({ failure: 'offline', retryable: true });
    expect(signal?.aborted).toBe(true);
  });

  it('sends a bearer token, asks in the locale, and reads the error body of a non-2xx', async () => {
    const { fetchTransport } = await import('@casegrid/core');
    const seen: { url: string; headers: Record<string, string> }[] = [];
    const transport = fetchTransport({
      url: 'http://county.test/casegrid/',
      auth: async () => 'token-1',
      locale: 'en',
      fetch: async (url, init) => {
        seen.push({ url, headers: init.headers });
        return new Response(JSON.stringify({ code: 'too-large', message: 'Too big.' }), {
          status: 413,
        });
      },
    });
    const error = (await transport.pull(7, 50).catch((e: unknown) => e)) as SyncTransportError;
    expect(seen[0]).toMatchObject({
      url: 'http://county.test/casegrid/sync/pull?since=7&limit=50',
      headers: { authorization: 'Bearer token-1', 'accept-language': 'en' },
    });
    expect(error).toMatchObject({
      failure: 'http',
      status: 413,
      serverCode: 'too-large',
      code: 'invalid-input',
      retryable: false,
    });
    expect(error.issues[0]?.message).toBe('The server answered 413: Too big.');
  });
});

describe('syncClient: status', () => {
  it('tells how many changes wait and were refused, whether it is syncing, and when it last synced', async () => {
    const county = testCounty();
    const believed = { ...gridWorker, roles: ['grid-worker', 'mediator'] };
    const device = testDevice(county, 'a', gridWorker, { believed });
    const seen: SyncStatus[] = [];
    device.client.status$.subscribe((s) => seen.push(s));
    const { id } = await device.openDispute();
    await device.engine.perform(id, 'escalate', { actor: believed, input: reason });
    await vi.waitFor(() => expect(seen.at(-1)?.pending).toBe(2));

    await device.client.sync();

    expect(seen.some((s) => s.syncing)).toBe(true);
    expect(seen.at(-1)).toEqual({
      online: true,
      syncing: false,
      pending: 0,
      rejected: 1,
      lastSync: '2026-03-02T00:30:00.000Z',
    });
  });

  it('syncs at start, then every interval, until stopped', async () => {
    const county = testCounty();
    const device = testDevice(county, 'a', gridWorker);
    await device.openDispute();
    device.client.start({ intervalMs: 5 });
    await vi.waitFor(() => expect(county.log()).resolves.toHaveLength(1));
    await device.openDispute();
    await vi.waitFor(() => expect(county.log()).resolves.toHaveLength(2));
    device.client.stop();
    await device.client.sync();
    await device.openDispute();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await county.log()).toHaveLength(2);
    device.client.close();
  });
});

describe('syncClient.start with afterChangeMs', () => {
  it('syncs soon after a local change, not only at the interval, and no more once stopped', async () => {
    const county = testCounty();
    const device = testDevice(county, 'a', gridWorker);
    device.client.start({ intervalMs: 60_000, afterChangeMs: 10 });
    await vi.waitFor(() => expect(device.client.sync()).resolves.toMatchObject({ ran: true }));
    await device.openDispute();
    await vi.waitFor(() => expect(county.log()).resolves.toHaveLength(1));
    device.client.stop();
    await device.openDispute();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await county.log()).toHaveLength(1);
    device.client.close();
  });
});

function firstStatus(status$: import('rxjs').Observable<SyncStatus>): Promise<SyncStatus> {
  return new Promise((resolve) => {
    const subscription = status$.subscribe((s) => {
      resolve(s);
      queueMicrotask(() => subscription.unsubscribe());
    });
  });
}
