import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextIndex } from './list-keys.js';

interface Range {
  readonly first: number;
  readonly last: number;
}

/** Where the controller finds the rows (in order) and the listbox that scrolls them. */
export interface ActiveRowOptions {
  readonly rows: () => readonly { readonly id: string }[];
  readonly listbox: () => HTMLElement | null;
}

/**
 * The active row of a virtualised listbox, the one `aria-activedescendant` names. It stays on
 * its case (by id) when rows change; the navigation keys move it and scroll it into view even
 * when its row is not in the DOM (all rows have one height, so its place is known); and it
 * says whether its row is in the DOM now, since `aria-activedescendant` must name an element
 * that exists. It follows the virtualizer's `rangeChanged` and `visibilityChanged` events.
 *
 * @example
 * ```ts
 * #active = new ActiveRow(this, { rows: () => this.#shown, listbox: () => this.#listbox() });
 * html`<div role="listbox" aria-activedescendant=${this.#active.rendered() ? rowId(this.#active.id!) : nothing}
 *   @keydown=${(event) => this.#active.move(event) && event.preventDefault()}>`;
 * ```
 */
export class ActiveRow implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: ActiveRowOptions;
  #id: string | undefined;
  /** Where the active row was last seen: a cheap first guess, and the place to fall back to. */
  #hint = -1;
  #rendered: Range = { first: -1, last: -1 };
  #visible: Range = { first: 0, last: -1 };
  #observed: HTMLElement | null = null;

  constructor(host: ReactiveControllerHost, options: ActiveRowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const listbox = this.#options.listbox();
    if (!listbox || listbox === this.#observed) return;
    this.#observed = listbox;
    listbox.addEventListener('rangeChanged', (event) => {
      const before = this.rendered();
      this.#rendered = rangeOf(event);
      if (before !== this.rendered()) this.#host.requestUpdate();
    });
    listbox.addEventListener('visibilityChanged', (event) => {
      this.#visible = rangeOf(event);
    });
  }

  /** The id of the active row's case. */
  get id(): string | undefined {
    return this.#id;
  }

  set id(id: string | undefined) {
    if (id === this.#id) return;
    this.#id = id;
    this.#host.requestUpdate();
  }

  /** The active row's index, or -1. */
  index(): number {
    const id = this.#id;
    if (id === undefined) return -1;
    const rows = this.#options.rows();
    if (rows[this.#hint]?.id === id) return this.#hint;
    return rows.findIndex((row) => row.id === id);
  }

  /** Whether the active row is in the DOM now (so `aria-activedescendant` may name it). */
  rendered(): boolean {
    const index = this.index();
    return index >= 0 && index >= this.#rendered.first && index <= this.#rendered.last;
  }

  /** After the rows changed: stays on its case, or when its case left, on the row at its place. */
  follow(): void {
    if (this.#id === undefined) return;
    const rows = this.#options.rows();
    const index = rows.findIndex((row) => row.id === this.#id);
    if (index >= 0) this.#hint = index;
    else this.#id = rows[Math.min(this.#hint, rows.length - 1)]?.id;
  }

  /** Handles a navigation key; returns whether it was one (the caller prevents its default). */
  move(event: KeyboardEvent): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    const rows = this.#options.rows();
    const page = Math.max(1, Math.floor(this.#viewHeight() / this.#rowHeight()) - 1);
    const next = nextIndex(event.key, this.index(), rows.length, page, this.#visible.first);
    if (next === undefined) return false;
    const row = rows[next];
    if (row) {
      this.id = row.id;
      this.#hint = next;
      this.#scrollIntoView(next);
    }
    return true;
  }

  /**
   * The listbox got focus. A row becomes active at once: `preferredId`'s if it is in view, else
   * the first in view — never a jump. Back by keyboard to an active row that scrolled away, it
   * is shown again; not on a click, which must land on the row clicked.
   */
  focused(preferredId: string | undefined): void {
    const active = this.index();
    if (active >= 0) {
      const byKeyboard = this.#options.listbox()?.matches(':focus-visible') === true;
      if (byKeyboard && !this.rendered()) this.#scrollIntoView(active);
      return;
    }
    const rows = this.#options.rows();
    if (rows.length === 0) return;
    const preferred = rows.findIndex((row) => row.id === preferredId);
    const inView = preferred >= this.#visible.first && preferred <= this.#visible.last;
    const index = inView ? preferred : Math.min(this.#visible.first, rows.length - 1);
    this.id = rows[Math.max(0, index)]?.id;
  }

  #viewHeight(): number {
    return this.#options.listbox()?.clientHeight ?? 0;
  }

  #rowHeight(): number {
    const listbox = this.#options.listbox();
    const row = listbox?.querySelector('[role="option"]');
    const count = this.#options.rows().length;
    return row?.getBoundingClientRect().height || (listbox?.scrollHeight ?? 0) / count || 1;
  }

  #scrollIntoView(index: number): void {
    const listbox = this.#options.listbox();
    if (!listbox) return;
    const height = this.#rowHeight();
    const top = index * height;
    if (top < listbox.scrollTop) listbox.scrollTop = top;
    else if (top + height > listbox.scrollTop + listbox.clientHeight) {
      listbox.scrollTop = top + height - listbox.clientHeight;
    }
  }
}

function rangeOf(event: Event): Range {
  const { first, last } = event as Event & Range;
  return { first, last };
}
