// The laws every sync test ends on: nothing lost, nothing doubled, everyone converged.
import type { Actor, CaseView, LocalStore, SyncSettlement } from '@casegrid/core';
import { expect } from 'vitest';
import type { TestCounty } from './sync-support.js';

/** What a test knows of one device: its store, and what its engines wrote and settled (across page loads). */
export interface DeviceRecord {
  readonly name: string;
  readonly store: LocalStore;
  readonly written: readonly string[];
  readonly settled: readonly SyncSettlement[];
}

/** How a device's local events ended. */
export interface Tally {
  confirmed: number;
  rejected: number;
  /** Taken again (or replaced by the server's consequence): new events stand for them. */
  retaken: number;
}

/**
 * Nothing lost, nothing doubled: the server's log holds each event id once; no local event is
 * pending; each ended confirmed (on the server), rejected with a reason (kept, for the person
 * to see), or taken again by events that are themselves settled — and then its old id is not
 * on the server as well.
 */
export async function expectSettled(
  county: TestCounty,
  devices: readonly DeviceRecord[],
): Promise<Tally> {
  const log = await county.log();
  const ids = log.map((entry) => entry.event.id);
  expect(ids.length, 'an event stored twice on the server').toBe(new Set(ids).size);
  const server = new Set(ids);
  const tally: Tally = { confirmed: 0, rejected: 0, retaken: 0 };
  for (const device of devices) {
    expect(await device.store.outbox.pending(), `${device.name}: still pending`).toEqual([]);
    const rejected = new Map((await device.store.outbox.rejected()).map((e) => [e.event.id, e]));
    const last = new Map(device.settled.map((s) => [s.eventId, s]));
    for (const id of device.written) {
      const outcome = last.get(id);
      const kept = rejected.get(id);
      let ended: keyof Tally | 'lost';
      if (server.has(id) && (outcome === undefined || outcome.outcome === 'confirmed')) {
        ended = 'confirmed';
      } else if (kept && outcome?.outcome === 'rejected' && kept.rejection.message.length > 0) {
        ended = 'rejected';
      } else if (
        !server.has(id) &&
        (outcome?.outcome === 'retaken' || outcome?.outcome === 'replaced')
      ) {
        ended = 'retaken';
      } else ended = 'lost';
      expect({ device: device.name, id, ended }).not.toMatchObject({ ended: 'lost' });
      if (ended !== 'lost') tally[ended] += 1;
    }
  }
  return tally;
}

/** The cases `person` may see, as the server shows them, by id. */
export async function serverCasesFor(county: TestCounty, person: Actor): Promise<CaseView[]> {
  const response = await county.app.request('/cases?limit=1000', {
    headers: { 'x-test-person': person.id },
  });
  expect(response.status).toBe(200);
  const { cases } = (await response.json()) as { cases: CaseView[] };
  return cases.sort(byId);
}

/**
 * Converged: each device holds exactly the cases its person may see on the server, with the
 * server's view and the server's events of each.
 */
export async function expectConverged(
  county: TestCounty,
  devices: readonly (DeviceRecord & { readonly person: Actor })[],
): Promise<void> {
  for (const device of devices) {
    const mine = [...(await device.store.query({}))].sort(byId);
    expect(mine, `${device.name}: views`).toEqual(await serverCasesFor(county, device.person));
    for (const view of mine) {
      expect(await device.store.events(view.id), `${device.name}: events of ${view.id}`).toEqual(
        await county.store.events(view.id),
      );
    }
  }
}

const byId = (a: CaseView, b: CaseView) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
