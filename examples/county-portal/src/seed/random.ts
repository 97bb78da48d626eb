/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same county,
 * run after run, so the demo and its tests see the same cases.
 *
 * @example
 * ```ts
 * const random = seededRandom(2026);
 * random.pick(['a', 'b']); random.int(1, 5); random.chance(0.3);
 * ```
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One of the items (the list must not be empty). */
  pick<T>(items: readonly T[]): T;
  /** `true` with this probability. */
  chance(probability: number): boolean;
  /** Up to `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/**
 * Creates a {@link Random} from a 32-bit seed.
 *
 * @example
 * ```ts
 * seededRandom(1).int(1, 6) === seededRandom(1).int(1, 6); // true
 * ```
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  return {
    next,
    int,
    pick,
    chance: (probability) => next() < probability,
    sample(items, count) {
      const pool = [...items];
      const chosen = [];
      while (chosen.length < count && pool.length > 0) {
        chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]!);
      }
      return chosen;
    },
  };
}
