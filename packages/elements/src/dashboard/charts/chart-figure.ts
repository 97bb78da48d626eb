import type { Locale } from '@casegrid/core';
import { html, nothing, type TemplateResult } from 'lit';
import { dashboardText as t } from '../dashboard.messages.js';
import { type ChartData, type ChartRow, seriesClass } from './chart-data.js';

// An image's name is read in one breath: the first rows, then how many there are.
const summaryRows = 6;

/** What a figure shows: its caption, its data, and how to draw it. */
export interface ChartFigure {
  /** Stable name of the figure (`data-chart`), for tests and for `::part` selectors. */
  readonly id: string;
  readonly caption: string;
  readonly data: ChartData;
  /** Draws the chart, given the summary that names it. */
  readonly draw: (data: ChartData, summary: string) => TemplateResult;
  /** The head of the table's first column (what a row is: a state, a unit, a week). */
  readonly rowHeader: string;
  /** The image's name (default: the caption and the first rows' numbers). */
  readonly summary?: string;
  /** A large number above the chart: the figure's headline. */
  readonly headline?: TemplateResult;
  /** Legend entries: default one per series when there are several. */
  readonly legend?: readonly string[];
}

/** The words of a row in the summary: its label and its value (or its values, named). */
function rowWords(row: ChartRow, data: ChartData, locale: Locale): string {
  const label = row.group === undefined ? row.label : `${row.group} ${row.label}`;
  if (data.series.length === 1) {
    return t(locale, 'summaryItem', { label, value: row.display?.[0] ?? row.values[0] ?? 0 });
  }
  const values = data.series.map(
    (series, index) => `${series.label} ${row.display?.[index] ?? row.values[index] ?? 0}`,
  );
  return `${label} ${values.join(' ')}`;
}

/**
 * A sentence naming a chart for assistive technology: its caption and its first rows.
 *
 * @example
 * ```ts
 * chartSummary('超期案件按承办单位', data, 'zh-CN'); // '超期案件按承办单位：东一村 2，东二村 1'
 * ```
 */
export function chartSummary(caption: string, data: ChartData, locale: Locale): string {
  if (data.rows.length === 0) return t(locale, 'summaryEmpty', { caption });
  const separator = locale === 'zh-CN' ? '，' : ', ';
  const items = data.rows
    .slice(0, summaryRows)
    .map((row) => rowWords(row, data, locale))
    .join(separator);
  return data.rows.length > summaryRows
    ? t(locale, 'summaryMore', { caption, items, n: data.rows.length })
    : t(locale, 'summaryList', { caption, items });
}

/**
 * A chart as a `<figure>`: the caption, an optional headline, the legend, the SVG (one image
 * named by a summary) and, behind "show the numbers", a table of every value.
 *
 * @example
 * ```ts
 * chartFigure({ id: 'overdue-by-unit', caption: '超期案件按承办单位', data, draw: barChart, rowHeader: '单位' }, 'zh-CN');
 * ```
 */
export function chartFigure(figure: ChartFigure, locale: Locale): TemplateResult {
  const { id, caption, data } = figure;
  const empty = data.rows.length === 0;
  const summary = figure.summary ?? chartSummary(caption, data, locale);
  const legend = figure.legend ?? (data.series.length > 1 ? data.series.map((s) => s.label) : []);
  return html`<figure part="chart" class="card" data-chart=${id}>
    <figcaption part="caption">${caption}</figcaption>
    ${figure.headline ?? nothing}
    ${
      empty
        ? html`<p class="empty">${t(locale, 'noData')}</p>`
        : html`${
            legend.length > 0
              ? html`<ul class="legend" part="legend">
                ${legend.map((label, index) => {
                  const series = data.series[index];
                  return html`<li>
                    <svg class="swatch" aria-hidden="true" width="12" height="12">
                      <rect class=${series ? seriesClass(series) : ''} width="12" height="12"></rect>
                    </svg>
                    ${label}
                  </li>`;
                })}
              </ul>`
              : nothing
          }
        ${figure.draw(data, summary)}
        <details part="data">
          <summary>${t(locale, 'showData')}</summary>
          ${dataTable(figure)}
        </details>`
    }
  </figure>`;
}

function dataTable({ data, rowHeader }: ChartFigure): TemplateResult {
  return html`<table>
    <thead>
      <tr>
        <th scope="col">${rowHeader}</th>
        ${data.series.map((series) => html`<th scope="col">${series.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${data.rows.map(
        (row) => html`<tr>
          <th scope="row">${row.group === undefined ? row.label : `${row.group} · ${row.label}`}</th>
          ${row.values.map((value, index) => html`<td>${row.display?.[index] ?? value}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
