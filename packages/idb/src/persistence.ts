/**
 * Whether the browser keeps this origin's storage under pressure: asks for it
 * (`navigator.storage.persist()`) when `ask` is set and it is not granted yet. `false` where
 * the Storage API is missing (Node, old browsers) or refuses.
 *
 * @example
 * ```ts
 * if (!(await requestPersistence(true))) showHint('同步前请勿清除浏览器数据');
 * ```
 */
export async function requestPersistence(ask: boolean): Promise<boolean> {
  const storage = (globalThis as { navigator?: { storage?: Partial<StorageManager> } }).navigator
    ?.storage;
  try {
    if (await storage?.persisted?.()) return true;
    return ask && storage?.persist ? await storage.persist() : false;
  } catch {
    return false;
  }
}
