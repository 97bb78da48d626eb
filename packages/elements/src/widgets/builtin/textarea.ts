import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WidgetDefinition } from '../widget.js';

/** A multi-line text; `options.rows` sets its height (default 4). */
export const textarea: WidgetDefinition = {
  render: (context) => {
    const { field } = context;
    const rows = typeof field.ui.options?.rows === 'number' ? field.ui.options.rows : 4;
    const maxLength =
      typeof field.schema.maxLength === 'number' ? field.schema.maxLength : undefined;
    return html`<textarea
      part="control textarea"
      id=${context.id}
      rows=${rows}
      maxlength=${ifDefined(maxLength)}
      placeholder=${ifDefined(field.placeholder)}
      aria-required=${field.required ? 'true' : 'false'}
      aria-invalid=${context.invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(context.describedBy)}
      ?readonly=${context.readOnly}
      ?disabled=${context.disabled}
      .value=${typeof context.value === 'string' ? context.value : ''}
      @input=${(event: Event) => context.set((event.target as HTMLTextAreaElement).value || undefined)}
      @blur=${() => context.touch()}
    ></textarea>`;
  },
};
