// 人盯人: a person of concern (重点人员) gets a responsible grid worker who visits on a schedule
// set by the risk level — some visits late, so some are missed — with reassessments and, at low
// risk, release; a household at risk of returning to poverty (防返贫监测) is verified at home,
// approved by the town, checked at home on its schedule, assisted, and leaves the watch.
import { day, hour } from '../random.mjs';
import { address, personName, reasons } from './texts.mjs';

const visitDays = {
  'watched-person': { high: 7, medium: 15, low: 30 },
  'poverty-watch': { high: 15, medium: 30, low: 90 },
};

/** Days until the next visit: mostly in time, one in eight a little late. */
function nextVisit(c, typeId) {
  const interval = visitDays[typeId][c.view.data.riskLevel] ?? 30;
  const late = c.random.chance(0.125);
  return (
    (late ? interval + c.random.int(1, 4) : c.random.int(Math.ceil(interval / 2), interval)) * day
  );
}

export const watchedPerson = {
  typeId: 'watched-person',
  weight: 12,
  async *run(c) {
    const { county, random } = c;
    const grid = random.pick(county.grids);
    const village = county.parentOf(grid);
    await c.open(
      {
        name: personName(random),
        reason: random.pick(reasons),
        address: address(random),
      },
      grid,
      county.at(village, ['resident-police'])[0],
    );
    // Without a responsible person after three days, it goes up by itself.
    yield random.int(2, 80) * hour;
    const responsible = county.worker(grid).id;
    if (!(await c.act('assign', { input: { responsible } }))) return;
    for (let visit = 0; visit < 40; visit += 1) {
      yield nextVisit(c, 'watched-person');
      if (random.chance(0.08)) await c.act('reassess');
      if (c.view.data.riskLevel === 'low' && random.chance(0.15)) {
        return void (await c.act('release'));
      }
      if (!(await c.act('visit', { input: { concern: random.chance(0.1) } }))) return;
    }
  },
};

export const povertyWatch = {
  typeId: 'poverty-watch',
  weight: 8,
  async *run(c) {
    const { county, random } = c;
    const grid = random.pick(county.grids);
    const worker = county.worker(grid);
    const name = personName(random);
    const household = await c.openRecord(
      'household',
      { name: `${name}户`, address: address(random), memberCount: random.int(1, 7) },
      grid,
      worker,
    );
    yield random.int(1, 48) * hour;
    await c.open({ name, household: household.id, members: random.int(1, 7) }, grid, worker);
    yield random.int(1, 7) * day;
    await c.act('verify');
    yield random.int(1, 9) * day;
    if (random.chance(0.15)) return void (await c.act('reject', { level: 'town' }));
    if (!(await c.act('approve', { level: 'town', input: { assignee: worker.id } }))) return;
    let assisted = false;
    for (let check = 0; check < 12; check += 1) {
      yield nextVisit(c, 'poverty-watch');
      if (!assisted && random.chance(0.5)) assisted = await c.act('assist');
      if (assisted && c.view.data.riskLevel !== 'low' && random.chance(0.2)) {
        await c.act('reassess', { input: { riskLevel: 'low' } });
      }
      if (assisted && c.view.data.riskLevel === 'low' && random.chance(0.3)) {
        return void (await c.act('exit'));
      }
      if (!(await c.act('visit'))) return;
    }
  },
};
