import type { Actor, CaseEngine, CaseStore, Locale, LocalStore, SyncClient } from '@casegrid/core';
import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { type CaseTypeForms, type Workbench, workbenchContext } from '../internal/workbench.js';

/**
 * Gives the engine, store, actor, locale, forms, sync client and clock to every casegrid element
 * inside it (through Lit context), so a page sets them once. An element's own property wins over
 * the provider's. Changing a property here updates every element inside.
 *
 * @summary Gives the engine, actor and locale to the workbench elements inside it.
 * @slot - The workbench elements (and anything else).
 *
 * @example
 * ```html
 * <cg-provider locale="en">
 *   <cg-inbox></cg-inbox>
 *   <cg-case-detail></cg-case-detail>
 * </cg-provider>
 * <script type="module">
 *   import '@casegrid/elements/define';
 *   const provider = document.querySelector('cg-provider');
 *   Object.assign(provider, { engine, store, actor: gridWorker, forms });
 * </script>
 * ```
 */
export class CgProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    engine: { attribute: false },
    store: { attribute: false },
    actor: { attribute: false },
    locale: { reflect: true },
    forms: { attribute: false },
    sync: { attribute: false },
    clock: { attribute: false },
  };

  /** The case engine the elements act through. */
  declare engine: CaseEngine | undefined;
  /** The store under the engine (the device's local store offline). */
  declare store: CaseStore | LocalStore | undefined;
  /** The person using the page: what they may see and do. */
  declare actor: Actor | undefined;
  /** `zh-CN` (default) or `en`. */
  declare locale: Locale;
  /** UI schemas by case type id (the kit's `forms`). */
  declare forms: { readonly [typeId: string]: CaseTypeForms } | undefined;
  /** The device's sync client. */
  declare sync: SyncClient | undefined;
  /** Milliseconds since the epoch (default `Date.now`). */
  declare clock: (() => number) | undefined;

  #provider = new ContextProvider(this, { context: workbenchContext, initialValue: this.#value() });

  constructor() {
    super();
    this.locale = 'zh-CN';
  }

  /** What the elements inside are given now. */
  get value(): Workbench {
    return this.#provider.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#provider.setValue(this.#value());
  }

  #value(): Workbench {
    const value: Workbench = {
      engine: this.engine,
      store: this.store,
      actor: this.actor,
      locale: this.locale ?? 'zh-CN',
      forms: this.forms,
      sync: this.sync,
      clock: this.clock,
    };
    return value;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
