import { css } from 'lit';

/** A vertical line of events; the same `--cg-*` names as the form for colours and spacing. */
export const timelineStyles = css`
  :host {
    display: block;
    --_line: var(--cg-color-group-border, #d0d5dc);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .event {
    position: relative;
    padding: 0 0 var(--_space) calc(var(--_space) * 2);
    border-left: 2px solid var(--_line);
    margin-left: 6px;
    overflow-wrap: anywhere;
  }
  .event:last-child {
    border-left-color: transparent;
  }
  .event::before {
    content: '';
    position: absolute;
    left: -7px;
    top: 0.45em;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_primary);
  }
  .event.system::before {
    background: var(--_muted);
  }
  .sentence {
    margin: 0;
  }
  .time {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .input {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 2px var(--_space);
    margin: 4px 0 0;
    padding: 6px 10px;
    border-left: 3px solid var(--_line);
    font-size: 0.9375em;
  }
  .input dt {
    color: var(--_muted);
  }
  .input dd {
    margin: 0;
    white-space: pre-line;
  }
  @container (max-width: 480px) {
    .event {
      padding-left: var(--_space);
    }
    .input {
      grid-template-columns: minmax(0, 1fr);
    }
    .input dd {
      margin-bottom: 4px;
    }
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
`;
