// What the bench sends: a device's outbox made by the device's own engine (as the sync client
// makes it: each engine call becomes one pushed action of the events it wrote), and tokens
// minted as the county portal would.
import { randomBytes } from 'node:crypto';
import { createEngine, memoryStore } from '@casegrid/core';
import { SignJWT } from 'jose';

export const secret = 'bench-secret-of-at-least-thirty-two-bytes!';

/** An HS256 token for an actor, valid for an hour. */
export function tokenFor(actor) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ unit: actor.unit, roles: [...actor.roles] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.id)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(new TextEncoder().encode(secret));
}

/**
 * A village centre director's outbox after a day offline: for each of `cases` people of
 * concern, the action that registers them (`opened`) and the one that assigns a responsible
 * person (`performed` assign), in the order taken. Two single-event actions per case.
 */
export async function outbox(county, { cases, actor, unit = 'grid-a1-1' }) {
  const prefix = `dev-${randomBytes(3).toString('hex')}`;
  let made = 0;
  const engine = createEngine(
    county.engineOptions({
      store: memoryStore(),
      clock: Date.now,
      ids: () => `${prefix}-${++made}`,
    }),
  );
  const emitted = [];
  engine.changes$.subscribe((event) => emitted.push(event));
  const actions = [];
  const act = async (call) => {
    const start = emitted.length;
    const view = await call();
    const events = emitted.slice(start);
    const first = events[0];
    actions.push({ id: first.id, caseId: first.caseId, expectedSeq: first.seq - 1, events });
    return view;
  };
  const caseIds = [];
  for (let i = 0; i < cases; i += 1) {
    const data = { ...county.watchedData, name: `关注人员${i}` };
    const { id } = await act(() => engine.open('watched-person', { data, unit, actor }));
    await act(() =>
      engine.perform(id, 'assign', { actor, input: { responsible: county.people.gridWorker.id } }),
    );
    caseIds.push(id);
  }
  return { actions, caseIds };
}
