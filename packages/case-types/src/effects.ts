import type { EffectFunction } from '@casegrid/core';

/**
 * The effects the kit's definitions name: none. What happens outside the case after an action
 * (an SMS to the town, a message to a department's duty phone) depends on each county's
 * systems, so the kit leaves effects to the integrator: add a name to an action's `effects` in
 * your copy of a definition and register the function under that name. Exported so that
 * engine set-up reads the same for guards and effects, and keeps working if a later kit
 * version names one.
 *
 * @example
 * ```ts
 * const engine = createEngine({
 *   caseTypes, org, store, calendar: calendar2026, guards: kitGuards,
 *   effects: { ...kitEffects, 'sms-town': ({ event }) => sms.send(event.caseId) },
 * });
 * ```
 */
export const kitEffects: Readonly<Record<string, EffectFunction>> = Object.freeze({});
