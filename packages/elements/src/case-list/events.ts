import type { CaseListFilter, CaseListSort } from './list-filter.js';

const init = { bubbles: true, composed: true } as const;

/** What a person chose in the list's toolbar. */
export interface CaseListQuery {
  readonly filter: CaseListFilter;
  readonly sort: CaseListSort;
  readonly search: string;
}

/**
 * Fired when a person changes the list's filter, sort or search in its toolbar; `detail` holds
 * all three as they are now. Setting the properties from code fires nothing.
 *
 * @example
 * ```ts
 * list.addEventListener('cg-filter-change', (event) => {
 *   history.replaceState(null, '', `?q=${encodeURIComponent(JSON.stringify(event.detail))}`);
 * });
 * ```
 */
export class CgFilterChangeEvent extends CustomEvent<CaseListQuery> {
  constructor(query: CaseListQuery) {
    super('cg-filter-change', { ...init, detail: query });
  }
}

/**
 * Fired when a person ticks or unticks cases in a `selectable` list; `detail.ids` is the whole
 * selection now, in the order the cases were ticked.
 *
 * @example
 * ```ts
 * list.addEventListener('cg-selection-change', (event) => { button.disabled = event.detail.ids.length === 0; });
 * ```
 */
export class CgSelectionChangeEvent extends CustomEvent<{ readonly ids: readonly string[] }> {
  constructor(ids: readonly string[]) {
    super('cg-selection-change', { ...init, detail: { ids } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cg-filter-change': CgFilterChangeEvent;
    'cg-selection-change': CgSelectionChangeEvent;
  }
}
