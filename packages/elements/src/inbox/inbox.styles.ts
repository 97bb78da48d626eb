import { css } from 'lit';

/**
 * Tabs on top (they wrap on a phone), then the tab's list filling the rest of the element's
 * height (`--cg-inbox-height`, or whatever the page gives it).
 */
export const inboxStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    gap: 8px;
    height: var(--cg-inbox-height, 40rem);
    min-height: 16rem;
    line-height: 1.4;
    --_border: var(--cg-color-border, #6b7480);
    --_divider: var(--cg-color-group-border, #d0d5dc);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    border-bottom: 1px solid var(--_divider);
  }
  [role='tab'] {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 44px;
    padding: 6px 12px;
    font: inherit;
    color: var(--_muted);
    background: none;
    border: none;
    border-bottom: 3px solid transparent;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    color: var(--_primary);
    border-bottom-color: var(--_primary);
    font-weight: 600;
  }
  .count {
    min-width: 1.5em;
    padding: 0 6px;
    border-radius: 999px;
    background: var(--cg-color-count, #eef1f5);
    color: inherit;
    font-size: 0.875em;
    text-align: center;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 8px;
    flex: 1 1 auto;
    min-height: 0;
  }
  cg-case-list {
    flex: 1 1 auto;
    height: auto;
    min-height: 14rem;
  }
  .bulk {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 8px 12px;
  }
  .field {
    display: grid;
    gap: 2px;
    min-width: 0;
    flex: 1 1 12rem;
  }
  label {
    font-size: 0.875em;
    font-weight: 600;
  }
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
  button.primary {
    font: inherit;
    min-height: 44px;
    padding: 8px 16px;
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    background: var(--_primary);
    color: #fff;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .hint {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .outcomes p,
  .outcomes ul {
    margin: 0;
  }
  .outcomes ul {
    padding-left: 1.25em;
  }
  .outcomes .done {
    color: var(--_success);
  }
  .outcomes .refused {
    color: var(--_danger);
  }
  .state {
    margin: 0;
    padding: var(--_space);
    color: var(--_muted);
  }
  .state.error {
    color: var(--_danger);
  }
  :focus-visible {
    outline: 3px solid var(--cg-color-focus, #f2b705);
    outline-offset: 1px;
  }
`;
