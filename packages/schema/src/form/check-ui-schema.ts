import { closestKeyword } from '../closest-keyword.js';
import { CaseGridError, type CaseGridIssue } from '../errors/case-grid-error.js';
import type { Locale } from '../types.js';
import { checkExpression } from './expression.js';
import { type FormMessageKey, formMessage } from './form-messages.js';
import { checkCondition } from './matches.js';
import { isRecord } from './resolve-schema.js';

/** A problem found; its text is a catalog key (localized at the end) or a message as it came. */
interface Problem {
  readonly path: string;
  readonly keyword: string;
  readonly text: string | { key: FormMessageKey; params?: Record<string, string> };
}

type Check = (value: unknown, path: string, issues: Problem[]) => void;

function issue(issues: Problem[], path: string, text: Problem['text'], keyword: string): void {
  issues.push({ path, text, keyword });
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
  issue(issues, path, { key: 'localizedString' }, 'type');
};

const boolean: Check = (value, path, issues) => {
  if (typeof value !== 'boolean') issue(issues, path, { key: 'boolean' }, 'type');
};

const columns: Check = (value, path, issues) => {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 12) {
    issue(issues, path, { key: 'columns' }, 'type');
  }
};

const names: Check = (value, path, issues) => {
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
    issue(issues, path, { key: 'names' }, 'type');
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
    issue(issues, path, { key: 'condition' }, 'type');
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
      issue(issues, path, { key: 'object' }, 'type');
      return;
    }
    for (const [key, entry] of Object.entries(value)) {
      // `{ columns: undefined }` is how TypeScript code often leaves an option out: treat as absent.
      if (entry === undefined) continue;
      const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
      const at = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (rule === undefined) {
        const near = closestKeyword(key, Object.keys(rules));
        issue(
          issues,
          at,
          near === undefined
            ? { key: 'unknownKey', params: { known: Object.keys(rules).join(', ') } }
            : { key: 'didYouMeanKey', params: { near } },
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
      issue(issues, path, { key: 'list' }, 'type');
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
      issue(issues, path, { key: 'sectionId' }, 'type');
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
    if (typeof value !== 'string' || value === '') issue(issues, path, { key: 'widget' }, 'type');
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
    if (!isRecord(value)) issue(issues, path, { key: 'object' }, 'type');
  },
};

const uiSchemaRule = object({
  ...fieldRules,
  fields: (value, path, issues) => {
    if (!isRecord(value)) {
      issue(issues, path, { key: 'fields' }, 'type');
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
export function checkUiSchema(ui: unknown, options: { locale?: Locale } = {}): void {
  if (isRecord(ui) && valid.has(ui)) return;
  const locale = options.locale ?? 'zh-CN';
  const problems: Problem[] = [];
  uiSchemaRule(ui, '', problems);
  if (problems.length > 0) {
    const issues: CaseGridIssue[] = problems.map(({ path, keyword, text }) => ({
      path,
      keyword,
      message: typeof text === 'string' ? text : formMessage(locale, text.key, text.params),
    }));
    throw invalidForm(locale, issues);
  }
  if (isRecord(ui)) valid.add(ui);
}

/** The `invalid-form` error for a list of issues, its message listing them all. */
export function invalidForm(locale: Locale, issues: readonly CaseGridIssue[]): CaseGridError {
  const list = issues.map((p) => `${p.path || '/'} ${p.message}`).join('; ');
  return new CaseGridError(
    'invalid-form',
    formMessage(locale, 'summary', { count: issues.length, list }),
    issues,
  );
}
