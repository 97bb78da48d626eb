import {
  type Actor,
  type CaseEngine,
  type CaseFilter,
  type CaseView,
  canSee,
  isCaseGridError,
  matchesQuery,
} from '@casegrid/core';
import { toStoreQuery } from './list-filter.js';

// Up to this many changed cases are read one by one; a bigger burst (a sync pull) costs less
// as one query again.
const fetchLimit = 50;

interface Source {
  readonly engine: CaseEngine;
  readonly actor: Actor;
  readonly filter: CaseFilter;
}

/**
 * The cases of one engine query, kept current as cases change: `load` runs the query,
 * `refresh(ids)` reads the changed cases again (or runs the query again after a big burst).
 * A load started later always wins over an earlier one still running. Shared by
 * `<cg-case-list>` and `<cg-inbox>`.
 *
 * @example
 * ```ts
 * const live = new LiveCases(() => this.requestUpdate());
 * await live.load(engine, actor, { closed: false });
 * protected override casesChanged(ids) { void live.refresh(ids, this.current.clock()); }
 * ```
 */
export class LiveCases {
  #views: readonly CaseView[] | undefined;
  #error: unknown;
  #loading = false;
  #source: Source | undefined;
  #generation = 0;
  readonly #changed: () => void;

  constructor(changed: () => void) {
    this.#changed = changed;
  }

  /** The cases, in the store's order; `undefined` before the first load ends. */
  get views(): readonly CaseView[] | undefined {
    return this.#views;
  }

  /** Whether a query is running. */
  get loading(): boolean {
    return this.#loading;
  }

  /** Why the last query failed, or `undefined`. */
  get error(): unknown {
    return this.#error;
  }

  /** Runs the query (again). */
  async load(engine: CaseEngine, actor: Actor, filter: CaseFilter): Promise<void> {
    this.#source = { engine, actor, filter };
    const generation = ++this.#generation;
    this.#loading = true;
    this.#changed();
    let views: readonly CaseView[] = [];
    let error: unknown;
    try {
      views = await engine.query(filter, actor);
    } catch (caught) {
      error = caught;
    }
    if (generation !== this.#generation) return;
    this.#views = views;
    this.#error = error;
    this.#loading = false;
    this.#changed();
  }

  /** Forgets the cases (no engine or actor any more). */
  clear(): void {
    this.#generation += 1;
    this.#source = undefined;
    this.#views = undefined;
    this.#error = undefined;
    this.#loading = false;
  }

  /** Brings the changed cases up to date, judged at `now` for the filter's deadline terms. */
  async refresh(ids: ReadonlySet<string>, now: number): Promise<void> {
    const source = this.#source;
    if (!source) return;
    const current = this.#views;
    if (this.#loading || current === undefined || ids.size > fetchLimit) {
      return this.load(source.engine, source.actor, source.filter);
    }
    const generation = this.#generation;
    let fetched: (CaseView | undefined)[];
    try {
      fetched = await Promise.all([...ids].map((id) => readCase(source.engine, id)));
    } catch {
      // A case that cannot be read for another reason: the query knows best.
      if (generation === this.#generation) {
        await this.load(source.engine, source.actor, source.filter);
      }
      return;
    }
    if (generation !== this.#generation) return;
    const query = toStoreQuery(source.filter, source.engine.org, now);
    const fresh = new Map<string, CaseView>();
    for (const view of fetched) {
      if (view && canSee(source.engine, source.actor, view) && matchesQuery(view, query)) {
        fresh.set(view.id, view);
      }
    }
    // Changed cases keep their place, so that nothing moves that the order does not move.
    const next: CaseView[] = [];
    for (const view of current) {
      if (!ids.has(view.id)) next.push(view);
      else {
        const replacement = fresh.get(view.id);
        if (replacement) next.push(replacement);
        fresh.delete(view.id);
      }
    }
    next.push(...fresh.values());
    this.#views = next;
    this.#changed();
  }
}

async function readCase(engine: CaseEngine, id: string): Promise<CaseView | undefined> {
  try {
    return await engine.get(id);
  } catch (error) {
    // Gone: a discarded local case, or one the device no longer holds.
    if (isCaseGridError(error, 'not-found')) return undefined;
    throw error;
  }
}
