// 巡查: a grid worker's patrol; a finding opens a hazard (a child case the hazard driver then
// follows); the patrol is finished with its checklist, or now and then cancelled.
import { hour, minute } from '../random.mjs';
import { address, hazardSummaries, patrolSummaries } from './texts.mjs';

export const patrol = {
  typeId: 'patrol',
  weight: 12,
  async *run(c) {
    const { county, random } = c;
    const grid = random.pick(county.grids);
    const worker = county.worker(grid);
    await c.open({ summary: random.pick(patrolSummaries) }, grid, worker);
    yield random.int(30, 300) * minute;
    if (random.chance(0.04)) return void (await c.act('cancel', { actor: worker }));
    if (random.chance(0.15)) {
      const found = await c.act('report-finding', {
        actor: worker,
        input: { summary: random.pick(hazardSummaries), location: address(random) },
      });
      if (found) c.spawn('hazard');
      yield random.int(1, 3) * hour;
    }
    await c.act('finish', { actor: worker });
  },
};
