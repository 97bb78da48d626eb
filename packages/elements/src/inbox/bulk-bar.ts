import type { Locale } from '@casegrid/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Choice } from '../case-list/list-options.js';
import type { ReassignOutcome } from './bulk-reassign.js';
import { t } from './inbox.messages.js';

/** What the bulk reassignment bar shows. */
export interface BulkBarState {
  readonly locale: Locale;
  /** Who the cases can go to. */
  readonly people: readonly Choice[];
  /** The person chosen ('' for none yet). */
  readonly assignee: string;
  /** How many cases are ticked. */
  readonly count: number;
  readonly working: boolean;
  /** What became of the last reassignment, with the case summaries to name them by. */
  readonly outcomes: readonly (ReassignOutcome & { readonly summary: string })[] | undefined;
  /** The name of the person the last reassignment went to. */
  readonly assigneeName: string;
}

/** What the bar reports. */
export interface BulkBarHandlers {
  readonly assignee: (personId: string) => void;
  readonly reassign: () => void;
}

/**
 * The queue's bulk reassignment: a person picker, the "reassign" button (with how many cases
 * are ticked), and what became of each case last time, in a polite live region: done, or the
 * engine's reason for refusing, next to the case's summary.
 *
 * @example
 * ```ts
 * html`${renderBulkBar(state, { assignee: (id) => (this.#assignee = id), reassign: () => this.#reassign() })}`;
 * ```
 */
export function renderBulkBar(state: BulkBarState, on: BulkBarHandlers): TemplateResult {
  const { locale, outcomes } = state;
  const ready = state.count > 0 && state.assignee !== '' && !state.working;
  const refused = outcomes?.filter((outcome) => !outcome.ok).length ?? 0;
  return html`<div class="bulk" part="bulk" role="group" aria-label=${t(locale, 'bulk')}>
      <div class="field">
        <label for="assignee" part="label">${t(locale, 'reassignTo')}</label>
        <select
          id="assignee"
          part="control assignee"
          aria-describedby="bulk-hint"
          @change=${(event: Event) => on.assignee((event.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${state.assignee === ''}>${t(locale, 'choosePerson')}</option>
          ${state.people.map(
            (person) =>
              html`<option value=${person.value} ?selected=${person.value === state.assignee}>
                ${person.label}
              </option>`,
          )}
        </select>
      </div>
      <button
        type="button"
        class="primary"
        part="button reassign"
        aria-describedby="bulk-hint"
        ?disabled=${!ready}
        @click=${on.reassign}
      >
        ${t(locale, 'reassign', { count: state.count })}
      </button>
      <p id="bulk-hint" class="hint" part="hint">${t(locale, 'bulkHint')}</p>
    </div>
    <div class="outcomes" part="outcomes" role="status">
      ${
        state.working
          ? html`<p>${t(locale, 'working', { count: state.count })}</p>`
          : outcomes === undefined
            ? nothing
            : html`<p class="outcome-summary">
                ${t(locale, 'summary', { done: outcomes.length - refused, refused })}
              </p>
              <ul>
                ${outcomes.map(
                  (outcome) =>
                    html`<li
                      class=${outcome.ok ? 'done' : 'refused'}
                      part=${outcome.ok ? 'outcome done' : 'outcome refused'}
                    >
                      ${
                        outcome.ok
                          ? t(locale, 'done', { case: outcome.summary, person: state.assigneeName })
                          : t(locale, 'refused', {
                              case: outcome.summary,
                              message: outcome.message ?? '',
                            })
                      }
                    </li>`,
                )}
              </ul>`
      }
    </div>`;
}
