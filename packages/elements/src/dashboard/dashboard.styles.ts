import { css } from 'lit';

/**
 * Cards on a grid: one column on a phone, two from 720px, three from 1100px (container width,
 * not the window's). Chart colours come from `--cg-chart-1` … `--cg-chart-6`.
 */
export const dashboardStyles = css`
  :host {
    display: block;
    --_card-border: var(--cg-color-group-border, #d0d5dc);
  }
  .dashboard {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
  }
  .loading {
    margin: 0;
    color: var(--_muted);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .tile {
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 8px var(--_space);
    min-width: 0;
  }
  .tile dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .tile dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .tile.alert dd {
    color: var(--_danger);
  }
  .tile .note {
    display: block;
    font-size: 0.6em;
    font-weight: 400;
    color: var(--_muted);
  }
  .grid {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  @container (min-width: 560px) {
    .figures {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  @container (min-width: 720px) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .wide {
      grid-column: 1 / -1;
    }
  }
  @container (min-width: 1100px) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .figures {
      grid-template-columns: repeat(7, minmax(0, 1fr));
    }
  }
  .card {
    margin: 0;
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: var(--_space);
    min-width: 0;
    display: grid;
    gap: 8px;
    align-content: start;
  }
  figcaption,
  caption {
    font-weight: 600;
    text-align: start;
  }
  .headline {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 12px;
  }
  .big {
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.1;
    color: var(--cg-chart-2, #2e7d32);
  }
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .chart {
    display: block;
    overflow: visible;
  }
  .chart text {
    font-size: 13px;
    fill: var(--cg-color-text, #1f2329);
  }
  .chart .group {
    font-weight: 600;
  }
  .chart .value,
  .chart .axis,
  .chart .tick {
    fill: var(--_muted);
    font-size: 12px;
  }
  .grid-line {
    stroke: var(--_card-border);
    stroke-dasharray: 3 3;
  }
  .base-line {
    stroke: var(--_muted);
  }
  .series-1 {
    fill: var(--cg-chart-1, #1d4f9a);
  }
  .series-2 {
    fill: var(--cg-chart-2, #2e7d32);
  }
  .series-3 {
    fill: var(--cg-chart-3, #b45309);
  }
  .series-4 {
    fill: var(--cg-chart-4, #6b3fa0);
  }
  .series-5 {
    fill: var(--cg-chart-5, #00707a);
  }
  .series-6 {
    fill: var(--cg-chart-6, #7a5c00);
  }
  .series-danger {
    fill: var(--_danger);
  }
  details summary {
    cursor: pointer;
    color: var(--_primary);
    min-height: 24px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }
  th,
  td {
    border-bottom: 1px solid var(--_card-border);
    padding: 4px 8px;
    text-align: end;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    white-space: normal;
  }
  .scorecard {
    overflow-x: auto;
  }
  .sort {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: none;
    padding: 4px 0;
    min-height: 32px;
    cursor: pointer;
  }
  .arrow {
    display: inline-block;
    width: 1em;
  }
  :focus-visible {
    outline: 3px solid var(--cg-color-focus, #f2b705);
    outline-offset: 1px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
