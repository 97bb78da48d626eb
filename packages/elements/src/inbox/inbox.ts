import type { CaseView } from '@casegrid/core';
import { html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { CgSelectionChangeEvent } from '../case-list/events.js';
import { personChoices } from '../case-list/list-options.js';
import { LiveCases } from '../case-list/live-cases.js';
import { caseSummary, personName } from '../internal/case-text.js';
import { emit } from '../internal/emit.js';
import { CgSelectEvent } from '../internal/select-event.js';
import { themeStyles } from '../internal/theme.styles.js';
import { WorkbenchElement } from '../internal/workbench-element.js';
import { renderBulkBar } from './bulk-bar.js';
import { type ReassignOutcome, reassignCases } from './bulk-reassign.js';
import { CgReassignedEvent, CgTabChangeEvent } from './events.js';
import { t } from './inbox.messages.js';
import { inboxStyles } from './inbox.styles.js';
import { type InboxTab, inboxTabs, tabCases } from './inbox-tabs.js';

const hourMs = 3_600_000;
// "Due soon" and "overdue" follow the clock: the tabs are sorted again this often.
const tickMs = 60_000;

/**
 * "My work": the open cases a person has to deal with, in tabs with their counts — assigned to
 * me; waiting for my unit (handled there, assigned to nobody); due soon; overdue; and, for
 * centre staff (role `centre-director`), the unit's queue (every open case handled in their
 * unit or below), where cases can be ticked and reassigned to a person of the unit in one go.
 * Each tab shows a `<cg-case-list>`; the tabs are a tablist (arrow keys, Home, End).
 *
 * Bulk reassignment performs the `reassign` action (kit convention; see `reassign-action`)
 * with input `{ assignee }` on each ticked case and reports, case by case, what was done and
 * what the engine refused, and why.
 *
 * @summary The inbox: my cases, my unit's, due soon, overdue, and the unit queue.
 *
 * @example
 * ```html
 * <cg-provider .engine=${engine} .store=${store} .actor=${me}>
 *   <cg-inbox due-soon-hours="48" @cg-select=${(e) => open(e.detail.caseId)}></cg-inbox>
 * </cg-provider>
 * ```
 *
 * @event cg-select - A person picked a case in the tab's list; `detail.caseId`.
 * @event cg-tab-change - A person switched tabs; `detail.tab`.
 * @event cg-reassigned - A bulk reassignment ended; `detail` holds the assignee, the action and each case's outcome.
 *
 * @csspart tabs - The tablist.
 * @csspart tab - One tab (also: active).
 * @csspart count - The number of cases on a tab.
 * @csspart panel - The tab's panel.
 * @csspart case-list - The tab's `<cg-case-list>`.
 * @csspart row - A row of the list (exported from it, with its other names: overdue, due-soon, selected, active, checked).
 * @csspart summary - A row's summary line (exported from the list).
 * @csspart meta - A row's type, state, unit and assignee (exported from the list).
 * @csspart badge - A row's deadline (exported from the list).
 * @csspart check - A row's checkbox in the queue (exported from the list).
 * @csspart toolbar - The list's search, sort and filters (exported from the list).
 * @csspart empty - What the list shows when no case matches (exported from the list).
 * @csspart bulk - The reassignment bar of the unit queue.
 * @csspart assignee - The person picker.
 * @csspart reassign - The "reassign" button.
 * @csspart hint - How to reassign.
 * @csspart outcomes - What became of each case of the last reassignment.
 * @csspart outcome - One case's outcome (also: done, refused).
 *
 * @cssproperty --cg-inbox-height - The element's height (default 40rem); or size the element itself.
 * @cssproperty --cg-font-family - The font.
 * @cssproperty --cg-font-size - The base text size (default 16px).
 * @cssproperty --cg-color-text - Text.
 * @cssproperty --cg-color-muted - Inactive tabs, hints.
 * @cssproperty --cg-color-primary - The active tab, the "reassign" button.
 * @cssproperty --cg-color-success - Cases reassigned.
 * @cssproperty --cg-color-danger - Cases refused.
 * @cssproperty --cg-color-count - Background of the counts.
 * @cssproperty --cg-color-border - Control borders.
 * @cssproperty --cg-color-group-border - The line under the tabs.
 * @cssproperty --cg-color-surface - Backgrounds.
 * @cssproperty --cg-color-focus - The focus ring.
 * @cssproperty --cg-radius - Corner radius.
 * @cssproperty --cg-space - Spacing.
 */
export class CgInbox extends WorkbenchElement {
  static override styles = [themeStyles, inboxStyles];

  static override properties = {
    ...WorkbenchElement.properties,
    tab: { reflect: true },
    dueSoonHours: { type: Number, attribute: 'due-soon-hours' },
    reassignAction: { attribute: 'reassign-action' },
    selectedId: { attribute: 'selected-id' },
    // `attribute: false` as well: the manifest analyzer would list internal state as attributes.
    selection: { state: true, attribute: false },
    assignee: { state: true, attribute: false },
    working: { state: true, attribute: false },
    outcomes: { state: true, attribute: false },
  };

  /** The tab shown (`mine` when the actor does not have it). Set by a person too. */
  declare tab: InboxTab;
  /** A deadline this close (hours) counts as "due soon" (default 24). */
  declare dueSoonHours: number;
  /** The action bulk reassignment performs (default `reassign`, the kit's). */
  declare reassignAction: string;
  /** The case shown as selected in the list. Set by a pick too. */
  declare selectedId: string | undefined;
  declare private selection: readonly string[];
  declare private assignee: string;
  declare private working: boolean;
  declare private outcomes: readonly (ReassignOutcome & { readonly summary: string })[] | undefined;

  #live = new LiveCases(() => this.requestUpdate());
  #loadedFor: readonly unknown[] = [];
  #sortedFrom: readonly unknown[] = [];
  #tabs: Readonly<Record<InboxTab, readonly CaseView[]>> | undefined;
  #reassignedTo = '';
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.tab = 'mine';
    this.dueSoonHours = 24;
    this.reassignAction = 'reassign';
    this.selection = [];
    this.assignee = '';
    this.working = false;
  }

  /** The open cases of each tab now (`undefined` until they are loaded). */
  get tabCases(): Readonly<Record<InboxTab, readonly CaseView[]>> | undefined {
    return this.#tabs;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ticker = setInterval(() => this.requestUpdate(), tickMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#ticker);
  }

  protected override sourcesChanged(): void {
    const { engine, actor } = this.current;
    if (!engine || !actor) {
      this.#loadedFor = [];
      this.#live.clear();
      return;
    }
    if (engine === this.#loadedFor[0] && actor === this.#loadedFor[1]) return;
    this.#loadedFor = [engine, actor];
    this.selection = [];
    this.outcomes = undefined;
    void this.#live.load(engine, actor, { closed: false });
  }

  protected override casesChanged(ids: ReadonlySet<string>): void {
    void this.#live.refresh(ids, this.current.clock());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { engine, actor, clock } = this.current;
    const views = this.#live.views;
    const now = clock();
    const from = [views, engine, actor, this.dueSoonHours, Math.floor(now / tickMs)];
    if (from.some((part, index) => part !== this.#sortedFrom[index])) {
      this.#sortedFrom = from;
      this.#tabs =
        views && engine && actor
          ? tabCases(views, { actor, org: engine.org, now, soonMs: this.dueSoonHours * hourMs })
          : undefined;
    }
  }

  #activeTab(): InboxTab {
    const tabs = inboxTabs(this.current.actor);
    return tabs.includes(this.tab) ? this.tab : 'mine';
  }

  #choose(tab: InboxTab): void {
    if (tab === this.#activeTab()) return;
    this.tab = tab;
    emit(this, new CgTabChangeEvent(tab));
  }

  async #onTabKey(event: KeyboardEvent): Promise<void> {
    const tabs = inboxTabs(this.current.actor);
    const index = tabs.indexOf(this.#activeTab());
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? tabs.length - 1
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.#choose(tabs[next]!);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tabs[next]}`)?.focus();
  }

  #onSelect(event: CgSelectEvent): void {
    // Fired again from the inbox: the page listens to the inbox, not to its insides.
    event.stopPropagation();
    this.selectedId = event.detail.caseId;
    emit(this, new CgSelectEvent(event.detail.caseId));
  }

  #onSelectionChange(event: CgSelectionChangeEvent): void {
    event.stopPropagation();
    this.selection = event.detail.ids;
  }

  async #reassign(): Promise<void> {
    const { engine, actor } = this.current;
    const queue = this.#tabs?.queue ?? [];
    if (!engine || !actor || this.assignee === '' || this.working) return;
    const byId = new Map(queue.map((view) => [view.id, view]));
    const ids = this.selection.filter((id) => byId.has(id));
    const assignee = this.assignee;
    const action = this.reassignAction;
    this.working = true;
    this.outcomes = undefined;
    const outcomes = await reassignCases(engine, ids, { action, actor, assignee });
    this.#reassignedTo = assignee;
    this.outcomes = outcomes.map((outcome) => {
      const view = byId.get(outcome.caseId);
      return { ...outcome, summary: view ? caseSummary(view) : outcome.caseId };
    });
    // What was refused stays ticked: the person sees it and can try someone else.
    this.selection = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.caseId);
    this.working = false;
    emit(this, new CgReassignedEvent(assignee, action, outcomes));
  }

  #renderTabs(active: InboxTab) {
    const { actor, locale } = this.current;
    return html`<div
      class="tabs"
      part="tabs"
      role="tablist"
      aria-label=${t(locale, 'tabs')}
      @keydown=${this.#onTabKey}
    >
      ${inboxTabs(actor).map((tab) => {
        const selected = tab === active;
        const count = this.#tabs?.[tab].length;
        return html`<button
          type="button"
          role="tab"
          id=${`tab-${tab}`}
          part=${selected ? 'tab active' : 'tab'}
          aria-selected=${String(selected)}
          aria-controls="panel"
          tabindex=${selected ? '0' : '-1'}
          @click=${() => this.#choose(tab)}
        >
          ${t(locale, tab)}
          ${count === undefined ? nothing : html`<span class="count" part="count">${count}</span>`}
        </button>`;
      })}
    </div>`;
  }

  #renderContent(active: InboxTab) {
    const { engine, actor, locale, clock } = this.current;
    if (!engine || !actor) return html`<p class="state">${t(locale, 'noActor')}</p>`;
    const error = this.#live.error;
    if (error !== undefined) {
      const message = error instanceof Error ? error.message : String(error);
      return html`<p class="state error" role="alert">${t(locale, 'failed', { message })}</p>`;
    }
    if (!this.#tabs) return html`<p class="state">${t(locale, 'loading')}</p>`;
    const queue = active === 'queue';
    // A fresh list per tab: its own filter, scroll and active row.
    return keyed(
      active,
      html`<cg-case-list
        part="case-list"
        exportparts="row, overdue, due-soon, selected, active, checked, summary, meta, badge, check, toolbar, empty"
        .cases=${this.#tabs[active]}
        .engine=${engine}
        .actor=${actor}
        .locale=${locale}
        .clock=${clock}
        .label=${t(locale, active)}
        .dueSoonHours=${this.dueSoonHours}
        .selectedId=${this.selectedId}
        .selectable=${queue}
        .selection=${queue ? this.selection : []}
        @cg-select=${this.#onSelect}
        @cg-selection-change=${this.#onSelectionChange}
        @cg-filter-change=${(event: Event) => event.stopPropagation()}
      ></cg-case-list>`,
    );
  }

  override render() {
    const { engine, actor, locale } = this.current;
    const active = this.#activeTab();
    const bulk =
      active === 'queue' && this.#tabs
        ? renderBulkBar(
            {
              locale,
              people: personChoices(engine?.org, actor, { includeActor: true }),
              assignee: this.assignee,
              count: this.selection.length,
              working: this.working,
              outcomes: this.outcomes,
              assigneeName: personName(engine?.org, this.#reassignedTo, locale),
            },
            {
              assignee: (personId) => {
                this.assignee = personId;
              },
              reassign: () => void this.#reassign(),
            },
          )
        : nothing;
    return html`${this.#renderTabs(active)}
      <div
        class="panel"
        part="panel"
        role="tabpanel"
        id="panel"
        aria-labelledby=${`tab-${active}`}
      >
        ${bulk} ${this.#renderContent(active)}
      </div>`;
  }
}
