// A device: its own engine and store, as the browser has, whose writes become pushed actions.

import type { PullResponse, PushedAction, PushResponse } from '@casegrid/core';
import {
  type Actor,
  type CaseEngine,
  type CaseEvent,
  type CaseView,
  createEngine,
  memoryStore,
} from '@casegrid/core';
import { engineOptions, sequentialIds, testClock } from '../../core/test/county.ts';

export type { PullResponse, PushedAction, PushResponse };

/** A device with its own engine; each call it makes is recorded as one pushed action. */
export function testDevice(name = 'phone') {
  const clock = testClock('2026-03-01T23:00:00.000Z');
  const store = memoryStore();
  const engine: CaseEngine = createEngine(
    engineOptions({ store, clock: clock.now, ids: sequentialIds(name) }),
  );
  const emitted: CaseEvent[] = [];
  engine.changes$.subscribe((event) => emitted.push(event));

  /** Runs one engine call on the device and returns it as the action a sync client pushes. */
  async function act(call: (engine: CaseEngine) => Promise<CaseView>): Promise<PushedAction> {
    const start = emitted.length;
    await call(engine);
    const written = emitted.slice(start);
    const first = written[0]!;
    const events = written.filter((event) => event.caseId === first.caseId);
    return { id: first.id, caseId: first.caseId, expectedSeq: first.seq - 1, events };
  }

  return { engine, store, clock, act };
}

/** Opens a dispute on a device. */
export function openOn(
  device: ReturnType<typeof testDevice>,
  actor: Actor,
  data: unknown,
  unit = 'grid-a1-1',
) {
  return device.act((engine) => engine.open('dispute', { data, unit, actor }));
}
