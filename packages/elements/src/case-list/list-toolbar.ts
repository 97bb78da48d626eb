import type { Locale } from '@casegrid/core';
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { type CaseListMessage, t } from './case-list.messages.js';
import {
  activeFilterCount,
  type CaseListFilter,
  type CaseListSort,
  type CaseListSortKey,
} from './list-filter.js';
import type { Choice } from './list-options.js';

/** What the toolbar shows: the current choices and what can be chosen. */
export interface ToolbarState {
  readonly locale: Locale;
  readonly filter: CaseListFilter;
  readonly sort: CaseListSort;
  readonly search: string;
  readonly types: readonly Choice[];
  readonly states: readonly Choice[];
  readonly units: readonly Choice[];
  readonly people: readonly Choice[];
  readonly hasActor: boolean;
}

/**
 * What the toolbar reports: the filter, sort or search a person chose. A filter change comes
 * as a change to the filter current when it is applied, not the one last drawn.
 */
export interface ToolbarHandlers {
  readonly filter: (change: (filter: CaseListFilter) => CaseListFilter) => void;
  readonly sort: (sort: CaseListSort) => void;
  readonly search: (search: string) => void;
}

const sortChoices = [
  'updated-desc',
  'updated-asc',
  'opened-desc',
  'opened-asc',
  'due-asc',
  'due-desc',
] as const satisfies readonly CaseListMessage[];

// The state select mixes "open / closed" with state names; state names never start with '#'.
const openValue = '#open';
const closedValue = '#closed';

/** The filter with `key` set to `value`, or without `key` when `value` is empty. */
function withChoice<K extends keyof CaseListFilter>(
  filter: CaseListFilter,
  key: K,
  value: CaseListFilter[K] | '',
): CaseListFilter {
  const { [key]: _, ...rest } = filter;
  return value === '' || value === undefined ? rest : { ...rest, [key]: value };
}

const option = (value: string, label: string, current: string, depth = 0) =>
  html`<option value=${value} ?selected=${value === current}>${'\u3000'.repeat(depth)}${label}</option>`;

/** A labelled select: `pick` gets the value chosen. */
function selectField(
  id: string,
  label: string,
  pick: (value: string) => void,
  options: unknown,
  part = 'control',
): TemplateResult {
  return html`<div class="field">
    <label for=${id} part="label">${label}</label>
    <select
      id=${id}
      part=${part}
      @change=${(event: Event) => pick((event.target as HTMLSelectElement).value)}
    >
      ${options}
    </select>
  </div>`;
}

/**
 * The list's toolbar: a search box and the sort order, and the filters (type, state, unit,
 * assignee, deadline) behind a disclosure that says how many are set. Every control has a
 * visible label except the search box, whose label is read out.
 *
 * @example
 * ```ts
 * html`${renderToolbar(state, { filter: (f) => (this.filter = f), sort: ..., search: ... })}`;
 * ```
 */
export function renderToolbar(state: ToolbarState, on: ToolbarHandlers): TemplateResult {
  const { locale, filter, sort } = state;
  const say = (key: CaseListMessage, params?: Record<string, string | number>) =>
    t(locale, key, params);
  const active = activeFilterCount(filter);
  const stateValue =
    filter.state ??
    (filter.closed === true ? closedValue : filter.closed === false ? openValue : '');
  const onState = (value: string) => {
    on.filter(({ state: _, closed: __, ...rest }) => {
      if (value === openValue) return { ...rest, closed: false };
      if (value === closedValue) return { ...rest, closed: true };
      return value === '' ? rest : { ...rest, state: value };
    });
  };
  const onSearch = (event: InputEvent) => {
    // Chinese is typed through an input method: search for the characters, not the pinyin.
    if (event.isComposing) return;
    on.search((event.target as HTMLInputElement).value);
  };
  return html`<div class="toolbar" part="toolbar" role="search" aria-label=${say('toolbar')}>
    <div class="search-row">
      <div class="field search-field">
        <label for="search" part="label">${say('search')}</label>
        <input
          id="search"
          part="control search"
          type="search"
          autocomplete="off"
          placeholder=${say('searchPlaceholder')}
          .value=${live(state.search)}
          @input=${onSearch}
          @compositionend=${(event: CompositionEvent) =>
            on.search((event.target as HTMLInputElement).value)}
        />
      </div>
      ${selectField(
        'sort',
        say('sort'),
        (value) => {
          const [by, direction] = value.split('-') as [CaseListSortKey, 'asc' | 'desc'];
          on.sort({ by, direction });
        },
        sortChoices.map((choice) => option(choice, say(choice), `${sort.by}-${sort.direction}`)),
        'control sort',
      )}
    </div>
    <details class="filters" part="filters" ?open=${active > 0}>
      <summary part="filters-toggle">
        ${active > 0 ? say('filtersActive', { count: active }) : say('filters')}
      </summary>
      <div class="filter-grid">
        ${selectField(
          'filter-type',
          say('type'),
          (typeId) => {
            // A state the new type does not have would match nothing.
            on.filter((current) =>
              withChoice(
                typeId === '' ? current : withChoice(current, 'state', ''),
                'typeId',
                typeId,
              ),
            );
          },
          html`${option('', say('anyType'), filter.typeId ?? '')}
          ${state.types.map((choice) => option(choice.value, choice.label, filter.typeId ?? ''))}`,
        )}
        ${selectField(
          'filter-state',
          say('state'),
          onState,
          html`${option('', say('anyState'), stateValue)} ${option(openValue, say('open'), stateValue)}
            ${option(closedValue, say('closed'), stateValue)}
            <optgroup label=${say('states')}>
              ${state.states.map((choice) => option(choice.value, choice.label, stateValue))}
            </optgroup>`,
        )}
        ${selectField(
          'filter-unit',
          say('unit'),
          (value) => on.filter((current) => withChoice(current, 'unit', value)),
          html`${option('', say('anyUnit'), filter.unit ?? '')}
            ${state.units.map((choice) =>
              option(choice.value, choice.label, filter.unit ?? '', choice.depth),
            )}`,
        )}
        ${selectField(
          'filter-assignee',
          say('assignee'),
          (value) => on.filter((current) => withChoice(current, 'assignee', value)),
          html`${option('', say('anyone'), filter.assignee ?? '')}
            ${state.hasActor ? option('me', say('me'), filter.assignee ?? '') : ''}
            ${option('unassigned', say('unassigned'), filter.assignee ?? '')}
            <optgroup label=${say('people')}>
              ${state.people.map((choice) => option(choice.value, choice.label, filter.assignee ?? ''))}
            </optgroup>`,
        )}
        ${selectField(
          'filter-due',
          say('due'),
          (value) =>
            on.filter((current) => withChoice(current, 'due', value as CaseListFilter['due'] | '')),
          html`${option('', say('anyDue'), filter.due ?? '')}
            ${option('overdue', say('overdue'), filter.due ?? '')}
            ${option('due-soon', say('dueSoon'), filter.due ?? '')}`,
        )}
      </div>
    </details>
  </div>`;
}
