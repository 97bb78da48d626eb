import type { Locale, LocalizedText } from '../definition/case-type-definition.js';
import { CaseGridError, type CaseGridIssue } from '../errors/case-grid-error.js';
import { text } from '../i18n/messages.js';

/**
 * The default org levels, top first: 县(区) county → 镇(办) town → 村(社区) village → 网格 grid.
 *
 * @example
 * ```ts
 * createOrg({ levels: defaultLevels, units }); // the same as leaving `levels` out
 * ```
 */
export const defaultLevels: readonly string[] = ['county', 'town', 'village', 'grid'];

/**
 * One unit of the org: an area (county, town, village, grid) or a department. A department
 * takes the level of the area it belongs to.
 */
export interface OrgUnit {
  readonly id: string;
  readonly level: string;
  /** The unit above; `null` for the top. */
  readonly parent: string | null;
  readonly title?: LocalizedText;
  /** `area` (default) or `department` (民政, 司法, 应急...). */
  readonly kind?: 'area' | 'department';
}

/**
 * A person acting on cases: one unit, several roles (县聘、镇管、村用).
 *
 * @example
 * ```ts
 * const actor: Actor = { id: 'zhang-san', unit: 'grid-1', roles: ['grid-worker'] };
 * ```
 */
export interface Actor {
  readonly id: string;
  readonly unit: string;
  readonly roles: readonly string[];
  readonly name?: string;
}

/** The org as data: levels (top first), units, and optionally the people. */
export interface OrgDefinition {
  readonly levels?: readonly string[];
  readonly units: readonly OrgUnit[];
  readonly people?: readonly Actor[];
}

/** A checked org with fast scope questions. Create it with {@link createOrg}. */
export interface Org {
  readonly levels: readonly string[];
  readonly units: readonly OrgUnit[];
  unit(id: string): OrgUnit | undefined;
  /** The people, when the org was given them. */
  person(id: string): Actor | undefined;
  /** The people the org was given (empty when none), in the order given. */
  readonly people: readonly Actor[];
  /** The people who belong to a unit. */
  peopleIn(unitId: string): readonly Actor[];
  readonly hasPeople: boolean;
  /** The unit above, or `undefined` at the top. */
  parentOf(id: string): OrgUnit | undefined;
  /** Whether `unitId` is `ancestorId` or lies below it. */
  isWithin(unitId: string, ancestorId: string): boolean;
  /** The unit itself or its nearest ancestor at `level`. */
  ancestorAt(unitId: string, level: string): OrgUnit | undefined;
  /** The ids of the unit and every unit below it. */
  subtree(unitId: string): ReadonlySet<string>;
  /** The units from the top down to this one. */
  path(unitId: string): readonly OrgUnit[];
}

/**
 * Checks an org and indexes it for scope questions. Every problem (unknown parent, unknown
 * level, cycle, duplicate id, a child above its parent) is reported at once.
 *
 * @example
 * ```ts
 * const org = createOrg({
 *   units: [
 *     { id: 'county', level: 'county', parent: null },
 *     { id: 'town-1', level: 'town', parent: 'county' },
 *     { id: 'village-1', level: 'village', parent: 'town-1' },
 *   ],
 * });
 * org.isWithin('village-1', 'county'); // true
 * ```
 */
export function createOrg(definition: OrgDefinition, options: { locale?: Locale } = {}): Org {
  const locale = options.locale ?? 'zh-CN';
  const levels = definition.levels ?? defaultLevels;
  const issues: CaseGridIssue[] = [];
  const byId = new Map<string, OrgUnit>();
  const levelRank = new Map(levels.map((level, index) => [level, index]));

  if (new Set(levels).size !== levels.length) {
    issues.push({
      path: '/levels',
      message: text(locale, 'org.duplicateLevel'),
      keyword: 'unique',
    });
  }
  definition.units.forEach((unit, index) => {
    if (byId.has(unit.id)) {
      issues.push({
        path: `/units/${index}/id`,
        message: text(locale, 'org.duplicateUnit', { id: unit.id }),
        keyword: 'unique',
      });
    }
    byId.set(unit.id, unit);
    if (!levelRank.has(unit.level)) {
      issues.push({
        path: `/units/${index}/level`,
        message: text(locale, 'org.unknownLevel', { level: unit.level }),
        keyword: 'level',
      });
    }
  });
  definition.units.forEach((unit, index) => {
    if (unit.parent === null) return;
    const parent = byId.get(unit.parent);
    if (!parent) {
      issues.push({
        path: `/units/${index}/parent`,
        message: text(locale, 'org.unknownParent', { id: unit.parent }),
        keyword: 'parent',
      });
      return;
    }
    const rank = levelRank.get(unit.level);
    const parentRank = levelRank.get(parent.level);
    // An unknown level is reported once, above; its order cannot be judged.
    if (rank === undefined || parentRank === undefined) return;
    const sameLevelOk = unit.kind === 'department' && rank === parentRank;
    if (rank <= parentRank && !sameLevelOk) {
      issues.push({
        path: `/units/${index}/level`,
        message: text(locale, 'org.levelOrder', { id: unit.id, parent: parent.id }),
        keyword: 'level',
      });
    }
  });
  // A parent walk that meets itself is a cycle; the level order above catches most, this the rest.
  for (const [index, unit] of definition.units.entries()) {
    const seen = new Set<string>();
    let current: OrgUnit | undefined = unit;
    while (current && current.parent !== null) {
      if (seen.has(current.id)) {
        issues.push({
          path: `/units/${index}/parent`,
          message: text(locale, 'org.cycle', { id: unit.id }),
          keyword: 'cycle',
        });
        break;
      }
      seen.add(current.id);
      current = byId.get(current.parent);
    }
  }
  const people = new Map<string, Actor>();
  definition.people?.forEach((person, index) => {
    if (people.has(person.id)) {
      issues.push({
        path: `/people/${index}/id`,
        message: text(locale, 'org.duplicatePerson', { id: person.id }),
        keyword: 'unique',
      });
    }
    people.set(person.id, person);
    if (!byId.has(person.unit)) {
      issues.push({
        path: `/people/${index}/unit`,
        message: text(locale, 'org.unknownUnit', { id: person.unit }),
        keyword: 'unit',
      });
    }
  });
  if (issues.length > 0) {
    throw new CaseGridError(
      'invalid-definition',
      `The org has ${issues.length} problem(s).`,
      issues,
    );
  }

  const children = new Map<string, string[]>();
  for (const unit of definition.units) {
    if (unit.parent === null) continue;
    const list = children.get(unit.parent) ?? [];
    list.push(unit.id);
    children.set(unit.parent, list);
  }
  const subtrees = new Map<string, ReadonlySet<string>>();
  const paths = new Map<string, readonly OrgUnit[]>();

  const org: Org = {
    levels,
    units: definition.units,
    hasPeople: definition.people !== undefined,
    unit: (id) => byId.get(id),
    person: (id) => people.get(id),
    people: definition.people ?? [],
    peopleIn: (unitId) => (definition.people ?? []).filter((person) => person.unit === unitId),
    parentOf(id) {
      const parent = byId.get(id)?.parent;
      return parent == null ? undefined : byId.get(parent);
    },
    isWithin(unitId, ancestorId) {
      let current = byId.get(unitId);
      while (current) {
        if (current.id === ancestorId) return true;
        current = current.parent === null ? undefined : byId.get(current.parent);
      }
      return false;
    },
    ancestorAt(unitId, level) {
      let current = byId.get(unitId);
      while (current) {
        if (current.level === level && current.kind !== 'department') return current;
        current = current.parent === null ? undefined : byId.get(current.parent);
      }
      return undefined;
    },
    subtree(unitId) {
      let set = subtrees.get(unitId);
      if (!set) {
        const ids = new Set<string>();
        const stack = byId.has(unitId) ? [unitId] : [];
        while (stack.length > 0) {
          const id = stack.pop()!;
          ids.add(id);
          for (const child of children.get(id) ?? []) stack.push(child);
        }
        set = ids;
        subtrees.set(unitId, set);
      }
      return set;
    },
    path(unitId) {
      let path = paths.get(unitId);
      if (!path) {
        const list: OrgUnit[] = [];
        let current = byId.get(unitId);
        while (current) {
          list.unshift(current);
          current = current.parent === null ? undefined : byId.get(current.parent);
        }
        path = list;
        paths.set(unitId, path);
      }
      return path;
    },
  };
  return org;
}
