import { isIdCardCn } from '../formats.js';
import type { Expression } from './expression.js';

/** What an operator sees besides its arguments: the parts of the context that do not change with scope. */
export interface OperatorScope {
  /** The whole form value, read by `$root` paths. */
  readonly root: unknown;
  /** The instant `today` means. */
  readonly now: Date;
  /** Evaluates a (checked) sub-expression against `data`. */
  evaluate(expression: Expression, data: unknown): unknown;
}

/**
 * One operator: how many arguments it takes and what it does with them.
 *
 * @example
 * ```ts
 * operatorSpecs.get('!')!.maxArgs; // 1
 * ```
 */
export interface OperatorSpec {
  readonly minArgs: number;
  /** `Infinity` for variadic operators. */
  readonly maxArgs: number;
  /**
   * Arguments arrive unevaluated so that `if`, `and`, `or`, the `var` fallback and the bodies of
   * array operators stay lazy. Must return null, never throw, for arguments of the wrong type.
   */
  apply(args: readonly Expression[], data: unknown, scope: OperatorScope): unknown;
}

type Apply = OperatorSpec['apply'];

const spec = (minArgs: number, maxArgs: number, apply: Apply): OperatorSpec => ({
  minArgs,
  maxArgs,
  apply,
});

const all = (args: readonly Expression[], data: unknown, scope: OperatorScope): unknown[] =>
  args.map((arg) => scope.evaluate(arg, data));

/** Same truthiness as JSON Logic: an empty array is falsy too. */
export function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** NaN and ±Infinity become null; -0 becomes 0 so results survive a JSON round trip unchanged. */
const finite = (value: number): number | null =>
  Number.isFinite(value) ? (value === 0 ? 0 : value) : null;

/** Strict structural equality for JSON values. Iterative, so deep data cannot exhaust the stack. */
export function deepEqual(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  const compared = new Map<object, Set<object>>();
  while (pending.length > 0) {
    const [x, y] = pending.pop()!;
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    // Assume a pair already being compared is equal: this terminates on cyclic (non-JSON) data.
    const partners = compared.get(x) ?? new Set<object>();
    if (partners.has(y)) continue;
    compared.set(x, partners.add(y));
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let index = 0; index < x.length; index++) pending.push([x[index], y[index]]);
      continue;
    }
    const keys = Object.keys(x);
    if (keys.length !== Object.keys(y).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(y, key)) return false;
      pending.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

// --- var -----------------------------------------------------------------------------------

const arrayIndex = /^(0|[1-9]\d*)$/;

function pathSegments(path: string): string[] {
  if (path === '') return [];
  if (path.startsWith('/')) {
    return path
      .slice(1)
      .split('/')
      .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  }
  return path.split('.');
}

/** Walks own properties only; `undefined` means missing. */
function readPath(source: unknown, path: string): unknown {
  let current = source;
  for (const segment of pathSegments(path)) {
    if (Array.isArray(current)) {
      // Arrays only by index: `length` is an own property of every array, but not data.
      if (!arrayIndex.test(segment)) return undefined;
      current = current[Number(segment)];
    } else if (typeof current === 'object' && current !== null) {
      if (!Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

function resolveVar(path: string, data: unknown, root: unknown): unknown {
  if (path === '$root') return root;
  if (path.startsWith('$root.')) return readPath(root, path.slice('$root.'.length));
  if (path.startsWith('$root/')) return readPath(root, path.slice('$root'.length));
  return readPath(data, path);
}

// --- arithmetic and comparison -------------------------------------------------------------

function arithmetic(minArgs: number, maxArgs: number, combine: (n: number[]) => number) {
  return spec(minArgs, maxArgs, (args, data, scope) => {
    const values = all(args, data, scope);
    return values.every(isNumber) ? finite(combine(values)) : null;
  });
}

/** Moves the decimal point through the decimal text, so that 1.005 shifted by 2 is exactly 100.5. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

function round(value: unknown, digits: unknown): number | null {
  if (!isNumber(value) || !Number.isInteger(digits)) return null;
  const places = digits as number;
  if (places < 0 || places > 10) return null;
  // Every |x| >= 2^53 is an integer, so shifting never overflows below.
  if (Number.isInteger(value)) return value;
  const magnitude = shiftDecimal(Math.round(shiftDecimal(Math.abs(value), places)), -places);
  return finite(Math.sign(value) * magnitude);
}

function less(a: unknown, b: unknown, orEqual: boolean): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b || (orEqual && a === b);
  if (typeof a === 'string' && typeof b === 'string') return a < b || (orEqual && a === b);
  return false;
}

function ordered(values: unknown[], orEqual: boolean): boolean {
  for (let index = 0; index + 1 < values.length; index++) {
    if (!less(values[index], values[index + 1], orEqual)) return false;
  }
  return true;
}

const compare = (minArgs: number, maxArgs: number, orEqual: boolean, reverse: boolean) =>
  spec(minArgs, maxArgs, (args, data, scope) => {
    const values = all(args, data, scope);
    return ordered(reverse ? values.reverse() : values, orEqual);
  });

// --- strings and arrays --------------------------------------------------------------------

function catPart(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isNumber(value)) return String(value);
  return value === null ? '' : null;
}

/** `substr` as JSON Logic defines it, counted in code points. */
function substr(source: unknown, start: unknown, length: unknown): string | null {
  if (typeof source !== 'string' || !Number.isInteger(start)) return null;
  if (length !== undefined && !Number.isInteger(length)) return null;
  const chars = Array.from(source);
  const n = chars.length;
  const from =
    (start as number) < 0 ? Math.max(n + (start as number), 0) : Math.min(start as number, n);
  let to = n;
  if (typeof length === 'number') {
    to = length < 0 ? Math.max(n + length, from) : Math.min(from + length, n);
  }
  return chars.slice(from, to).join('');
}

const text = (transform: (value: string) => string) =>
  spec(1, 1, (args, data, scope) => {
    const value = scope.evaluate(args[0]!, data);
    return typeof value === 'string' ? transform(value) : null;
  });

/** A list argument: null (a repeatable section with no rows yet) is the empty list. */
function list(value: unknown): readonly unknown[] | null {
  if (value === null) return [];
  return Array.isArray(value) ? value : null;
}

type Visit = (items: readonly unknown[], each: (item: unknown) => unknown) => unknown;

const overItems = (visit: Visit) =>
  spec(2, 2, (args, data, scope) => {
    const items = list(scope.evaluate(args[0]!, data));
    return items === null ? null : visit(items, (item) => scope.evaluate(args[1]!, item));
  });

function someItem(items: readonly unknown[], each: (item: unknown) => unknown): boolean {
  for (let index = 0; index < items.length; index++) {
    if (truthy(each(items[index]))) return true;
  }
  return false;
}

const listOf = (summarize: (items: readonly unknown[]) => unknown) =>
  spec(1, 1, (args, data, scope) => {
    const items = list(scope.evaluate(args[0]!, data));
    return items === null ? null : summarize(items);
  });

// --- dates and ID cards --------------------------------------------------------------------

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Days since 1970-01-01. */
  readonly serial: number;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

function parseDate(value: unknown): CalendarDate | null {
  if (typeof value !== 'string') return null;
  const match = isoDate.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? { year, month, day, serial: Math.round(date.getTime() / dayMs) } : null;
}

/** The calendar date of `now` in China Standard Time (UTC+8, no daylight saving). */
function today(now: Date): string | null {
  const time = now.getTime();
  if (!Number.isFinite(time)) return null;
  const china = new Date(time + 8 * 3_600_000);
  const year = china.getUTCFullYear();
  if (year < 0 || year > 9999) return null;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(china.getUTCMonth() + 1, 2)}-${pad(china.getUTCDate(), 2)}`;
}

/** Completed years; a 29 February birthday comes on 1 March in common years. */
function wholeYears(from: CalendarDate | null, to: CalendarDate | null): number | null {
  if (from === null || to === null || to.serial < from.serial) return null;
  const beforeBirthday = to.month < from.month || (to.month === from.month && to.day < from.day);
  return to.year - from.year - (beforeBirthday ? 1 : 0);
}

/** Whole years from `birth` to the optional on-date (`values[1]`); absent means today. */
function yearsUntil(birth: CalendarDate | null, values: unknown[], scope: OperatorScope) {
  return wholeYears(birth, parseDate(values.length > 1 ? values[1] : today(scope.now)));
}

function idCardBirthDate(value: unknown): string | null {
  if (typeof value !== 'string' || !isIdCardCn(value)) return null;
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

// --- the table -----------------------------------------------------------------------------

const one = (fn: (value: unknown) => unknown) =>
  spec(1, 1, (args, data, scope) => fn(scope.evaluate(args[0]!, data)));

/** An operator that evaluates all its arguments first. */
const eager = (
  minArgs: number,
  maxArgs: number,
  fn: (values: unknown[], s: OperatorScope) => unknown,
) => spec(minArgs, maxArgs, (args, data, scope) => fn(all(args, data, scope), scope));

/** `and` stops at the first falsy value, `or` at the first truthy one; both return it. */
const shortCircuit = (stopWhen: boolean) =>
  spec(1, Infinity, (args, data, scope) => {
    let value: unknown = null;
    for (const arg of args) {
      value = scope.evaluate(arg, data);
      if (truthy(value) === stopWhen) return value;
    }
    return value;
  });

const operators: Record<string, OperatorSpec> = {
  var: spec(1, 2, (args, data, scope) => {
    const path = args[0];
    const value = typeof path === 'string' ? resolveVar(path, data, scope.root) : undefined;
    if (value !== undefined && value !== null) return value;
    return args.length > 1 ? scope.evaluate(args[1]!, data) : null;
  }),
  // comparison
  '==': eager(2, 2, ([a, b]) => deepEqual(a, b)),
  '!=': eager(2, 2, ([a, b]) => !deepEqual(a, b)),
  '<': compare(2, 3, false, false),
  '<=': compare(2, 3, true, false),
  '>': compare(2, 2, false, true),
  '>=': compare(2, 2, true, true),
  // logic
  '!': one((value) => !truthy(value)),
  '!!': one(truthy),
  and: shortCircuit(false),
  or: shortCircuit(true),
  if: spec(1, Infinity, (args, data, scope) => {
    let index = 0;
    for (; index + 1 < args.length; index += 2) {
      if (truthy(scope.evaluate(args[index]!, data))) return scope.evaluate(args[index + 1]!, data);
    }
    return index < args.length ? scope.evaluate(args[index]!, data) : null;
  }),
  // arithmetic
  '+': arithmetic(1, Infinity, (n) => n.reduce((sum, x) => sum + x, 0)),
  '-': arithmetic(1, 2, ([a, b]) => (b === undefined ? -a! : a! - b)),
  '*': arithmetic(1, Infinity, (n) => n.reduce((product, x) => product * x, 1)),
  '/': arithmetic(2, 2, ([a, b]) => (b === 0 ? Number.NaN : a! / b!)),
  '%': arithmetic(2, 2, ([a, b]) => a! % b!),
  // reduce, not Math.min(...n): spreading a very long argument list can overflow the stack.
  min: arithmetic(1, Infinity, (n) => n.reduce((m, x) => Math.min(m, x))),
  max: arithmetic(1, Infinity, (n) => n.reduce((m, x) => Math.max(m, x))),
  round: eager(1, 2, ([value, digits = 0]) => round(value, digits)),
  floor: arithmetic(1, 1, ([a]) => Math.floor(a!)),
  ceil: arithmetic(1, 1, ([a]) => Math.ceil(a!)),
  abs: arithmetic(1, 1, ([a]) => Math.abs(a!)),
  // strings
  cat: eager(1, Infinity, (values) => {
    const parts = values.map(catPart);
    return parts.every((part) => part !== null) ? parts.join('') : null;
  }),
  substr: eager(2, 3, ([source, start, length]) => substr(source, start, length)),
  length: one((value) => {
    if (typeof value === 'string') return Array.from(value).length;
    return Array.isArray(value) ? value.length : null;
  }),
  in: eager(2, 2, ([needle, haystack]) => {
    if (typeof haystack === 'string')
      return typeof needle === 'string' && haystack.includes(needle);
    return Array.isArray(haystack) && haystack.some((item) => deepEqual(item, needle));
  }),
  lower: text((value) => value.toLowerCase()),
  upper: text((value) => value.toUpperCase()),
  trim: text((value) => value.trim()),
  // arrays
  map: overItems((items, each) => Array.from(items, each)),
  filter: overItems((items, each) => {
    const kept: unknown[] = [];
    for (let index = 0; index < items.length; index++) {
      if (truthy(each(items[index]))) kept.push(items[index]);
    }
    return kept;
  }),
  reduce: spec(2, 3, (args, data, scope) => {
    const items = list(scope.evaluate(args[0]!, data));
    if (items === null) return null;
    let accumulator = args.length > 2 ? scope.evaluate(args[2]!, data) : null;
    for (let index = 0; index < items.length; index++) {
      accumulator = scope.evaluate(args[1]!, { current: items[index], accumulator });
    }
    return accumulator;
  }),
  some: overItems(someItem),
  all: overItems(
    (items, each) => items.length > 0 && !someItem(items, (item) => !truthy(each(item))),
  ),
  none: overItems((items, each) => !someItem(items, each)),
  sum: listOf((items) => finite(items.filter(isNumber).reduce((sum, x) => sum + x, 0))),
  count: listOf((items) => items.filter((item) => item !== null && item !== undefined).length),
  merge: eager(0, Infinity, (values) => {
    const merged: unknown[] = [];
    for (const value of values) {
      if (!Array.isArray(value)) merged.push(value);
      // A loop, not push(...value): spreading a very long array can overflow the stack.
      else for (let index = 0; index < value.length; index++) merged.push(value[index]);
    }
    return merged;
  }),
  // dates
  today: eager(0, 0, (_values, scope) => today(scope.now)),
  age: eager(1, 2, (values, scope) => yearsUntil(parseDate(values[0]), values, scope)),
  daysBetween: eager(2, 2, (values) => {
    const [from, to] = values.map(parseDate);
    return from && to ? to.serial - from.serial : null;
  }),
  // Chinese resident ID card
  idCardBirthDate: one(idCardBirthDate),
  idCardSex: one((value) => {
    if (idCardBirthDate(value) === null) return null;
    return Number((value as string)[16]) % 2 === 1 ? 'male' : 'female';
  }),
  idCardAge: eager(1, 2, (values, scope) =>
    yearsUntil(parseDate(idCardBirthDate(values[0])), values, scope),
  ),
};

/**
 * Every operator by name. Adding an operator here adds it to `expressionOperators`, to
 * `checkExpression` and to `evaluate`; document it in docs/county-it/form-expressions.md.
 *
 * @example
 * ```ts
 * operatorSpecs.get('!')?.maxArgs; // 1
 * ```
 */
export const operatorSpecs: ReadonlyMap<string, OperatorSpec> = new Map(Object.entries(operators));
