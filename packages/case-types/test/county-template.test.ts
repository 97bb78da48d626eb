import { createOrg } from '@casegrid/core';
import { describe, expect, it } from 'vitest';
import { countyTemplate, defaultDepartments, defaultLevels } from '../src/index.js';
import { county } from './kit-county.js';

describe('countyTemplate', () => {
  it('builds a county with one unit per default department and its towns, villages and grids', () => {
    const org = createOrg(county);
    expect(org.levels).toEqual(defaultLevels);
    const departments = org.units.filter((unit) => unit.kind === 'department');
    expect(departments.map((unit) => unit.id)).toEqual(
      defaultDepartments.map((department) => `qinling-${department.id}`),
    );
    expect(departments.every((unit) => unit.level === 'county' && unit.parent === 'qinling')).toBe(
      true,
    );
    expect(org.unit('qinling-water')?.title).toEqual({
      'zh-CN': '水利局',
      en: 'Water Resources Bureau',
    });
    expect(org.path('grid-a1-2').map((unit) => unit.level)).toEqual([
      'county',
      'town',
      'village',
      'grid',
    ]);
    expect(org.isWithin('grid-b1-1', 'town-b')).toBe(true);
  });

  it('takes a county’s own departments and levels', () => {
    const org = countyTemplate({
      id: 'xian',
      title: { 'zh-CN': '某区', en: 'A district' },
      levels: ['district', 'street', 'community'],
      departments: [{ id: 'civil-affairs', title: { 'zh-CN': '民政局' } }],
      towns: [{ id: 'street-1', areas: [{ id: 'community-1' }] }],
    });
    expect(org.units.map((unit) => [unit.id, unit.level])).toEqual([
      ['xian', 'district'],
      ['xian-civil-affairs', 'district'],
      ['street-1', 'street'],
      ['community-1', 'community'],
    ]);
    expect(() => createOrg(org)).not.toThrow();
  });

  it('refuses an outline deeper than the levels, naming where', () => {
    expect(() =>
      countyTemplate({
        id: 'c',
        title: { en: 'C' },
        levels: ['county', 'town'],
        towns: [{ id: 't', areas: [{ id: 'too-deep' }] }],
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-definition',
        issues: [expect.objectContaining({ path: '/towns/0/areas/0' })],
      }),
    );
  });
});
