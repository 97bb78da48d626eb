import type { Actor, CaseEngine, CaseStore, Locale, LocalStore, SyncClient } from '@casegrid/core';
import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import type { Subscription } from 'rxjs';
import { type CaseTypeForms, isLocalStore, type Workbench, workbenchContext } from './workbench.js';

// Changes come in bursts (a sync pull applies hundreds of events): they are gathered for this
// long and handed over once.
const changeBatchMs = 30;

/**
 * The base of every workbench element: the {@link Workbench} properties, filled from the
 * nearest `<cg-provider>` where the element's own property is not set, and the changed case
 * ids from the engine and the store, batched, in {@link WorkbenchElement.casesChanged}.
 *
 * @example
 * ```ts
 * class MyCount extends WorkbenchElement {
 *   protected override casesChanged() { this.requestUpdate(); }
 *   override render() { return html`${this.current.actor?.name}`; }
 * }
 * ```
 */
export class WorkbenchElement extends LitElement {
  static override properties = {
    engine: { attribute: false },
    store: { attribute: false },
    actor: { attribute: false },
    locale: { reflect: true },
    forms: { attribute: false },
    sync: { attribute: false },
    clock: { attribute: false },
  };

  /** The case engine (default: the provider's). */
  declare engine: CaseEngine | undefined;
  /** The store under the engine (default: the provider's). */
  declare store: CaseStore | LocalStore | undefined;
  /** The person using the page (default: the provider's). */
  declare actor: Actor | undefined;
  /** `zh-CN` or `en` (default: the provider's, else `zh-CN`). */
  declare locale: Locale | undefined;
  /** UI schemas by case type id (default: the provider's). */
  declare forms: { readonly [typeId: string]: CaseTypeForms } | undefined;
  /** The device's sync client (default: the provider's). */
  declare sync: SyncClient | undefined;
  /** The clock "now" is read from (default: the provider's, else `Date.now`). */
  declare clock: (() => number) | undefined;

  #provided = new ContextConsumer(this, {
    context: workbenchContext,
    subscribe: true,
    callback: () => this.requestUpdate(),
  });
  #subscriptions: Subscription[] = [];
  #sources: readonly unknown[] = [];
  #changed = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** What the element works with now: its own properties over the provider's. */
  protected get current(): Workbench & { readonly clock: () => number } {
    const provided = this.#provided.value;
    return {
      engine: this.engine ?? provided?.engine,
      store: this.store ?? provided?.store,
      actor: this.actor ?? provided?.actor,
      locale: this.locale ?? provided?.locale ?? 'zh-CN',
      forms: this.forms ?? provided?.forms,
      sync: this.sync ?? provided?.sync,
      clock: this.clock ?? provided?.clock ?? Date.now,
    };
  }

  /**
   * Called once per burst of changes with the ids of the cases that changed (appended through
   * the engine, pulled by sync, or written by another tab).
   */
  protected casesChanged(_ids: ReadonlySet<string>): void {
    this.requestUpdate();
  }

  /**
   * Called when the engine, store or actor the element works with changed (and on first
   * connection): the place to load.
   */
  protected sourcesChanged(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // An update can still run after the element left the page: it must not subscribe again.
    if (!this.isConnected) return;
    const { engine, store, actor, locale } = this.current;
    const sources = [engine, store, actor, locale];
    if (sources.every((source, index) => source === this.#sources[index])) return;
    const sameFeeds = engine === this.#sources[0] && store === this.#sources[1];
    this.#sources = sources;
    if (!sameFeeds || this.#subscriptions.length === 0) this.#subscribe(engine, store);
    this.sourcesChanged();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected: subscribe (and load) again, in an update of its own since nothing else may
    // request one.
    this.#sources = [];
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#changed.clear();
  }

  #subscribe(engine: CaseEngine | undefined, store: CaseStore | LocalStore | undefined): void {
    this.#unsubscribe();
    if (engine) {
      this.#subscriptions.push(
        engine.changes$.subscribe((event) => this.#noteChange(event.caseId)),
      );
    }
    if (isLocalStore(store)) {
      this.#subscriptions.push(store.changes$.subscribe((caseId) => this.#noteChange(caseId)));
    }
  }

  #unsubscribe(): void {
    for (const subscription of this.#subscriptions) subscription.unsubscribe();
    this.#subscriptions = [];
  }

  #noteChange(caseId: string): void {
    this.#changed.add(caseId);
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      const ids = new Set(this.#changed);
      this.#changed.clear();
      this.casesChanged(ids);
    }, changeBatchMs);
  }
}
