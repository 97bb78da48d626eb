// The worked example of docs/developer/adding-a-widget.md, kept here so that it is tested.

import { css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WidgetContext, WidgetDefinition } from '../../src/index.js';

const scores = [1, 2, 3, 4, 5] as const;

/** "3 of 5" in words, for screen readers: the stars alone would be read as "black star" × 3. */
function scoreName(score: number, context: WidgetContext): string {
  return context.locale === 'en' ? `${score} of 5` : `${score} 分（满分 5 分）`;
}

/**
 * A 1–5 rating as five radio buttons: Tab reaches the group, arrow keys choose, the value is an
 * integer. An optional rating can be cleared.
 */
export const rating: WidgetDefinition = {
  group: true,
  styles: css`
    .stars {
      color: var(--cg-color-rating, #b7791f);
    }
  `,
  render: (context) => {
    const locked = context.disabled || context.readOnly;
    return html`<div part="choices" class="choices">
      ${scores.map(
        (score, index) => html`<label part="choice" class="choice">
          <input
            type="radio"
            id=${ifDefined(index === 0 ? context.id : undefined)}
            name=${context.id}
            .checked=${context.value === score}
            ?disabled=${locked}
            aria-label=${scoreName(score, context)}
            aria-describedby=${ifDefined(index === 0 ? context.describedBy : undefined)}
            @change=${() => context.set(score)}
            @blur=${() => context.touch()}
          />
          <span class="stars" aria-hidden="true">${'★'.repeat(score)}</span>
        </label>`,
      )}
      ${
        context.field.required || locked || context.value === undefined
          ? nothing
          : html`<button
              type="button"
              part="button"
              class="secondary"
              @click=${() => context.set(undefined)}
            >
              ${context.locale === 'en' ? 'Clear' : '清除'}
            </button>`
      }
    </div>`;
  },
};
