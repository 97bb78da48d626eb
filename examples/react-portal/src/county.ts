// A small fictional county, 青溪县: the units from the kit's outline helper, and a dozen people
// at every level, so the person switcher shows how one list and one detail change with who is
// looking (a grid worker sees their village, a town director the town, a bureau its tasks).
import { countyTemplate } from '@casegrid/case-types';
import type { Actor, OrgDefinition } from '@casegrid/core';

/**
 * A person of the example county: an actor with the name in pinyin for the English page.
 *
 * @example
 * ```ts
 * const chen: Person = { id: 'chen-li', name: '陈丽', pinyin: 'Chen Li', unit: 'liulin', roles: ['grid-worker'] };
 * ```
 */
export interface Person extends Actor {
  readonly name: string;
  readonly pinyin: string;
}

const units = countyTemplate({
  id: 'qingxi',
  title: { 'zh-CN': '青溪县', en: 'Qingxi County' },
  towns: [
    {
      id: 'hekou',
      title: { 'zh-CN': '河口镇', en: 'Hekou Town' },
      areas: [
        {
          id: 'liulin',
          title: { 'zh-CN': '柳林村', en: 'Liulin Village' },
          areas: [
            { id: 'liulin-1', title: { 'zh-CN': '柳林村第一网格', en: 'Liulin, grid 1' } },
            { id: 'liulin-2', title: { 'zh-CN': '柳林村第二网格', en: 'Liulin, grid 2' } },
          ],
        },
        {
          id: 'shimen',
          title: { 'zh-CN': '石门村', en: 'Shimen Village' },
          areas: [{ id: 'shimen-1', title: { 'zh-CN': '石门村第一网格', en: 'Shimen, grid 1' } }],
        },
      ],
    },
    {
      id: 'yunxi',
      title: { 'zh-CN': '云溪镇', en: 'Yunxi Town' },
      areas: [
        {
          id: 'zhuping',
          title: { 'zh-CN': '竹坪村', en: 'Zhuping Village' },
          areas: [
            { id: 'zhuping-1', title: { 'zh-CN': '竹坪村第一网格', en: 'Zhuping, grid 1' } },
            { id: 'zhuping-2', title: { 'zh-CN': '竹坪村第二网格', en: 'Zhuping, grid 2' } },
          ],
        },
      ],
    },
  ],
});

const person = (
  id: string,
  name: string,
  pinyin: string,
  unit: string,
  roles: readonly string[],
): Person => ({ id, name, pinyin, unit, roles });

/**
 * The people, in the order the switcher lists them. Grid workers belong to their village
 * (县聘、镇管、村用); department staff to their bureau, a unit `countyTemplate` made.
 *
 * @example
 * ```ts
 * people.filter((p) => p.roles.includes('mediator')).map((p) => p.name); // ['李桂花', '孙兰', ...]
 * ```
 */
export const people: readonly Person[] = [
  person('chen-li', '陈丽', 'Chen Li', 'liulin', ['grid-worker']),
  person('wang-jun', '王军', 'Wang Jun', 'zhuping', ['grid-worker']),
  person('zhou-hai', '周海', 'Zhou Hai', 'liulin-1', ['household-head']),
  person('li-guihua', '李桂花', 'Li Guihua', 'liulin', ['mediator']),
  person('zhao-ming', '赵明', 'Zhao Ming', 'liulin', ['centre-director']),
  person('sun-lan', '孙兰', 'Sun Lan', 'zhuping', ['centre-director', 'mediator']),
  person('liu-bo', '刘波', 'Liu Bo', 'hekou', ['centre-director', 'mediator']),
  person('he-ping', '何平', 'He Ping', 'yunxi', ['centre-director', 'mediator']),
  person('xu-jing', '徐静', 'Xu Jing', 'qingxi', ['centre-director', 'mediator']),
  person('ma-tao', '马涛', 'Ma Tao', 'qingxi-water', ['department-staff']),
];

/**
 * The example county as `createEngine({ org })` takes it: units and people.
 *
 * @example
 * ```ts
 * const engine = createEngine({ caseTypes: kitCaseTypes(), org: county, store: memoryLocalStore() });
 * engine.org.isWithin('liulin-1', 'hekou'); // true
 * ```
 */
export const county: OrgDefinition = { ...units, people };

/**
 * A person of the example county by id; throws for an id nobody has (a typo in the seed).
 *
 * @example
 * ```ts
 * await engine.perform(caseId, 'accept', { actor: personById('li-guihua') });
 * ```
 */
export function personById(id: string): Person {
  const found = people.find((p) => p.id === id);
  if (found === undefined) throw new Error(`No person ${id} in the example county`);
  return found;
}
