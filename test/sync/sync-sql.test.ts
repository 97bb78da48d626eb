// Two devices and the county server on its real storage: sqlStore over PGlite and over
// PostgreSQL. Both devices work offline on the same cases, come back and sync; every local
// event ends confirmed or visibly rejected, and the server's log and both devices agree.
import { type CaseEvent, SyncTransportError } from '@casegrid/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { people } from '../../packages/core/test/county.js';
import { offlineStep, offlineWork } from './offline-work.js';
import { expectConverged, expectSettled } from './sync-laws.js';
import { testDevice } from './sync-support.js';
import { testServer } from './test-servers.js';

const { gridWorker, villageMediator } = people;
const summary = (e: CaseEvent) => [e.caseId, e.seq, e.action ?? e.type, e.actor.id];

describe.each(['PGlite', 'PostgreSQL'] as const)(
  'sync with the server on sqlStore over %s',
  (kind) => {
    const server = testServer(kind);

    it('converges after two devices worked offline on the same cases', async () => {
      const county = await server.county();
      const a = testDevice(county, 'a', gridWorker);
      const b = testDevice(county, 'b', villageMediator);
      const first = await a.openDispute();
      const second = await a.openDispute('grid-a1-2');
      await a.client.sync();
      await b.client.sync();

      a.link.online = false;
      b.link.online = false;
      await a.engine.perform(first.id, 'accept', { actor: gridWorker });
      await a.engine.perform(second.id, 'accept', { actor: gridWorker });
      await a.engine.perform(second.id, 'resolve', {
        actor: gridWorker,
        input: { agreement: '以现有围墙为界', partiesAgree: true },
      });
      await b.engine.perform(first.id, 'escalate', {
        actor: villageMediator,
        input: { reason: '需要镇里协调' },
      });
      await b.engine.perform(second.id, 'accept', { actor: villageMediator });
      const third = await b.openDispute('grid-a1-2');
      await expect(a.client.sync()).rejects.toBeInstanceOf(SyncTransportError);
      await expect(b.client.sync()).rejects.toMatchObject({ failure: 'offline' });

      a.link.online = true;
      b.link.online = true;
      await a.client.sync();
      await b.client.sync();
      await a.client.sync();

      // The server ordered: A first; B's escalation taken again after A's acceptance; B's
      // acceptance of a case A had already resolved refused; B's new case accepted.
      const log = (await county.log()).map((entry) => entry.event);
      expect(log.filter((e) => e.caseId === first.id).map(summary)).toEqual([
        [first.id, 1, 'opened', gridWorker.id],
        [first.id, 2, 'accept', gridWorker.id],
        [first.id, 3, 'escalate', villageMediator.id],
      ]);
      expect(log.filter((e) => e.caseId === second.id).map(summary)).toEqual([
        [second.id, 1, 'opened', gridWorker.id],
        [second.id, 2, 'accept', gridWorker.id],
        [second.id, 3, 'resolve', gridWorker.id],
      ]);
      expect(log.filter((e) => e.caseId === third.id).map(summary)).toEqual([
        [third.id, 1, 'opened', villageMediator.id],
      ]);
      expect(await expectSettled(county, [a])).toEqual({ confirmed: 5, rejected: 0, retaken: 0 });
      // B's escalation was taken again: its new event is the one confirmed.
      expect(await expectSettled(county, [b])).toEqual({ confirmed: 2, rejected: 1, retaken: 1 });
      const [refused] = await b.store.outbox.rejected();
      expect(refused).toMatchObject({
        event: { caseId: second.id, action: 'accept' },
        rejection: {
          code: 'not-available',
          message: 'The case is in “Resolved”; “Accept” is not possible now.',
        },
        inLog: false,
      });
      await expectConverged(county, [a, b]);
      expect(await a.store.query({})).toEqual(await b.store.query({}));
    });

    it('converges over random offline work, and settles every local event', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(offlineStep, { minLength: 1, maxLength: 20 }), async (steps) =>
          offlineWork(await server.county(), steps),
        ),
        { numRuns: 25 },
      );
    }, 120_000);
  },
);
