import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WidgetContext, WidgetDefinition } from '../widget.js';

interface Location {
  address?: string;
  lat?: number;
  lng?: number;
}

function current(value: unknown): Location {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Location)
    : {};
}

function subTitle(context: WidgetContext, name: keyof Location, fallback: string): string {
  const properties = context.field.schema.properties as
    | Record<string, { title?: unknown }>
    | undefined;
  const title = properties?.[name]?.title;
  return context.locale === 'zh-CN' && typeof title === 'string' ? title : fallback;
}

function update(context: WidgetContext, patch: Location) {
  const next: Location = { ...current(context.value), ...patch };
  for (const key of Object.keys(next) as (keyof Location)[]) {
    if (next[key] === undefined) delete next[key];
  }
  context.set(Object.keys(next).length === 0 ? undefined : next);
}

function coordinate(context: WidgetContext, name: 'lat' | 'lng', limit: number) {
  const value = current(context.value)[name];
  const label = subTitle(context, name, context.text(name === 'lat' ? 'latitude' : 'longitude'));
  return html`<label class="cascade-level" part="choice">
    <span class="sub-label">${label}</span>
    <input
      part="control input"
      id=${`${context.id}-${name}`}
      type="number"
      inputmode="decimal"
      step="any"
      min=${-limit}
      max=${limit}
      ?readonly=${context.readOnly}
      ?disabled=${context.disabled}
      .value=${value === undefined ? '' : String(value)}
      @input=${(event: Event) => {
        const element = event.target as HTMLInputElement;
        if (element.value === '') update(context, { [name]: undefined });
        else if (!Number.isNaN(element.valueAsNumber))
          update(context, { [name]: element.valueAsNumber });
      }}
      @blur=${() => context.touch()}
    />
  </label>`;
}

/**
 * A location: address text plus optional latitude and longitude, with a button that fills the
 * coordinates from the device (when the page may use geolocation). The value is
 * `{ address?, lat?, lng? }`.
 */
export const location: WidgetDefinition = {
  group: true,
  render: (context) => {
    const value = current(context.value);
    const canLocate =
      !context.readOnly &&
      !context.disabled &&
      typeof navigator !== 'undefined' &&
      'geolocation' in navigator;
    return html`<div part="location" class="location">
      <label class="cascade-level wide" part="choice">
        <span class="sub-label">${subTitle(context, 'address', context.text('address'))}</span>
        <input
          part="control input"
          id=${context.id}
          type="text"
          autocomplete="street-address"
          aria-invalid=${context.invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(context.describedBy)}
          ?readonly=${context.readOnly}
          ?disabled=${context.disabled}
          .value=${value.address ?? ''}
          @input=${(event: Event) =>
            update(context, { address: (event.target as HTMLInputElement).value || undefined })}
          @blur=${() => context.touch()}
        />
      </label>
      ${coordinate(context, 'lat', 90)} ${coordinate(context, 'lng', 180)}
      ${
        canLocate
          ? html`<button
            type="button"
            part="button"
            class="secondary"
            @click=${() =>
              navigator.geolocation.getCurrentPosition(
                (position) =>
                  update(context, {
                    lat: Number(position.coords.latitude.toFixed(6)),
                    lng: Number(position.coords.longitude.toFixed(6)),
                  }),
                () => context.touch(),
              )}
          >
            ${context.text('locate')}
          </button>`
          : ''
      }
    </div>`;
  },
};
