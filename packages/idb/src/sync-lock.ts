// Names held in this realm where the Web Locks API is missing (Node, old browsers).
const heldHere = new Set<string>();

/**
 * Runs `fn` holding the named lock, or not at all when someone else holds it: resolves `true`
 * when `fn` ran, `false` when it was skipped; rejects with what `fn` threw. Across tabs through
 * Web Locks (`navigator.locks.request(name, { ifAvailable: true })`); where that API is missing,
 * within this realm only.
 *
 * @example
 * ```ts
 * const ran = await withLock('casegrid-idb:casegrid:sync', () => syncOnce());
 * ```
 */
export async function withLock(name: string, fn: () => unknown): Promise<boolean> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (locks) {
    let ran = false;
    await locks.request(name, { ifAvailable: true }, async (lock) => {
      if (lock === null) return;
      ran = true;
      await fn();
    });
    return ran;
  }
  if (heldHere.has(name)) return false;
  heldHere.add(name);
  try {
    await fn();
    return true;
  } finally {
    heldHere.delete(name);
  }
}
