import type { ReactiveControllerHost } from 'lit';
import { nextIndex } from './list-keys.js';
import type { RowWindow } from './row-window.js';

/** Where the controller finds the rows (in order), the listbox, and the window of rows in the DOM. */
export interface ActiveRowOptions {
  readonly rows: () => readonly { readonly id: string }[];
  readonly listbox: () => HTMLElement | null;
  readonly rowWindow: RowWindow;
}

/**
 * The active row of a windowed listbox, the one `aria-activedescendant` names. It stays on its
 * case (by id) when rows change; the navigation keys move it and scroll it into view even when
 * its row is not in the DOM (the {@link RowWindow} knows where every row is); and it says
 * whether its row is in the DOM now, since `aria-activedescendant` must name an element that
 * exists.
 *
 * @example
 * ```ts
 * #active = new ActiveRow(this, { rows: () => this.#shown, listbox: () => this.#listbox(), rowWindow: this.#rowWindow });
 * html`<div role="listbox" aria-activedescendant=${this.#active.rendered() ? rowId(this.#active.id!) : nothing}
 *   @keydown=${(event) => this.#active.move(event) && event.preventDefault()}>`;
 * ```
 */
export class ActiveRow {
  readonly #host: ReactiveControllerHost;
  readonly #options: ActiveRowOptions;
  #id: string | undefined;
  /** Where the active row was last seen: a cheap first guess, and the place to fall back to. */
  #hint = -1;

  constructor(host: ReactiveControllerHost, options: ActiveRowOptions) {
    this.#host = host;
    this.#options = options;
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
    return index >= 0 && this.#options.rowWindow.has(index);
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
    const { rowWindow } = this.#options;
    const next = nextIndex(
      event.key,
      this.index(),
      rows.length,
      rowWindow.pageRows(),
      rowWindow.visible().first,
    );
    if (next === undefined) return false;
    const row = rows[next];
    if (row) {
      this.id = row.id;
      this.#hint = next;
      rowWindow.scrollToRow(next);
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
      if (byKeyboard && !this.rendered()) this.#options.rowWindow.scrollToRow(active);
      return;
    }
    const rows = this.#options.rows();
    if (rows.length === 0) return;
    const visible = this.#options.rowWindow.visible();
    const preferred = rows.findIndex((row) => row.id === preferredId);
    const inView = preferred >= visible.first && preferred <= visible.last;
    const index = inView ? preferred : Math.min(visible.first, rows.length - 1);
    this.id = rows[Math.max(0, index)]?.id;
  }
}
