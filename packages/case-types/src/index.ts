/**
 * @casegrid/case-types — the person-to-person+ (人盯人+) kit: ready case types (dispute,
 * hazard, person of concern, return-to-poverty watch, service request, patrol, emergency
 * dispatch), the registers they link to (person, household, place, organisation), their forms,
 * the guards they name, and county defaults (roles, departments, levels, the 2026 calendar).
 * Metrics over the event log are in `@casegrid/case-types/metrics`.
 *
 * @packageDocumentation
 */
export { calendar2026 } from './calendar.js';
export type { AreaTemplate, CountyTemplateOptions } from './county-template.js';
export { countyTemplate } from './county-template.js';
export { kitDefinition, kitDefinitions } from './definitions.js';
export { defaultDepartments } from './departments.js';
export { kitEffects } from './effects.js';
export type { CaseTypeForms } from './forms/case-type-forms.js';
export { kitGuards } from './guards.js';
export { kitCaseTypes } from './kit-case-types.js';
export { kitForms } from './kit-forms.js';
export { defaultLevels } from './levels.js';
export { registerTypeIds } from './register-types.js';
export type { NamedEntry } from './roles.js';
export { defaultRoles } from './roles.js';
