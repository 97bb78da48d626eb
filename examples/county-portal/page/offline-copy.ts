/**
 * What {@link withOfflineCopy} gave: the value, and whether it is the copy kept from an earlier
 * visit (the network failed) rather than a fresh answer.
 *
 * @example
 * ```ts
 * const { value: county, fromCopy } = await withOfflineCopy('casegrid-demo-county', fetchCounty);
 * ```
 */
export interface OfflineCopy<T> {
  readonly value: T;
  readonly fromCopy: boolean;
}

/**
 * Loads something the page needs before it can start (the county, a person's token) and keeps a
 * copy in `localStorage` under `key`; when loading fails (no network, or no server), it gives
 * the copy kept last time instead, so that the portal opens offline as it was left. Throws what
 * `load` threw when there is no copy yet. For small JSON values only.
 *
 * @example
 * ```ts
 * const { value: token } = await withOfflineCopy(`casegrid-demo-token:${id}`, () => fetchToken(id));
 * ```
 */
export async function withOfflineCopy<T>(
  key: string,
  load: () => Promise<T>,
): Promise<OfflineCopy<T>> {
  let value: T;
  try {
    value = await load();
  } catch (error) {
    const kept = localStorage.getItem(key);
    if (kept === null) throw error;
    return { value: JSON.parse(kept) as T, fromCopy: true };
  }
  localStorage.setItem(key, JSON.stringify(value));
  return { value, fromCopy: false };
}
