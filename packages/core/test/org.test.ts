import { createOrg } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { allPeople, org, people } from './county.js';

describe('the org', () => {
  const county = createOrg(org);

  it('answers scope questions along the parent chain', () => {
    expect(county.isWithin('grid-a1-1', 'town-a')).toBe(true);
    expect(county.isWithin('grid-a1-1', 'town-b')).toBe(false);
    expect(county.isWithin('town-a', 'grid-a1-1')).toBe(false);
    expect(county.ancestorAt('grid-a1-1', 'town')?.id).toBe('town-a');
    expect(county.parentOf('village-a1')?.id).toBe('town-a');
    expect(county.parentOf('county')).toBeUndefined();
    expect([...county.subtree('village-a1')].sort()).toEqual([
      'grid-a1-1',
      'grid-a1-2',
      'village-a1',
    ]);
    expect(county.path('grid-b1-1').map((u) => u.id)).toEqual([
      'county',
      'town-b',
      'village-b1',
      'grid-b1-1',
    ]);
  });

  it('lists its people, and the people of one unit', () => {
    const withPeople = createOrg({ ...org, people: allPeople });
    expect(withPeople.people).toHaveLength(allPeople.length);
    expect(withPeople.peopleIn('village-a1').map((person) => person.id)).toEqual([
      people.gridWorker.id,
      people.villageMediator.id,
      people.villageDirector.id,
      people.police.id,
    ]);
    expect(county.people).toEqual([]);
    expect(county.peopleIn('village-a1')).toEqual([]);
  });

  it('treats departments as units of the level they serve, never as an area ancestor', () => {
    expect(county.isWithin('county-water', 'county')).toBe(true);
    expect(county.ancestorAt('county-water', 'county')?.id).toBe('county');
  });

  it('reports every problem at once with its pointer', () => {
    const error = (() => {
      try {
        createOrg(
          {
            units: [
              { id: 'c', level: 'county', parent: null },
              { id: 't', level: 'town', parent: 'missing' },
              { id: 'v', level: 'hamlet', parent: 'c' },
              { id: 'g', level: 'county', parent: 'c' },
              { id: 'c', level: 'county', parent: null },
            ],
            people: [{ id: 'p', unit: 'nowhere', roles: [] }],
          },
          { locale: 'en' },
        );
      } catch (e) {
        return e as { code: string; issues: { path: string }[] };
      }
    })();
    expect(error?.code).toBe('invalid-definition');
    expect(error?.issues.map((i) => i.path).sort()).toEqual(
      [
        '/people/0/unit',
        '/units/1/parent',
        '/units/2/level',
        '/units/3/level',
        '/units/4/id',
      ].sort(),
    );
  });

  it('accepts levels a county configures itself', () => {
    const custom = createOrg({
      levels: ['city', 'district', 'street', 'community'],
      units: [
        { id: 'city', level: 'city', parent: null },
        { id: 'd', level: 'district', parent: 'city' },
      ],
    });
    expect(custom.levels).toEqual(['city', 'district', 'street', 'community']);
    expect(custom.ancestorAt('d', 'city')?.id).toBe('city');
  });
});
