import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import { type ChartData, seriesClass } from './chart-data.js';

const top = 18;
const plot = 140;
const axis = 20;
// The share of each week's slot its bars take; the rest is the gap between weeks.
const fill = 0.7;

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value`: a round top for the scale. */
export function roundTop(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/**
 * Columns over time: one slot per row (a week), one bar per series side by side (opened,
 * closed), lines at the top of the scale and halfway, the top's number above it.
 *
 * @example
 * ```ts
 * trendChart({ series: [{ label: '新增', color: 1 }, { label: '办结', color: 2 }], rows: [{ label: '3/2', values: [5, 3] }] }, '近 1 周新增 5 件，办结 3 件');
 * ```
 */
export function trendChart(data: ChartData, summary: string): TemplateResult {
  const max = roundTop(Math.max(0, ...data.rows.flatMap((row) => row.values)));
  const count = Math.max(1, data.rows.length);
  const slot = 100 / count;
  const bar = (slot * fill) / Math.max(1, data.series.length);
  const base = top + plot;
  const parts: SVGTemplateResult[] = [
    svg`<text class="axis" x="0" y=${top - 6}>${max}</text>`,
    svg`<line class="grid-line" x1="0" x2="100%" y1=${top} y2=${top}></line>`,
    svg`<line class="grid-line" x1="0" x2="100%" y1=${top + plot / 2} y2=${top + plot / 2}></line>`,
    svg`<line class="base-line" x1="0" x2="100%" y1=${base} y2=${base}></line>`,
  ];
  data.rows.forEach((row, index) => {
    const start = index * slot + (slot * (1 - fill)) / 2;
    row.values.forEach((value, which) => {
      const series = data.series[which];
      const height = (value / max) * plot;
      if (height <= 0 || !series) return;
      parts.push(
        svg`<rect class=${seriesClass(series)} x="${start + which * bar}%" y=${base - height} width="${bar}%" height=${height}></rect>`,
      );
    });
    parts.push(
      svg`<text class="tick" x="${index * slot + slot / 2}%" y=${base + axis - 5} text-anchor="middle">${row.label}</text>`,
    );
  });
  return html`<svg class="chart" role="img" aria-label=${summary} width="100%" height=${base + axis}>
    ${parts}
  </svg>`;
}
