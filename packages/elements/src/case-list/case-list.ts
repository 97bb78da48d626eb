import type { CaseView } from '@casegrid/core';
import { html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { emit } from '../internal/emit.js';
import { CgSelectEvent } from '../internal/select-event.js';
import { buttonStyles, themeStyles } from '../internal/theme.styles.js';
import { WorkbenchElement } from '../internal/workbench-element.js';
import { ActiveRow } from './active-row.js';
import { t } from './case-list.messages.js';
import { caseListStyles } from './case-list.styles.js';
import { type RowContext, renderRow, rowId } from './case-row.js';
import { CgFilterChangeEvent, CgSelectionChangeEvent } from './events.js';
import {
  activeFilterCount,
  type CaseListFilter,
  type CaseListSort,
  defaultSort,
  toCaseFilter,
} from './list-filter.js';
import { personChoices, stateChoices, typeChoices, unitChoices } from './list-options.js';
import { arrangeCases, searchTerms } from './list-order.js';
import { renderListState, renderSelectAll } from './list-states.js';
import { renderToolbar } from './list-toolbar.js';
import { LiveCases } from './live-cases.js';
import { RowWindow } from './row-window.js';

const hourMs = 3_600_000;
// "Due in 3 hours" must not stay true for ever: the rows are drawn again this often.
const tickMs = 60_000;
// Long enough for a screen reader to notice that the live region was emptied.
const announceDelayMs = 150;
const typeIdOf = (view: CaseView) => view.typeId;

/**
 * The cases a person may see, filtered, sorted and searched, in a list that stays fast with
 * tens of thousands of cases: only the rows in view are in the DOM (all rows have one height,
 * so none is ever measured).
 * It loads them with `engine.query` and keeps them current as cases change through the engine,
 * a sync pull or another tab; or it shows the `cases` it is given.
 *
 * A `listbox`: one tab stop; ArrowUp/Down, PageUp/Down, Home/End move the active row (scrolled
 * into view), Enter or Space or a click picks it (`cg-select`). With `selectable`, rows carry a
 * checkbox: Space ticks, Ctrl+A ticks every row shown, and `cg-selection-change` reports it.
 * The number of results is announced when the filter changes.
 *
 * @summary A windowed, filterable, keyboard-navigable list of cases.
 *
 * @example
 * ```html
 * <cg-provider .engine=${engine} .store=${store} .actor=${me}>
 *   <cg-case-list @cg-select=${(e) => (detail.caseId = e.detail.caseId)}></cg-case-list>
 * </cg-provider>
 * ```
 *
 * @event cg-select - A person picked a case (click, Enter or Space); `detail.caseId`.
 * @event cg-filter-change - A person changed the filter, sort or search in the toolbar; `detail` holds all three.
 * @event cg-selection-change - A person ticked or unticked cases (`selectable`); `detail.ids` is the selection.
 *
 * @csspart toolbar - The search box, sort order and filters.
 * @csspart search - The search box.
 * @csspart sort - The sort select.
 * @csspart control - Every select and the search box.
 * @csspart label - The labels of the toolbar's controls.
 * @csspart filters - The disclosure holding the filters.
 * @csspart filters-toggle - Its summary ("Filters (2)").
 * @csspart bar - The line with the number of results (and "select all").
 * @csspart count - The number of results.
 * @csspart list - The scrolling listbox.
 * @csspart row - One case (also: overdue, due-soon, selected, active, checked).
 * @csspart summary - A row's summary line.
 * @csspart meta - A row's type, state, unit and assignee.
 * @csspart badge - A row's deadline (also: overdue, due-soon).
 * @csspart check - A row's checkbox (`selectable`).
 * @csspart empty - What shows when no case matches.
 * @csspart loading - What shows while the cases load.
 * @csspart error - Why the cases could not be loaded.
 *
 * @cssproperty --cg-list-height - The element's height (default 32rem); or size the element itself.
 * @cssproperty --cg-row-height - The height of every row, border included (default 4.25rem); read when the list connects or resizes.
 * @cssproperty --cg-font-family - The font.
 * @cssproperty --cg-font-size - The base text size (default 16px).
 * @cssproperty --cg-color-text - Text.
 * @cssproperty --cg-color-muted - Secondary text.
 * @cssproperty --cg-color-primary - Links, the selected row's mark, checkboxes.
 * @cssproperty --cg-color-danger - Overdue badges, errors.
 * @cssproperty --cg-color-danger-surface - Background of overdue badges.
 * @cssproperty --cg-color-warning - Due-soon badges.
 * @cssproperty --cg-color-warning-surface - Background of due-soon badges.
 * @cssproperty --cg-color-border - Control borders.
 * @cssproperty --cg-color-group-border - Lines between rows, the list's border.
 * @cssproperty --cg-color-surface - Backgrounds.
 * @cssproperty --cg-color-selected - The selected row's background.
 * @cssproperty --cg-color-hover - A hovered row's background.
 * @cssproperty --cg-color-focus - The focus ring.
 * @cssproperty --cg-radius - Corner radius.
 * @cssproperty --cg-space - Spacing.
 */
export class CgCaseList extends WorkbenchElement {
  static override styles = [themeStyles, buttonStyles, caseListStyles];

  static override properties = {
    ...WorkbenchElement.properties,
    cases: { attribute: false },
    filter: { attribute: false },
    sort: { attribute: false },
    search: {},
    noToolbar: { type: Boolean, attribute: 'no-toolbar' },
    selectable: { type: Boolean, reflect: true },
    selection: { attribute: false },
    selectedId: { attribute: 'selected-id' },
    dueSoonHours: { type: Number, attribute: 'due-soon-hours' },
    label: {},
    // `attribute: false` as well: the manifest analyzer would list internal state as attributes.
    announcement: { state: true, attribute: false },
  };

  /** The cases to show instead of querying the engine (the inbox gives its tab's cases). */
  declare cases: readonly CaseView[] | undefined;
  /** What is shown; see {@link CaseListFilter}. */
  declare filter: CaseListFilter;
  /** The order (default: the case updated last first). */
  declare sort: CaseListSort;
  /** Words every case shown holds in its id, summary or data. */
  declare search: string;
  /** Hides the toolbar (the page drives `filter`, `sort` and `search`). */
  declare noToolbar: boolean;
  /** Rows carry checkboxes, for actions on several cases. */
  declare selectable: boolean;
  /** The ids of the ticked cases (`selectable`). */
  declare selection: readonly string[];
  /** The case shown as selected (the one open beside the list). Set by a pick too. */
  declare selectedId: string | undefined;
  /** A deadline this close (hours) counts as "due soon" (default 24). */
  declare dueSoonHours: number;
  /** The list's accessible name (default 案件列表 / Cases). */
  declare label: string | undefined;
  declare private announcement: string;

  #live = new LiveCases(() => this.requestUpdate());
  #queried: readonly unknown[] = [];
  #derivedFrom: readonly unknown[] = [];
  #shown: readonly CaseView[] = [];
  #rowWindow = new RowWindow(this, {
    count: () => this.#shown.length,
    scroller: () => this.#listbox(),
    rowHeight: 'var(--_row-height)',
  });
  #active = new ActiveRow(this, {
    rows: () => this.#shown,
    listbox: () => this.#listbox(),
    rowWindow: this.#rowWindow,
  });
  #announcePending = true;
  #announcedLocale: string | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    this.filter = {};
    this.sort = defaultSort;
    this.search = '';
    this.noToolbar = false;
    this.selectable = false;
    this.selection = [];
    this.dueSoonHours = 24;
    this.announcement = '';
  }

  /** The cases shown now, in order (after filter, search and sort). */
  get shownCases(): readonly CaseView[] {
    return this.#shown;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#ticker = setInterval(() => this.requestUpdate(), tickMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#ticker);
    clearTimeout(this.#announceTimer);
  }

  protected override sourcesChanged(): void {
    this.#requery();
  }

  protected override casesChanged(ids: ReadonlySet<string>): void {
    // Given cases are the page's to keep current.
    if (this.cases === undefined) void this.#live.refresh(ids, this.current.clock());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The count is read out again in the new language, and when the given cases first arrive
    // (the inbox gives them once its tab is counted), so the last word is never stale.
    const locale = this.current.locale;
    if (locale !== this.#announcedLocale || (changed.has('cases') && !changed.get('cases'))) {
      this.#announcedLocale = locale;
      this.#announcePending = true;
    }
    if (changed.has('filter') || changed.has('sort') || changed.has('search')) {
      this.#announcePending = true;
      // Other results start at the top; a live change keeps the place (see casesChanged).
      if (this.hasUpdated) this.#rowWindow.scrollTo(0);
    }
    if (changed.has('cases') || changed.has('filter') || changed.has('dueSoonHours')) {
      this.#requery();
    }
    this.#derive();
  }

  get #soonMs(): number {
    return this.dueSoonHours * hourMs;
  }

  #requery(): void {
    const { engine, actor, clock } = this.current;
    if (this.cases !== undefined || !engine || !actor) {
      this.#queried = [];
      this.#live.clear();
      return;
    }
    const key = [engine, actor, JSON.stringify(this.filter), this.dueSoonHours];
    if (key.every((part, index) => part === this.#queried[index])) return;
    this.#queried = key;
    void this.#live.load(
      engine,
      actor,
      toCaseFilter(this.filter, actor, clock(), this.dueSoonHours),
    );
  }

  #loading(): boolean {
    return this.cases === undefined && this.#live.views === undefined && this.#live.loading;
  }

  /** Filters, searches and sorts, when any of them or the cases changed. */
  #derive(): void {
    const { engine, actor, clock } = this.current;
    const source = this.cases ?? this.#live.views ?? [];
    const from = [source, this.filter, this.sort, this.search, this.dueSoonHours, engine, actor];
    if (from.some((part, index) => part !== this.#derivedFrom[index])) {
      this.#derivedFrom = from;
      const { filter, sort, search, dueSoonHours } = this;
      const arrangement = { filter, sort, search, dueSoonHours, actor, org: engine?.org };
      this.#shown = arrangeCases(source, { ...arrangement, now: clock() });
      this.#active.follow();
    }
    if (this.#announcePending && !this.#live.loading) {
      this.#announcePending = false;
      this.#announce(this.#countText());
    }
  }

  #announce(text: string): void {
    // Emptied first: the same count after another filter is still read out.
    this.announcement = '';
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcement = text;
    }, announceDelayMs);
  }

  #countText(): string {
    const { locale } = this.current;
    const count = this.#shown.length;
    const text = count === 1 ? t(locale, 'countOne') : t(locale, 'count', { count });
    return this.selectable && this.selection.length > 0
      ? `${text} · ${t(locale, 'selected', { count: this.selection.length })}`
      : text;
  }

  #listbox(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[role="listbox"]');
  }

  #pick(id: string): void {
    this.selectedId = id;
    emit(this, new CgSelectEvent(id));
  }

  #setSelection(ids: readonly string[]): void {
    this.selection = ids;
    emit(this, new CgSelectionChangeEvent(ids));
  }

  #toggle(id: string): void {
    const ticked = this.selection.includes(id);
    this.#setSelection(ticked ? this.selection.filter((x) => x !== id) : [...this.selection, id]);
  }

  #toggleAll(): void {
    const ticked = new Set(this.selection);
    const shown = this.#shown.map((view) => view.id);
    const all = shown.length > 0 && shown.every((id) => ticked.has(id));
    if (all) {
      const untick = new Set(shown);
      this.#setSelection(this.selection.filter((id) => !untick.has(id)));
    } else {
      this.#setSelection([...this.selection, ...shown.filter((id) => !ticked.has(id))]);
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    const id = this.#active.id;
    if ((event.key === 'Enter' || event.key === ' ') && id !== undefined && !event.altKey) {
      event.preventDefault();
      if (event.key === ' ' && this.selectable) this.#toggle(id);
      else this.#pick(id);
    } else if (this.selectable && event.key === 'a' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.#toggleAll();
    } else if (this.#active.move(event)) {
      event.preventDefault();
    }
  }

  #onClick(event: MouseEvent): void {
    const target = event.target as Element;
    const id = target.closest<HTMLElement>('[role="option"]')?.dataset.id;
    if (id === undefined) return;
    this.#active.id = id;
    if (this.selectable && target.closest('.check')) this.#toggle(id);
    else this.#pick(id);
  }

  #changeQuery(part: Partial<Pick<this, 'filter' | 'sort' | 'search'>>): void {
    Object.assign(this, part);
    const { filter, sort, search } = this;
    emit(this, new CgFilterChangeEvent({ filter, sort, search }));
  }

  #renderToolbar() {
    const { engine, actor, locale } = this.current;
    const { filter, sort, search, cases } = this;
    // The choices are rebuilt only when something they depend on changed, not on every key.
    return guard([engine, actor, locale, filter, sort, search, engine ? undefined : cases], () =>
      renderToolbar(
        {
          locale,
          filter,
          sort,
          search,
          types: typeChoices(engine, engine ? [] : new Set(cases?.map(typeIdOf)), locale),
          states: stateChoices(engine, filter.typeId, locale),
          units: unitChoices(engine?.org, actor, locale),
          people: personChoices(engine?.org, actor),
          hasActor: actor !== undefined,
        },
        {
          filter: (change) => this.#changeQuery({ filter: change(this.filter) }),
          sort: (next) => this.#changeQuery({ sort: next }),
          search: (next) => this.#changeQuery({ search: next }),
        },
      ),
    );
  }

  override render() {
    const { engine, locale, clock } = this.current;
    const shown = this.#shown;
    const loading = this.#loading();
    const checked = new Set(this.selection);
    const context: RowContext = {
      engine,
      locale,
      now: clock(),
      soonMs: this.#soonMs,
      setSize: shown.length,
      activeId: this.#active.id,
      selectedId: this.selectedId,
      selectable: this.selectable,
      checked,
    };
    const narrowed = activeFilterCount(this.filter) > 0 || searchTerms(this.search).length > 0;
    return html`${this.noToolbar ? nothing : this.#renderToolbar()}
      <div class="bar" part="bar">
        <p class="count" part="count">${loading ? '' : this.#countText()}</p>
        ${
          this.selectable
            ? renderSelectAll(locale, shown, checked, () => this.#toggleAll())
            : nothing
        }
      </div>
      ${renderListState(
        { locale, error: this.#live.error, loading, empty: shown.length === 0, narrowed },
        () => this.#changeQuery({ filter: {}, search: '' }),
      )}
      <div class="viewport ${this.selectable ? 'selectable' : ''}" ?hidden=${shown.length === 0}>
        <div
          class="listbox"
          part="list"
          role="listbox"
          tabindex="0"
          aria-label=${this.label ?? t(locale, 'listLabel')}
          aria-multiselectable=${this.selectable ? 'true' : nothing}
          aria-busy=${this.#live.loading ? 'true' : 'false'}
          aria-activedescendant=${this.#active.rendered() ? rowId(this.#active.id!) : nothing}
          @keydown=${this.#onKeydown}
          @click=${this.#onClick}
          @focus=${() => this.#active.focused(this.selectedId)}
        >
          ${this.#rowWindow.render(shown, (view, index) => renderRow(view, index, context))}
        </div>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}
