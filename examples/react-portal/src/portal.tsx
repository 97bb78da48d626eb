import { kitForms } from '@casegrid/case-types';
import { type CaseEngine, type Locale, type LocalStore, localized } from '@casegrid/core';
import type { CgPerformedEvent } from '@casegrid/elements';
import { useEffect, useRef, useState } from 'react';
import { type Person, people } from './county.js';
import { text } from './messages.js';
import { PersonSwitcher } from './person-switcher.js';

/** Props of {@link Portal}. */
export interface PortalProps {
  readonly store: LocalStore;
  /** The engine for a language; must return the same engine for the same language. */
  readonly engineFor: (locale: Locale) => CaseEngine;
}

/** What the status line reports: the last action performed in the detail. */
interface Performed {
  readonly action: string;
  readonly typeId: string;
  readonly typeVersion: number;
  readonly state: string;
}

/** "已执行“受理”，案件现为“调解中”。", in the language shown now (it follows a switch). */
function performedText(engine: CaseEngine, performed: Performed, locale: Locale): string {
  const type = engine.caseTypes.get(performed.typeId, performed.typeVersion);
  return text(locale, 'performed', {
    action: localized(type?.definition.actions[performed.action]?.title, locale),
    state: localized(type?.state(performed.state)?.title, locale) || performed.state,
  });
}

/**
 * The county portal's case list and case detail in React: a person switcher and a language
 * switch above, the list on the left, the case picked on the right, and a status line saying
 * what the last action did.
 *
 * @example
 * ```tsx
 * createRoot(root).render(<Portal store={store} engineFor={enginesByLocale(store)} />);
 * ```
 */
export function Portal({ store, engineFor }: PortalProps) {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  // People come from a module-level array, so the actor keeps its identity between renders: a
  // new object each time would make every element load its cases again.
  const [person, setPerson] = useState<Person>(people[0]!);
  const [selected, setSelected] = useState<string>();
  const [performed, setPerformed] = useState<Performed>();
  // One engine per language, each kept (see enginesByLocale): what the engine reports, such as
  // why an action was refused, reads in the language shown. The price: switching language hands
  // the elements another engine, so they load again and an action form left open closes.
  const engine = engineFor(locale);
  const caseArea = useRef<HTMLElement>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = text(locale, 'title');
  }, [locale]);

  // On a phone the detail is below the list: bring the case picked into view.
  useEffect(() => {
    if (selected !== undefined && matchMedia('(max-width: 48rem)').matches) {
      caseArea.current?.scrollIntoView({ block: 'start' });
    }
  }, [selected]);

  const switchPerson = (next: Person) => {
    setPerson(next);
    // The case open may lie outside what the next person may see.
    setSelected(undefined);
    setPerformed(undefined);
  };
  const onPerformed = (event: CgPerformedEvent) => {
    const { action, view } = event.detail;
    setPerformed({ action, typeId: view.typeId, typeVersion: view.typeVersion, state: view.state });
  };

  return (
    // Properties, not attributes: React 19 sees that <cg-provider> has `engine`, `store`,
    // `actor`, `locale` and `forms` properties and sets them. `kitForms` is a module constant.
    <cg-provider engine={engine} store={store} actor={person} locale={locale} forms={kitForms}>
      <header className="bar">
        <div className="brand">
          <h1>{text(locale, 'title')}</h1>
          <span className="demo-tag">{text(locale, 'demoTag')}</span>
        </div>
        <PersonSwitcher org={engine.org} locale={locale} person={person} onChange={switchPerson} />
        <label className="field">
          <span>{text(locale, 'language')}</span>
          <select
            value={locale}
            onChange={(event) => setLocale(event.currentTarget.value as Locale)}
          >
            <option value="zh-CN" lang="zh-CN">
              中文
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
      </header>
      <p className="status" role="status">
        {performed === undefined ? '' : performedText(engine, performed, locale)}
      </p>
      <main className="work">
        <section className="queue" aria-label={text(locale, 'cases')}>
          {/* `selectedId` marks the case open on the right, also when the detail picked it. */}
          <cg-case-list
            selectedId={selected}
            oncg-select={(event) => setSelected(event.detail.caseId)}
          />
        </section>
        <section ref={caseArea} className="case" aria-label={text(locale, 'caseArea')}>
          {selected === undefined ? (
            <p className="hint">{text(locale, 'pickACase')}</p>
          ) : (
            // A string can travel as an attribute: `case-id` is observed by the element.
            // Its `cg-select` is a linked record, the parent or a child case picked inside.
            <cg-case-detail
              case-id={selected}
              oncg-performed={onPerformed}
              oncg-select={(event) => setSelected(event.detail.caseId)}
            />
          )}
        </section>
      </main>
    </cg-provider>
  );
}
