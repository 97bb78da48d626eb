import type { FormField, Locale } from '@casegrid/schema/form';
import type { CSSResult } from 'lit';
import type { MessageKey } from '../internal/messages.js';

/**
 * One unit of the org tree as the org-unit picker reads it; `Org.units` from `@casegrid/core`
 * fits as it is.
 *
 * @example
 * ```ts
 * const unit: OrgUnitOption = { id: 'village-1', parent: 'town-1', level: 'village', title: { 'zh-CN': '一村', en: 'Village 1' } };
 * ```
 */
export interface OrgUnitOption {
  readonly id: string;
  readonly parent: string | null;
  readonly level: string;
  readonly title?: string | { readonly 'zh-CN'?: string; readonly en?: string };
  readonly kind?: 'area' | 'department';
}

/**
 * What a widget is given to render one field.
 *
 * @example
 * ```ts
 * const render = (context: WidgetContext) =>
 *   html`<input id=${context.id} .value=${String(context.value ?? '')}
 *     @input=${(event: Event) => context.set((event.target as HTMLInputElement).value)}>`;
 * ```
 */
export interface WidgetContext {
  readonly field: FormField;
  /** The id the main control must carry: the field's `<label for>` and error links point at it. */
  readonly id: string;
  /** Ids of the help and error texts, for `aria-describedby` (undefined when there are none). */
  readonly describedBy: string | undefined;
  /** Whether an error is shown for this field now (set `aria-invalid` from it). */
  readonly invalid: boolean;
  readonly disabled: boolean;
  /** Read-only: show the value, allow focus and copy, forbid changes. */
  readonly readOnly: boolean;
  readonly locale: Locale;
  /** The field's current value (`undefined` when empty). */
  readonly value: unknown;
  /** The org tree, for widgets that pick a unit. */
  readonly orgUnits: readonly OrgUnitOption[];
  /** Replaces the field's value (`undefined` empties it). */
  set(value: unknown): void;
  /** Marks the field visited: call on blur, so its error shows from now on. */
  touch(): void;
  /** The elements' own words in the current locale. */
  text(key: MessageKey, params?: Readonly<Record<string, string | number>>): string;
}

/**
 * A widget: how one kind of field renders. `render` returns a Lit template (or anything Lit
 * renders). A widget with several controls (radio buttons, cascading selects) sets `group`: the
 * form then wraps it in a `<fieldset>` whose `<legend>` is the field's label.
 *
 * @example
 * ```ts
 * const stars: WidgetDefinition = {
 *   group: true,
 *   render: (context) => html`${[1, 2, 3, 4, 5].map((n) => html`
 *     <label><input type="radio" name=${context.id} .checked=${context.value === n}
 *       @change=${() => context.set(n)}>${n}★</label>`)}`,
 * };
 * ```
 */
export interface WidgetDefinition {
  render(context: WidgetContext): unknown;
  group?: boolean;
  /** Styles for the widget's markup, added to the form's shadow root when the widget is used. */
  styles?: CSSResult | CSSStyleSheet;
}
