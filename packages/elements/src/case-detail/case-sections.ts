// The read-only parts of <cg-case-detail>: header, case data, linked records, child cases.
// Pure templates of what was loaded; the element owns loading and the actions.
import type { CaseEngine, CaseView, Locale } from '@casegrid/core';
import type { JsonSchema } from '@casegrid/schema/form';
import { html, nothing, type TemplateResult } from 'lit';
import {
  caseSummary,
  formatInstant,
  localText,
  personName,
  placeTitle,
  relativeTime,
  stateTitle,
  typeTitle,
} from '../internal/case-text.js';
import { fieldLabel, fieldRows } from '../internal/field-values.js';
import type { CaseTypeForms } from '../internal/workbench.js';
import { detailText } from './case-detail.messages.js';
import { type RelatedCases, recordFields } from './related-cases.js';

/** What the sections are drawn with. */
export interface SectionContext {
  readonly engine: CaseEngine | undefined;
  readonly locale: Locale;
  /** "Now", for the time left. */
  readonly now: number;
  readonly forms: { readonly [typeId: string]: CaseTypeForms } | undefined;
  /** A person picked a related case. */
  readonly select: (caseId: string) => void;
}

function definitionOf(engine: CaseEngine | undefined, view: CaseView) {
  return (
    engine?.caseTypes.get(view.typeId, view.typeVersion) ?? engine?.caseTypes.latest(view.typeId)
  )?.definition;
}

/**
 * Whether a case is past its deadline now (marked by the engine, or not yet noticed).
 *
 * @example
 * ```ts
 * isOverdue(view, Date.now()); // true once view.deadline.dueAt has passed
 * ```
 */
export function isOverdue(view: CaseView, now: number): boolean {
  return view.overdue || (view.deadline !== null && Date.parse(view.deadline.dueAt) <= now);
}

function fact(label: string, part: string, value: unknown): TemplateResult {
  return html`<div class="fact"><dt>${label}</dt><dd part=${part}>${value}</dd></div>`;
}

function deadline(view: CaseView, context: SectionContext): TemplateResult | string {
  const { locale, now } = context;
  const t = (key: Parameters<typeof detailText>[1], params?: Record<string, string>) =>
    detailText(locale, key, params);
  const overdue = isOverdue(view, now);
  const badge = html`<strong class="overdue">${t('overdue')}</strong>`;
  if (view.deadline === null) return overdue ? badge : t('noDeadline');
  const dueAt = view.deadline.dueAt;
  return html`<time datetime=${dueAt}>${formatInstant(dueAt, locale)}</time> ·
    ${overdue ? badge : t('timeLeft', { left: relativeTime(dueAt, now, locale) })}`;
}

/** A related case as one line: its type and its summary. */
function caseButton(view: CaseView, context: SectionContext, part: string): TemplateResult {
  return html`<button type="button" part=${part} class="case-link" @click=${() => context.select(view.id)}>
    <span class="case-type">${typeTitle(context.engine, view.typeId, context.locale)}</span>
    <span class="case-summary">${caseSummary(view)}</span>
  </button>`;
}

/**
 * The header: type, summary, parent, and the facts a handler checks first.
 *
 * @example
 * ```ts
 * html`${caseHeader(view, related, { engine, locale, now: Date.now(), forms, select })}`;
 * ```
 */
export function caseHeader(
  view: CaseView,
  related: RelatedCases,
  context: SectionContext,
): TemplateResult {
  const { engine, locale } = context;
  const t = (key: Parameters<typeof detailText>[1]) => detailText(locale, key);
  const parent = related.parent;
  return html`<header part="header" class="header">
    <p class="kicker">
      <span part="type">${typeTitle(engine, view.typeId, locale)}</span>
      ${view.closed ? html`<span part="closed" class="badge">${t('closed')}</span>` : nothing}
    </p>
    <h2 part="title" class="title" id="case-title">${caseSummary(view)}</h2>
    ${
      parent === undefined
        ? nothing
        : html`<p part="parent" class="parent">
          ${t('parent')}:
          ${parent.view ? caseButton(parent.view, context, 'link parent-link') : parent.id}
        </p>`
    }
    <dl part="facts" class="facts">
      ${fact(t('state'), 'state', stateTitle(engine, view, view.state, locale))}
      ${fact(t('handlingUnit'), 'unit', placeTitle(engine?.org, view.handlingUnit, locale))}
      ${fact(
        t('assignee'),
        'assignee',
        view.assignee === null ? t('unassigned') : personName(engine?.org, view.assignee, locale),
      )}
      ${fact(t('deadline'), 'deadline', deadline(view, context))}
      ${fact(t('escalations'), 'escalations', String(view.escalations))}
    </dl>
  </header>`;
}

/**
 * The case data as a definition list, in the order and with the labels of the type's open
 * form. A list rather than a read-only `<cg-case-form>`: it needs no validator (so no ajv and
 * nothing a strict CSP refuses), screen readers read it as text rather than as disabled
 * inputs, and long text wraps instead of scrolling inside a box.
 *
 * @example
 * ```ts
 * html`${caseData(view, context)}`;
 * ```
 */
export function caseData(view: CaseView, context: SectionContext): TemplateResult {
  const { engine, locale } = context;
  const schema = definitionOf(engine, view)?.data;
  const rows = fieldRows(schema, view.data, {
    locale,
    uiSchema: context.forms?.[view.typeId]?.open,
    org: engine?.org,
    skip: new Set(recordFields(schema).keys()),
  });
  return html`<section part="data" class="section" aria-labelledby="data-title">
    <h3 id="data-title">${detailText(locale, 'data')}</h3>
    ${
      rows.length === 0
        ? html`<p class="muted">${detailText(locale, 'noData')}</p>`
        : html`<dl class="data">
          ${rows.map((row) => html`<div class="row"><dt>${row.label}</dt><dd>${row.text}</dd></div>`)}
        </dl>`
    }
  </section>`;
}

/**
 * The register records the case links to; each one can be picked (nothing when there are none).
 *
 * @example
 * ```ts
 * html`${linkedRecords(view, await loadRelated(engine, view), context)}`;
 * ```
 */
export function linkedRecords(
  view: CaseView,
  related: RelatedCases,
  context: SectionContext,
): TemplateResult | typeof nothing {
  if (related.links.length === 0) return nothing;
  const { engine, locale } = context;
  const schema = definitionOf(engine, view)?.data as
    | { readonly properties?: Readonly<Record<string, unknown>> }
    | undefined;
  const uiSchema = context.forms?.[view.typeId]?.open;
  return html`<section part="links" class="section" aria-labelledby="links-title">
    <h3 id="links-title">${detailText(locale, 'links')}</h3>
    <ul class="cases">
      ${related.links.map((link) => {
        const label = fieldLabel(
          schema?.properties?.[link.field] as JsonSchema | undefined,
          link.field,
          { locale, uiSchema },
        );
        return html`<li>
          <span class="field">${label}</span>
          ${
            link.view
              ? caseButton(link.view, context, 'link')
              : html`<span class="muted">${detailText(locale, 'missingRecord', { id: link.id })}</span>`
          }
        </li>`;
      })}
    </ul>
  </section>`;
}

/**
 * The child cases: type, unit and state; each one can be picked (nothing when there are none).
 *
 * @example
 * ```ts
 * html`${childCases(related, context)}`;
 * ```
 */
export function childCases(
  related: RelatedCases,
  context: SectionContext,
): TemplateResult | typeof nothing {
  if (related.children.length === 0) return nothing;
  const { engine, locale } = context;
  return html`<section part="children" class="section" aria-labelledby="children-title">
    <h3 id="children-title">${detailText(locale, 'children')}</h3>
    <ul class="cases">
      ${related.children.map(({ ref, view }) => {
        const state = view?.state ?? ref.closedIn;
        const closed = view?.closed ?? ref.closedIn !== undefined;
        const type = view
          ? definitionOf(engine, view)
          : engine?.caseTypes.latest(ref.typeId)?.definition;
        const stateText =
          state === undefined ? '' : localText(type?.states[state]?.title, locale, state);
        return html`<li>
          <button type="button" part="child" class="case-link" @click=${() => context.select(ref.id)}>
            <span class="case-type">${typeTitle(engine, ref.typeId, locale)}</span>
            <span>${placeTitle(engine?.org, ref.unit, locale)}</span>
            <span class=${closed ? 'case-state closed' : 'case-state'}>${stateText}</span>
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
