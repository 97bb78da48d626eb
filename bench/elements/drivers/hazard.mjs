// 隐患排查: reported in a grid (or found on a patrol), verified by the town (the county for a
// high severity), fixed on the spot or dispatched to a lead department and co-handlers (one
// 隐患任务 each), re-inspected and closed; a returned task sends it back to be dispatched again.
import { day, hour } from '../random.mjs';
import { address, hazardSummaries } from './texts.mjs';

const doneStates = new Set(['closed', 'dismissed']);

export const hazard = {
  typeId: 'hazard',
  weight: 12,
  async *run(c) {
    const { county, random } = c;
    if (c.id === undefined) {
      const grid = random.pick(county.grids);
      await c.open(
        {
          summary: random.pick(hazardSummaries),
          location: address(random),
          severity: random.pick(['low', 'low', 'medium', 'medium', 'high']),
          source: 'report',
        },
        grid,
        county.worker(grid),
      );
    }
    yield random.int(2, 30) * hour;
    if (random.chance(0.05)) return void (await c.act('dismiss'));
    await c.act('verify');
    for (let round = 0; round < 3; round += 1) {
      yield random.int(1, 40) * hour;
      if (random.chance(0.25)) {
        await c.act('remediate');
      } else {
        // A hazard found on a patrol stays with the village: the town dispatches departments.
        if (county.levelOf((await c.refresh()).handlingUnit) === 'village') await c.act('escalate');
        const [lead, ...co] = random.sample(county.departments, random.int(1, 3));
        if (!(await c.act('dispatch', { input: { lead, coHandlers: co } }))) return;
        c.spawn('hazard-task');
        // Every task done moves it on by itself; a returned task brings it back to `verified`.
        for (let wait = 0; wait < 30 && (await c.refresh()).state === 'dispatched'; wait += 1) {
          yield day;
        }
      }
      if (c.view.state === 'verified') continue;
      yield random.int(1, 4) * day;
      if (random.chance(0.85)) return void (await c.act('reinspect', { input: { passed: true } }));
      if (!(await c.act('send-back'))) return;
      if (doneStates.has(c.view.state)) return;
    }
  },
};

/** 隐患任务: a department accepts (or returns) its part, reports progress, completes it. */
export const hazardTask = {
  typeId: 'hazard-task',
  weight: 0,
  async *run(c) {
    const { random } = c;
    yield random.int(1, 20) * hour;
    if (random.chance(0.06)) return void (await c.act('return'));
    await c.act('accept');
    for (let note = random.int(0, 2); note > 0; note -= 1) {
      yield random.int(1, 4) * day;
      await c.act('progress');
    }
    yield random.int(1, 6) * day;
    await c.act('complete');
  },
};
