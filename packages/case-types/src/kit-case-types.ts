import { type CaseType, type DefineCaseTypeOptions, defineCaseType } from '@casegrid/core';
import { kitDefinitions } from './definitions.js';

/**
 * The kit's definitions compiled with `defineCaseType` (validators built by ajv at run time),
 * ready for `createEngine` or `createServer`. Each call compiles afresh; keep the result.
 * A page under a strict Content-Security-Policy precompiles instead (`precompileCaseTypes`
 * from `@casegrid/core/build`, then `defineCaseType` from `@casegrid/core/precompiled`).
 *
 * @example
 * ```ts
 * import { calendar2026, kitCaseTypes, kitEffects, kitGuards } from '@casegrid/case-types';
 * import { createEngine, memoryStore } from '@casegrid/core';
 *
 * const engine = createEngine({
 *   caseTypes: kitCaseTypes({ locale: 'en' }), org, store: memoryStore(),
 *   guards: kitGuards, effects: kitEffects, calendar: calendar2026,
 * });
 * ```
 */
export function kitCaseTypes(options: DefineCaseTypeOptions = {}): CaseType[] {
  return kitDefinitions.map((definition) => defineCaseType(definition, options));
}
