import {
  CaseGridError,
  defaultLevels,
  type LocalizedText,
  type OrgDefinition,
  type OrgUnit,
} from '@casegrid/core';
import { defaultDepartments } from './departments.js';
import type { NamedEntry } from './roles.js';

/**
 * An area of the county and the areas below it: a town with its villages, a village with its
 * grids. Each area's level follows from its depth.
 *
 * @example
 * ```ts
 * const town: AreaTemplate = { id: 'east', title: { 'zh-CN': '东镇' }, areas: [{ id: 'east-1' }] };
 * ```
 */
export interface AreaTemplate {
  readonly id: string;
  readonly title?: LocalizedText;
  /** The areas one level below. */
  readonly areas?: readonly AreaTemplate[];
}

/**
 * Options of {@link countyTemplate}.
 *
 * @example
 * ```ts
 * const options: CountyTemplateOptions = { id: 'qinling', title: { 'zh-CN': '秦岭县' }, towns: [] };
 * ```
 */
export interface CountyTemplateOptions {
  readonly id: string;
  readonly title: LocalizedText;
  /** The towns, each with its villages and their grids. */
  readonly towns?: readonly AreaTemplate[];
  /** The county's departments (default {@link defaultDepartments}); `[]` for none. */
  readonly departments?: readonly NamedEntry[];
  /** The org levels, top first (default county → town → village → grid). */
  readonly levels?: readonly string[];
}

/**
 * An org for a county from a nested outline: the county, one department unit per department
 * (`<county>-<department>`, at the county's level), and the towns, villages and grids given.
 * A starting point for a county's own org file; the result goes to `createEngine({ org })`.
 * Throws `invalid-definition` when the outline is deeper than the levels.
 *
 * @example
 * ```ts
 * const org = countyTemplate({
 *   id: 'qinling', title: { 'zh-CN': '秦岭县', en: 'Qinling County' },
 *   towns: [{ id: 'east', title: { 'zh-CN': '东镇' }, areas: [{ id: 'east-1', areas: [{ id: 'east-1-g1' }] }] }],
 * });
 * org.units.find((unit) => unit.id === 'qinling-water'); // the water bureau, a department
 * ```
 */
export function countyTemplate(options: CountyTemplateOptions): OrgDefinition {
  const levels = options.levels ?? defaultLevels;
  const top = levels[0] ?? 'county';
  const units: OrgUnit[] = [{ id: options.id, level: top, parent: null, title: options.title }];
  for (const department of options.departments ?? defaultDepartments) {
    units.push({
      id: `${options.id}-${department.id}`,
      level: top,
      parent: options.id,
      kind: 'department',
      title: department.title,
    });
  }
  const add = (areas: readonly AreaTemplate[], parent: string, depth: number, path: string) => {
    areas.forEach((area, index) => {
      const level = levels[depth];
      const at = `${path}/${index}`;
      if (level === undefined) {
        throw new CaseGridError(
          'invalid-definition',
          `The outline at ${at} is deeper than the levels.`,
          [
            {
              path: at,
              message: `“${area.id}” is below the lowest level (${levels.join(' → ')}).`,
            },
          ],
        );
      }
      units.push({ id: area.id, level, parent, ...(area.title ? { title: area.title } : {}) });
      add(area.areas ?? [], area.id, depth + 1, `${at}/areas`);
    });
  };
  add(options.towns ?? [], options.id, 1, '/towns');
  return { levels, units };
}
