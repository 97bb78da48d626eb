import { describe, expect, it } from 'vitest';
import { people, testEngine } from './kit-county.js';
import { samples } from './samples.js';

const { gridWorker, householdHead, villageDirector, neighbourGridWorker, townDirector } = people;

async function registered() {
  const setup = testEngine();
  const view = await setup.engine.open('person', {
    data: samples.person,
    unit: 'grid-a1-1',
    actor: gridWorker,
  });
  return { ...setup, id: view.id, view };
}

describe('the registers (台账): records with a trivial lifecycle', () => {
  it('creates a record that lives in the grid it was made in', async () => {
    const { view } = await registered();
    expect(view).toMatchObject({
      typeId: 'person',
      state: 'active',
      unit: 'grid-a1-1',
      handlingUnit: 'grid-a1-1',
      deadline: null,
      data: samples.person,
    });
  });

  it('updates only the fields given, and keeps every earlier version in the history', async () => {
    const { engine, id, clock } = await registered();
    clock.advance(86_400_000);
    await engine.perform(id, 'update', {
      actor: gridWorker,
      input: { phone: '13912345678', tags: ['elderly-alone'] },
    });
    const moved = await engine.perform(id, 'update', {
      actor: villageDirector,
      input: { residence: 'away', address: '西安市' },
    });
    expect(moved.data).toEqual({
      ...samples.person,
      phone: '13912345678',
      tags: ['elderly-alone'],
      residence: 'away',
      address: '西安市',
    });
    expect(moved.state).toBe('active');
    const versions = (await engine.history(id)).map((event) => event.data?.residence);
    expect(versions).toEqual(['resident', 'resident', 'away']);
    const who = (await engine.history(id)).map((event) => event.actor.id);
    expect(who).toEqual(['zhang-san', 'zhang-san', 'chen-qi']);
  });

  it('refuses an empty update and data the schema does not allow', async () => {
    const { engine, id } = await registered();
    await expect(
      engine.perform(id, 'update', { actor: gridWorker, input: {} }),
    ).rejects.toMatchObject({
      code: 'invalid-input',
    });
    await expect(
      engine.perform(id, 'update', { actor: gridWorker, input: { idCard: '110101199003071234' } }),
    ).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: '/input/idCard' }] });
  });

  it('is archived, frozen while archived, restored, and removed for good', async () => {
    const { engine, id } = await registered();
    expect(
      await engine.perform(id, 'archive', { actor: villageDirector, input: {} }),
    ).toMatchObject({
      state: 'archived',
      closed: false,
    });
    expect(await engine.available(id, gridWorker)).toEqual([]);
    expect(await engine.available(id, villageDirector)).toEqual(['restore', 'remove']);
    await engine.perform(id, 'restore', { actor: villageDirector });
    await engine.perform(id, 'update', { actor: gridWorker, input: { notes: '已返乡' } });
    const removed = await engine.perform(id, 'remove', {
      actor: villageDirector,
      input: { reason: '已故' },
    });
    expect(removed).toMatchObject({ state: 'removed', closed: true, data: { notes: '已返乡' } });
    await expect(
      engine.perform(id, 'update', { actor: gridWorker, input: { notes: '更正' } }),
    ).rejects.toMatchObject({ code: 'not-available' });
  });

  it('is scoped like a case: seen and changed within the grid’s village and above, nowhere else', async () => {
    const { engine, id } = await registered();
    expect((await engine.query({ typeId: 'person' }, townDirector)).map((v) => v.id)).toEqual([id]);
    expect(await engine.query({ typeId: 'person' }, neighbourGridWorker)).toEqual([]);
    await expect(
      engine.perform(id, 'update', { actor: neighbourGridWorker, input: { notes: '改' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      engine.perform(id, 'archive', { actor: gridWorker, input: {} }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('links records to one another by case id: a household, its head and members, a place and its organisation', async () => {
    const { engine, id: personId } = await registered();
    const household = await engine.open('household', {
      data: { ...samples.household, head: personId, members: [personId] },
      unit: 'grid-a1-1',
      actor: householdHead,
    });
    await engine.perform(personId, 'update', {
      actor: gridWorker,
      input: { household: household.id },
    });
    const organisation = await engine.open('organisation', {
      data: { ...samples.organisation, contact: personId, creditCode: '93610000MA6TG1234X' },
      unit: 'village-a1',
      actor: villageDirector,
    });
    const place = await engine.open('place', {
      data: {
        ...samples.place,
        organisation: organisation.id,
        location: { address: '东一村后山', lat: 33.9, lng: 108.9 },
      },
      unit: 'grid-a1-1',
      actor: gridWorker,
    });
    expect((await engine.get(personId)).data.household).toBe(household.id);
    expect(household.data).toMatchObject({ head: personId, members: [personId] });
    expect(place.data.organisation).toBe(organisation.id);
    await expect(
      engine.open('organisation', {
        data: { ...samples.organisation, creditCode: 'not-a-code' },
        unit: 'village-a1',
        actor: villageDirector,
      }),
    ).rejects.toMatchObject({ code: 'invalid-input', issues: [{ path: '/data/creditCode' }] });
  });
});
