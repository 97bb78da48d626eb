// Types of validators.js, which buildPage writes with `precompileCaseTypes` before bundling.
import type { PrecompiledValidators } from '@casegrid/core/precompiled';

/** One precompiled validator per schema of the kit's case types, keyed by `schemaKey`. */
export declare const validators: PrecompiledValidators;
export default validators;
