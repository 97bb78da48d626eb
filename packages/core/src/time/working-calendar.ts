import {
  dayOfWeek,
  formatInstant,
  formatLocalDate,
  localEpochDay,
  parseInstant,
  parseLocalDate,
  parseUtcOffset,
  startOfLocalDay,
} from './instant';

/**
 * Which days are working days, as data a county supplies as JSON. A date is a working day unless
 * it is a holiday, or it falls on a weekend day and is not a make-up working day (调休).
 *
 * Treat calendars as immutable: lookups are indexed once per calendar object.
 *
 * @example
 * ```ts
 * const calendar: WorkingCalendar = {
 *   id: 'cn-2026',
 *   title: { 'zh-CN': '2026年全国节假日', en: 'Mainland China public holidays 2026' },
 *   utcOffset: '+08:00',
 *   weekend: [0, 6],
 *   holidays: ['2026-01-01', '2026-01-02', '2026-01-03'],
 *   workdays: ['2026-01-04'],
 *   years: [2026],
 * };
 * ```
 */
export interface WorkingCalendar {
  /** A stable identifier, such as `cn-2026`. */
  readonly id: string;
  /** A human-readable name. */
  readonly title?: { readonly 'zh-CN'?: string; readonly en?: string };
  /** The fixed offset of local time from UTC, `+HH:MM` or `-HH:MM`; `+08:00` in China. */
  readonly utcOffset: string;
  /** Days of the week that are rest days, 0 = Sunday … 6 = Saturday. Default `[0, 6]`. */
  readonly weekend?: readonly number[];
  /** Public holidays as `YYYY-MM-DD`: rest days even when they fall on a weekday. */
  readonly holidays: readonly string[];
  /** Make-up working days (调休) as `YYYY-MM-DD`: working days that fall on a weekend day. */
  readonly workdays: readonly string[];
  /** The years whose holidays and make-up days this calendar lists completely. */
  readonly years?: readonly number[];
}

/**
 * One problem found by {@link checkCalendar}: a JSON pointer into the calendar and a message.
 *
 * @example
 * ```ts
 * const issue: CalendarIssue = { path: '/holidays/3', message: '"2026-02-30" is not a date.' };
 * ```
 */
export interface CalendarIssue {
  readonly path: string;
  readonly message: string;
}

const DEFAULT_WEEKEND: readonly number[] = [0, 6];

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/**
 * How far ahead {@link addWorkingDays} looks before giving up: a century of calendar days. It
 * bounds the work done for a huge `days`, and turns a calendar whose working days run out (say,
 * one that lists years of holidays ahead) into an error instead of a hang. A weekend of all
 * seven days is already rejected by {@link checkCalendar}.
 */
const MAX_SCAN_DAYS = 36_525;

/**
 * Lists every problem with a working calendar at once, each with a JSON pointer: a missing or
 * empty id, a malformed or out-of-range `utcOffset`, weekend values outside 0–6 or a weekend of
 * all seven days, dates that are malformed or do not exist, duplicates, a date that is both a
 * holiday and a make-up working day, a make-up working day that is not on a weekend day, and
 * bad `years`. Returns `[]` for a valid calendar.
 *
 * @example
 * ```ts
 * checkCalendar({ id: 'x', utcOffset: '+8', holidays: ['2026-02-30'], workdays: [] });
 * // [
 * //   { path: '/utcOffset', message: 'utcOffset must be "+HH:MM" or "-HH:MM" ...' },
 * //   { path: '/holidays/0', message: '"2026-02-30" is not a valid YYYY-MM-DD date.' },
 * // ]
 * ```
 */
export function checkCalendar(value: unknown): CalendarIssue[] {
  if (!isRecord(value)) {
    return [{ path: '', message: 'A working calendar must be a JSON object.' }];
  }
  const issues: CalendarIssue[] = [];
  const report = (path: string, message: string): void => {
    issues.push({ path, message });
  };

  if (typeof value.id !== 'string' || value.id.trim() === '') {
    report('/id', 'id must be a non-empty string, such as "cn-2026".');
  }

  if (value.title !== undefined) {
    if (!isRecord(value.title)) {
      report('/title', 'title must be an object with optional "zh-CN" and "en" strings.');
    } else {
      for (const language of ['zh-CN', 'en'] as const) {
        const text = value.title[language];
        if (text !== undefined && typeof text !== 'string') {
          report(`/title/${language}`, `title.${language} must be a string.`);
        }
      }
    }
  }

  if (typeof value.utcOffset !== 'string' || parseUtcOffset(value.utcOffset) === undefined) {
    report(
      '/utcOffset',
      'utcOffset must be "+HH:MM" or "-HH:MM" between -14:00 and +14:00, such as "+08:00"; ' +
        `got ${describe(value.utcOffset)}.`,
    );
  }

  const restDays = checkWeekend(value.weekend, report);
  const holidays = checkDateList(value, 'holidays', report);
  const workdays = checkDateList(value, 'workdays', report);

  for (const [day, index] of workdays) {
    const date = formatLocalDate(day);
    const holidayIndex = holidays.get(day);
    if (holidayIndex !== undefined) {
      report(
        `/workdays/${index}`,
        `${date} is also a holiday (/holidays/${holidayIndex}); ` +
          'a date is either a holiday or a make-up working day, not both.',
      );
    } else if (restDays !== undefined && !restDays[dayOfWeek(day)]) {
      report(
        `/workdays/${index}`,
        `${date} is a ${WEEKDAY_NAMES[dayOfWeek(day)]}, already a working day; ` +
          'workdays lists only make-up working days that fall on a weekend day.',
      );
    }
  }

  checkYears(value.years, report);
  return issues;
}

/**
 * Whether a local date (`YYYY-MM-DD`) is a working day in the calendar: not a holiday, and
 * either not a weekend day or a make-up working day. Lookups use sets built once per calendar
 * object.
 *
 * @throws RangeError when the date is not a valid `YYYY-MM-DD` or the calendar is invalid.
 *
 * @example
 * ```ts
 * isWorkingDay(cn2026, '2026-02-14'); // true: a Saturday made a working day for Spring Festival
 * isWorkingDay(cn2026, '2026-02-16'); // false: Spring Festival holiday
 * ```
 */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  const day = parseLocalDate(date);
  if (day === undefined) {
    throw new RangeError(`Invalid date ${JSON.stringify(date)}: expected YYYY-MM-DD.`);
  }
  return isWorking(indexCalendar(calendar), day);
}

/**
 * The deadline for "within `days` working days" of the instant `at`: the end of the
 * `days`-th working day after the local date of `at` (that date itself is not counted),
 * returned as the UTC instant of the local midnight that ends it.
 *
 * The local date is taken at the calendar's `utcOffset`, so a report at 07:30 in Beijing
 * (23:30 UTC the previous day) starts counting from the Beijing date.
 *
 * @throws RangeError when `days` is not a positive integer, `at` is not a valid instant, the
 * calendar is invalid, or no such working day exists within a century.
 *
 * @example
 * ```ts
 * // Reported Friday 13 February 2026 at 16:00 Beijing time, due within 3 working days:
 * // Sat 14 Feb (make-up day), Tue 24 Feb, Wed 25 Feb; due at 00:00 on 26 Feb in Beijing.
 * addWorkingDays(cn2026, '2026-02-13T08:00:00.000Z', 3); // '2026-02-25T16:00:00.000Z'
 * ```
 */
export function addWorkingDays(calendar: WorkingCalendar, at: string, days: number): string {
  if (!Number.isSafeInteger(days) || days < 1) {
    throw new RangeError(`Invalid number of working days ${days}: expected an integer ≥ 1.`);
  }
  const start = requireInstant(at);
  const index = indexCalendar(calendar);
  const firstDay = localEpochDay(start, index.offsetMinutes);
  let day = firstDay;
  let remaining = days;
  while (remaining > 0) {
    day += 1;
    if (day - firstDay > MAX_SCAN_DAYS) {
      throw new RangeError(
        `Calendar "${calendar.id}" has no ${ordinal(days)} working day after ` +
          `${formatLocalDate(firstDay)} within 100 years.`,
      );
    }
    if (isWorking(index, day)) remaining -= 1;
  }
  return formatInstant(startOfLocalDay(day + 1, index.offsetMinutes));
}

/**
 * Counts the working days after the local date of `from` up to and including the local date of
 * `to`. Negative when `to` is earlier: `workingDaysBetween(c, b, a) === -workingDaysBetween(c,
 * a, b)`. For an instant `at`, `workingDaysBetween(c, at, due - 1 ms) === n` where
 * `due = addWorkingDays(c, at, n)`.
 *
 * @throws RangeError when either instant or the calendar is invalid.
 *
 * @example
 * ```ts
 * // From Friday 13 Feb to Wednesday 25 Feb 2026: Sat 14, Tue 24 and Wed 25 Feb.
 * workingDaysBetween(cn2026, '2026-02-13T08:00:00.000Z', '2026-02-25T08:00:00.000Z'); // 3
 * ```
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number {
  const fromMs = requireInstant(from);
  const toMs = requireInstant(to);
  const index = indexCalendar(calendar);
  const fromDay = localEpochDay(fromMs, index.offsetMinutes);
  const toDay = localEpochDay(toMs, index.offsetMinutes);
  const [low, high, sign] = fromDay <= toDay ? [fromDay, toDay, 1] : [toDay, fromDay, -1];
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) {
    if (isWorking(index, day)) count += 1;
  }
  // `|| 0` keeps an empty span from returning -0.
  return sign * count || 0;
}

/** A calendar prepared for fast lookups; built once per calendar object. */
interface CalendarIndex {
  readonly offsetMinutes: number;
  /** `restWeekdays[d]` is true when day-of-week `d` is a weekend day. */
  readonly restWeekdays: readonly boolean[];
  readonly holidays: ReadonlySet<number>;
  readonly workdays: ReadonlySet<number>;
}

const indexes = new WeakMap<WorkingCalendar, CalendarIndex>();

function indexCalendar(calendar: WorkingCalendar): CalendarIndex {
  const cached = indexes.get(calendar);
  if (cached) return cached;
  const issues = checkCalendar(calendar);
  const first = issues[0];
  if (first) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
    throw new RangeError(
      `Invalid working calendar ${describe(calendar?.id)}: ` +
        `${first.path || '/'}: ${first.message}${more}`,
    );
  }
  const restWeekdays = [false, false, false, false, false, false, false];
  for (const weekday of calendar.weekend ?? DEFAULT_WEEKEND) restWeekdays[weekday] = true;
  const index: CalendarIndex = {
    offsetMinutes: parseUtcOffset(calendar.utcOffset) ?? 0,
    restWeekdays,
    holidays: new Set(calendar.holidays.map(toEpochDay)),
    workdays: new Set(calendar.workdays.map(toEpochDay)),
  };
  indexes.set(calendar, index);
  return index;
}

function isWorking(index: CalendarIndex, day: number): boolean {
  if (index.holidays.has(day)) return false;
  if (index.workdays.has(day)) return true;
  return !index.restWeekdays[dayOfWeek(day)];
}

/** Only called on dates that checkCalendar has accepted. */
function toEpochDay(date: string): number {
  return parseLocalDate(date) ?? Number.NaN;
}

function requireInstant(text: string): number {
  const ms = parseInstant(text);
  if (ms === undefined) {
    throw new RangeError(
      `Invalid instant ${JSON.stringify(text)}: expected an ISO 8601 timestamp with a zone, ` +
        'such as "2026-03-02T01:00:00.000Z".',
    );
  }
  return ms;
}

/** Returns which days of the week are rest days, or undefined when `weekend` is unusable. */
function checkWeekend(
  weekend: unknown,
  report: (path: string, message: string) => void,
): boolean[] | undefined {
  const rest = [false, false, false, false, false, false, false];
  if (weekend === undefined) {
    for (const weekday of DEFAULT_WEEKEND) rest[weekday] = true;
    return rest;
  }
  if (!Array.isArray(weekend)) {
    report('/weekend', 'weekend must be an array of days of the week (0 = Sunday … 6 = Saturday).');
    return undefined;
  }
  let usable = true;
  weekend.forEach((weekday: unknown, index) => {
    if (typeof weekday !== 'number' || !Number.isInteger(weekday) || weekday < 0 || weekday > 6) {
      report(
        `/weekend/${index}`,
        `${describe(weekday)} is not a day of the week: use 0 (Sunday) to 6 (Saturday).`,
      );
      usable = false;
    } else if (rest[weekday]) {
      report(`/weekend/${index}`, `${weekday} (${WEEKDAY_NAMES[weekday]}) is listed twice.`);
    } else {
      rest[weekday] = true;
    }
  });
  if (!rest.includes(false)) {
    report(
      '/weekend',
      'weekend lists all seven days; at least one day of the week must be a working day.',
    );
  }
  return usable ? rest : undefined;
}

/** Checks `holidays` or `workdays`; returns each valid, first-seen date's epoch day → index. */
function checkDateList(
  calendar: Record<string, unknown>,
  key: 'holidays' | 'workdays',
  report: (path: string, message: string) => void,
): Map<number, number> {
  const seen = new Map<number, number>();
  const list = calendar[key];
  if (!Array.isArray(list)) {
    report(`/${key}`, `${key} must be an array of "YYYY-MM-DD" dates (use [] for none).`);
    return seen;
  }
  list.forEach((date: unknown, index) => {
    const day = typeof date === 'string' ? parseLocalDate(date) : undefined;
    if (day === undefined) {
      report(`/${key}/${index}`, `${describe(date)} is not a valid YYYY-MM-DD date.`);
      return;
    }
    const earlier = seen.get(day);
    if (earlier !== undefined) {
      report(`/${key}/${index}`, `${date} is listed twice (also at /${key}/${earlier}).`);
      return;
    }
    seen.set(day, index);
  });
  return seen;
}

function checkYears(years: unknown, report: (path: string, message: string) => void): void {
  if (years === undefined) return;
  if (!Array.isArray(years)) {
    report('/years', 'years must be an array of years, such as [2026].');
    return;
  }
  const seen = new Set<number>();
  years.forEach((year: unknown, index) => {
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1 || year > 9999) {
      report(`/years/${index}`, `${describe(year)} is not a year from 1 to 9999.`);
    } else if (seen.has(year)) {
      report(`/years/${index}`, `${year} is listed twice.`);
    } else {
      seen.add(year);
    }
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
