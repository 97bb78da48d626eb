import type { CaseEngine, CaseView } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { registerTypeIds } from '../src/index.js';
import { people, testEngine } from './kit-county.js';
import { samples } from './samples.js';

const { gridWorker, householdHead, villageDirector, townDirector, countyDirector } = people;

type Opener = (engine: CaseEngine) => Promise<CaseView>;

// Each kit case type in its first state, with the centre director in charge of it.
const openers: Record<string, [Opener, typeof villageDirector]> = {
  dispute: [
    (e) => e.open('dispute', { data: samples.dispute, unit: 'grid-a1-1', actor: gridWorker }),
    villageDirector,
  ],
  hazard: [
    (e) => e.open('hazard', { data: samples.hazard, unit: 'grid-a1-1', actor: gridWorker }),
    townDirector,
  ],
  'hazard-task': [
    async (e) => {
      const { id } = await e.open('hazard', {
        data: samples.hazard,
        unit: 'grid-a1-1',
        actor: gridWorker,
      });
      await e.perform(id, 'verify', { actor: townDirector, input: {} });
      const parent = await e.perform(id, 'dispatch', {
        actor: townDirector,
        input: { lead: 'qinling-water' },
      });
      return e.get(parent.children[0]!.id);
    },
    countyDirector,
  ],
  'watched-person': [
    (e) =>
      e.open('watched-person', {
        data: samples.watchedPerson,
        unit: 'grid-a1-1',
        actor: gridWorker,
      }),
    villageDirector,
  ],
  'poverty-watch': [
    (e) =>
      e.open('poverty-watch', {
        data: samples.povertyWatch,
        unit: 'grid-a1-1',
        actor: householdHead,
      }),
    villageDirector,
  ],
  'service-request': [
    (e) =>
      e.open('service-request', {
        data: samples.serviceRequest,
        unit: 'grid-a1-1',
        actor: householdHead,
      }),
    villageDirector,
  ],
  patrol: [
    (e) => e.open('patrol', { data: samples.patrol, unit: 'grid-a1-1', actor: gridWorker }),
    villageDirector,
  ],
  'emergency-dispatch': [
    (e) =>
      e.open('emergency-dispatch', {
        data: samples.emergencyDispatch,
        unit: 'qinling',
        actor: countyDirector,
      }),
    countyDirector,
  ],
  'emergency-task': [
    async (e) => {
      const { id } = await e.open('emergency-dispatch', {
        data: samples.emergencyDispatch,
        unit: 'qinling',
        actor: countyDirector,
      });
      const parent = await e.perform(id, 'dispatch', {
        actor: countyDirector,
        input: { units: ['town-a'] },
      });
      return e.get(parent.children[0]!.id);
    },
    countyDirector,
  ],
};

describe('reassign (改派), the action every kit case type has', () => {
  it('covers every kit type that is not a register', () => {
    const { engine } = testEngine();
    const types = engine.caseTypes
      .all()
      .map((t) => t.id)
      .filter((id) => !registerTypeIds.includes(id));
    expect(Object.keys(openers).sort()).toEqual(types.sort());
  });

  it.each(Object.entries(openers))(
    'hands a %s to another person without moving it, for a centre director only',
    async (_type, [open, director]) => {
      const { engine } = testEngine();
      const view = await open(engine);
      expect(await engine.available(view.id, director)).toContain('reassign');
      const reassigned = await engine.perform(view.id, 'reassign', {
        actor: director,
        input: { assignee: 'qian-er' },
      });
      expect(reassigned).toMatchObject({
        assignee: 'qian-er',
        state: view.state,
        handlingUnit: view.handlingUnit,
      });
      expect(reassigned.deadline).toEqual(view.deadline);
      await expect(
        engine.perform(view.id, 'reassign', {
          actor: gridWorker,
          input: { assignee: 'zhang-san' },
        }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await expect(
        engine.perform(view.id, 'reassign', {
          actor: director,
          input: { assignee: 'nobody-known' },
        }),
      ).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: '/assignee' }] });
    },
  );
});
