/**
 * Where a navigation key moves the active row of a list of `count` rows: ArrowUp/Down one row,
 * PageUp/Down one screen (`page` rows), Home/End the ends. `undefined` for any other key.
 * From no active row (`current` -1), ArrowDown and ArrowUp start at `start` (the first row in
 * view) rather than jumping to the top.
 *
 * @example
 * ```ts
 * nextIndex('PageDown', 3, 10_000, 8, 0); // 11
 * nextIndex('End', 3, 10_000, 8, 0); // 9999
 * ```
 */
export function nextIndex(
  key: string,
  current: number,
  count: number,
  page: number,
  start: number,
): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  const clamp = (index: number) => Math.min(last, Math.max(0, index));
  const from = current < 0 ? clamp(start) : current;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? from : clamp(current + 1);
    case 'ArrowUp':
      return current < 0 ? from : clamp(current - 1);
    case 'PageDown':
      return clamp(from + page);
    case 'PageUp':
      return clamp(from - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
