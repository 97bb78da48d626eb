import type { LocalizedText } from '@casegrid/core';

/**
 * A role or a department as the kit names it: a stable id and its title in both languages.
 *
 * @example
 * ```ts
 * const partyMember: NamedEntry = { id: 'party-member', title: { 'zh-CN': '党员', en: 'Party member' } };
 * ```
 */
export interface NamedEntry {
  readonly id: string;
  readonly title: LocalizedText;
}

/**
 * The roles the kit's definitions use. People hold one or more of them; a county may add its
 * own (docs/county-it/adapting-the-kit.md).
 *
 * @example
 * ```ts
 * const label = defaultRoles.find((role) => role.id === 'grid-worker')?.title['zh-CN']; // '网格员'
 * ```
 */
export const defaultRoles: readonly NamedEntry[] = Object.freeze([
  { id: 'grid-worker', title: { 'zh-CN': '网格员', en: 'Grid worker' } },
  { id: 'household-head', title: { 'zh-CN': '中心户长', en: 'Household head' } },
  { id: 'mediator', title: { 'zh-CN': '调解员', en: 'Mediator' } },
  { id: 'resident-police', title: { 'zh-CN': '驻村民警', en: 'Resident police officer' } },
  { id: 'centre-director', title: { 'zh-CN': '中心主任', en: 'Centre director' } },
  { id: 'department-staff', title: { 'zh-CN': '部门工作人员', en: 'Department staff' } },
  { id: 'county-admin', title: { 'zh-CN': '县级管理员', en: 'County administrator' } },
]);
