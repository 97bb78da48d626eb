// Pure, copy-on-write edits of a form value addressed by JSON pointers. Every function returns a
// new value and leaves its input untouched, so a renderer can compare by identity.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The reference tokens of a JSON pointer (RFC 6901).
 *
 * @example
 * ```ts
 * pointerTokens('/members/0/name'); // ['members', '0', 'name']
 * ```
 */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function child(container: unknown, token: string): unknown {
  if (Array.isArray(container)) {
    const index = Number(token);
    return Number.isInteger(index) ? container[index] : undefined;
  }
  if (isRecord(container) && Object.hasOwn(container, token)) return container[token];
  return undefined;
}

/**
 * The value at a JSON pointer, or `undefined`. Reads own properties only.
 *
 * @example
 * ```ts
 * getAt({ members: [{ name: '张三' }] }, '/members/0/name'); // '张三'
 * ```
 */
export function getAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const token of pointerTokens(pointer)) current = child(current, token);
  return current;
}

function setIn(
  container: unknown,
  tokens: readonly string[],
  index: number,
  next: unknown,
): unknown {
  if (index === tokens.length) return next;
  const token = tokens[index] as string;
  if (Array.isArray(container)) {
    const position = Number(token);
    const copy = [...container];
    copy[position] = setIn(container[position], tokens, index + 1, next);
    return copy;
  }
  const base = isRecord(container) ? container : {};
  const updated = setIn(child(base, token), tokens, index + 1, next);
  const copy: Record<string, unknown> = { ...base };
  // defineProperty: a key named __proto__ becomes a plain own property, never the prototype.
  Object.defineProperty(copy, token, {
    value: updated,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  if (updated === undefined) delete copy[token];
  return copy;
}

/**
 * A copy of `value` with `next` at `pointer`; missing objects on the way are created, and
 * `undefined` removes the property (an emptied field leaves no `""` behind).
 *
 * @example
 * ```ts
 * setAt({}, '/address/city', '商州'); // { address: { city: '商州' } }
 * ```
 */
export function setAt(value: unknown, pointer: string, next: unknown): unknown {
  return setIn(value, pointerTokens(pointer), 0, next);
}

function editList(value: unknown, pointer: string, edit: (rows: unknown[]) => unknown[]): unknown {
  const current = getAt(value, pointer);
  return setAt(value, pointer, edit(Array.isArray(current) ? [...current] : []));
}

/**
 * A copy with `row` appended to the list at `pointer`.
 *
 * @example
 * ```ts
 * addRow({ members: [] }, '/members', { name: '' }); // { members: [{ name: '' }] }
 * ```
 */
export function addRow(value: unknown, pointer: string, row: unknown): unknown {
  return editList(value, pointer, (rows) => [...rows, structuredClone(row)]);
}

/**
 * A copy with row `index` removed from the list at `pointer`.
 *
 * @example
 * ```ts
 * removeRow({ members: ['a', 'b'] }, '/members', 0); // { members: ['b'] }
 * ```
 */
export function removeRow(value: unknown, pointer: string, index: number): unknown {
  return editList(value, pointer, (rows) => rows.filter((_, position) => position !== index));
}

/**
 * A copy with row `from` of the list at `pointer` moved to position `to` (clamped to the list).
 *
 * @example
 * ```ts
 * moveRow({ members: ['a', 'b', 'c'] }, '/members', 2, 0); // { members: ['c', 'a', 'b'] }
 * ```
 */
export function moveRow(value: unknown, pointer: string, from: number, to: number): unknown {
  return editList(value, pointer, (rows) => {
    if (from < 0 || from >= rows.length) return rows;
    const target = Math.max(0, Math.min(rows.length - 1, to));
    const [moved] = rows.splice(from, 1);
    rows.splice(target, 0, moved);
    return rows;
  });
}

/**
 * A copy of `value` without the values at `pointers` (deepest first, so row indexes stay right).
 *
 * @example
 * ```ts
 * omitPaths({ reason: 'land', other: 'x' }, ['/other']); // { reason: 'land' }
 * ```
 */
export function omitPaths(value: unknown, pointers: readonly string[]): unknown {
  let result = value;
  const deepestFirst = [...pointers].sort((a, b) => b.length - a.length);
  for (const pointer of deepestFirst) {
    const tokens = pointerTokens(pointer);
    const parentPointer = pointer.slice(0, pointer.lastIndexOf('/'));
    const parent = getAt(result, parentPointer);
    if (tokens.length === 0 || !isRecord(parent)) continue;
    result = setAt(result, pointer, undefined);
  }
  return result;
}
