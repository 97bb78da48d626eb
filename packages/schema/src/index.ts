// Each runtime export lives in its own module; only compile, validate and checkSchema reach ajv, so
// a consumer importing localizeErrors (with precompiled validators) bundles no ajv.
export { checkSchema } from './check-schema.js';
export { compile } from './compile.js';
export type { CaseGridErrorCode, CaseGridIssue } from './errors/case-grid-error.js';
export { CaseGridError, isCaseGridError } from './errors/case-grid-error.js';
export type {
  ConditionIssue,
  Expression,
  ExpressionContext,
  ExpressionIssue,
  FieldType,
  FormArray,
  FormCondition,
  FormField,
  FormGroup,
  FormModel,
  FormModelOptions,
  FormNode,
  FormOption,
  FormSection,
  LocalizedString,
  UiField,
  UiSchema,
  UiSection,
} from './form/index.js';
export {
  addRow,
  checkCondition,
  checkExpression,
  checkUiSchema,
  conditionKeywords,
  evaluate,
  expressionOperators,
  formModel,
  getAt,
  matches,
  moveRow,
  omitPaths,
  removeRow,
  setAt,
  submittedValue,
  withDefaults,
} from './form/index.js';
export { customFormats, isIdCardCn, isPhoneCn } from './formats.js';
export type { FromSchema } from './from-schema.js';
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
