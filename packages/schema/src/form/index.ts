// @casegrid/schema/form: everything a form needs in the browser, and nothing that reaches ajv.
// Pages under a strict CSP import this subpath with precompiled validators.
export type { CaseGridErrorCode, CaseGridIssue } from '../errors/case-grid-error.js';
export { CaseGridError, isCaseGridError } from '../errors/case-grid-error.js';
export { isIdCardCn, isPhoneCn } from '../formats.js';
export { localizeErrors } from '../localize-errors.js';
export type {
  JsonSchema,
  Locale,
  ValidationIssue,
  ValidationResult,
  Validator,
  ValidatorError,
} from '../types.js';
export { checkUiSchema } from './check-ui-schema.js';
export type { Expression, ExpressionContext, ExpressionIssue } from './expression.js';
export { checkExpression, evaluate, expressionOperators } from './expression.js';
export type { FormModelOptions } from './form-model.js';
export { formModel, orderNames, submittedValue, withDefaults } from './form-model.js';
export type {
  FieldType,
  FormArray,
  FormField,
  FormGroup,
  FormModel,
  FormNode,
  FormOption,
  FormSection,
} from './form-model-types.js';
export { choiceLabel, enumLabel, localize, schemaText } from './form-text.js';
export { addRow, getAt, moveRow, omitPaths, removeRow, setAt } from './form-value.js';
export type { ConditionIssue } from './matches.js';
export { checkCondition, conditionKeywords, matches } from './matches.js';
export type { FormCondition, LocalizedString, UiField, UiSchema, UiSection } from './ui-schema.js';
