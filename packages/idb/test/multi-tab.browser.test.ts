// Several tabs on one database, played by several stores in one page: BroadcastChannel and Web
// Locks treat two objects in one page as they treat two tabs.
import { idbStore } from '@casegrid/idb';
import { describe, expect, it } from 'vitest';
import { closedAfterEach, next, opened, remote, uniqueName, until } from './helpers.js';

const store = closedAfterEach(idbStore);

describe('several tabs on one database', () => {
  it('a BroadcastChannel reaches another channel of the same name in the page, never itself', async () => {
    const name = uniqueName('channel');
    const sender = new BroadcastChannel(name);
    const receiver = new BroadcastChannel(name);
    const heardBySender: unknown[] = [];
    const heardByReceiver: unknown[] = [];
    sender.onmessage = (event) => heardBySender.push(event.data);
    receiver.onmessage = (event) => heardByReceiver.push(event.data);
    sender.postMessage('hello');
    await until(() => heardByReceiver.length > 0);
    // A message the receiver sends back arrives after 'hello' would have reached the sender.
    receiver.postMessage('back');
    await until(() => heardBySender.length > 0);
    expect(heardByReceiver).toEqual(['hello']);
    expect(heardBySender).toEqual(['back']);
    sender.close();
    receiver.close();
  });

  it('a store emits the cases another store on the same database changed, and reads them', async () => {
    const name = uniqueName('tabs');
    const first = store({ name });
    const second = store({ name });
    const other = store({ name: uniqueName('elsewhere') });
    const heard: string[] = [];
    const heardElsewhere: string[] = [];
    second.changes$.subscribe((id) => heard.push(id));
    other.changes$.subscribe((id) => heardElsewhere.push(id));

    await first.append('c1', 0, [opened('c1')]);
    await first.applyRemote([remote(opened('s1'), 1)]);
    await until(() => heard.length >= 2);
    expect(heard).toEqual(['c1', 's1']);
    expect((await second.load('c1'))?.seq).toBe(1);
    expect((await second.outbox.pending()).map((e) => e.event.id)).toEqual(['c1-1']);
    expect(heardElsewhere).toEqual([]);
  });

  it('two stores appending at the same seq: one of them meets a conflict', async () => {
    const name = uniqueName('race');
    const first = store({ name });
    const second = store({ name });
    await first.append('c1', 0, [opened('c1')]);
    const results = await Promise.allSettled([
      first.append('c1', 1, [next(opened('c1'), { id: 'x' })]),
      second.append('c1', 1, [next(opened('c1'), { id: 'y' })]),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'conflict' },
    });
  });

  it('only one store syncs a database at a time', async () => {
    const name = uniqueName('lock');
    const first = store({ name });
    const second = store({ name });
    const other = store({ name: uniqueName('other-lock') });
    let secondRan: boolean | undefined;
    let otherRan: boolean | undefined;
    const firstRan = await first.withSyncLock(async () => {
      secondRan = await second.withSyncLock(() => {});
      otherRan = await other.withSyncLock(() => {});
    });
    expect({ firstRan, secondRan, otherRan }).toEqual({
      firstRan: true,
      secondRan: false,
      otherRan: true,
    });
    expect(await second.withSyncLock(() => {})).toBe(true);
  });
});
