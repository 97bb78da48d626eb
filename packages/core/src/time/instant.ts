/**
 * Strict, time-zone-free helpers shared by `duration.ts` and `working-calendar.ts`.
 *
 * Why not `Date.parse`: it accepts `2026-02-30` (rolling it into March) and reads a timestamp
 * without a zone in the machine's local zone, so its answer depends on where the code runs.
 * Everything here is plain arithmetic on milliseconds and "epoch days" (whole days since
 * 1970-01-01), with the UTC offset passed in explicitly.
 */

/** Milliseconds in one minute. */
export const MS_PER_MINUTE = 60_000;

/** Milliseconds in one calendar day (no DST or leap seconds in this model). */
export const MS_PER_DAY = 86_400_000;

/** `0000-01-01T00:00:00.000Z`: the earliest instant `toISOString` prints with a 4-digit year. */
const MIN_INSTANT = -62_167_219_200_000;

/** `9999-12-31T23:59:59.999Z`: the latest instant `toISOString` prints with a 4-digit year. */
const MAX_INSTANT = 253_402_300_799_999;

/** The largest UTC offset accepted, in minutes (real offsets range from -12:00 to +14:00). */
const MAX_OFFSET_MINUTES = 14 * 60;

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UTC_OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/**
 * The epoch day (days since 1970-01-01) of a calendar date, or `undefined` when the date does
 * not exist (month 13, February 30, a year outside 0000–9999).
 *
 * @example
 * ```ts
 * epochDayOf(1970, 1, 2); // 1
 * epochDayOf(2026, 2, 29); // undefined: 2026 is not a leap year
 * ```
 */
export function epochDayOf(year: number, month: number, day: number): number | undefined {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  return new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY;
}

/**
 * The number of days in a month of the proleptic Gregorian calendar (`month` is 1–12).
 *
 * @example
 * ```ts
 * daysInMonth(2028, 2); // 29
 * daysInMonth(2026, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The year, month (1–12) and day of an epoch day.
 *
 * @example
 * ```ts
 * civilDateOf(0); // { year: 1970, month: 1, day: 1 }
 * ```
 */
export function civilDateOf(epochDay: number): { year: number; month: number; day: number } {
  const date = new Date(epochDay * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The day of the week of an epoch day: 0 = Sunday … 6 = Saturday.
 *
 * @example
 * ```ts
 * dayOfWeek(0); // 4: 1970-01-01 was a Thursday
 * ```
 */
export function dayOfWeek(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/**
 * Parses a strict `YYYY-MM-DD` date into its epoch day, or `undefined` if it is malformed or
 * does not exist.
 *
 * @example
 * ```ts
 * parseLocalDate('2026-02-14'); // 20498
 * parseLocalDate('2026-02-30'); // undefined
 * ```
 */
export function parseLocalDate(text: string): number | undefined {
  const match = LOCAL_DATE.exec(text);
  if (!match) return undefined;
  return epochDayOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Formats an epoch day as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * formatLocalDate(20498); // '2026-02-14'
 * ```
 */
export function formatLocalDate(epochDay: number): string {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Parses a UTC offset written `+HH:MM` or `-HH:MM` (at most 14 hours) into minutes east of UTC,
 * or `undefined` if it is malformed.
 *
 * @example
 * ```ts
 * parseUtcOffset('+08:00'); // 480
 * parseUtcOffset('UTC+8'); // undefined
 * ```
 */
export function parseUtcOffset(text: string): number | undefined {
  const match = UTC_OFFSET.exec(text);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (minutes > 59) return undefined;
  const total = hours * 60 + minutes;
  if (total > MAX_OFFSET_MINUTES) return undefined;
  return match[1] === '-' ? -total : total;
}

/**
 * Whether a number of minutes is an accepted UTC offset: an integer from -14:00 to +14:00.
 *
 * @example
 * ```ts
 * isUtcOffsetMinutes(480); // true
 * isUtcOffsetMinutes(8); // true (eight minutes; odd but valid)
 * isUtcOffsetMinutes(1440); // false
 * ```
 */
export function isUtcOffsetMinutes(minutes: number): boolean {
  return Number.isInteger(minutes) && Math.abs(minutes) <= MAX_OFFSET_MINUTES;
}

/**
 * Parses an ISO 8601 timestamp with seconds and an explicit zone (`Z` or `±HH:MM`) into epoch
 * milliseconds, or `undefined` if it is malformed or names a date or time that does not exist.
 * The canonical form is what `new Date(ms).toISOString()` prints.
 *
 * @example
 * ```ts
 * parseInstant('2026-03-02T01:00:00.000Z'); // 1772413200000
 * parseInstant('2026-03-02T09:00:00+08:00'); // 1772413200000
 * parseInstant('2026-03-02T01:00:00'); // undefined: no zone
 * ```
 */
export function parseInstant(text: string): number | undefined {
  const match = INSTANT.exec(text);
  if (!match) return undefined;
  const epochDay = epochDayOf(Number(match[1]), Number(match[2]), Number(match[3]));
  const hours = Number(match[4]);
  const minutes = Number(match[5]);
  const seconds = Number(match[6]);
  if (epochDay === undefined || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const millis = match[7] === undefined ? 0 : Number(match[7].padEnd(3, '0'));
  let offset = 0;
  if (match[8] === undefined) {
    const parsed = parseUtcOffset(`${match[9]}${match[10]}:${match[11]}`);
    if (parsed === undefined) return undefined;
    offset = parsed;
  }
  const ms =
    epochDay * MS_PER_DAY + ((hours * 60 + minutes - offset) * 60 + seconds) * 1000 + millis;
  return ms < MIN_INSTANT || ms > MAX_INSTANT ? undefined : ms;
}

/**
 * Formats epoch milliseconds as `toISOString` does, throwing a `RangeError` for instants
 * outside years 0000–9999 (which `toISOString` would print with a six-digit year that
 * {@link parseInstant} does not read back).
 *
 * @example
 * ```ts
 * formatInstant(1772413200000); // '2026-03-02T01:00:00.000Z'
 * ```
 */
export function formatInstant(ms: number): string {
  if (!Number.isInteger(ms) || ms < MIN_INSTANT || ms > MAX_INSTANT) {
    throw new RangeError(`The resulting instant (${ms} ms) lies outside the years 0000–9999.`);
  }
  return new Date(ms).toISOString();
}

/**
 * The epoch day of the local calendar date of an instant at a given UTC offset.
 *
 * @example
 * ```ts
 * // 2026-03-01T16:30Z is 00:30 on 2 March in Beijing.
 * formatLocalDate(localEpochDay(parseInstant('2026-03-01T16:30:00.000Z')!, 480)); // '2026-03-02'
 * ```
 */
export function localEpochDay(ms: number, offsetMinutes: number): number {
  return Math.floor((ms + offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY);
}

/**
 * The instant at which a local calendar day begins (local 00:00) at a given UTC offset.
 *
 * @example
 * ```ts
 * formatInstant(startOfLocalDay(parseLocalDate('2026-03-02')!, 480)); // '2026-03-01T16:00:00.000Z'
 * ```
 */
export function startOfLocalDay(epochDay: number, offsetMinutes: number): number {
  return epochDay * MS_PER_DAY - offsetMinutes * MS_PER_MINUTE;
}
