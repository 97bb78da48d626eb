import type { CaseTypeDefinition } from '@casegrid/core';
import dispute from '../definitions/dispute.json' with { type: 'json' };
import emergencyDispatch from '../definitions/emergency-dispatch.json' with { type: 'json' };
import emergencyTask from '../definitions/emergency-task.json' with { type: 'json' };
import hazard from '../definitions/hazard.json' with { type: 'json' };
import hazardTask from '../definitions/hazard-task.json' with { type: 'json' };
import household from '../definitions/household.json' with { type: 'json' };
import organisation from '../definitions/organisation.json' with { type: 'json' };
import patrol from '../definitions/patrol.json' with { type: 'json' };
import person from '../definitions/person.json' with { type: 'json' };
import place from '../definitions/place.json' with { type: 'json' };
import povertyWatch from '../definitions/poverty-watch.json' with { type: 'json' };
import serviceRequest from '../definitions/service-request.json' with { type: 'json' };
import watchedPerson from '../definitions/watched-person.json' with { type: 'json' };

// JSON modules are typed from their content, which is wider than the definition format (an
// `enum` reads as string[]); the meta-schema check in `kitCaseTypes` and the tests is what
// guarantees each file is a definition.
const asDefinition = (json: unknown) => Object.freeze(json) as CaseTypeDefinition;

/**
 * Every kit case type as data, in the order a county usually shows them: the case types, their
 * child types, then the registers. The same files ship as `definitions/<id>.json` in the
 * package, to copy and adapt (docs/county-it/adapting-the-kit.md).
 *
 * @example
 * ```ts
 * import { kitDefinitions } from '@casegrid/case-types';
 *
 * const dispute = kitDefinitions.find((definition) => definition.id === 'dispute');
 * console.log(Object.keys(dispute!.states)); // ['reported', 'mediating', 'resolved', ...]
 * ```
 */
export const kitDefinitions: readonly CaseTypeDefinition[] = Object.freeze([
  asDefinition(dispute),
  asDefinition(hazard),
  asDefinition(hazardTask),
  asDefinition(watchedPerson),
  asDefinition(povertyWatch),
  asDefinition(serviceRequest),
  asDefinition(patrol),
  asDefinition(emergencyDispatch),
  asDefinition(emergencyTask),
  asDefinition(person),
  asDefinition(household),
  asDefinition(place),
  asDefinition(organisation),
]);

/**
 * One kit definition by id, or `undefined`.
 *
 * @example
 * ```ts
 * const copy = structuredClone(kitDefinition('service-request')!);
 * ```
 */
export function kitDefinition(id: string): CaseTypeDefinition | undefined {
  return kitDefinitions.find((definition) => definition.id === id);
}
