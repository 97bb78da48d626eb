import { CaseGridError, type CaseGridIssue } from '../errors/case-grid-error.js';
import { checkExpression } from './expression.js';
import { checkCondition } from './matches.js';
import { isRecord } from './resolve-schema.js';

type Check = (value: unknown, path: string, issues: CaseGridIssue[]) => void;

function issue(issues: CaseGridIssue[], path: string, message: string, keyword: string): void {
  issues.push({ path, message, keyword });
}

const localizedString: Check = (value, path, issues) => {
  if (typeof value === 'string') return;
  if (
    isRecord(value) &&
    Object.entries(value).every(
      ([key, text]) => (key === 'zh-CN' || key === 'en') && typeof text === 'string',
    )
  ) {
    return;
  }
  issue(issues, path, 'must be a string or { "zh-CN"?: string, "en"?: string }', 'type');
};

const boolean: Check = (value, path, issues) => {
  if (typeof value !== 'boolean') issue(issues, path, 'must be true or false', 'type');
};

const columns: Check = (value, path, issues) => {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 12) {
    issue(issues, path, 'must be a whole number from 1 to 12', 'type');
  }
};

const names: Check = (value, path, issues) => {
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
    issue(issues, path, 'must be a list of property names', 'type');
  }
};

const expression: Check = (value, path, issues) => {
  for (const problem of checkExpression(value)) {
    issue(issues, path + problem.path, problem.message, 'expression');
  }
};

const condition: Check = (value, path, issues) => {
  const keys = isRecord(value) ? Object.keys(value) : [];
  if (!isRecord(value) || keys.length !== 1 || !(keys[0] === 'schema' || keys[0] === 'logic')) {
    issue(issues, path, 'must be { "schema": <JSON Schema> } or { "logic": <expression> }', 'type');
    return;
  }
  if (keys[0] === 'logic') {
    expression(value.logic, `${path}/logic`, issues);
    return;
  }
  for (const problem of checkCondition(value.schema)) {
    issue(issues, `${path}/schema${problem.path}`, problem.message, problem.keyword);
  }
};

function object(rules: Record<string, Check>): Check {
  return (value, path, issues) => {
    if (!isRecord(value)) {
      issue(issues, path, 'must be an object', 'type');
      return;
    }
    for (const [key, entry] of Object.entries(value)) {
      // `{ columns: undefined }` is how TypeScript code often leaves an option out: treat as absent.
      if (entry === undefined) continue;
      const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
      const at = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (rule === undefined) {
        issue(
          issues,
          at,
          `is not a UI schema key (known: ${Object.keys(rules).join(', ')})`,
          'unknown',
        );
      } else {
        rule(entry, at, issues);
      }
    }
  };
}

function list(check: Check): Check {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      issue(issues, path, 'must be a list', 'type');
      return;
    }
    value.forEach((entry, index) => {
      check(entry, `${path}/${index}`, issues);
    });
  };
}

const section = object({
  id: (value, path, issues) => {
    if (typeof value !== 'string' || !/^[A-Za-z][\w-]*$/.test(value)) {
      issue(issues, path, 'must be a name of letters, digits, - and _', 'type');
    }
  },
  title: localizedString,
  help: localizedString,
  fields: names,
  columns,
  hiddenWhen: condition,
});

const fieldRules: Record<string, Check> = {
  widget: (value, path, issues) => {
    if (typeof value !== 'string' || value === '')
      issue(issues, path, 'must be a widget name', 'type');
  },
  label: localizedString,
  help: localizedString,
  placeholder: localizedString,
  readOnly: boolean,
  hiddenWhen: condition,
  readOnlyWhen: condition,
  calculate: expression,
  span: columns,
  order: names,
  columns,
  sections: list(section),
  reorderable: boolean,
  options: (value, path, issues) => {
    if (!isRecord(value)) issue(issues, path, 'must be an object', 'type');
  },
};

const uiSchemaRule = object({
  ...fieldRules,
  fields: (value, path, issues) => {
    if (!isRecord(value)) {
      issue(issues, path, 'must be an object keyed by field path', 'type');
      return;
    }
    const field = object(fieldRules);
    for (const [key, entry] of Object.entries(value)) {
      field(entry, `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, issues);
    }
  },
});

const valid = new WeakSet<object>();

/**
 * Checks a UI schema and every condition and expression in it; throws a `CaseGridError`
 * (`invalid-form`) listing every problem with its JSON pointer into the UI schema. A UI schema
 * that passed is remembered, so calling this on every keystroke costs nothing.
 *
 * @example
 * ```ts
 * checkUiSchema({ fields: { summary: { widget: 'textarea' } } }); // passes
 * checkUiSchema({ fields: { total: { calculate: { sun: [1, 2] } } } }); // throws: unknown operator "sun"
 * ```
 */
export function checkUiSchema(ui: unknown): void {
  if (isRecord(ui) && valid.has(ui)) return;
  const issues: CaseGridIssue[] = [];
  uiSchemaRule(ui, '', issues);
  if (issues.length > 0) {
    throw new CaseGridError(
      'invalid-form',
      `The UI schema has ${issues.length} problem(s): ${issues.map((p) => `${p.path || '/'} ${p.message}`).join('; ')}`,
      issues,
    );
  }
  if (isRecord(ui)) valid.add(ui);
}
