import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { type ChartData, rowTotal, seriesClass } from './chart-data.js';

const height = 28;

/**
 * One bar across the whole width, cut into the shares of its row's values: where the cases
 * ended, level by level. The legend beside it gives each share in words.
 *
 * @example
 * ```ts
 * shareBar({ series: [{ label: '村', color: 1 }, { label: '镇', color: 2 }], rows: [{ label: '办结', values: [6, 2] }] }, '村 75%，镇 25%');
 * ```
 */
export function shareBar(data: ChartData, summary: string): TemplateResult {
  const row = data.rows[0];
  const total = row ? rowTotal(row) : 0;
  const parts: SVGTemplateResult[] = [];
  let x = 0;
  row?.values.forEach((value, index) => {
    const series = data.series[index];
    if (value <= 0 || total === 0 || !series) return;
    const width = (value / total) * 100;
    parts.push(
      svg`<rect class=${seriesClass(series)} x="${x}%" y="0" width="${width}%" height=${height}></rect>`,
    );
    x += width;
  });
  return html`<svg class="chart" role="img" aria-label=${summary} width="100%" height=${height}>
    ${parts}
  </svg>`;
}
