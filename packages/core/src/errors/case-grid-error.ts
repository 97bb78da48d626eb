// The error class lives in @casegrid/schema, the lowest package, so that every casegrid package
// throws the same class; core re-exports it because most callers meet it through the engine.
export {
  CaseGridError,
  type CaseGridErrorCode,
  type CaseGridIssue,
  isCaseGridError,
} from '@casegrid/schema/form';
