/**
 * The ids of the kit's registers (台账): record types with the trivial lifecycle
 * `active` ↔ `archived` (and `removed`, 注销). Metrics leave them out. See ADR 0007.
 *
 * @example
 * ```ts
 * const cases = views.filter((view) => !registerTypeIds.includes(view.typeId));
 * ```
 */
export const registerTypeIds: readonly string[] = Object.freeze([
  'person',
  'household',
  'place',
  'organisation',
]);
