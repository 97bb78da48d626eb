/**
 * Dispatches an element's event. Every element sends its `cg-*` events through here because the
 * Custom Elements Manifest analyzer reads `this.dispatchEvent(new X(arg))` as an event named
 * after `arg`; the class JSDoc's `@event` lines describe the events instead.
 *
 * @example
 * ```ts
 * emit(this, new CgSelectEvent(view.id));
 * ```
 */
export function emit(target: EventTarget, event: Event): boolean {
  return target.dispatchEvent(event);
}
