import type { FormOption } from '@casegrid/schema/form';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WidgetContext, WidgetDefinition } from '../widget.js';

function same(a: unknown, b: unknown): boolean {
  return (
    a === b || (typeof a === 'object' && a !== null && JSON.stringify(a) === JSON.stringify(b))
  );
}

const optionsOf = (context: WidgetContext): readonly FormOption[] => context.field.options ?? [];

/** A drop-down list; an empty first entry lets an optional field be cleared. */
const select: WidgetDefinition = {
  render: (context) => {
    const options = optionsOf(context);
    const selected = options.findIndex((option) => same(option.value, context.value));
    return html`<select
      part="control select"
      id=${context.id}
      aria-required=${context.field.required ? 'true' : 'false'}
      aria-invalid=${context.invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(context.describedBy)}
      ?disabled=${context.disabled || context.readOnly}
      @change=${(event: Event) => {
        const index = Number((event.target as HTMLSelectElement).value);
        context.set(index >= 0 ? options[index]?.value : undefined);
      }}
      @blur=${() => context.touch()}
    >
      <option value="-1" ?selected=${selected === -1}>${context.text('choose')}</option>
      ${options.map(
        (option, index) =>
          html`<option value=${index} ?selected=${index === selected}>${option.label}</option>`,
      )}
    </select>`;
  },
};

/** Radio buttons, one per choice; arrow keys move between them (native radio behaviour). */
const radio: WidgetDefinition = {
  group: true,
  render: (context) => html`<div part="choices" class="choices">
    ${optionsOf(context).map(
      (option, index) => html`<label part="choice" class="choice">
        <input
          part="control radio"
          type="radio"
          id=${ifDefined(index === 0 ? context.id : undefined)}
          name=${context.id}
          .checked=${same(option.value, context.value)}
          ?disabled=${context.disabled || context.readOnly}
          aria-describedby=${ifDefined(index === 0 ? context.describedBy : undefined)}
          @change=${() => context.set(option.value)}
          @blur=${() => context.touch()}
        />
        <span>${option.label}</span>
      </label>`,
    )}
  </div>`,
};

/** Checkboxes for an array of choices. */
const checkboxes: WidgetDefinition = {
  group: true,
  render: (context) => {
    const chosen = Array.isArray(context.value) ? context.value : [];
    const options = optionsOf(context);
    return html`<div part="choices" class="choices">
      ${options.map(
        (option, index) => html`<label part="choice" class="choice">
          <input
            part="control checkbox"
            type="checkbox"
            id=${ifDefined(index === 0 ? context.id : undefined)}
            .checked=${chosen.some((value) => same(value, option.value))}
            ?disabled=${context.disabled || context.readOnly}
            aria-describedby=${ifDefined(index === 0 ? context.describedBy : undefined)}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              // Keep the schema's order, whatever order the boxes were ticked in.
              const next = options
                .filter((other) =>
                  other === option ? on : chosen.some((value) => same(value, other.value)),
                )
                .map((other) => other.value);
              context.set(next.length === 0 ? undefined : next);
            }}
            @blur=${() => context.touch()}
          />
          <span>${option.label}</span>
        </label>`,
      )}
    </div>`;
  },
};

/** A boolean as a switch (`role="switch"`) or a plain checkbox. */
const toggle = (asSwitch: boolean): WidgetDefinition => ({
  render: (context) => html`<input
    part=${asSwitch ? 'control switch' : 'control checkbox'}
    class=${asSwitch ? 'switch' : 'checkbox'}
    type="checkbox"
    role=${ifDefined(asSwitch ? 'switch' : undefined)}
    id=${context.id}
    .checked=${context.value === true}
    aria-invalid=${context.invalid ? 'true' : 'false'}
    aria-describedby=${ifDefined(context.describedBy)}
    ?disabled=${context.disabled || context.readOnly}
    @change=${(event: Event) => context.set((event.target as HTMLInputElement).checked)}
    @blur=${() => context.touch()}
  />`,
});

/** Choice widgets: select, radio, checkboxes, switch (and checkbox, the same control). */
export const choiceWidgets: Record<string, WidgetDefinition> = {
  select,
  radio,
  checkboxes,
  switch: toggle(true),
  checkbox: toggle(false),
};
