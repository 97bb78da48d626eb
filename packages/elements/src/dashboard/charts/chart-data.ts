/**
 * What a chart draws, already in the reader's words: the series (one colour each) and the rows
 * (one bar, or one stack of bars, each). The same data fills the chart's table.
 */
export interface ChartData {
  /** One per value of a row; the first colour goes to the first series. */
  readonly series: readonly ChartSeries[];
  readonly rows: readonly ChartRow[];
}

/** A series of a chart: its name and colour. */
export interface ChartSeries {
  readonly label: string;
  /** Which `--cg-chart-<n>` colour it takes (1–6), or `danger` for overdue counts. */
  readonly color: number | 'danger';
}

/** One row of a chart: a label and one value per series. */
export interface ChartRow {
  readonly label: string;
  readonly values: readonly number[];
  /** Rows under the same group are drawn under its heading (a case type above its states). */
  readonly group?: string;
  /** How a value is written in the table and beside the bar (default: the number). */
  readonly display?: readonly string[];
}

/** The sum of a row's values. */
export function rowTotal(row: ChartRow): number {
  let total = 0;
  for (const value of row.values) total += value;
  return total;
}

/** The CSS class that colours a series. */
export function seriesClass(series: ChartSeries): string {
  return series.color === 'danger' ? 'series-danger' : `series-${series.color}`;
}
