// The actions part of <cg-case-detail>: one button per action the actor may take now, and the
// panel of the chosen one (its input form, or a confirmation) with the engine's refusal in place.
import type { CaseEngine, CaseView, Locale } from '@casegrid/core';
import { isCaseGridError } from '@casegrid/schema/form';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { actionTitle } from '../internal/case-text.js';
import type { CaseTypeForms } from '../internal/workbench.js';
import { type DetailMessage, detailText } from './case-detail.messages.js';

/** The action a person chose, while its panel is open. */
export interface OpenAction {
  readonly name: string;
  /** The engine is performing it. */
  readonly busy: boolean;
  /** The engine's last refusal (`undefined`: none). */
  readonly error: unknown;
}

/** What the actions part is drawn with, and what it calls back. */
export interface ActionContext {
  readonly engine: CaseEngine | undefined;
  readonly locale: Locale;
  readonly forms: { readonly [typeId: string]: CaseTypeForms } | undefined;
  choose(name: string): void;
  close(): void;
  perform(name: string, input: unknown): void;
}

const errorCodes = new Set([
  'invalid-input',
  'forbidden',
  'not-available',
  'conflict',
  'not-found',
]);

/** The engine's refusal as a person reads it: what kind of problem, then each issue. */
function errorBox(error: unknown, locale: Locale): TemplateResult {
  const known = isCaseGridError(error) && errorCodes.has(error.code);
  const title = detailText(
    locale,
    (known ? `error.${error.code}` : 'error.other') as DetailMessage,
  );
  const issues = isCaseGridError(error)
    ? error.issues.map((issue) => issue.message)
    : [error instanceof Error ? error.message : String(error)];
  return html`<div part="error" class="error" id="action-error" role="alert" tabindex="-1">
    <p class="error-title">${title}</p>
    ${issues.length === 0 ? nothing : html`<ul>${issues.map((message) => html`<li>${message}</li>`)}</ul>`}
  </div>`;
}

function panel(view: CaseView, open: OpenAction, context: ActionContext): TemplateResult {
  const { engine, locale } = context;
  const t = (key: DetailMessage, params?: Record<string, string>) =>
    detailText(locale, key, params);
  const type =
    engine?.caseTypes.get(view.typeId, view.typeVersion) ?? engine?.caseTypes.latest(view.typeId);
  const title = actionTitle(engine, view, open.name, locale);
  const input = type?.definition.actions[open.name]?.input;
  // The case type's own compiled validator for this input: the form needs no run-time compiler
  // (so a page under `script-src 'self'`, or offline, works). Case types compiled with
  // `allErrors: true` let the form show every problem at once.
  const validator = type?.actions.get(open.name)?.input;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || open.busy) return;
    event.preventDefault();
    context.close();
  };
  const cancel = html`<button
    type="button"
    part="button cancel"
    ?disabled=${open.busy}
    @click=${() => context.close()}
  >
    ${t('cancel')}
  </button>`;
  // Keyed by action: another action gets a fresh form, not the values typed for this one.
  const body = keyed(
    open.name,
    input === undefined
      ? html`<p>${t('confirmQuestion', { action: title })}</p>
        <div class="panel-buttons">
          <button
            type="button"
            part="button confirm"
            class="primary"
            ?disabled=${open.busy}
            @click=${() => context.perform(open.name, undefined)}
          >
            ${t('confirm')}
          </button>
          ${cancel}
        </div>`
      : html`<cg-case-form
          .schema=${input}
          .validator=${validator}
          .uiSchema=${context.forms?.[view.typeId]?.actions?.[open.name]}
          .orgUnits=${engine?.org.units ?? []}
          .locale=${locale}
          .submitLabel=${title}
          .disabled=${open.busy}
          @cg-submit=${(event: CustomEvent<unknown>) => context.perform(open.name, event.detail)}
        ></cg-case-form>
        <div class="panel-buttons">${cancel}</div>`,
  );
  return html`<div
    id="action-panel"
    part="panel"
    class="panel"
    role="region"
    aria-labelledby="panel-title"
    aria-busy=${open.busy ? 'true' : 'false'}
    @keydown=${onKeydown}
  >
    <h4 id="panel-title" class="panel-title">${title}</h4>
    ${open.error === undefined ? nothing : errorBox(open.error, locale)}
    ${body}
  </div>`;
}

/**
 * The actions the actor may take now, as buttons, and the open action's panel.
 *
 * @example
 * ```ts
 * html`${caseActions(view, await engine.available(view.id, actor), undefined, context)}`;
 * ```
 */
export function caseActions(
  view: CaseView,
  available: readonly string[],
  open: OpenAction | undefined,
  context: ActionContext,
): TemplateResult {
  const { engine, locale } = context;
  const busy = open?.busy === true;
  return html`<section
    part="actions"
    class="section"
    aria-labelledby="actions-title"
    aria-busy=${busy ? 'true' : 'false'}
  >
    <h3 id="actions-title" tabindex="-1">${detailText(locale, 'actions')}</h3>
    ${
      available.length === 0
        ? html`<p class="muted">${detailText(locale, 'noActions')}</p>`
        : html`<div class="action-buttons">
          ${available.map((name) => {
            const expanded = open?.name === name;
            return html`<button
              type="button"
              part=${expanded ? 'button action chosen' : 'button action'}
              data-action=${name}
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${expanded ? 'action-panel' : nothing}
              ?disabled=${busy}
              @click=${() => context.choose(name)}
            >
              ${actionTitle(engine, view, name, locale)}
            </button>`;
          })}
        </div>`
    }
    ${open === undefined ? nothing : panel(view, open, context)}
  </section>`;
}
