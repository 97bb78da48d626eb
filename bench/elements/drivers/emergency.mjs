// 应急指挥: the county command centre receives an incident, dispatches departments (and the
// town) within minutes — one 应急任务 each, acknowledged, on the scene, reported — and the
// incident closes by itself when every task has ended; a few are false alarms.
import { hour, minute } from '../random.mjs';
import { emergencySummaries } from './texts.mjs';

const responders = ['fire-rescue', 'health', 'public-security', 'emergency', 'water', 'transport'];

export const emergencyDispatch = {
  typeId: 'emergency-dispatch',
  weight: 2,
  async *run(c) {
    const { county, random } = c;
    const town = county.parentOf(county.parentOf(random.pick(county.grids)));
    await c.open(
      { summary: random.pick(emergencySummaries), location: `${town} 境内` },
      county.id,
      county.director,
    );
    // Dispatch is due within thirty minutes.
    yield random.int(5, 40) * minute;
    if (random.chance(0.08)) return void (await c.act('cancel'));
    const departments = random.sample(responders, random.int(1, 3));
    const units = [...departments.map((id) => `${county.id}-${id}`), town];
    if (!(await c.act('dispatch', { input: { units } }))) return;
    c.spawn('emergency-task');
    if (random.chance(0.5)) {
      yield random.int(1, 4) * hour;
      await c.act('update-situation');
    }
  },
};

export const emergencyTask = {
  typeId: 'emergency-task',
  weight: 0,
  async *run(c) {
    const { random } = c;
    // Acknowledge within fifteen minutes, be on the scene within two hours.
    yield random.int(3, 25) * minute;
    await c.act('acknowledge');
    yield random.int(15, 150) * minute;
    await c.act('arrive');
    for (let note = random.int(0, 2); note > 0; note -= 1) {
      yield random.int(1, 5) * hour;
      await c.act('progress');
    }
    yield random.int(1, 12) * hour;
    await c.act('complete');
  },
};
