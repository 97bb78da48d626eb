// POST /sync/push: the server decides every pushed action again, for the authenticated actor.
import type { CaseEvent, CaseStore } from '@casegrid/core';
import { type Database, sqlStore } from '@casegrid/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { disputeData, hazardData, people, testServer } from './app-support.ts';
import { openTestPglite } from './support/pglite.ts';
import { emptyStore } from './support/store.ts';
import { openOn, type PushedAction, type PushResponse, testDevice } from './sync-support.ts';

async function push(
  server: ReturnType<typeof testServer>,
  actions: readonly PushedAction[],
  as = people.gridWorker,
  language = 'en',
): Promise<PushResponse> {
  const response = await server.send('POST', '/sync/push', {
    as,
    body: { device: 'phone-1', actions },
    headers: { 'accept-language': language },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as PushResponse;
}

describe('POST /sync/push', () => {
  it('accepts actions taken offline, with the device’s event ids and the server’s clock', async () => {
    const server = testServer();
    const device = testDevice();
    const open = await openOn(device, people.gridWorker, disputeData);
    const accept = await device.act((engine) =>
      engine.perform(open.caseId, 'accept', { actor: people.gridWorker }),
    );
    const { results } = await push(server, [open, accept]);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    const [opened, accepted] = results.map((r) => (r.status === 'accepted' ? r.events : []));
    expect(opened?.map((e) => [e.position, e.event.id, e.event.at])).toEqual([
      [1, open.id, server.clock.iso()],
    ]);
    expect(accepted?.map((e) => [e.position, e.event.id, e.event.seq])).toEqual([
      [2, accept.id, 2],
    ]);
    const view = await server.store.load(open.caseId);
    expect(view).toMatchObject({ state: 'mediating', assignee: 'zhang-san', seq: 2 });
  });

  it('answers a second delivery of the same actions the same way and stores nothing new', async () => {
    const server = testServer();
    const device = testDevice();
    const open = await openOn(device, people.gridWorker, disputeData);
    const first = await push(server, [open]);
    const position = await server.logPosition();
    server.clock.advance(60_000);
    const again = await push(server, [open]);
    expect(again).toEqual(first);
    expect(await server.logPosition()).toBe(position);
  });

  it('trusts the token’s actor, never the actor written in the events', async () => {
    const server = testServer();
    const device = testDevice();
    // The device claims a county director opened it; the token says a grid worker sent it.
    const open = await openOn(device, people.countyDirector, disputeData, 'grid-a1-1');
    const { results } = await push(server, [open], people.gridWorker);
    expect(results[0]?.status).toBe('accepted');
    const [event] = await server.store.events(open.caseId);
    expect(event?.actor).toEqual({ id: 'zhang-san', unit: 'village-a1', roles: ['grid-worker'] });
  });

  it('refuses what the token’s actor may not do, even if the payload’s actor could', async () => {
    const server = testServer();
    const device = testDevice();
    // A town director may open a case in another town's village; a grid worker of village-a1 may not.
    const open = await openOn(device, people.countyDirector, disputeData, 'grid-b1-1');
    const { results } = await push(server, [open], people.gridWorker);
    expect(results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(await server.logPosition()).toBe(0);
  });

  it('answers conflict when the case moved on at the server, and the later actions untried', async () => {
    const server = testServer();
    const device = testDevice();
    const open = await openOn(device, people.gridWorker, disputeData);
    await push(server, [open]);
    // Someone else acts on the server meanwhile.
    await server.send('POST', `/cases/${open.caseId}/actions/accept`, {
      as: people.villageMediator,
    });
    const accept = await device.act((engine) =>
      engine.perform(open.caseId, 'accept', { actor: people.gridWorker }),
    );
    const resolve = await device.act((engine) =>
      engine.perform(open.caseId, 'resolve', {
        actor: people.gridWorker,
        input: { agreement: '双方同意调解', partiesAgree: true },
      }),
    );
    const other = await openOn(device, people.gridWorker, disputeData);
    const position = await server.logPosition();
    const { results } = await push(server, [accept, resolve, other]);
    expect(results.map((r) => r.status)).toEqual(['conflict', 'conflict', 'accepted']);
    expect(results[0]).toMatchObject({ error: { code: 'conflict' } });
    expect(results[1]).toMatchObject({ error: { code: 'conflict' } });
    expect(await server.logPosition()).toBe(position + 1);
  });

  it('rejects with the engine’s code and issues, and then the same case’s later actions conflict', async () => {
    const server = testServer();
    const device = testDevice();
    const open = await openOn(device, people.gridWorker, disputeData);
    const accept = await device.act((engine) =>
      engine.perform(open.caseId, 'accept', { actor: people.gridWorker }),
    );
    const badOpen: PushedAction = {
      ...open,
      events: [{ ...open.events[0]!, data: { ...disputeData, summary: '' } }],
    };
    const { results } = await push(server, [badOpen, accept], people.gridWorker, 'zh-CN');
    expect(results[0]).toMatchObject({
      status: 'rejected',
      error: { code: 'invalid-input', issues: [{ path: '/data/summary' }] },
    });
    // The message is the engine's issues, in the request's language.
    expect(results[0]?.status === 'rejected' && results[0].error.message).toBe('不能少于 2 个字符');
    expect(results[1]).toMatchObject({ status: 'conflict', error: { code: 'conflict' } });
    expect(await server.logPosition()).toBe(0);
  });

  it('rejects a pushed consequence (a deadline event) that only the server makes', async () => {
    const server = testServer();
    const device = testDevice();
    const open = await openOn(device, people.gridWorker, disputeData);
    await push(server, [open]);
    device.clock.advance(3 * 24 * 3_600_000);
    const due = await device.engine.runDue();
    const deadline: PushedAction = {
      id: due[0]!.id,
      caseId: open.caseId,
      expectedSeq: 1,
      events: due.filter((e) => e.caseId === open.caseId),
    };
    const { results } = await push(server, [deadline]);
    expect(results[0]).toMatchObject({ status: 'rejected', error: { code: 'invalid-input' } });
    expect(await server.logPosition()).toBe(1);
  });

  it('answers not-found for another village’s case, as for one that does not exist', async () => {
    const server = testServer();
    const device = testDevice();
    const open = await openOn(device, people.otherGridWorker, disputeData, 'grid-b1-1');
    await push(server, [open], people.otherGridWorker);
    const accept = await device.act((engine) =>
      engine.perform(open.caseId, 'accept', { actor: people.otherGridWorker }),
    );
    const ghost: PushedAction = {
      ...accept,
      id: 'ghost-1',
      caseId: 'ghost',
      events: [{ ...accept.events[0]!, id: 'ghost-1', caseId: 'ghost' }],
    };
    const { results } = await push(server, [accept, ghost], people.gridWorker);
    expect(results.map((r) => r.status === 'rejected' && r.error.code)).toEqual([
      'not-found',
      'not-found',
    ]);
    // Nor does a re-delivery of an accepted action reveal it.
    const again = await push(server, [open], people.gridWorker);
    expect(again.results[0]).toMatchObject({ status: 'rejected', error: { code: 'not-found' } });
    // Nor an open that reuses its id: a conflict that tells nothing of the case.
    const reuse = await openOn(testDevice('other'), people.gridWorker, disputeData);
    const [taken] = (
      await push(server, [
        {
          ...reuse,
          caseId: open.caseId,
          expectedSeq: 1,
          events: [{ ...reuse.events[0]!, caseId: open.caseId }],
        },
      ])
    ).results;
    expect(taken).toMatchObject({ status: 'conflict', error: { code: 'conflict' } });
    expect(taken?.status === 'conflict' && taken.error.message).not.toMatch(/seq/);
  });

  it('gives child cases the device’s ids and derives ids for events the device never saw', async () => {
    const server = testServer();
    const device = testDevice();
    const director = people.townDirector;
    const open = await device.act((engine) =>
      engine.open('hazard', { data: hazardData, unit: 'grid-a1-1', actor: people.gridWorker }),
    );
    const verify = await device.act((engine) =>
      engine.perform(open.caseId, 'verify', {
        actor: director,
        input: { notes: '现场核实，裂缝约两米' },
      }),
    );
    const dispatch = await device.act((engine) =>
      engine.perform(open.caseId, 'dispatch', {
        actor: director,
        input: { lead: 'county-natres', coHandlers: ['county-emergency'] },
      }),
    );
    await push(server, [open], people.gridWorker);
    const { results } = await push(server, [verify, dispatch], director);
    expect(results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    const stored = results[1]?.status === 'accepted' ? results[1].events : [];
    expect(stored.map((e) => e.event.id)).toEqual(dispatch.events.map((e) => e.id));
    const deviceChildren = dispatch.events.filter((e) => e.type === 'child-opened');
    const serverChildren = stored.filter((e) => e.event.type === 'child-opened');
    expect(serverChildren.map((e) => e.event.child?.id)).toEqual(
      deviceChildren.map((e) => e.child?.id),
    );
    for (const child of deviceChildren) {
      const events = await server.store.events(child.child!.id);
      expect(events.map((e: CaseEvent) => [e.type, e.id.startsWith(`${dispatch.id}:`)])).toEqual([
        ['opened', true],
      ]);
    }
    // A second delivery answers the same.
    expect((await push(server, [dispatch], director)).results[0]).toEqual(results[1]);
  });

  it('keeps two pushes that interleave apart', async () => {
    const server = testServer();
    const a = testDevice('phone-a');
    const b = testDevice('phone-b');
    const pushes = await Promise.all(
      [a, b].map(async (device) => {
        const open = await openOn(device, people.gridWorker, disputeData);
        const accept = await device.act((engine) =>
          engine.perform(open.caseId, 'accept', { actor: people.gridWorker }),
        );
        return { actions: [open, accept] };
      }),
    );
    const answers = await Promise.all(pushes.map(({ actions }) => push(server, actions)));
    answers.forEach((answer, index) => {
      const sent = pushes[index]!.actions;
      expect(answer.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
      expect(
        answer.results
          .flatMap((r) => (r.status === 'accepted' ? r.events : []))
          .map((e) => e.event.id),
      ).toEqual(sent.map((action) => action.id));
    });
    expect(await server.logPosition()).toBe(4);
  });
});

describe('POST /sync/push on SQL', () => {
  let db: Database;
  let transactions = 0;
  // The database as the store sees it, counting the transactions it runs.
  const counted = (): Database => ({
    ...db,
    transaction(fn) {
      transactions += 1;
      return db.transaction(fn);
    },
  });

  beforeAll(async () => {
    db = await openTestPglite();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    await emptyStore(db);
    transactions = 0;
  });

  it('stores all the accepted actions of a push in one transaction', async () => {
    const server = testServer({ store: sqlStore(counted()) });
    const device = testDevice();
    const open = await openOn(device, people.gridWorker, disputeData);
    const accept = await device.act((engine) =>
      engine.perform(open.caseId, 'accept', { actor: people.gridWorker }),
    );
    const other = await openOn(device, people.gridWorker, disputeData);
    const { results } = await push(server, [open, accept, other]);
    expect(transactions).toBe(1);
    expect(
      results
        .map((r) => (r.status === 'accepted' ? r.events : []))
        .map((events) => events.map((e) => [e.position, e.event.id])),
    ).toEqual([[[1, open.id]], [[2, accept.id]], [[3, other.id]]]);
    expect(await server.store.load(open.caseId)).toMatchObject({ state: 'mediating', seq: 2 });
  });

  it('decides again one action at a time when a case moved on while the push was decided', async () => {
    const sql = sqlStore(counted());
    let raced = false;
    // Someone accepts the case at the server just before the push's one write.
    const store: CaseStore = {
      ...sql,
      async appendAll(writes) {
        if (writes.length > 1 && !raced) {
          raced = true;
          const response = await server.send('POST', `/cases/${open.caseId}/actions/accept`, {
            as: people.villageMediator,
          });
          expect(response.status).toBe(200);
        }
        return sql.appendAll(writes);
      },
    };
    const server = testServer({ store });
    const device = testDevice();
    const open = await openOn(device, people.gridWorker, disputeData);
    await push(server, [open]);
    const accept = await device.act((engine) =>
      engine.perform(open.caseId, 'accept', { actor: people.gridWorker }),
    );
    const other = await openOn(device, people.gridWorker, disputeData);
    transactions = 0;
    const { results } = await push(server, [accept, other]);
    expect(raced).toBe(true);
    expect(results[0]).toMatchObject({ status: 'conflict', error: { code: 'conflict' } });
    // The failed write stored nothing: the open is stored once, after the mediator's accept.
    expect(results[1]).toMatchObject({
      status: 'accepted',
      events: [{ position: 3, event: { id: other.id } }],
    });
    expect(await server.logPosition()).toBe(3);
    // The one that failed, the mediator's, and the open decided again on its own.
    expect(transactions).toBe(3);
  });
});
