import type { Locale, Org } from '@casegrid/core/precompiled';
import type { DemoPerson } from '../src/county.js';
import { type MessageKey, text } from './messages.js';

const groupOrder = [
  'grid-worker',
  'household-head',
  'mediator',
  'resident-police',
  'village-director',
  'town-director',
  'county-director',
  'department-staff',
  'county-admin',
] as const;

/** The role a person is listed under: a centre director by the level of their centre. */
function groupOf(person: DemoPerson, org: Org): string {
  if (person.roles.includes('centre-director')) {
    return `${org.unit(person.unit)?.level ?? 'county'}-director`;
  }
  return person.roles[0] ?? 'grid-worker';
}

function unitName(org: Org, unitId: string, locale: Locale): string {
  const title = org.unit(unitId)?.title;
  return title?.[locale] ?? title?.['zh-CN'] ?? unitId;
}

/**
 * Fills the role switcher: one `<optgroup>` per role (centre directors by level), each person
 * with their name and unit, in the page's language. Keeps the chosen person.
 *
 * @example
 * ```ts
 * fillRoleSwitcher(select, people, org, 'en');
 * ```
 */
export function fillRoleSwitcher(
  select: HTMLSelectElement,
  people: readonly DemoPerson[],
  org: Org,
  locale: Locale,
): void {
  const chosen = select.value;
  select.replaceChildren(
    ...groupOrder.flatMap((group) => {
      const members = people.filter((person) => groupOf(person, org) === group);
      if (members.length === 0) return [];
      const optgroup = document.createElement('optgroup');
      optgroup.label = text(locale, `group.${group}` as MessageKey);
      for (const person of members) {
        const name = locale === 'en' ? `${person.pinyin} ${person.name}` : person.name;
        optgroup.append(new Option(`${name} · ${unitName(org, person.unit, locale)}`, person.id));
      }
      return [optgroup];
    }),
  );
  if (chosen) select.value = chosen;
}
