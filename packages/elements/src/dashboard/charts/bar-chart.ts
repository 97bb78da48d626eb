import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { type ChartData, type ChartRow, rowTotal, seriesClass } from './chart-data.js';

// Heights in pixels, widths in percent of the figure: the chart takes any width without
// scaling its text, so labels stay readable on a phone.
const labelHeight = 18;
const barHeight = 16;
const rowGap = 10;
const groupHeight = 24;
const indent = 12;
// The longest bar leaves room beside it for its number.
const span = 80;

/** The number written beside a row's bar: its value, or its values one per series. */
export function rowFigure(row: ChartRow): string {
  if (row.display) return row.display.join(' / ');
  return row.values.join(' / ');
}

/**
 * Horizontal bars, one per row, stacked when the data has several series; rows of a group
 * under the group's name. The SVG is one image to assistive technology, named by `summary`.
 *
 * @example
 * ```ts
 * barChart({ series: [{ label: '在办', color: 1 }], rows: [{ label: '东一村', values: [4] }] }, '在办：东一村 4');
 * ```
 */
export function barChart(data: ChartData, summary: string): TemplateResult {
  const max = Math.max(1, ...data.rows.map(rowTotal));
  const parts: SVGTemplateResult[] = [];
  let y = 0;
  let group: string | undefined;
  for (const row of data.rows) {
    if (row.group !== undefined && row.group !== group) {
      group = row.group;
      parts.push(svg`<text class="group" x="0" y=${y + 16}>${group}</text>`);
      y += groupHeight;
    }
    parts.push(
      svg`<text class="label" x=${row.group === undefined ? 0 : indent} y=${y + 13}>${row.label}</text>`,
    );
    let x = 0;
    row.values.forEach((value, index) => {
      const series = data.series[index];
      const width = (value / max) * span;
      if (width <= 0 || !series) return;
      parts.push(
        svg`<rect class=${seriesClass(series)} x="${x}%" y=${y + labelHeight} width="${width}%" height=${barHeight}></rect>`,
      );
      x += width;
    });
    parts.push(
      svg`<text class="value" x="${x}%" dx="6" y=${y + labelHeight + 13}>${rowFigure(row)}</text>`,
    );
    y += labelHeight + barHeight + rowGap;
  }
  return html`<svg class="chart" role="img" aria-label=${summary} width="100%" height=${y}>
    ${parts}
  </svg>`;
}
