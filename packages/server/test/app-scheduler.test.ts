// The deadline scheduler: passed deadlines become events once, however many processes tick.
import { type CaseEngine, createEngine, memoryStore } from '@casegrid/core';
import { type Database, sqlStore, startScheduler } from '@casegrid/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { day, disputeData, engineOptions, people, testClock } from '../../core/test/county.ts';
import { openTestPglite } from './support/pglite.ts';
import { emptyStore } from './support/store.ts';

let db: Database;

beforeAll(async () => {
  db = await openTestPglite();
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe('startScheduler on one PGlite', () => {
  const clock = testClock();
  let engines: CaseEngine[];

  beforeEach(async () => {
    await emptyStore(db);
    // Two server processes: each its own engine and store over the one database.
    engines = [0, 1].map(() =>
      createEngine(engineOptions({ store: sqlStore(db), clock: clock.now })),
    );
  });

  it('writes a passed deadline’s event exactly once when two schedulers tick together', async () => {
    const view = await engines[0]!.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    clock.advance(1.5 * day);
    const schedulers = engines.map((engine) =>
      startScheduler({ engine, db, runAtStart: false, intervalMs: 3_600_000 }),
    );
    try {
      const outcomes = await Promise.all(schedulers.map((s) => s.tick()));
      expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
      const again = await Promise.all(schedulers.map((s) => s.tick()));
      expect(again.flatMap((o) => (o.ran ? o.events : []))).toEqual([]);
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
    }
    const events = await sqlStore(db).events(view.id);
    expect(events.map((e) => [e.type, e.reason])).toEqual([
      ['opened', undefined],
      ['escalated', 'deadline'],
    ]);
    expect((await sqlStore(db).load(view.id))?.handlingUnit).toBe('town-a');
  });

  it('ticks on its own at the interval and stops', async () => {
    const view = await engines[0]!.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    clock.advance(1.5 * day);
    const produced: string[] = [];
    const scheduler = startScheduler({
      engine: engines[1]!,
      db,
      intervalMs: 10,
      onEvents: (events) => produced.push(...events.map((e) => e.type)),
    });
    await expect.poll(() => produced, { timeout: 5_000 }).toEqual(['escalated']);
    await scheduler.stop();
    expect((await sqlStore(db).events(view.id)).length).toBe(2);
  });
});

describe('startScheduler without a database', () => {
  it('runs every tick itself and reports a failed tick without stopping', async () => {
    const clock = testClock();
    const engine = createEngine(engineOptions({ store: memoryStore(), clock: clock.now }));
    let fail = true;
    const runDue = engine.runDue.bind(engine);
    engine.runDue = async (at) => {
      if (fail) throw new Error('database away');
      return runDue(at);
    };
    const errors: unknown[] = [];
    const scheduler = startScheduler({
      engine,
      intervalMs: 5,
      onError: (error) => errors.push(error),
    });
    await expect.poll(() => errors.length, { timeout: 5_000 }).toBeGreaterThan(0);
    fail = false;
    await engine.open('dispute', {
      data: disputeData,
      unit: 'grid-a1-1',
      actor: people.gridWorker,
    });
    clock.advance(1.5 * day);
    await expect
      .poll(
        async () => (await engine.query({ handlingUnit: 'town-a' }, people.townDirector)).length,
        {
          timeout: 5_000,
        },
      )
      .toBe(1);
    await scheduler.stop();
  });
});
