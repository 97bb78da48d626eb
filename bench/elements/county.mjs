// The bench's county, made with the kit's own county template: 10 towns of 8 villages of 3 grids
// (330 areas) and the kit's departments, with the people a county has — a grid worker per grid
// (whose unit is the village, as in the kit's tests: villages handle most cases, and a person
// acts only on cases handled within their unit); a centre director, a mediator and a resident
// police officer per village; a director and a
// mediator per town; two staff per department; the county's director and administrator.
// Deterministic: Node (the metrics log) and the page (the list) build the same org.
import { countyTemplate, defaultDepartments } from '@casegrid/case-types';
import { seeded } from './random.mjs';

export const countyId = 'qinling';
const townCount = 10;
const villagesPerTown = 8;
const gridsPerVillage = 3;

const digits = '一二三四五六七八九十';
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘';
const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国玉兰志红';

/** Towns → villages → grids, with zh-CN and en titles. */
function towns() {
  return Array.from({ length: townCount }, (_, t) => ({
    id: `town-${t + 1}`,
    title: { 'zh-CN': `${digits[t]}里镇`, en: `Town ${t + 1}` },
    areas: Array.from({ length: villagesPerTown }, (_, v) => ({
      id: `village-${t + 1}-${v + 1}`,
      title: { 'zh-CN': `${digits[t]}里${digits[v]}村`, en: `Village ${t + 1}-${v + 1}` },
      areas: Array.from({ length: gridsPerVillage }, (_, g) => ({
        id: `grid-${t + 1}-${v + 1}-${g + 1}`,
        title: { 'zh-CN': `第${digits[g]}网格`, en: `Grid ${g + 1}` },
      })),
    })),
  }));
}

/**
 * The county: `org` (units and people, for `createEngine`), `people` by role and unit, and the
 * lists the drivers pick from.
 *
 * @example
 * ```js
 * const county = benchCounty();
 * createEngine({ org: county.org, ... });
 * county.at('village-1-1', 'centre-director'); // the village's director
 * ```
 */
export function benchCounty() {
  const random = seeded(7);
  const structure = countyTemplate({
    id: countyId,
    title: { 'zh-CN': '秦岭县', en: 'Qinling County' },
    towns: towns(),
  });
  const people = [];
  const person = (id, unit, roles) => {
    const name = random.pick([...surnames]) + random.pick([...given]) + random.pick([...given]);
    const actor = { id, unit, roles, name };
    people.push(actor);
    return actor;
  };
  const levelOf = new Map(structure.units.map((unit) => [unit.id, unit.level]));
  const parentOf = new Map(structure.units.map((unit) => [unit.id, unit.parent]));
  const villages = [];
  const grids = [];
  const departments = [];
  const workers = new Map();
  for (const unit of structure.units) {
    if (unit.kind === 'department') {
      departments.push(unit.id);
      person(`${unit.id}-staff-1`, unit.id, ['department-staff']);
      person(`${unit.id}-staff-2`, unit.id, ['department-staff']);
    } else if (unit.level === 'town') {
      person(`${unit.id}-director`, unit.id, ['centre-director', 'mediator']);
      person(`${unit.id}-mediator`, unit.id, ['mediator']);
    } else if (unit.level === 'village') {
      villages.push(unit.id);
      person(`${unit.id}-director`, unit.id, ['centre-director']);
      person(`${unit.id}-mediator`, unit.id, ['mediator']);
      person(`${unit.id}-police`, unit.id, ['resident-police']);
    } else if (unit.level === 'grid') {
      grids.push(unit.id);
      workers.set(unit.id, person(`${unit.id}-worker`, unit.parent, ['grid-worker']));
    }
  }
  const director = person(`${countyId}-director`, countyId, ['centre-director', 'mediator']);
  const admin = person(`${countyId}-admin`, countyId, ['county-admin']);
  const byUnit = new Map();
  for (const actor of people) byUnit.set(actor.unit, [...(byUnit.get(actor.unit) ?? []), actor]);
  return {
    id: countyId,
    org: { ...structure, people },
    people,
    villages,
    grids,
    departments,
    director,
    admin,
    departmentIds: defaultDepartments.map((department) => department.id),
    levelOf: (unit) => levelOf.get(unit),
    /** The unit above (`null` at the top). */
    parentOf: (unit) => parentOf.get(unit) ?? null,
    /** The people of one unit holding one of `roles`. */
    at: (unit, roles) =>
      (byUnit.get(unit) ?? []).filter((actor) => actor.roles.some((role) => roles.includes(role))),
    /** The grid worker of a grid. */
    worker: (grid) => workers.get(grid),
  };
}
