import { css } from 'lit';

/**
 * What every casegrid element's host shares: readable defaults for a government portal (16px
 * text, strong contrast), sized by its container, and the `--cg-*` theme read once into private
 * `--_*` names. Each element's own styles come after and may override (a list sets a tighter
 * line height).
 *
 * @example
 * ```ts
 * static override styles = [themeStyles, css`:host { display: block; }`];
 * ```
 */
export const themeStyles = css`
  :host {
    container-type: inline-size;
    font-family: var(--cg-font-family, system-ui, -apple-system, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    font-size: var(--cg-font-size, 16px);
    line-height: 1.5;
    color: var(--cg-color-text, #1f2329);
    --_space: var(--cg-space, 12px);
    --_primary: var(--cg-color-primary, #1d4f9a);
    --_danger: var(--cg-color-danger, #b3261e);
    --_success: var(--cg-color-success, #1b6e36);
    --_warning: var(--cg-color-warning, #8a5a00);
    --_muted: var(--cg-color-muted, #4e5661);
    --_surface: var(--cg-color-surface, #ffffff);
    --_radius: var(--cg-radius, 4px);
  }
  :host([hidden]) {
    display: none;
  }
`;

/**
 * The buttons every element draws alike: 44 px touch targets, outlined in the primary colour,
 * `primary` filled, `danger` in the danger colour, dimmed when disabled. An element adds only
 * what its own buttons need beyond that.
 *
 * @example
 * ```ts
 * static override styles = [themeStyles, buttonStyles, myStyles];
 * ```
 */
export const buttonStyles = css`
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 8px 16px;
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    color: #fff;
  }
  button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
`;
