/**
 * Reads a JSON pointer (RFC 6901) from a value; `undefined` when any step is missing.
 *
 * @example
 * ```ts
 * readPointer({ input: { lead: 'water' } }, '/input/lead'); // 'water'
 * ```
 */
export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let current: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    if (current === null || typeof current !== 'object') return undefined;
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!Object.hasOwn(current, token)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}
