import { builtinWidgets } from './builtin/index.js';
import type { WidgetDefinition } from './widget.js';

const registry = new Map<string, WidgetDefinition>(Object.entries(builtinWidgets));

/**
 * Registers a widget by name for every `<cg-case-form>` on the page. A UI schema chooses it with
 * `{ "widget": name }`, a schema with `"x-widget": name`. Registering a built-in name replaces the
 * built-in.
 *
 * @example
 * ```ts
 * defineWidget('rating', stars);
 * form.uiSchema = { fields: { satisfaction: { widget: 'rating' } } };
 * ```
 */
export function defineWidget(name: string, widget: WidgetDefinition): void {
  if (typeof name !== 'string' || name === '' || typeof widget?.render !== 'function') {
    throw new TypeError('defineWidget(name, { render }) needs a name and a render function');
  }
  registry.set(name, widget);
}

/**
 * The widget registered under `name`, or `undefined`.
 *
 * @example
 * ```ts
 * getWidget('textarea')?.render(context);
 * ```
 */
export function getWidget(name: string): WidgetDefinition | undefined {
  return registry.get(name);
}

/**
 * The names of every registered widget, sorted.
 *
 * @example
 * ```ts
 * widgetNames(); // ['checkboxes', 'date', 'date-time', ...]
 * ```
 */
export function widgetNames(): string[] {
  return [...registry.keys()].sort();
}
