import type { NamedEntry } from './roles.js';

/**
 * The county departments (县直部门) cases are dispatched to, by the id the kit suggests for
 * them. In an org, a department is a unit with `kind: 'department'` under its county; its id
 * is the county's choice (`countyTemplate` makes `<county>-<department>`).
 *
 * @example
 * ```ts
 * const units = defaultDepartments.map((d) => ({
 *   id: `qinling-${d.id}`, level: 'county', parent: 'qinling', kind: 'department' as const, title: d.title,
 * }));
 * ```
 */
export const defaultDepartments: readonly NamedEntry[] = Object.freeze([
  { id: 'civil-affairs', title: { 'zh-CN': '民政局', en: 'Civil Affairs Bureau' } },
  { id: 'justice', title: { 'zh-CN': '司法局', en: 'Justice Bureau' } },
  { id: 'petitions', title: { 'zh-CN': '信访局', en: 'Petitions Bureau' } },
  { id: 'emergency', title: { 'zh-CN': '应急管理局', en: 'Emergency Management Bureau' } },
  { id: 'health', title: { 'zh-CN': '卫生健康局', en: 'Health Bureau' } },
  { id: 'water', title: { 'zh-CN': '水利局', en: 'Water Resources Bureau' } },
  {
    id: 'natural-resources',
    title: { 'zh-CN': '自然资源局', en: 'Natural Resources Bureau' },
  },
  { id: 'forestry', title: { 'zh-CN': '林业局', en: 'Forestry Bureau' } },
  {
    id: 'rural-revitalisation',
    title: { 'zh-CN': '乡村振兴局', en: 'Rural Revitalisation Bureau' },
  },
  { id: 'public-security', title: { 'zh-CN': '公安局', en: 'Public Security Bureau' } },
  {
    id: 'human-resources',
    title: { 'zh-CN': '人力资源和社会保障局', en: 'Human Resources and Social Security Bureau' },
  },
  { id: 'medical-security', title: { 'zh-CN': '医疗保障局', en: 'Medical Security Bureau' } },
  {
    id: 'housing',
    title: { 'zh-CN': '住房和城乡建设局', en: 'Housing and Urban-Rural Development Bureau' },
  },
  { id: 'transport', title: { 'zh-CN': '交通运输局', en: 'Transport Bureau' } },
  { id: 'ecology', title: { 'zh-CN': '生态环境分局', en: 'Ecology and Environment Bureau' } },
  { id: 'fire-rescue', title: { 'zh-CN': '消防救援大队', en: 'Fire and Rescue Brigade' } },
]);
