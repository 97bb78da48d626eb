// A seeded pseudo-random generator (mulberry32) for the bench's county: the same seed gives the
// same cases, event for event, in Node and in the page, run after run.

/**
 * A generator from a 32-bit seed: `next()` in [0, 1), `int(min, max)` inclusive, `pick`,
 * `chance(p)`, `sample(items, n)` (up to n different items) and `fork()` (an independent stream,
 * so that one case's choices do not shift another's).
 *
 * @example
 * ```js
 * const random = seeded(2026);
 * random.int(1, 6) === seeded(2026).int(1, 6); // true
 * ```
 */
export function seeded(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const sample = (items, count) => {
    const pool = [...items];
    const taken = [];
    while (taken.length < count && pool.length > 0) {
      taken.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    }
    return taken;
  };
  return {
    next,
    int,
    pick,
    sample,
    chance: (probability) => next() < probability,
    fork: () => seeded(int(0, 0xffffffff)),
  };
}

export const minute = 60_000;
export const hour = 60 * minute;
export const day = 24 * hour;
