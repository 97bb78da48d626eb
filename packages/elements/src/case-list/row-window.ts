import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';

/** Row indices from `first` to `last`, both included; empty when `last < first`. */
export interface RowRange {
  readonly first: number;
  readonly last: number;
}

/** Where the window finds its rows' number and the element that scrolls them. */
export interface RowWindowOptions {
  /** How many rows the list has now. */
  readonly count: () => number;
  /** The scrolling element, once rendered; {@link RowWindow.render} fills it. */
  readonly scroller: () => HTMLElement | null;
  /** One row's height as CSS: a length, or a `var()` set by the host's styles. */
  readonly rowHeight: string;
}

// Rows kept in the DOM beyond each edge of the view: what a scroll handled off the main thread
// shows before the next render.
const overscanRows = 5;
// Stands in only if the row height cannot be read in pixels (a percentage, say).
const fallbackRowHeight = 68;
const noRows: RowRange = { first: 0, last: -1 };

/**
 * The rows of a long list that are in the DOM: those in view, plus a few beyond each edge. Every
 * row has one height (`rowHeight`, the CSS the rows' own height is), so where each row is
 * follows from its index: no row is ever measured or observed. The window moves on the
 * scroller's `scroll` event and on its resize (one ResizeObserver, on the scroller alone),
 * rendering in the same frame. The row height is read in pixels when the host connects (before
 * its first render) and on resize; the scroller's height when it first renders and on resize.
 *
 * @example
 * ```ts
 * #rowWindow = new RowWindow(this, {
 *   count: () => this.#shown.length,
 *   scroller: () => this.#listbox(),
 *   rowHeight: 'var(--_row-height)',
 * });
 * html`<div role="listbox" class="listbox">${this.#rowWindow.render(this.#shown, (view, index) => renderRow(view, index))}</div>`;
 * ```
 */
export class RowWindow implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RowWindowOptions;
  #scroller: HTMLElement | null = null;
  #resizeObserver: ResizeObserver | undefined;
  #scrollTop = 0;
  /** The scroller's height; 0 until it has been measured (or while it is hidden). */
  #viewHeight = 0;
  #rowHeight = fallbackRowHeight;
  #rendered: RowRange = noRows;
  #renderedRowHeight = fallbackRowHeight;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RowWindowOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#readRowHeight();
    if (this.#scroller) this.#resizeObserver?.observe(this.#scroller);
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
  }

  hostUpdated(): void {
    const scroller = this.#options.scroller();
    if (scroller === this.#scroller) return;
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#resizeObserver?.disconnect();
    this.#scroller = scroller;
    if (!scroller) return;
    scroller.addEventListener('scroll', this.#onScroll, { passive: true });
    this.#resizeObserver ??= new ResizeObserver(this.#measure);
    this.#resizeObserver.observe(scroller);
    // Measured now, not at the observer's first report: a scroll may come before it.
    this.#measure();
  }

  /** The rows to render now: those in view and a few beyond each edge. */
  range(): RowRange {
    const { first, last } = this.visible();
    if (last < first) return noRows;
    return {
      first: Math.max(0, first - overscanRows),
      last: Math.min(this.#options.count() - 1, last + overscanRows),
    };
  }

  /** The rows in view now, partly or wholly. */
  visible(): RowRange {
    const count = this.#options.count();
    if (count === 0) return noRows;
    const height = this.#rowHeight;
    // Before the scroller is measured (the first render), the host's height bounds it.
    const view = this.#viewHeight || this.#host.clientHeight;
    // The stored position may lie past a list that just got shorter: the browser clamps it.
    const top = Math.min(this.#scrollTop, Math.max(0, count * height - view));
    const first = Math.min(count - 1, Math.floor(top / height));
    return {
      first,
      last: Math.max(first, Math.min(count - 1, Math.ceil((top + view) / height) - 1)),
    };
  }

  /** Whether row `index` is in the window now (during a render: whether it is rendered). */
  has(index: number): boolean {
    const { first, last } = this.range();
    return index >= first && index <= last;
  }

  /** How many rows one screen holds, less one (what PageUp/PageDown move by). */
  pageRows(): number {
    return Math.max(1, Math.floor(this.#viewHeight / this.#rowHeight) - 1);
  }

  /** Scrolls the least that shows row `index` whole, and renders it in the same update. */
  scrollToRow(index: number): void {
    const height = this.#rowHeight;
    const view = this.#viewHeight || (this.#scroller?.clientHeight ?? 0);
    const top = index * height;
    if (top < this.#scrollTop) this.scrollTo(top);
    else if (top + height > this.#scrollTop + view) this.scrollTo(top + height - view);
  }

  /** Sets the scroller's position and moves the window there (before the scroll event). */
  scrollTo(top: number): void {
    this.#scrollTop = top;
    if (this.#scroller) this.#scroller.scrollTop = top;
    this.#renderAgainIfMoved();
  }

  /**
   * The scroller's content: a spacer as tall as every row, holding a block moved down to the
   * first row of the window, with the window's rows in it, keyed by id so that a row that stays
   * in view keeps its element.
   */
  render<T extends { readonly id: string }>(
    items: readonly T[],
    row: (item: T, index: number) => TemplateResult,
  ): TemplateResult {
    const range = this.range();
    const height = this.#rowHeight;
    this.#rendered = range;
    this.#renderedRowHeight = height;
    const spacer = { height: `${items.length * height}px` };
    const block = { transform: `translateY(${range.first * height}px)` };
    return html`<div class="spacer" style=${styleMap(spacer)}>
      <div class="window" style=${styleMap(block)}>
        ${repeat(
          items.slice(range.first, range.last + 1),
          (item) => item.id,
          (item, offset) => row(item, range.first + offset),
        )}
      </div>
    </div>`;
  }

  #onScroll = (): void => {
    if (!this.#scroller) return;
    this.#scrollTop = this.#scroller.scrollTop;
    this.#renderAgainIfMoved();
  };

  #measure = (): void => {
    const scroller = this.#scroller;
    if (!scroller) return;
    this.#viewHeight = scroller.clientHeight;
    // Reattached, an element scrolls from the top again.
    this.#scrollTop = scroller.scrollTop;
    this.#readRowHeight();
    this.#renderAgainIfMoved();
  };

  /** Reads `rowHeight` in pixels, as the host's styles resolve it, from a hidden probe. */
  #readRowHeight(): void {
    const probe = document.createElement('div');
    probe.hidden = true;
    // Through the CSSOM, which a `style-src` policy without 'unsafe-inline' allows.
    probe.style.height = this.#options.rowHeight;
    (this.#host.shadowRoot ?? this.#host).append(probe);
    // Hidden, its computed height is still its CSS height, in pixels.
    const height = Number.parseFloat(getComputedStyle(probe).height);
    probe.remove();
    if (height > 0) this.#rowHeight = height;
  }

  /**
   * Renders again when a row now in range is not in the DOM, or rows changed height. A range
   * that only shrank (the first render's estimate of the view, measured after it) keeps its
   * rows until the next scroll: a few rows too many cost less than another update.
   */
  #renderAgainIfMoved(): void {
    const { first, last } = this.range();
    const rendered = this.#rendered;
    const missing = last >= first && (first < rendered.first || last > rendered.last);
    if (missing || this.#rowHeight !== this.#renderedRowHeight) this.#host.requestUpdate();
  }
}
