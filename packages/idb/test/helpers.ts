// Shared by the idb tests: fresh stores that are closed after each test, and events.
import type { LocalStore } from '@casegrid/core';
import { afterEach } from 'vitest';

export { remote } from '../../core/test/local-store-contract.js';
export { next, opened } from '../../core/test/store-contract.js';

let count = 0;

/** A database name no other test uses. */
export function uniqueName(label = 'test'): string {
  count += 1;
  return `casegrid-${label}-${Date.now().toString(36)}-${count}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Wraps a store factory so that every store it makes is closed after the test. */
export function closedAfterEach<S extends LocalStore, A extends unknown[]>(
  make: (...args: A) => S,
): (...args: A) => S {
  const open: S[] = [];
  afterEach(() => {
    for (const store of open.splice(0)) store.close();
  });
  return (...args) => {
    const store = make(...args);
    open.push(store);
    return store;
  };
}

/** Resolves once `predicate` holds, polling (for messages between tabs). */
export async function until(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
