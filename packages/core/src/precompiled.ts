/**
 * @casegrid/core/precompiled — the engine for pages that never build code from strings:
 * case types are defined with validators precompiled at build time
 * (`precompileCaseTypes` from `@casegrid/core/build`), so ajv is neither loaded nor run.
 *
 * @packageDocumentation
 */
export * from './api.js';
export { defineCaseType } from './definition/define-precompiled-case-type.js';
