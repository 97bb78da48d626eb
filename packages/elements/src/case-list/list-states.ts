import type { CaseView, Locale } from '@casegrid/core';
import { html, nothing, type TemplateResult } from 'lit';
import { t } from './case-list.messages.js';

/** What the list says instead of rows, in order of precedence. */
export interface ListState {
  readonly locale: Locale;
  /** Why the query failed. */
  readonly error: unknown;
  /** The first query has not answered yet. */
  readonly loading: boolean;
  readonly empty: boolean;
  /** A filter or search hides cases (then "clear filters" is offered). */
  readonly narrowed: boolean;
}

/**
 * The message shown in place of rows: the error (an alert), "loading", or why there is nothing
 * to show, with a button that clears the filters when they are the reason. Nothing when there
 * are rows.
 *
 * @example
 * ```ts
 * html`${renderListState({ locale, error, loading, empty: shown.length === 0, narrowed }, clear)}`;
 * ```
 */
export function renderListState(
  state: ListState,
  clear: () => void,
): TemplateResult | typeof nothing {
  const { locale, error } = state;
  if (error !== undefined) {
    const message = error instanceof Error ? error.message : String(error);
    return html`<p class="error" part="error" role="alert">${t(locale, 'failed', { message })}</p>`;
  }
  if (state.loading) return html`<p class="state" part="loading">${t(locale, 'loading')}</p>`;
  if (!state.empty) return nothing;
  return html`<div class="state" part="empty">
    <p>${t(locale, state.narrowed ? 'emptyFiltered' : 'empty')}</p>
    ${
      state.narrowed
        ? html`<button type="button" part="button" @click=${clear}>${t(locale, 'clearFilters')}</button>`
        : nothing
    }
  </div>`;
}

/**
 * "Select all shown": checked when every case shown is ticked, mixed when some are.
 *
 * @example
 * ```ts
 * html`${renderSelectAll(locale, shown, new Set(selection), () => this.#toggleAll())}`;
 * ```
 */
export function renderSelectAll(
  locale: Locale,
  shown: readonly CaseView[],
  ticked: ReadonlySet<string>,
  toggle: () => void,
): TemplateResult {
  const count = shown.reduce((sum, view) => sum + (ticked.has(view.id) ? 1 : 0), 0);
  return html`<label class="select-all">
    <input
      type="checkbox"
      .checked=${shown.length > 0 && count === shown.length}
      .indeterminate=${count > 0 && count < shown.length}
      ?disabled=${shown.length === 0}
      @change=${toggle}
    />${t(locale, 'selectAll')}
  </label>`;
}
