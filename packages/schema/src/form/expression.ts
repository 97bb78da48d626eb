// casegrid expressions: a small JSON-Logic-shaped language for calculated form fields and
// hidden-when / read-only-when rules. It is interpreted, never compiled to a function, because
// pages run under CSP `script-src 'self'` (no eval, no new Function). County IT reference:
// docs/county-it/form-expressions.md.

import { closestKeyword } from '../closest-keyword.js';
import { appendPointer } from '../json-pointer.js';
import { type OperatorScope, operatorSpecs } from './expression-operators.js';

/**
 * A JSON value, or an operation: an object with exactly one key naming an operator.
 *
 * @example
 * ```ts
 * const total: Expression = { sum: { map: [{ var: 'rows' }, { var: 'amount' }] } };
 * ```
 */
export type Expression =
  | null
  | boolean
  | number
  | string
  | Expression[]
  | { [operator: string]: Expression | Expression[] };

/**
 * What an expression may know besides its data.
 *
 * @example
 * ```ts
 * const context: ExpressionContext = { now: new Date('2024-06-01T00:00:00Z'), root: form };
 * ```
 */
export interface ExpressionContext {
  /** today's date, used by `today`, `age`, `idCardAge`; default: new Date() at call time */
  now?: Date;
  /**
   * The whole form value, reachable from any scope as var "$root" / "$root.a.b" (also inside
   * `map`, `filter`, `reduce`, ...). Default: the `data` passed to {@link evaluate}.
   */
  root?: unknown;
}

/**
 * One problem found by {@link checkExpression}.
 *
 * @example
 * ```ts
 * const issue: ExpressionIssue = { path: '/if/0', message: '"!" takes exactly 1 argument; got 2' };
 * ```
 */
export interface ExpressionIssue {
  /** JSON pointer into the expression, '' = root */
  path: string;
  /** English */
  message: string;
}

/** Deeper expressions are refused, so that evaluation cannot exhaust the stack. */
const maxDepth = 64;

/**
 * Every operator name, sorted; for docs and error messages.
 *
 * @example
 * ```ts
 * expressionOperators.includes('idCardAge'); // true
 * ```
 */
export const expressionOperators: readonly string[] = Object.freeze(
  [...operatorSpecs.keys()].sort(),
);

/**
 * Finds every problem in an expression at once: objects that are not exactly one known operator
 * (with a "did you mean" for near misses), wrong argument counts, `var` paths that are not
 * strings, values that are not JSON, and nesting deeper than 64 levels (each array or operation
 * is one level around its elements or arguments). An empty list means {@link evaluate} will not
 * throw for this expression, whatever the data.
 *
 * @example
 * ```ts
 * checkExpression({ '+': [1, { idcardAge: { var: 'id' } }] });
 * // [{ path: '/+/1', message: 'unknown operator "idcardAge"; did you mean "idCardAge"?' }]
 * checkExpression({ '!': [true, false] });
 * // [{ path: '', message: '"!" takes exactly 1 argument; got 2' }]
 * ```
 */
export function checkExpression(expression: unknown): ExpressionIssue[] {
  const issues: ExpressionIssue[] = [];
  checkNode(expression, '', 1, new Set(), issues);
  return issues;
}

function checkNode(
  node: unknown,
  path: string,
  depth: number,
  ancestors: Set<object>,
  issues: ExpressionIssue[],
): void {
  if (node === null || typeof node === 'boolean' || typeof node === 'string') return;
  if (typeof node === 'number') {
    if (!Number.isFinite(node)) issues.push({ path, message: `${node} is not a JSON number` });
    return;
  }
  if (typeof node !== 'object') {
    issues.push({ path, message: `${describeType(node)} is not a JSON value` });
    return;
  }
  if (ancestors.has(node)) {
    issues.push({ path, message: 'the expression contains itself' });
    return;
  }
  const isArray = Array.isArray(node);
  const prototype: unknown = Object.getPrototypeOf(node);
  if (!isArray && prototype !== Object.prototype && prototype !== null) {
    issues.push({ path, message: 'only arrays and plain objects are JSON values' });
    return;
  }
  if (depth > maxDepth) {
    const keys = isArray ? [] : Object.keys(node);
    const what = keys.length === 1 ? `operator ${JSON.stringify(keys[0])}` : 'expression';
    issues.push({ path, message: `${what} is nested deeper than ${maxDepth} levels` });
    return;
  }
  ancestors.add(node);
  if (isArray) {
    // An index loop, not forEach: a hole in a sparse array is undefined, which is not JSON.
    for (let index = 0; index < node.length; index++) {
      checkNode(node[index], appendPointer(path, index), depth + 1, ancestors, issues);
    }
  } else {
    checkOperation(node as Record<string, unknown>, path, depth, ancestors, issues);
  }
  ancestors.delete(node);
}

function checkOperation(
  node: Record<string, unknown>,
  path: string,
  depth: number,
  ancestors: Set<object>,
  issues: ExpressionIssue[],
): void {
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    const found = keys.length === 0 ? 'none' : `${keys.length}: ${keys.map(quote).join(', ')}`;
    issues.push({
      path,
      message: `an object is an operation and has exactly one key, the operator; this one has ${found}`,
    });
    for (const key of keys) {
      checkNode(node[key], appendPointer(path, key), depth + 1, ancestors, issues);
    }
    return;
  }
  const operator = keys[0]!;
  const argument = node[operator];
  const args: readonly unknown[] = Array.isArray(argument) ? argument : [argument];
  const argPath = (index: number) =>
    Array.isArray(argument) ? appendPointer(path, operator, index) : appendPointer(path, operator);
  const spec = operatorSpecs.get(operator);
  if (spec === undefined) {
    const suggestion = closestKeyword(operator, operatorSpecs.keys());
    // Operator names are short: one edit turns "k" into "<", which is no hint. Require a shared character.
    const lower = operator.toLowerCase();
    const related = [...(suggestion ?? '').toLowerCase()].some((char) => lower.includes(char));
    const hint = suggestion !== undefined && related ? `; did you mean ${quote(suggestion)}?` : '';
    issues.push({ path, message: `unknown operator ${quote(operator)}${hint}` });
  } else {
    const arity = describeArity(operator, spec.minArgs, spec.maxArgs, args.length);
    if (arity !== undefined) issues.push({ path, message: arity });
    if (operator === 'var' && args.length > 0 && typeof args[0] !== 'string') {
      issues.push({
        path: argPath(0),
        message: `the path of "var" must be a string, like "a.b" or "/a/b"; got ${describeType(args[0])}`,
      });
    }
  }
  for (let index = 0; index < args.length; index++) {
    checkNode(args[index], argPath(index), depth + 1, ancestors, issues);
  }
}

/** The arity message, or undefined when `count` fits. */
function describeArity(operator: string, min: number, max: number, count: number) {
  if (count >= min && count <= max) return undefined;
  const plural = (n: number) => `${n} argument${n === 1 ? '' : 's'}`;
  let expected: string;
  if (max === 0) expected = `takes no arguments (write {${quote(operator)}: []})`;
  else if (min === max) expected = `takes exactly ${plural(min)}`;
  else if (max === Number.POSITIVE_INFINITY) expected = `takes at least ${plural(min)}`;
  else expected = `takes ${min} to ${max} arguments`;
  return `${quote(operator)} ${expected}; got ${count}`;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * Evaluates a casegrid expression against `data` (the current scope; for a field inside a
 * repeatable row, usually the row) without eval. Total for expressions that pass
 * {@link checkExpression}: arguments of the wrong type give null, never an exception. An
 * expression that fails the check throws a `TypeError` naming the first problem, before anything
 * is evaluated.
 *
 * @example
 * ```ts
 * evaluate({ '*': [{ var: 'price' }, { var: 'quantity' }] }, { price: 2.5, quantity: 4 }); // 10
 * evaluate({ idCardSex: { var: 'idNumber' } }, { idNumber: '11010519491231002X' }); // 'female'
 * evaluate({ age: [{ var: 'birth' }] }, { birth: '2000-06-02' }, { now: new Date('2024-06-01') }); // 23
 * ```
 */
export function evaluate(
  expression: Expression,
  data: unknown,
  context: ExpressionContext = {},
): unknown {
  const issues = checkExpression(expression);
  const first = issues[0];
  if (first !== undefined) {
    const where = first.path === '' ? 'the root' : first.path;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
    throw new TypeError(`invalid casegrid expression at ${where}: ${first.message}${more}`);
  }
  const scope: OperatorScope = {
    root: context.root === undefined ? data : context.root,
    now: context.now ?? new Date(),
    evaluate: (node, nodeData) => evaluateNode(node, nodeData, scope),
  };
  return evaluateNode(expression, data, scope);
}

function evaluateNode(node: Expression, data: unknown, scope: OperatorScope): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((item) => evaluateNode(item, data, scope));
  // checkExpression has made sure of exactly one key naming a known operator.
  const operator = Object.keys(node)[0]!;
  const argument = node[operator]!;
  const result = operatorSpecs
    .get(operator)!
    .apply(Array.isArray(argument) ? argument : [argument], data, scope);
  return result === undefined ? null : result;
}
