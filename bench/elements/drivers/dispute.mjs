// 矛盾纠纷: reported in a grid, accepted and mediated by the village (or, escalated, the town),
// settled and visited again — or referred, withdrawn, escalated; left alone it escalates itself.
import { day, hour } from '../random.mjs';
import { address, disputeSummaries, personName } from './texts.mjs';

export const dispute = {
  typeId: 'dispute',
  weight: 20,
  async *run(c) {
    const { county, random } = c;
    const grid = random.pick(county.grids);
    await c.open(
      {
        summary: random.pick(disputeSummaries),
        parties: [personName(random), personName(random)],
        location: address(random),
      },
      grid,
      county.worker(grid),
    );
    // Past one working day, the engine sends it to the town.
    yield random.int(1, 36) * hour;
    await c.act('accept');
    yield random.int(1, 12) * day;
    const roll = random.next();
    if (roll < 0.08) {
      await c.act('escalate');
      yield random.int(2, 30) * hour;
      await c.act('accept');
      yield random.int(1, 8) * day;
    }
    if (roll > 0.96) return void (await c.act('withdraw'));
    if (roll > 0.9) return void (await c.act('refer'));
    const { handlingUnit } = await c.refresh();
    if (random.chance(0.04) && county.levelOf(handlingUnit) !== 'county') {
      await c.act('reassign', { input: { assignee: `${handlingUnit}-mediator` } });
    }
    if (!(await c.act('resolve', { input: { partiesAgree: true } }))) return;
    // The follow-up visit is due within fifteen days.
    yield random.int(2, 18) * day;
    if (random.chance(0.05)) {
      await c.act('reopen');
      yield random.int(1, 6) * day;
      if (!(await c.act('resolve', { input: { partiesAgree: true } }))) return;
      yield random.int(2, 10) * day;
    }
    await c.act('follow-up', {
      input: { agreementKept: true, satisfaction: random.int(2, 5) },
    });
  },
};
