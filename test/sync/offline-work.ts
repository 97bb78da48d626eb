// Random offline work on two devices of one village, and the laws it must end in: the
// convergence property, shared by the memory server and the SQL servers.
import { type Actor, isCaseGridError } from '@casegrid/core';
import fc from 'fast-check';
import { expect } from 'vitest';
import { people } from '../../packages/core/test/county.js';
import { expectConverged, expectSettled } from './sync-laws.js';
import { type TestCounty, type TestDevice, testDevice } from './sync-support.js';

const inputs: Record<string, unknown> = {
  escalate: { reason: '需要镇里协调' },
  resolve: { agreement: '以现有围墙为界', partiesAgree: true },
  'follow-up': { notes: '双方已和好' },
  rate: { satisfaction: 4 },
};

/** One thing a person does: take an action, open a case, or sync. */
export const offlineStep = fc.record({
  device: fc.constantFrom(0, 1),
  kind: fc.constantFrom('act', 'act', 'act', 'open', 'sync'),
  pick: fc.nat(),
  choice: fc.nat(),
});
export type OfflineStep = typeof offlineStep extends fc.Arbitrary<infer T> ? T : never;

async function act(device: TestDevice, actor: Actor, { kind, pick, choice }: OfflineStep) {
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

/**
 * A grid worker and a mediator of one village share two disputes, then do `steps` (syncing
 * only when a step says so), then both sync twice. Afterwards no event is pending; each is
 * on the server once, rejected with a reason, or taken again; refused events are out of the
 * case logs; and each device holds exactly the server's view of what its person may see.
 */
export async function offlineWork(county: TestCounty, steps: readonly OfflineStep[]) {
  const actors = [people.gridWorker, people.villageMediator] as const;
  const devices = [testDevice(county, 'a', actors[0]), testDevice(county, 'b', actors[1])] as const;
  await devices[0].openDispute();
  await devices[0].openDispute('grid-a1-2');
  for (const device of devices) await device.client.sync();

  for (const s of steps) await act(devices[s.device], actors[s.device], s);
  for (const device of [...devices, ...devices]) await device.client.sync();

  await expectSettled(county, devices);
  for (const device of devices) {
    // Refused events are out of the log (a newer server event took their place) or were
    // refused by the server itself; either way the views are the server's.
    expect((await device.store.outbox.rejected()).filter((e) => e.inLog)).toEqual([]);
  }
  await expectConverged(county, devices);
  expect(await devices[0].store.query({})).toEqual(await devices[1].store.query({}));
}
