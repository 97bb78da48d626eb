import { css } from 'lit';

/**
 * A one-line badge with a "sync now" button; the details and the refused changes unfold under
 * it. Below 480px the button shows only its icon and the badge only the counts.
 */
export const syncStatusStyles = css`
  :host {
    display: block;
    --_border: var(--cg-color-border, #6b7480);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  button.primary-danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: #fff;
  }
  button.link {
    min-height: 0;
    min-width: 0;
    padding: 0;
    border: none;
    text-align: start;
    text-decoration: underline;
  }
  :focus-visible {
    outline: 3px solid var(--cg-color-focus, #f2b705);
    outline-offset: 1px;
  }
  .badge {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 10px;
    border-color: var(--_border);
    color: inherit;
    border-radius: 22px;
    padding: 8px 14px;
  }
  .dot {
    width: 10px;
    height: 10px;
    border-radius: 50%;
    background: var(--_success);
    flex: none;
  }
  .dot.offline {
    background: var(--_warning);
  }
  .dot.syncing {
    background: var(--_primary);
  }
  .dot.trouble {
    background: var(--_danger);
  }
  .count {
    font-weight: 600;
  }
  .count.refused {
    color: var(--_danger);
  }
  .muted {
    color: var(--_muted);
  }
  .icon {
    display: none;
  }
  .panel {
    margin-top: 8px;
    border: 1px solid var(--cg-color-group-border, #d0d5dc);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
    display: grid;
    gap: var(--_space);
  }
  .panel[hidden] {
    display: none;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 4px 16px;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .error {
    color: var(--_danger);
  }
  .notice {
    margin: 0;
    font-weight: 600;
  }
  .list-title {
    margin: 0;
    font-weight: 600;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  li {
    border-inline-start: 4px solid var(--_danger);
    padding: 4px 0 4px 10px;
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  li p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .what {
    font-weight: 600;
  }
  .reason {
    color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-top: 4px;
  }
  .confirm {
    display: grid;
    gap: 6px;
    padding: 8px;
    margin-top: 4px;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--cg-color-summary, #fdf3f2);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container (max-width: 480px) {
    .wide {
      display: none;
    }
    .icon {
      display: inline;
    }
    .sync-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .sync-now {
      padding: 8px;
    }
  }
`;
