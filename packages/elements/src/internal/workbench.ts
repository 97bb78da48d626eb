import type { Actor, CaseEngine, CaseStore, Locale, LocalStore, SyncClient } from '@casegrid/core';
import type { UiSchema } from '@casegrid/schema/form';
import { createContext } from '@lit/context';

/**
 * The UI schemas of one case type's forms: the form that opens (reports) a case and the
 * input form of each action. The kit (`@casegrid/case-types`) ships them for its types.
 *
 * @example
 * ```ts
 * const forms: CaseTypeForms = { open: { order: ['summary', '*'] }, actions: { resolve: { agreement: { widget: 'textarea' } } } };
 * ```
 */
export interface CaseTypeForms {
  readonly open?: UiSchema;
  readonly actions?: { readonly [action: string]: UiSchema };
}

/**
 * What the workbench elements work with. `<cg-provider>` gives it to the elements inside it;
 * each element also accepts the same names as properties, which win over the provider's.
 *
 * @example
 * ```ts
 * const workbench: Workbench = { engine, store, actor: gridWorker, locale: 'zh-CN' };
 * ```
 */
export interface Workbench {
  readonly engine?: CaseEngine;
  /** The store under the engine: read for the event log (metrics) and for changes made by sync or other tabs. */
  readonly store?: CaseStore | LocalStore;
  /** The person using the page. */
  readonly actor?: Actor;
  readonly locale: Locale;
  /** UI schemas by case type id. */
  readonly forms?: { readonly [typeId: string]: CaseTypeForms };
  /** The device's sync client, for `<cg-sync-status>`. */
  readonly sync?: SyncClient;
  /** Milliseconds since the epoch (default `Date.now`): "time left" and "overdue" are judged by it. */
  readonly clock?: () => number;
}

/**
 * The Lit context `<cg-provider>` provides. Elements written outside this package can consume
 * it with `@lit/context`.
 *
 * @example
 * ```ts
 * @consume({ context: workbenchContext, subscribe: true }) private workbench?: Workbench;
 * ```
 */
export const workbenchContext = createContext<Workbench>(Symbol.for('casegrid.workbench'));

/** Whether a store is a device's local store (it reports changes made by sync). */
export function isLocalStore(store: CaseStore | LocalStore | undefined): store is LocalStore {
  return store !== undefined && 'changes$' in store;
}
