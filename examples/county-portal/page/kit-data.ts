// The county's configuration, loaded as its own file: the kit's case types and forms (data), and
// the validators precompiled from them. The page's code does not grow with the case types.
export { kitDefinitions as definitions, kitForms as forms } from '@casegrid/case-types';
export { validators } from './validators.js';
