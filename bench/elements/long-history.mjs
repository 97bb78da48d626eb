// The case for <cg-case-detail>: a person of concern linked to their person record, followed for
// years — assigned to a grid worker, then visited 200 times (every 3–10 days, the clock moving
// with each visit), reassessed now and then — all through engine.open and engine.perform.

import { day, hour, seeded } from './random.mjs';
import { sampleValue } from './sample-value.mjs';

/**
 * Opens the record and the case and performs the visits; returns the case id and its number of
 * events.
 *
 * @example
 * ```js
 * const { caseId, events } = await longHistory({ engine, clock, county, visits: 200 });
 * ```
 */
export async function longHistory({ engine, clock, county, visits = 200, seed = 11 }) {
  const random = seeded(seed);
  const grid = county.grids[0];
  const village = county.parentOf(grid);
  const worker = county.worker(grid);
  const [director] = county.at(village, ['centre-director']);
  const [police] = county.at(village, ['resident-police']);
  const record = await engine.open('person', {
    data: { name: '王老五', sex: 'male', birthDate: '1968-04-12', address: '1 组 8 号' },
    unit: grid,
    actor: worker,
  });
  const opened = await engine.open('watched-person', {
    data: {
      name: '王老五',
      person: record.id,
      category: 'petitioner',
      riskLevel: 'medium',
      reason: '长期上访，情绪不稳',
      address: '1 组 8 号',
    },
    unit: grid,
    actor: police,
  });
  const input = (name, overrides) =>
    sampleValue(engine.caseTypes.latest('watched-person').definition.actions[name].input, random, {
      now: clock.now(),
      overrides,
    });
  clock.set(clock.now() + 20 * hour);
  await engine.perform(opened.id, 'assign', {
    actor: director,
    input: { responsible: worker.id },
  });
  for (let visit = 0; visit < visits; visit += 1) {
    clock.set(clock.now() + random.int(3, 10) * day + random.int(0, 8) * hour);
    if (visit % 25 === 24) {
      await engine.perform(opened.id, 'reassess', {
        actor: director,
        input: input('reassess', { riskLevel: random.pick(['high', 'medium']) }),
      });
    }
    await engine.perform(opened.id, 'visit', { actor: worker, input: input('visit') });
  }
  return { caseId: opened.id, events: (await engine.history(opened.id)).length };
}
