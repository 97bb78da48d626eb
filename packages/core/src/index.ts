/**
 * @casegrid/core — the case engine. Case types are written as data and compiled to xstate
 * machines; cases are event-sourced; roles, org scope, escalation and deadlines are checked
 * by one pure decision that runs the same in the browser and on the server.
 *
 * This entry compiles schemas with ajv at run time. A page under a strict
 * Content-Security-Policy imports `@casegrid/core/precompiled` instead.
 *
 * @packageDocumentation
 */
export * from './api.js';
export type {
  DefineCaseTypeOptions,
  DefinitionData,
  TypedCaseType,
} from './definition/define-case-type.js';
export {
  caseTypeSchema,
  checkCaseTypeDefinition,
  defineCaseType,
} from './definition/define-case-type.js';
