import {
  civilDateOf,
  daysInMonth,
  epochDayOf,
  formatInstant,
  isUtcOffsetMinutes,
  MS_PER_DAY,
  MS_PER_MINUTE,
  parseInstant,
} from './instant';

/**
 * An ISO 8601 duration split into its components. Every component is a non-negative number;
 * all but `seconds` are integers (`seconds` may carry a fraction, kept to the millisecond).
 *
 * @example
 * ```ts
 * const threeDays: Duration = {
 *   years: 0, months: 0, weeks: 0, days: 3, hours: 0, minutes: 0, seconds: 0,
 * };
 * ```
 */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

/**
 * `P`, then optional `nY nM nW nD`, then optionally `T` and `nH nM nS`. The lookaheads reject a
 * bare `P` and a `T` with nothing after it (`PT`, `P1DT`).
 */
const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

const INTEGER_FIELDS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes'] as const;

/**
 * Parses an ISO 8601 duration `PnYnMnWnDTnHnMnS`. Components are non-negative integers, except
 * seconds, which may have a fraction (`PT1.5S`). Returns `undefined` for anything else: an
 * empty `P` or `PT`, a negative or lowercase duration, components out of order, or numbers too
 * large to be exact.
 *
 * @example
 * ```ts
 * parseDuration('P1M2DT3H'); // { years: 0, months: 1, weeks: 0, days: 2, hours: 3, minutes: 0, seconds: 0 }
 * parseDuration('PT'); // undefined
 * parseDuration('-P1D'); // undefined
 * ```
 */
export function parseDuration(text: string): Duration | undefined {
  const match = DURATION.exec(text);
  if (!match) return undefined;
  const integers: number[] = [];
  for (const group of [match[1], match[2], match[3], match[4], match[5], match[6]]) {
    const value = group === undefined ? 0 : Number(group);
    if (!Number.isSafeInteger(value)) return undefined;
    integers.push(value);
  }
  const seconds = match[7] === undefined ? 0 : Number(match[7].replace(',', '.'));
  if (!Number.isFinite(seconds)) return undefined;
  const [years = 0, months = 0, weeks = 0, days = 0, hours = 0, minutes = 0] = integers;
  return { years, months, weeks, days, hours, minutes, seconds };
}

/**
 * Adds a duration to an instant and returns the resulting instant in canonical UTC form
 * (`2026-03-02T01:00:00.000Z`).
 *
 * Years, months, weeks and days move along the LOCAL calendar at `utcOffsetMinutes` (default
 * +08:00, China), keeping the local time of day; when the target month is shorter the day is
 * clamped to its last day (Jan 31 + P1M = Feb 28, or Feb 29 in a leap year). Hours, minutes and
 * seconds are then added as exact elapsed time.
 *
 * @throws RangeError when the instant, the duration or the offset is invalid, or the result
 * lies outside the years 0000–9999.
 *
 * @example
 * ```ts
 * // 09:00 on 31 January in Beijing, plus one month: 09:00 on 28 February.
 * addDuration('2026-01-31T01:00:00.000Z', 'P1M'); // '2026-02-28T01:00:00.000Z'
 * addDuration('2026-03-02T01:00:00.000Z', 'PT36H'); // '2026-03-03T13:00:00.000Z'
 * ```
 */
export function addDuration(
  at: string,
  duration: string | Duration,
  utcOffsetMinutes = 480,
): string {
  const start = parseInstant(at);
  if (start === undefined) {
    throw new RangeError(
      `Invalid instant ${JSON.stringify(at)}: expected an ISO 8601 timestamp with a zone, ` +
        'such as "2026-03-02T01:00:00.000Z".',
    );
  }
  const parts = typeof duration === 'string' ? parseDuration(duration) : checkDuration(duration);
  if (parts === undefined) {
    throw new RangeError(
      `Invalid duration ${JSON.stringify(duration)}: expected an ISO 8601 duration ` +
        'PnYnMnWnDTnHnMnS with non-negative integer components, such as "P3D" or "PT48H".',
    );
  }
  if (!isUtcOffsetMinutes(utcOffsetMinutes)) {
    throw new RangeError(
      `Invalid UTC offset ${utcOffsetMinutes}: expected whole minutes from -840 to 840.`,
    );
  }

  const offsetMs = utcOffsetMinutes * MS_PER_MINUTE;
  const local = start + offsetMs;
  const localDay = Math.floor(local / MS_PER_DAY);
  const timeOfDay = local - localDay * MS_PER_DAY;
  const { year, month, day } = civilDateOf(localDay);

  const monthIndex = year * 12 + (month - 1) + parts.years * 12 + parts.months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const clampedDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  const targetDay = epochDayOf(targetYear, targetMonth, clampedDay);
  if (targetDay === undefined) {
    throw new RangeError(`Adding ${JSON.stringify(duration)} to ${at} leaves the years 0000–9999.`);
  }

  const result =
    (targetDay + parts.weeks * 7 + parts.days) * MS_PER_DAY +
    timeOfDay -
    offsetMs +
    (parts.hours * 60 + parts.minutes) * 60 * 1000 +
    Math.round(parts.seconds * 1000);
  return formatInstant(result);
}

/** Validates a `Duration` object handed in from JavaScript, where the types are not enforced. */
function checkDuration(duration: Duration): Duration | undefined {
  if (typeof duration !== 'object' || duration === null) return undefined;
  for (const field of INTEGER_FIELDS) {
    const value = duration[field];
    if (!Number.isSafeInteger(value) || value < 0) return undefined;
  }
  const { seconds } = duration;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return undefined;
  return duration;
}
