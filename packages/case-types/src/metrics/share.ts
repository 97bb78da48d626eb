import type { Share } from './metrics-types.js';

/** A share being counted: mutable while the log is folded, frozen into a {@link Share}. */
export interface Tally {
  done: number;
  total: number;
}

export const tally = (): Tally => ({ done: 0, total: 0 });

export function count(tally: Tally, done: boolean): void {
  tally.total += 1;
  if (done) tally.done += 1;
}

export function toShare({ done, total }: Tally): Share {
  return { done, total, rate: total === 0 ? null : done / total };
}

/** The tally under a key, made on first use. */
export function tallyAt(map: Map<string, Tally>, key: string): Tally {
  let found = map.get(key);
  if (!found) {
    found = tally();
    map.set(key, found);
  }
  return found;
}
