import { css } from 'lit';

/**
 * One column on a phone, facts side by side from ~560 px of the element's own width (container
 * queries: the detail often sits beside a list). Every colour and size is a `--cg-*` property,
 * with the form's names and defaults.
 */
export const caseDetailStyles = css`
  :host {
    display: block;
    --_border: var(--cg-color-group-border, #d0d5dc);
  }
  .detail {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
    margin-bottom: calc(var(--_space) / 2);
  }
  h4 {
    font-size: 1em;
  }
  .header {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .kicker {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    color: var(--_muted);
  }
  .badge {
    padding: 0 8px;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
  }
  .parent {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    align-items: center;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 4px var(--_space);
    margin: 0;
  }
  .fact,
  .data .row {
    display: grid;
    grid-template-columns: 7em minmax(0, 1fr);
    gap: var(--_space);
  }
  @container (min-width: 560px) {
    .facts {
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
    }
    .fact {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .data .row {
      grid-template-columns: 10em minmax(0, 1fr);
    }
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    white-space: pre-line;
  }
  .data {
    display: grid;
    gap: 6px;
    margin: 0;
  }
  .overdue {
    color: var(--_danger);
  }
  .section {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
    min-width: 0;
  }
  .muted,
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .cases {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .cases li {
    display: grid;
    gap: 2px;
  }
  .field {
    color: var(--_muted);
    font-size: 0.875em;
  }
  button {
    text-align: start;
  }
  button.primary,
  button[aria-expanded='true'] {
    background: var(--_primary);
    color: #fff;
  }
  .case-link {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    width: 100%;
    border-color: var(--_border);
    color: inherit;
  }
  .case-link .case-type {
    color: var(--_primary);
    font-weight: 600;
  }
  .case-state.closed {
    color: var(--_muted);
  }
  :focus-visible {
    outline: 3px solid var(--cg-color-focus, #f2b705);
    outline-offset: 1px;
  }
  .action-buttons,
  .panel-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .panel {
    margin-top: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: var(--_space);
  }
  .panel p {
    margin: 0;
  }
  .error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--cg-color-summary, #fdf3f2);
  }
  .error-title {
    font-weight: 600;
    color: var(--_danger);
  }
  .error ul {
    margin: 4px 0 0;
    padding-left: 1.25em;
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
