// 代办服务: a resident's request taken by the grid worker, sometimes passed to a department and
// answered, completed, then followed up and rated — or closed unrated by the engine after seven
// days without a follow-up; a few are declined or handled again after a poor rating.
import { day, hour } from '../random.mjs';
import { personName, serviceSummaries } from './texts.mjs';

export const serviceRequest = {
  typeId: 'service-request',
  weight: 18,
  async *run(c) {
    const { county, random } = c;
    const grid = random.pick(county.grids);
    const worker = county.worker(grid);
    await c.open(
      {
        summary: random.pick(serviceSummaries),
        requester: personName(random),
        phone: `139${random.int(10_000_000, 99_999_999)}`,
        urgency: random.chance(0.1) ? 'urgent' : 'normal',
      },
      grid,
      worker,
    );
    yield random.int(1, 30) * hour;
    if (random.chance(0.04)) return void (await c.act('decline'));
    await c.act('accept', { actor: worker });
    yield random.int(4, 72) * hour;
    if (random.chance(0.25)) {
      const department = random.pick(county.departments);
      await c.act('forward', { input: { department } });
      yield random.int(1, 12) * day;
      await c.act('department-reply');
      yield random.int(2, 48) * hour;
    }
    await c.act('complete');
    // Seven days without a follow-up: the engine closes it unrated.
    yield random.int(1, 9) * day;
    if (random.chance(0.06)) {
      await c.act('reopen', { input: { satisfaction: random.int(1, 2) } });
      yield random.int(1, 3) * day;
      await c.act('complete');
      yield random.int(1, 5) * day;
    }
    await c.act('follow-up', { input: { satisfaction: random.int(3, 5) } });
  },
};
