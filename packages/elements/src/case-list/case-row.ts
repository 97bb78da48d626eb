import type { CaseEngine, CaseView, Locale } from '@casegrid/core';
import { html, nothing, type TemplateResult } from 'lit';
import {
  caseSummary,
  formatInstant,
  personName,
  relativeTime,
  stateTitle,
  typeTitle,
  unitTitle,
} from '../internal/case-text.js';
import { t } from './case-list.messages.js';
import { type DueStatus, dueStatus } from './due-status.js';

/** What every row of one render shares. */
export interface RowContext {
  readonly engine: CaseEngine | undefined;
  readonly locale: Locale;
  /** Milliseconds since the epoch: "time left" and "overdue" are judged by it. */
  readonly now: number;
  readonly soonMs: number;
  /** How many rows the list has (most are not in the DOM). */
  readonly setSize: number;
  readonly activeId: string | undefined;
  readonly selectedId: string | undefined;
  /** Whether rows carry a checkbox; then `aria-selected` says whether the row is ticked. */
  readonly selectable: boolean;
  readonly checked: ReadonlySet<string>;
}

/**
 * The DOM id of a case's row: unique in the list's shadow root and valid in selectors (for
 * `aria-activedescendant`).
 *
 * @example
 * ```ts
 * rowId('wb-12'); // 'row-wb-12'
 * ```
 */
export function rowId(caseId: string): string {
  return `row-${caseId.replace(/[^A-Za-z0-9_-]/g, (char) => `_${char.charCodeAt(0).toString(16)}`)}`;
}

function deadlineBadge(view: CaseView, due: DueStatus, context: RowContext) {
  const { locale, now } = context;
  if (due === 'none') return nothing;
  const dueAt = view.deadline?.dueAt;
  const time = dueAt === undefined ? '' : relativeTime(dueAt, now, locale);
  const text =
    due !== 'overdue'
      ? t(locale, 'dueIn', { time })
      : dueAt === undefined
        ? t(locale, 'overdueBadge')
        : t(locale, 'overdueSince', { time });
  const badgeParts = due === 'due' ? 'badge' : `badge ${due}`;
  return html`<span
    class=${badgeParts}
    part=${badgeParts}
    title=${dueAt === undefined ? nothing : formatInstant(dueAt, locale)}
    >${text}</span
  >`;
}

/**
 * One row of the list: summary and deadline on the first line; type, state, handling unit and
 * assignee on the second. An `option`: its text is what a screen reader says, so the parts are
 * separated by " · " and nothing in it is interactive.
 *
 * @example
 * ```ts
 * rowWindow.render(shown, (view, index) => renderRow(view, index, context));
 * ```
 */
export function renderRow(view: CaseView, index: number, context: RowContext): TemplateResult {
  const { engine, locale } = context;
  const due = dueStatus(view, context.now, context.soonMs);
  const selected = view.id === context.selectedId;
  const checked = context.selectable && context.checked.has(view.id);
  let parts = 'row';
  if (due === 'overdue' || due === 'due-soon') parts += ` ${due}`;
  if (selected) parts += ' selected';
  if (view.id === context.activeId) parts += ' active';
  if (checked) parts += ' checked';
  const assignee =
    view.assignee === null
      ? t(locale, 'unassigned')
      : personName(engine?.org, view.assignee, locale);
  return html`<div
    role="option"
    id=${rowId(view.id)}
    data-id=${view.id}
    class=${parts}
    part=${parts}
    aria-posinset=${index + 1}
    aria-setsize=${context.setSize}
    aria-selected=${context.selectable ? String(checked) : String(selected)}
    aria-current=${context.selectable && selected ? 'true' : nothing}
  >
    ${context.selectable ? html`<span class="check" part="check"></span>` : nothing}
    <span class="summary" part="summary">${caseSummary(view)}</span>
    ${deadlineBadge(view, due, context)}
    <span class="meta" part="meta"
      >${typeTitle(engine, view.typeId, locale)} · ${stateTitle(engine, view, view.state, locale)} ·
      ${unitTitle(engine?.org, view.handlingUnit, locale)} · ${assignee}</span
    >
  </div>`;
}
