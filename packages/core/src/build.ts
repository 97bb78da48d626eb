/**
 * @casegrid/core/build — Node-only helpers for a build step.
 *
 * @packageDocumentation
 */
export { precompileCaseTypes } from './build/precompile-case-types.js';
