// 台账: the registers a grid worker keeps — people, households, places, organisations — opened,
// sometimes updated later, now and then archived.
import { day } from '../random.mjs';
import { address, personName } from './texts.mjs';

const register = (typeId, data) => ({
  typeId,
  weight: 4,
  async *run(c) {
    const { county, random } = c;
    const grid = random.pick(county.grids);
    const worker = county.worker(grid);
    await c.open(data(random), grid, worker);
    if (!random.chance(0.3)) return;
    yield random.int(1, 40) * day;
    await c.act('update', { actor: worker });
    if (!random.chance(0.1)) return;
    yield random.int(1, 10) * day;
    await c.act('archive');
  },
});

export const registers = [
  register('person', (random) => ({ name: personName(random), address: address(random) })),
  register('household', (random) => ({
    name: `${personName(random)}户`,
    address: address(random),
  })),
  register('place', (random) => ({ name: `${personName(random)}商店` })),
  register('organisation', (random) => ({ name: `${personName(random)}合作社` })),
];
