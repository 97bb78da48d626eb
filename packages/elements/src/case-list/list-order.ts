import { type Actor, type CaseView, matchesQuery, type Org } from '@casegrid/core';
import { caseSummary } from '../internal/case-text.js';
import {
  type CaseListFilter,
  type CaseListSort,
  type CaseListSortKey,
  toCaseFilter,
  toStoreQuery,
} from './list-filter.js';

const sortKeys: { readonly [K in CaseListSortKey]: (view: CaseView) => string | undefined } = {
  updated: (view) => view.updatedAt,
  opened: (view) => view.openedAt,
  due: (view) => view.deadline?.dueAt,
};

/**
 * The cases in the list's order (a new array). Instants compare as ISO strings; ties go by id
 * so that the order never jumps between renders. Cases without the key come last.
 *
 * @example
 * ```ts
 * sortCases(views, { by: 'due', direction: 'asc' });
 * ```
 */
export function sortCases(views: readonly CaseView[], sort: CaseListSort): CaseView[] {
  const key = sortKeys[sort.by];
  const direction = sort.direction === 'asc' ? 1 : -1;
  return [...views].sort((a, b) => {
    const left = key(a);
    const right = key(b);
    if (left !== right) {
      if (left === undefined) return 1;
      if (right === undefined) return -1;
      return left < right ? -direction : direction;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

// Views are immutable (a change makes a new view), so a view's text is worked out once.
const searchTexts = new WeakMap<CaseView, string>();

function collectText(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number') into.push(String(value));
  else if (Array.isArray(value)) for (const item of value) collectText(item, into);
  else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collectText(item, into);
  }
}

function searchText(view: CaseView): string {
  let text = searchTexts.get(view);
  if (text === undefined) {
    const parts = [view.id, caseSummary(view)];
    collectText(view.data, parts);
    text = parts.join('\n').toLocaleLowerCase();
    searchTexts.set(view, text);
  }
  return text;
}

/**
 * The words of a search, lower-cased; empty when there is nothing to search for.
 *
 * @example
 * ```ts
 * searchTerms('  宅基地  Boundary '); // ['宅基地', 'boundary']
 * ```
 */
export function searchTerms(search: string): string[] {
  return search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Whether a case holds every search term in its id, its summary or any text of its data.
 *
 * @example
 * ```ts
 * matchesSearch(view, searchTerms('宅基地')); // true for a dispute about a house plot
 * ```
 */
export function matchesSearch(view: CaseView, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = searchText(view);
  return terms.every((term) => text.includes(term));
}

/** What a list shows of its cases, and by whom and when it is judged. */
export interface Arrangement {
  readonly filter: CaseListFilter;
  readonly sort: CaseListSort;
  readonly search: string;
  readonly actor: Actor | undefined;
  readonly org: Org | undefined;
  /** Milliseconds since the epoch, for the deadline filters. */
  readonly now: number;
  readonly dueSoonHours: number;
}

/**
 * The cases a list shows, in order: those matching the filter (judged as the engine's query
 * judges it) and every search word, sorted.
 *
 * @example
 * ```ts
 * arrangeCases(views, { filter: { due: 'overdue' }, sort: defaultSort, search: '', actor, org, now: Date.now(), dueSoonHours: 24 });
 * ```
 */
export function arrangeCases(views: readonly CaseView[], arrangement: Arrangement): CaseView[] {
  const { filter, actor, org, now, dueSoonHours } = arrangement;
  const query = toStoreQuery(toCaseFilter(filter, actor, now, dueSoonHours), org, now);
  const terms = searchTerms(arrangement.search);
  const kept = views.filter((view) => matchesQuery(view, query) && matchesSearch(view, terms));
  return sortCases(kept, arrangement.sort);
}
