// The laws of sync over random offline work: whatever two devices do to the same cases, and
// whenever each syncs, every local event ends confirmed or rejected (or taken again as events
// that do), and after both sync and pull, each device shows exactly what the server has.
import { type Actor, isCaseGridError } from '@casegrid/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { people } from '../../packages/core/test/county.js';
import { type TestDevice, testCounty, testDevice } from './sync-support.js';

const inputs: Record<string, unknown> = {
  escalate: { reason: '需要镇里协调' },
  resolve: { agreement: '以现有围墙为界', partiesAgree: true },
  'follow-up': { notes: '双方已和好' },
  rate: { satisfaction: 4 },
};

const step = fc.record({
  device: fc.constantFrom(0, 1),
  kind: fc.constantFrom('act', 'act', 'act', 'open', 'sync'),
  pick: fc.nat(),
  choice: fc.nat(),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

async function act(device: TestDevice, actor: Actor, { kind, pick, choice }: Step) {
  if (kind === 'sync') return void (await device.client.sync());
  if (kind === 'open') return void (await device.openDispute(pick % 2 ? 'grid-a1-1' : 'grid-a1-2'));
  const cases = await device.store.query({ closed: false });
  const view = cases[pick % Math.max(cases.length, 1)];
  if (!view) return;
  const available = await device.engine.available(view.id, actor);
  const action = available[choice % Math.max(available.length, 1)];
  if (!action) return;
  try {
    await device.engine.perform(view.id, action, { actor, input: inputs[action] });
  } catch (error) {
    if (!isCaseGridError(error)) throw error;
  }
}

describe('sync over random offline work on two devices', () => {
  it('converges, and settles every local event as confirmed or rejected', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
        const county = testCounty();
        const actors = [people.gridWorker, people.villageMediator] as const;
        const devices = [
          testDevice(county, 'a', actors[0]),
          testDevice(county, 'b', actors[1]),
        ] as const;
        await devices[0].openDispute();
        await devices[0].openDispute('grid-a1-2');
        for (const device of devices) await device.client.sync();

        for (const s of steps) await act(devices[s.device], actors[s.device], s);
        for (const device of [...devices, ...devices]) await device.client.sync();

        const server = new Set((await county.log()).map((e) => e.event.id));
        for (const device of devices) {
          expect(await device.store.outbox.pending()).toEqual([]);
          const rejected = await device.store.outbox.rejected();
          const kept = new Set(rejected.map((e) => e.event.id));
          const settled = new Map(device.settled.map((s) => [s.eventId, s.outcome]));
          for (const id of device.written) {
            const outcome = settled.get(id);
            const confirmed = server.has(id) && (outcome === undefined || outcome === 'confirmed');
            const refused = kept.has(id) && outcome === 'rejected';
            const retaken = outcome === 'retaken' || outcome === 'replaced';
            expect({ id, settled: confirmed || refused || retaken }).toEqual({ id, settled: true });
          }
          // Refused events are out of the log (a newer server event took their place) or were
          // refused by the server itself; either way the views are the server's.
          expect(rejected.filter((e) => e.inLog)).toEqual([]);
          const views = await device.store.query({});
          const theirs = await county.store.query({
            visibleIn: new Set(views.map((v) => v.unit)),
          });
          expect(views).toEqual(theirs);
        }
      }),
      { numRuns: 50 },
    );
  });
});
