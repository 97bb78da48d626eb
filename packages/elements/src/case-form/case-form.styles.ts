import { css } from 'lit';

/**
 * Readable defaults for a government portal: 16px text, strong contrast, visible focus, one
 * column below 480px (grid workers use phones). Everything is themable through `--cg-*`.
 */
export const caseFormStyles = css`
  :host {
    display: block;
    --_border: var(--cg-color-border, #6b7480);
  }
  .form {
    display: grid;
    gap: var(--_space);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(var(--cg-columns, 1), minmax(0, 1fr));
    gap: var(--_space);
  }
  .grid > * {
    grid-column: span min(var(--cg-span, 1), var(--cg-columns, 1));
  }
  @container (max-width: 480px) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
    .grid > * {
      grid-column: auto;
    }
  }
  .field {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .fieldset,
  .fieldset-field {
    border: 1px solid var(--cg-color-group-border, #d0d5dc);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
    min-width: 0;
  }
  .fieldset-field {
    border: none;
    padding: 0;
  }
  legend,
  .label {
    font-weight: 600;
    padding: 0;
  }
  .required {
    color: var(--_danger);
  }
  .help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
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
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    box-shadow: 0 0 0 1px var(--_danger);
  }
  input[readonly],
  textarea[readonly] {
    background: var(--cg-color-readonly, #f2f4f7);
  }
  :focus-visible {
    outline: 3px solid var(--cg-color-focus, #f2b705);
    outline-offset: 1px;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 20px;
    height: 20px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .switch {
    appearance: none;
    position: relative;
    width: 44px !important;
    height: 24px !important;
    border-radius: 12px;
    background: var(--_border);
    cursor: pointer;
  }
  .switch::after {
    content: '';
    position: absolute;
    top: 3px;
    left: 3px;
    width: 18px;
    height: 18px;
    border-radius: 50%;
    background: #fff;
    transition: left 0.15s;
  }
  .switch:checked {
    background: var(--_primary);
  }
  .switch:checked::after {
    left: 23px;
  }
  .cascade,
  .location {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(140px, 1fr));
    gap: 8px;
    align-items: end;
  }
  .cascade-level {
    display: grid;
    gap: 2px;
  }
  .location .wide {
    grid-column: 1 / -1;
  }
  .sub-label {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 8px;
    align-items: start;
    padding: 8px 0;
    border-top: 1px dashed #d0d5dc;
  }
  .row-actions {
    display: flex;
    gap: 4px;
    padding-top: 28px;
  }
  button.icon {
    padding: 8px;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
  }
  .summary {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--cg-color-summary, #fdf3f2);
  }
  .summary-title {
    margin: 0 0 4px;
    font-weight: 600;
    color: var(--_danger);
  }
  .summary ul {
    margin: 0;
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
  .summary a {
    color: var(--_danger);
  }
`;
