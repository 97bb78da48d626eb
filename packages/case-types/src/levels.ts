import { defaultLevels as coreLevels } from '@casegrid/core';

/**
 * The org levels the kit's definitions name, top first: county → town → village → grid
 * (县 → 镇 → 村 → 网格). Core's default, re-exported so a county set up from the kit needs one
 * import.
 *
 * @example
 * ```ts
 * const org = createOrg({ levels: defaultLevels, units });
 * ```
 */
export const defaultLevels: readonly string[] = coreLevels;
