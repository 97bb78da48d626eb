import type { FormArray } from '@casegrid/schema/form';
import { html, nothing } from 'lit';
import type { MessageKey } from '../internal/messages.js';

interface RowButtonOptions {
  disabled: boolean;
  text: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

/** Move up, move down and remove for row `index`, each labelled with the row number. */
export function rowButtons(list: FormArray, index: number, options: RowButtonOptions) {
  const n = index + 1;
  const last = list.rows.length - 1;
  return html`${
    list.canReorder
      ? html`<button
          type="button"
          part="button"
          class="icon"
          aria-label=${options.text('moveUp', { n })}
          title=${options.text('moveUp', { n })}
          ?disabled=${options.disabled || index === 0}
          @click=${() => options.move(index, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          part="button"
          class="icon"
          aria-label=${options.text('moveDown', { n })}
          title=${options.text('moveDown', { n })}
          ?disabled=${options.disabled || index === last}
          @click=${() => options.move(index, index + 1)}
        >
          ↓
        </button>`
      : nothing
  }
  ${
    list.canRemove
      ? html`<button
        type="button"
        part="button"
        class="icon danger"
        aria-label=${options.text('removeRow', { n })}
        title=${options.text('removeRow', { n })}
        ?disabled=${options.disabled}
        @click=${() => options.remove(index)}
      >
        ✕
      </button>`
      : nothing
  }`;
}
