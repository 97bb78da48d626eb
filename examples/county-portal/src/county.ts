import type { Actor, LocalizedText, OrgDefinition, OrgUnit } from '@casegrid/core';

/**
 * A person of the demo county: an actor (id, unit, roles, name in Chinese) with the name in
 * pinyin for English pages and the grid they walk, for grid workers and household heads.
 *
 * @example
 * ```ts
 * const person: DemoPerson = { id: 'wang-fang', unit: 'taoyuan', roles: ['grid-worker'], name: '王芳', pinyin: 'Wang Fang', grid: 'taoyuan-1' };
 * ```
 */
export interface DemoPerson extends Actor {
  readonly name: string;
  readonly pinyin: string;
  /** The grid this person works in (grid workers belong to their village: 县聘、镇管、村用). */
  readonly grid?: string;
}

const area = (id: string, level: string, parent: string | null, zh: string, en: string): OrgUnit =>
  ({ id, level, parent, title: { 'zh-CN': zh, en } }) as const;

const towns = [
  { id: 'dongxi', zh: '东溪镇', en: 'Dongxi Town' },
  { id: 'xiping', zh: '西坪镇', en: 'Xiping Town' },
] as const;

const villages = [
  { id: 'taoyuan', town: 'dongxi', zh: '桃源村', en: 'Taoyuan Village' },
  { id: 'shiqiao', town: 'dongxi', zh: '石桥村', en: 'Shiqiao Village' },
  { id: 'liuwan', town: 'xiping', zh: '柳湾社区', en: 'Liuwan Community' },
  { id: 'qingshan', town: 'xiping', zh: '青山村', en: 'Qingshan Village' },
] as const;

/** The county's departments (their ids are the kit's department ids, prefixed `dept-`). */
const departments: readonly { readonly id: string; readonly title: LocalizedText }[] = [
  { id: 'civil-affairs', title: { 'zh-CN': '县民政局', en: 'Civil Affairs Bureau' } },
  { id: 'justice', title: { 'zh-CN': '县司法局', en: 'Justice Bureau' } },
  { id: 'petitions', title: { 'zh-CN': '县信访局', en: 'Petitions Bureau' } },
  { id: 'emergency', title: { 'zh-CN': '县应急管理局', en: 'Emergency Management Bureau' } },
  { id: 'health', title: { 'zh-CN': '县卫生健康局', en: 'Health Commission' } },
  { id: 'water', title: { 'zh-CN': '县水利局', en: 'Water Resources Bureau' } },
  { id: 'natural-resources', title: { 'zh-CN': '县自然资源局', en: 'Natural Resources Bureau' } },
  { id: 'forestry', title: { 'zh-CN': '县林业局', en: 'Forestry Bureau' } },
  {
    id: 'rural-revitalisation',
    title: { 'zh-CN': '县乡村振兴局', en: 'Rural Revitalisation Bureau' },
  },
  { id: 'public-security', title: { 'zh-CN': '县公安局', en: 'Public Security Bureau' } },
];

/**
 * The unit id of a county department.
 *
 * @example
 * ```ts
 * departmentUnit('water'); // 'dept-water'
 * ```
 */
export const departmentUnit = (departmentId: string): string => `dept-${departmentId}`;

/**
 * The units: 松岭县 → 2 towns → 4 villages → 8 grids, and the county departments.
 *
 * @example
 * ```ts
 * units.filter((unit) => unit.level === 'grid').length; // 8
 * ```
 */
export const units: readonly OrgUnit[] = [
  area('songling', 'county', null, '松岭县', 'Songling County'),
  ...departments.map((department) => ({
    id: departmentUnit(department.id),
    level: 'county',
    parent: 'songling',
    kind: 'department' as const,
    title: department.title,
  })),
  ...towns.map((town) => area(town.id, 'town', 'songling', town.zh, town.en)),
  ...villages.map((village) => area(village.id, 'village', village.town, village.zh, village.en)),
  ...villages.flatMap((village) =>
    [1, 2].map((n) =>
      area(
        `${village.id}-${n}`,
        'grid',
        village.id,
        `${village.zh}第${n === 1 ? '一' : '二'}网格`,
        `${village.en}, grid ${n}`,
      ),
    ),
  ),
];

const person = (
  id: string,
  name: string,
  pinyin: string,
  unit: string,
  roles: readonly string[],
  grid?: string,
): DemoPerson => ({ id, name, pinyin, unit, roles, ...(grid ? { grid } : {}) });

/**
 * The people, 33: who works where, with which roles.
 *
 * @example
 * ```ts
 * people.find((person) => person.id === 'zheng-hua'); // Dongxi Town's centre director
 * ```
 */
export const people: readonly DemoPerson[] = [
  // Grid workers: two per village, one per grid.
  person('wang-fang', '王芳', 'Wang Fang', 'taoyuan', ['grid-worker'], 'taoyuan-1'),
  person('li-qiang', '李强', 'Li Qiang', 'taoyuan', ['grid-worker'], 'taoyuan-2'),
  person('zhang-min', '张敏', 'Zhang Min', 'shiqiao', ['grid-worker'], 'shiqiao-1'),
  person('liu-yang', '刘洋', 'Liu Yang', 'shiqiao', ['grid-worker'], 'shiqiao-2'),
  person('chen-jing', '陈静', 'Chen Jing', 'liuwan', ['grid-worker'], 'liuwan-1'),
  person('yang-lei', '杨磊', 'Yang Lei', 'liuwan', ['grid-worker'], 'liuwan-2'),
  person('zhao-li', '赵丽', 'Zhao Li', 'qingshan', ['grid-worker'], 'qingshan-1'),
  person('huang-tao', '黄涛', 'Huang Tao', 'qingshan', ['grid-worker'], 'qingshan-2'),
  // Household heads (中心户长): one in the first grid of each village.
  person('zhou-dehai', '周德海', 'Zhou Dehai', 'taoyuan-1', ['household-head'], 'taoyuan-1'),
  person('wu-guilan', '吴桂兰', 'Wu Guilan', 'shiqiao-1', ['household-head'], 'shiqiao-1'),
  person('xu-changfa', '徐长发', 'Xu Changfa', 'liuwan-1', ['household-head'], 'liuwan-1'),
  person('sun-xiuying', '孙秀英', 'Sun Xiuying', 'qingshan-1', ['household-head'], 'qingshan-1'),
  // Village mediators and centre directors.
  person('ma-jianguo', '马建国', 'Ma Jianguo', 'taoyuan', ['mediator']),
  person('zhu-hong', '朱红', 'Zhu Hong', 'shiqiao', ['mediator']),
  person('hu-zhiming', '胡志明', 'Hu Zhiming', 'liuwan', ['mediator']),
  person('guo-shulan', '郭淑兰', 'Guo Shulan', 'qingshan', ['mediator']),
  person('he-wei', '何伟', 'He Wei', 'taoyuan', ['centre-director']),
  person('gao-yan', '高燕', 'Gao Yan', 'shiqiao', ['centre-director']),
  person('lin-feng', '林峰', 'Lin Feng', 'liuwan', ['centre-director']),
  person('luo-xia', '罗霞', 'Luo Xia', 'qingshan', ['centre-director']),
  // Resident police: one per town, stationed in its first village.
  person('liang-bo', '梁波', 'Liang Bo', 'taoyuan', ['resident-police']),
  person('song-kai', '宋凯', 'Song Kai', 'liuwan', ['resident-police']),
  // Town centre directors (they mediate too).
  person('zheng-hua', '郑华', 'Zheng Hua', 'dongxi', ['centre-director', 'mediator']),
  person('xie-ping', '谢平', 'Xie Ping', 'xiping', ['centre-director', 'mediator']),
  // The county.
  person('han-dong', '韩东', 'Han Dong', 'songling', ['centre-director', 'mediator']),
  person('tang-li', '唐莉', 'Tang Li', 'songling', ['county-admin']),
  // Department staff.
  person('feng-yu', '冯宇', 'Feng Yu', departmentUnit('civil-affairs'), ['department-staff']),
  person('deng-qin', '邓琴', 'Deng Qin', departmentUnit('justice'), ['department-staff']),
  person('cao-yong', '曹勇', 'Cao Yong', departmentUnit('emergency'), ['department-staff']),
  person('peng-bin', '彭斌', 'Peng Bin', departmentUnit('water'), ['department-staff']),
  person('zeng-rui', '曾锐', 'Zeng Rui', departmentUnit('natural-resources'), ['department-staff']),
  person('xiao-na', '肖娜', 'Xiao Na', departmentUnit('health'), ['department-staff']),
  person('tian-jun', '田军', 'Tian Jun', departmentUnit('rural-revitalisation'), [
    'department-staff',
  ]),
];

/**
 * The demo county 松岭县 (Songling County, fictional) as an org definition with its people.
 *
 * @example
 * ```ts
 * const org = createOrg(county);
 * org.isWithin('taoyuan-1', 'dongxi'); // true
 * ```
 */
export const county: OrgDefinition = { units, people };
