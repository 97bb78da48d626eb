import { defaultRoles } from '@casegrid/case-types';
import { type Locale, localized, type Org } from '@casegrid/core';
import { type Person, people } from './county.js';
import { text } from './messages.js';

/** Props of {@link PersonSwitcher}. */
export interface PersonSwitcherProps {
  readonly org: Org;
  readonly locale: Locale;
  readonly person: Person;
  readonly onChange: (person: Person) => void;
}

const roleTitle = (role: string, locale: Locale): string =>
  localized(defaultRoles.find((entry) => entry.id === role)?.title, locale) || role;

/** "陈丽 · 网格员 · 柳林村", or "Chen Li · Grid worker · Liulin Village" in English. */
function describe(person: Person, org: Org, locale: Locale): string {
  const name = locale === 'en' ? person.pinyin : person.name;
  const roles = person.roles.map((role) => roleTitle(role, locale)).join('、');
  const unit = localized(org.unit(person.unit)?.title, locale) || person.unit;
  return [name, roles, unit].join(' · ');
}

/**
 * Who the page acts as: one of the example county's people. The elements show and allow what
 * that person may see and do; switching hands `<cg-provider>` another actor.
 *
 * @example
 * ```tsx
 * <PersonSwitcher org={engine.org} locale="en" person={person} onChange={setPerson} />
 * ```
 */
export function PersonSwitcher({ org, locale, person, onChange }: PersonSwitcherProps) {
  return (
    <label className="field">
      <span>{text(locale, 'viewAs')}</span>
      <select
        value={person.id}
        onChange={(event) => {
          const chosen = people.find((p) => p.id === event.currentTarget.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {describe(p, org, locale)}
          </option>
        ))}
      </select>
    </label>
  );
}
