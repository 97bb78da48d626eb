import { css } from 'lit';

/**
 * A column: toolbar, count, then the rows, which scroll inside the element (it takes the height
 * of `--cg-list-height`, or whatever height the page gives it). Rows have one fixed height
 * (border included), so that the row window knows where every row is without measuring any:
 * the rows in view sit in a block moved down a spacer as tall as all rows. On a phone the
 * toolbar stacks.
 */
export const caseListStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 8px;
    height: var(--cg-list-height, 32rem);
    min-height: 12rem;
    line-height: 1.4;
    --_border: var(--cg-color-border, #6b7480);
    --_divider: var(--cg-color-group-border, #d0d5dc);
    --_selected: var(--cg-color-selected, #e8effa);
    --_hover: var(--cg-color-hover, #f5f7fa);
    --_row-height: var(--cg-row-height, 4.25rem);
  }
  [hidden] {
    display: none !important;
  }
  .toolbar {
    display: grid;
    gap: 8px;
  }
  .search-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 12rem);
    gap: 8px;
    align-items: end;
  }
  .filter-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 8px;
    padding-top: 8px;
  }
  @container (max-width: 480px) {
    .search-row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .field {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .search-field label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  input[type='search'],
  select {
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 8px 10px;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  summary {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0 4px;
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 12px;
    min-height: 1.5em;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .select-all {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 44px;
    font-weight: normal;
    font-size: 1em;
  }
  input[type='checkbox'] {
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .state,
  .error {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
  }
  .viewport {
    display: flex;
    flex: 1 1 auto;
    min-height: 0;
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
  }
  .listbox {
    display: block;
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    overflow-x: hidden;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The window places its rows itself: the browser must not shift the scroll to keep one. */
    overflow-anchor: none;
    contain: strict;
  }
  .spacer {
    position: relative;
  }
  .window {
    position: absolute;
    inset: 0 0 auto;
  }
  .listbox:focus-visible {
    outline: 3px solid var(--cg-color-focus, #f2b705);
    outline-offset: 1px;
  }
  .row {
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'summary due' 'meta meta';
    align-content: center;
    gap: 2px 8px;
    width: 100%;
    height: var(--_row-height);
    padding: 0 var(--_space);
    border-bottom: 1px solid var(--_divider);
    background: var(--_surface);
    cursor: pointer;
    overflow: hidden;
  }
  .selectable .row {
    grid-template-columns: 32px minmax(0, 1fr) auto;
    grid-template-areas: 'check summary due' 'check meta meta';
  }
  .row:hover {
    background: var(--_hover);
  }
  .row.selected {
    background: var(--_selected);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  .listbox:focus .row.active {
    outline: 3px solid var(--cg-color-focus, #f2b705);
    outline-offset: -3px;
  }
  .summary,
  .meta {
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .summary {
    grid-area: summary;
    font-weight: 600;
  }
  .meta {
    grid-area: meta;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badge {
    grid-area: due;
    justify-self: end;
    max-width: 12rem;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .badge.overdue,
  .badge.due-soon {
    padding: 0 6px;
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .badge.overdue {
    color: var(--_danger);
    background: var(--cg-color-danger-surface, #fdf3f2);
  }
  .badge.due-soon {
    color: var(--_warning);
    background: var(--cg-color-warning-surface, #fff4d6);
  }
  @container (max-width: 480px) {
    .badge {
      max-width: 8.5rem;
    }
  }
  .check {
    grid-area: check;
    align-self: stretch;
    display: flex;
    align-items: center;
    margin-left: calc(-1 * var(--_space));
    padding-left: var(--_space);
  }
  .check::before {
    content: '';
    box-sizing: border-box;
    width: 20px;
    height: 20px;
    border: 2px solid var(--_border);
    border-radius: 3px;
  }
  .checked .check::before {
    border-color: var(--_primary);
    background: var(--_primary);
    box-shadow: inset 0 0 0 3px var(--_surface);
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible {
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
