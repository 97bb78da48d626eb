// Each runtime export lives in its own module; only compile, validate and checkSchema reach ajv, so
// a consumer importing localizeErrors (with precompiled validators) bundles no ajv.
export { checkSchema } from './check-schema.js';
export { compile } from './compile.js';
export { customFormats, isIdCardCn, isPhoneCn } from './formats.js';
export { localizeErrors } from './localize-errors.js';
export type { SchemaLimits } from './schema-limits.js';
export { defaultSchemaLimits } from './schema-limits.js';
export type {
  CompileOptions,
  JsonSchema,
  Locale,
  ValidationIssue,
  ValidationResult,
  Validator,
  ValidatorError,
} from './types.js';
export { validate } from './validate.js';
