import type { Scorecard } from '@casegrid/case-types/metrics';
import type { Locale } from '@casegrid/core';
import { html, type TemplateResult } from 'lit';
import { dashboardText as t } from './dashboard.messages.js';
import { ratingText, shareText } from './dashboard-data.js';

/** A column of the scorecard table: what a person can sort by. */
export type ScoreColumn = 'name' | 'handled' | 'onTime' | 'satisfaction' | 'visits' | 'overdue';

/** How a scorecard table is sorted. */
export interface ScoreSort {
  readonly column: ScoreColumn;
  readonly descending: boolean;
}

/** A scorecard with the name of whom it scores. */
export interface NamedScorecard extends Scorecard {
  readonly name: string;
}

const columns: readonly ScoreColumn[] = [
  'name',
  'handled',
  'onTime',
  'satisfaction',
  'visits',
  'overdue',
];

const headings = {
  handled: 'handled',
  onTime: 'onTime',
  satisfaction: 'satisfaction',
  visits: 'visits',
  overdue: 'overdue',
} as const;

const collators = new Map<Locale, Intl.Collator>();

/** Orders scorecards by a column; shares and ratings not yet known go last. */
export function sortScorecards(
  cards: readonly NamedScorecard[],
  sort: ScoreSort,
  locale: Locale,
): NamedScorecard[] {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale);
    collators.set(locale, collator);
  }
  const byName = collator.compare;
  const key = (card: NamedScorecard): number | null => {
    switch (sort.column) {
      case 'handled':
        return card.handled;
      case 'onTime':
        return card.onTime.rate;
      case 'satisfaction':
        return card.satisfaction;
      case 'visits':
        return card.visits.rate;
      case 'overdue':
        return card.overdue;
      default:
        return null;
    }
  };
  const direction = sort.descending ? -1 : 1;
  return [...cards].sort((a, b) => {
    if (sort.column === 'name') return direction * byName(a.name, b.name);
    const x = key(a);
    const y = key(b);
    if (x === y) return byName(a.name, b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    return direction * (x - y);
  });
}

/**
 * A scorecard table (per unit or per person) whose column heads sort it: closed cases, on
 * time, satisfaction, visits, overdue. It scrolls sideways inside its frame on a phone.
 *
 * @example
 * ```ts
 * scorecardTable({ id: 'units', caption: '单位考评', nameHeader: '单位', cards, sort, onSort: (s) => (sort = s) }, 'zh-CN');
 * ```
 */
export function scorecardTable(
  table: {
    readonly id: string;
    readonly caption: string;
    readonly nameHeader: string;
    readonly cards: readonly NamedScorecard[];
    readonly sort: ScoreSort;
    readonly onSort: (sort: ScoreSort) => void;
  },
  locale: Locale,
): TemplateResult {
  const { id, caption, nameHeader, sort, onSort } = table;
  const cards = sortScorecards(table.cards, sort, locale);
  const heading = (column: ScoreColumn) =>
    column === 'name' ? nameHeader : t(locale, headings[column]);
  const next = (column: ScoreColumn): ScoreSort =>
    column === sort.column
      ? { column, descending: !sort.descending }
      : // Names read best A→Z; numbers best from the most.
        { column, descending: column !== 'name' };
  return html`<div
    part="scorecard"
    class="card scorecard"
    data-scorecard=${id}
    role="region"
    tabindex="0"
    aria-label=${t(locale, 'scrollTable', { caption })}
  >
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          ${columns.map(
            (column) => html`<th
              scope="col"
              data-column=${column}
              aria-sort=${column === sort.column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
            >
              <button class="sort" @click=${() => onSort(next(column))}>
                ${heading(column)}
                <span aria-hidden="true" class="arrow"
                  >${column === sort.column ? (sort.descending ? '▼' : '▲') : ''}</span
                >
              </button>
            </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${
          cards.length === 0
            ? html`<tr>
              <td colspan=${columns.length}>${t(locale, 'noData')}</td>
            </tr>`
            : cards.map(
                (card) => html`<tr data-id=${card.id}>
                <th scope="row">${card.name}</th>
                <td data-column="handled">${card.handled}</td>
                <td data-column="onTime">${shareText(card.onTime, locale)}</td>
                <td data-column="satisfaction">${ratingText(card.satisfaction, locale)}</td>
                <td data-column="visits">${shareText(card.visits, locale)}</td>
                <td data-column="overdue">${card.overdue}</td>
              </tr>`,
              )
        }
      </tbody>
    </table>
  </div>`;
}
