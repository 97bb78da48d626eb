// The laws of sync over random offline work: whatever two devices do to the same cases, and
// whenever each syncs, every local event ends confirmed or rejected (or taken again as events
// that do), and after both sync and pull, each device shows exactly what the server has.
// The same property over the SQL store: sync-sql.test.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { offlineStep, offlineWork } from './offline-work.js';
import { testCounty } from './sync-support.js';

describe('sync over random offline work on two devices', () => {
  it('converges, and settles every local event as confirmed or rejected', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(offlineStep, { minLength: 1, maxLength: 25 }), (steps) =>
        offlineWork(testCounty(), steps),
      ),
      { numRuns: 50 },
    );
  });
});
