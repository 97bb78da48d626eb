/**
 * Escapes one reference token for a JSON pointer (RFC 6901): `~` → `~0`, `/` → `~1`.
 * The order matters: escaping `/` first would turn its `~1` into `~01`.
 *
 * @example
 * ```ts
 * escapePointerToken('a/b~c'); // 'a~1b~0c'
 * ```
 */
export function escapePointerToken(token: string | number): string {
  return String(token).replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Appends reference tokens to a JSON pointer.
 *
 * @example
 * ```ts
 * appendPointer('/properties', 'a/b'); // '/properties/a~1b'
 * ```
 */
export function appendPointer(pointer: string, ...tokens: (string | number)[]): string {
  return pointer + tokens.map((token) => '/' + escapePointerToken(token)).join('');
}
