import { computeMetrics, type Metrics } from '@casegrid/case-types/metrics';
import type { CaseEvent, CaseStore, Locale, LocalStore, Org } from '@casegrid/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { personName, unitTitle } from '../internal/case-text.js';
import { themeStyles } from '../internal/theme.styles.js';
import { WorkbenchElement } from '../internal/workbench-element.js';
import { CaseLog } from './case-log.js';
import { barChart } from './charts/bar-chart.js';
import { chartFigure } from './charts/chart-figure.js';
import { shareBar } from './charts/share-bar.js';
import { trendChart } from './charts/trend-chart.js';
import { dashboardText as t } from './dashboard.messages.js';
import { dashboardStyles } from './dashboard.styles.js';
import {
  closureData,
  overdueData,
  percent,
  scopeTitle,
  stateData,
  typeData,
  villageShare,
  weeklyData,
  weeklySummary,
} from './dashboard-data.js';
import { headlineFigures } from './headline-figures.js';
import { type ScoreSort, scorecardTable } from './scorecard-table.js';

// A command centre's screen follows a busy county: figures are counted again at most this often,
// and never for more than a fifth of the time (a county's 100,000 events take a few hundred ms).
const throttleMs = 500;
const busyShare = 5;

/**
 * The figures a command centre reads at a glance, for the person's scope (their unit and
 * everything below it): cases open, closed and overdue; the share of cases that stayed in the
 * village (小事不出村) and the level the others were closed at; open cases by type and by state;
 * overdue cases by handling unit; cases opened and closed week by week; on-time share, average
 * satisfaction, visits done of due; and a scorecard per unit and per person, sortable by column.
 *
 * It counts the `events` it is given, or else the whole log of its store (read once, then only
 * the cases that change, at most twice a second). Each chart is an SVG drawn here (no charting
 * library), named for screen readers by a summary, with its numbers in a table behind "show
 * the numbers".
 *
 * @summary Metrics of the person's scope as charts and scorecards.
 *
 * @example
 * ```html
 * <cg-provider .engine=${engine} .store=${store} .actor=${countyDirector}>
 *   <cg-dashboard></cg-dashboard>
 * </cg-provider>
 * ```
 *
 * @csspart figures - The headline numbers.
 * @csspart chart - Each chart's figure (`data-chart` names it).
 * @csspart caption - A chart's caption.
 * @csspart legend - A chart's legend.
 * @csspart data - The "show the numbers" disclosure with a chart's table.
 * @csspart scorecard - A scorecard table's frame (`data-scorecard`: `units` or `people`).
 *
 * @cssproperty --cg-font-family - The font.
 * @cssproperty --cg-font-size - The base text size (default 16px).
 * @cssproperty --cg-color-text - Text.
 * @cssproperty --cg-color-primary - Links and disclosures.
 * @cssproperty --cg-color-danger - Overdue.
 * @cssproperty --cg-color-muted - Secondary text, axes.
 * @cssproperty --cg-color-surface - Card backgrounds.
 * @cssproperty --cg-color-group-border - Card borders and grid lines.
 * @cssproperty --cg-color-focus - The focus ring.
 * @cssproperty --cg-radius - Corner radius.
 * @cssproperty --cg-space - Spacing between cards.
 * @cssproperty --cg-chart-1 - First series colour (open, opened; … the first level).
 * @cssproperty --cg-chart-2 - Second series colour (closed; the village share's figure).
 * @cssproperty --cg-chart-3 - Third series colour.
 * @cssproperty --cg-chart-4 - Fourth series colour.
 * @cssproperty --cg-chart-5 - Fifth series colour.
 * @cssproperty --cg-chart-6 - Sixth series colour.
 */
export class CgDashboard extends WorkbenchElement {
  static override styles = [themeStyles, dashboardStyles];

  static override properties = {
    ...WorkbenchElement.properties,
    events: { attribute: false },
    scope: { reflect: true },
  };

  /**
   * The events to count (in any order across cases, each case's in seq order). When not
   * given, the element reads its store's log and follows its changes.
   */
  declare events: readonly CaseEvent[] | undefined;
  /** The unit whose cases are counted (default: the actor's unit; no actor: every case). */
  declare scope: string | undefined;

  #metrics: Metrics | undefined;
  #log = new CaseLog();
  /** The store the log was read from, once read (`undefined` while it is being read). */
  #read: CaseStore | LocalStore | undefined;
  #reading: CaseStore | LocalStore | undefined;
  /** Bumped whenever the log changes: part of what the figures were counted from. */
  #logVersion = 0;
  /** What the shown figures were counted from: engine, scope, events (or log and version). */
  #countedFrom: readonly unknown[] = [];
  /** Loads and refreshes run one after another: a refresh never lands before the load. */
  #queue: Promise<void> = Promise.resolve();
  #changed = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastRun = 0;
  /** How long the last count took (ms): a slow count waits longer before the next. */
  #lastCost = 0;
  #announcement = '';
  #sorts: { units: ScoreSort; people: ScoreSort } = {
    units: { column: 'handled', descending: true },
    people: { column: 'handled', descending: true },
  };

  /** The metrics shown now (`undefined` until the first count). */
  get metrics(): Metrics | undefined {
    return this.#metrics;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Changes made while away from the page were not followed: read the log again.
    this.#read = undefined;
    this.#reading = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#changed.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.isConnected) return;
    const { store } = this.current;
    if (this.events !== undefined) {
      // Given events replace the log; it is read again if they are taken back.
      this.#read = undefined;
      this.#reading = undefined;
    } else if (store !== this.#read && store !== this.#reading) {
      this.#load(store);
    }
    this.#count();
  }

  #load(store: CaseStore | LocalStore | undefined): void {
    this.#reading = store;
    this.#read = undefined;
    this.#changed.clear();
    this.#enqueue(async () => {
      if (!store || store !== this.#reading) return;
      const log = new CaseLog();
      await log.load(store);
      if (store !== this.#reading) return;
      this.#reading = undefined;
      this.#read = store;
      this.#log = log;
      this.#logVersion += 1;
      this.#count();
    });
  }

  protected override casesChanged(ids: ReadonlySet<string>): void {
    if (this.events !== undefined) return;
    for (const id of ids) this.#changed.add(id);
    if (this.#timer !== undefined) return;
    const pause = Math.max(throttleMs, this.#lastCost * busyShare);
    const wait = Math.max(0, this.#lastRun + pause - performance.now());
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#lastRun = performance.now();
      this.#enqueue(async () => {
        const store = this.#read;
        // Still being read: the whole read sees these changes.
        if (!store) return;
        const changed = new Set(this.#changed);
        this.#changed.clear();
        await this.#log.refresh(store, changed);
        if (store !== this.#read) return;
        this.#logVersion += 1;
        const before = this.#metrics?.cases;
        this.#count();
        const after = this.#metrics?.cases;
        if (after && before && !sameCounts(before, after)) {
          this.#announcement = t(this.current.locale, 'updated', after);
        }
      });
    }, wait);
  }

  #enqueue(run: () => Promise<void>): void {
    this.#queue = this.#queue.then(run).catch((error: unknown) => {
      // A store that failed to read leaves the last figures up; the page's console says why.
      console.error(error);
    });
  }

  /** Counts again when what the figures come from changed (not for a change of language). */
  #count(): void {
    const { engine, actor, clock } = this.current;
    const scope = this.scope ?? actor?.unit;
    const events = this.events ?? (this.#read ? this.#log : undefined);
    const from = [engine, scope, events, this.#logVersion];
    if (from.every((value, index) => value === this.#countedFrom[index])) return;
    this.#countedFrom = from;
    if (!engine || !events) {
      this.#metrics = undefined;
      this.requestUpdate();
      return;
    }
    const started = performance.now();
    this.#metrics = computeMetrics(events instanceof CaseLog ? events.events() : events, {
      org: engine.org,
      now: clock(),
      // Visits are judged by the engine's own case types, not only the kit's.
      definitions: engine.caseTypes.all().map((type) => type.definition),
      ...(scope === undefined ? {} : { scope }),
    });
    this.#lastCost = performance.now() - started;
    this.requestUpdate();
  }

  #sort(table: 'units' | 'people', sort: ScoreSort): void {
    this.#sorts = { ...this.#sorts, [table]: sort };
    this.requestUpdate();
  }

  override render(): TemplateResult {
    const { engine, actor, locale } = this.current;
    const org = engine?.org;
    const metrics = this.#metrics;
    const scope = this.scope ?? actor?.unit;
    const title = org ? t(locale, 'label', { scope: scopeTitle(org, scope, locale) }) : '';
    return html`<section class="dashboard" aria-labelledby="title" aria-busy=${metrics ? 'false' : 'true'}>
      <p class="title" id="title">${title}</p>
      ${metrics && org ? this.#body(metrics, org, locale) : html`<p class="loading">${t(locale, 'loading')}</p>`}
      <div class="visually-hidden" role="status">${this.#announcement}</div>
    </section>`;
  }

  #body(metrics: Metrics, org: Org, locale: Locale): TemplateResult {
    const { engine } = this.current;
    const weeklyCaption = t(locale, 'weekly');
    return html`${headlineFigures(metrics, locale)}
      <div class="grid">
        ${this.#closure(metrics, org, locale)}
        ${chartFigure(
          {
            id: 'by-type',
            caption: t(locale, 'byType'),
            data: typeData(metrics, engine, locale),
            draw: barChart,
            rowHeader: t(locale, 'type'),
          },
          locale,
        )}
        ${chartFigure(
          {
            id: 'by-state',
            caption: t(locale, 'byState'),
            data: stateData(metrics, engine, locale),
            draw: barChart,
            rowHeader: t(locale, 'state'),
          },
          locale,
        )}
        ${chartFigure(
          {
            id: 'overdue-by-unit',
            caption: t(locale, 'overdueByUnit'),
            data: overdueData(metrics, org, locale),
            draw: barChart,
            rowHeader: t(locale, 'unit'),
          },
          locale,
        )}
        <div class="wide">
          ${chartFigure(
            {
              id: 'weekly',
              caption: weeklyCaption,
              data: weeklyData(metrics, locale),
              draw: trendChart,
              rowHeader: t(locale, 'week'),
              summary: weeklySummary(weeklyCaption, metrics, locale),
            },
            locale,
          )}
        </div>
        <div class="wide">
          ${scorecardTable(
            {
              id: 'units',
              caption: t(locale, 'unitScores'),
              nameHeader: t(locale, 'unit'),
              cards: metrics.scorecards.units.map((card) => ({
                ...card,
                name: unitTitle(org, card.id, locale),
              })),
              sort: this.#sorts.units,
              onSort: (sort) => this.#sort('units', sort),
            },
            locale,
          )}
        </div>
        <div class="wide">
          ${scorecardTable(
            {
              id: 'people',
              caption: t(locale, 'peopleScores'),
              nameHeader: t(locale, 'person'),
              cards: metrics.scorecards.people.map((card) => ({
                ...card,
                name: personName(org, card.id, locale),
              })),
              sort: this.#sorts.people,
              onSort: (sort) => this.#sort('people', sort),
            },
            locale,
          )}
        </div>
      </div>`;
  }

  /** 小事不出村: the share as a big number, then the bar of every level cases closed at. */
  #closure(metrics: Metrics, org: Org, locale: Locale): TemplateResult {
    const village = villageShare(metrics, org);
    const data = closureData(metrics, org, locale);
    const share = village.rate === null ? t(locale, 'none') : percent(village.rate, locale);
    const caption = t(locale, 'villageShare');
    return chartFigure(
      {
        id: 'closure-by-level',
        caption,
        data,
        draw: shareBar,
        rowHeader: t(locale, 'closed'),
        summary: t(locale, 'summaryList', {
          caption,
          items: data.series
            .map((series, index) => `${series.label} ${data.rows[0]?.display?.[index] ?? ''}`)
            .join(locale === 'zh-CN' ? '，' : ', '),
        }),
        legend: data.series.map(
          (series, index) => `${series.label} ${data.rows[0]?.display?.[index] ?? ''}`,
        ),
        headline: html`<p class="headline">
          <span class="big" data-figure="village-share">${share}</span>
          <span class="note"
            >${t(locale, 'villageShareNote')} ·
            ${t(locale, 'villageShareCount', { n: village.done, total: village.total })}</span
          >
        </p>`,
      },
      locale,
    );
  }
}

function sameCounts(a: Metrics['cases'], b: Metrics['cases']): boolean {
  return (
    a.open === b.open && a.closed === b.closed && a.overdue === b.overdue && a.total === b.total
  );
}
