// Types of validators.js, which build.mjs writes with `compileStandalone` before bundling.
import type { Validator } from '@casegrid/schema/form';

/** One precompiled validator per schema, keyed as build.mjs named them. */
export declare const validators: { readonly report: Validator };
export default validators;
