import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WidgetContext, WidgetDefinition } from '../widget.js';

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** China Standard Time: grid work happens there, and stored date-times carry the offset. */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** An RFC 3339 date-time shown in a `datetime-local` input, in China Standard Time. */
export function toLocalDateTime(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  const time = Date.parse(value);
  if (Number.isNaN(time)) return '';
  return new Date(time + chinaOffsetMs).toISOString().slice(0, 16);
}

/** A `datetime-local` input's value as an RFC 3339 date-time with the +08:00 offset. */
export function fromLocalDateTime(local: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) ? `${local}:00+08:00` : undefined;
}

interface InputOptions {
  type: string;
  inputmode?: string;
  autocomplete?: string;
  maxlength?: number;
  show?: (value: unknown) => string;
  read?: (input: HTMLInputElement) => unknown;
}

/** One `<input>` with the attributes every single-control widget shares. */
export function input(context: WidgetContext, options: InputOptions) {
  const { field } = context;
  const show = options.show ?? text;
  const read = options.read ?? ((element: HTMLInputElement) => element.value || undefined);
  const schemaMax = typeof field.schema.maxLength === 'number' ? field.schema.maxLength : undefined;
  return html`<input
    part="control input"
    id=${context.id}
    type=${options.type}
    inputmode=${ifDefined(options.inputmode)}
    autocomplete=${ifDefined(options.autocomplete)}
    maxlength=${ifDefined(options.maxlength ?? schemaMax)}
    placeholder=${ifDefined(field.placeholder)}
    aria-required=${field.required ? 'true' : 'false'}
    aria-invalid=${context.invalid ? 'true' : 'false'}
    aria-describedby=${ifDefined(context.describedBy)}
    ?readonly=${context.readOnly}
    ?disabled=${context.disabled}
    .value=${show(context.value)}
    @input=${(event: Event) => context.set(read(event.target as HTMLInputElement))}
    @blur=${() => context.touch()}
  />`;
}

function numberWidget(context: WidgetContext) {
  const { schema } = context.field;
  const integer = context.field.type === 'integer';
  return html`<input
    part="control input"
    id=${context.id}
    type="number"
    inputmode=${integer ? 'numeric' : 'decimal'}
    step=${integer ? '1' : typeof schema.multipleOf === 'number' ? String(schema.multipleOf) : 'any'}
    min=${ifDefined(typeof schema.minimum === 'number' ? schema.minimum : undefined)}
    max=${ifDefined(typeof schema.maximum === 'number' ? schema.maximum : undefined)}
    placeholder=${ifDefined(context.field.placeholder)}
    aria-required=${context.field.required ? 'true' : 'false'}
    aria-invalid=${context.invalid ? 'true' : 'false'}
    aria-describedby=${ifDefined(context.describedBy)}
    ?readonly=${context.readOnly}
    ?disabled=${context.disabled}
    .value=${text(context.value)}
    @input=${(event: Event) => {
      const element = event.target as HTMLInputElement;
      // A half-typed number ("1.", "-") reads as NaN: keep what the field held until it parses.
      if (element.value === '') context.set(undefined);
      else if (!Number.isNaN(element.valueAsNumber)) context.set(element.valueAsNumber);
    }}
    @blur=${() => context.touch()}
  />`;
}

/** Text-like built-in widgets: each a single `<input>`. */
export const inputWidgets: Record<string, WidgetDefinition> = {
  text: { render: (context) => input(context, { type: 'text' }) },
  number: { render: numberWidget },
  integer: { render: numberWidget },
  phone: {
    render: (context) =>
      input(context, { type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxlength: 11 }),
  },
  'id-card': {
    render: (context) =>
      input(context, {
        type: 'text',
        inputmode: 'text',
        autocomplete: 'off',
        maxlength: 18,
        read: (element) => element.value.trim().toUpperCase() || undefined,
      }),
  },
  date: { render: (context) => input(context, { type: 'date' }) },
  'date-time': {
    render: (context) =>
      input(context, {
        type: 'datetime-local',
        show: toLocalDateTime,
        read: (element) => fromLocalDateTime(element.value),
      }),
  },
};
