import { describe, expect, it } from 'vitest';
import { addDuration, type Duration, parseDuration } from './duration';

const zero: Duration = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };

describe('parseDuration', () => {
  it('reads every component of PnYnMnWnDTnHnMnS', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
  });

  it('tells months (before T) from minutes (after T)', () => {
    expect(parseDuration('P1M')).toEqual({ ...zero, months: 1 });
    expect(parseDuration('PT1M')).toEqual({ ...zero, minutes: 1 });
  });

  it('reads fractional seconds with a dot or a comma', () => {
    expect(parseDuration('PT1.5S')).toEqual({ ...zero, seconds: 1.5 });
    expect(parseDuration('PT0,25S')).toEqual({ ...zero, seconds: 0.25 });
  });

  it('accepts an explicit zero duration', () => {
    expect(parseDuration('P0D')).toEqual(zero);
  });

  it.each([
    ['an empty string', ''],
    ['an empty P', 'P'],
    ['an empty PT', 'PT'],
    ['a T with nothing after it', 'P1DT'],
    ['a negative duration', '-P1D'],
    ['a negative component', 'P-1D'],
    ['lowercase designators', 'p1d'],
    ['a fraction outside the seconds', 'P1.5D'],
    ['a fractional hour', 'PT1.5H'],
    ['components out of order', 'P1D2Y'],
    ['a missing P', '1D'],
    ['a time component without T', 'P1H'],
    ['trailing garbage', 'P1DX'],
    ['surrounding whitespace', ' P1D '],
    ['a number too large to be exact', 'P99999999999999999D'],
  ])('rejects %s', (_, text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('addDuration', () => {
  it('clamps to the last day of a shorter month (31 January + P1M = 28 February)', () => {
    // 09:00 Beijing time on both sides.
    expect(addDuration('2026-01-31T01:00:00.000Z', 'P1M')).toBe('2026-02-28T01:00:00.000Z');
  });

  it('clamps to 29 February in a leap year', () => {
    expect(addDuration('2028-01-31T01:00:00.000Z', 'P1M')).toBe('2028-02-29T01:00:00.000Z');
  });

  it('moves 29 February to 28 February in a common year and back to 29 in a leap year', () => {
    expect(addDuration('2024-02-29T01:00:00.000Z', 'P1Y')).toBe('2025-02-28T01:00:00.000Z');
    expect(addDuration('2024-02-29T01:00:00.000Z', 'P4Y')).toBe('2028-02-29T01:00:00.000Z');
  });

  it('clamps after adding years and months but before adding days', () => {
    expect(addDuration('2026-01-31T01:00:00.000Z', 'P1M1D')).toBe('2026-03-01T01:00:00.000Z');
  });

  it('counts months in the local calendar, not the UTC one', () => {
    // 16:30 UTC on 30 January is 00:30 on 31 January in Beijing, so one month later is
    // 00:30 on 28 February in Beijing (16:30 UTC on the 27th), not 16:30 UTC on the 28th.
    expect(addDuration('2026-01-30T16:30:00.000Z', 'P1M')).toBe('2026-02-27T16:30:00.000Z');
    expect(addDuration('2026-01-30T16:30:00.000Z', 'P1M', 0)).toBe('2026-02-28T16:30:00.000Z');
  });

  it('carries days across the end of a year', () => {
    expect(addDuration('2026-12-31T01:00:00.000Z', 'P1D')).toBe('2027-01-01T01:00:00.000Z');
  });

  it('adds a week as seven days', () => {
    expect(addDuration('2026-02-25T01:00:00.000Z', 'P1W')).toBe('2026-03-04T01:00:00.000Z');
  });

  it('adds hours, minutes and seconds as exact elapsed time', () => {
    expect(addDuration('2026-03-02T01:00:00.000Z', 'PT36H')).toBe('2026-03-03T13:00:00.000Z');
    expect(addDuration('2026-03-02T01:00:00.000Z', 'PT90M0.25S')).toBe('2026-03-02T02:30:00.250Z');
  });

  it('accepts a Duration object as well as a string', () => {
    expect(addDuration('2026-03-02T01:00:00.000Z', { ...zero, days: 2, hours: 1 })).toBe(
      '2026-03-04T02:00:00.000Z',
    );
  });

  it('accepts an instant with an explicit offset and returns it in canonical UTC form', () => {
    expect(addDuration('2026-03-02T09:00:00+08:00', 'P0D')).toBe('2026-03-02T01:00:00.000Z');
  });

  it.each([
    ['an empty duration', 'P'],
    ['a garbage duration', 'three days'],
  ])('throws a RangeError for %s', (_, duration) => {
    expect(() => addDuration('2026-03-02T01:00:00.000Z', duration)).toThrow(/^Invalid duration/);
  });

  it('throws a RangeError for a Duration object with a negative or fractional component', () => {
    expect(() => addDuration('2026-03-02T01:00:00.000Z', { ...zero, days: -1 })).toThrow(
      RangeError,
    );
    expect(() => addDuration('2026-03-02T01:00:00.000Z', { ...zero, days: 1.5 })).toThrow(
      RangeError,
    );
  });

  it.each([
    ['a date that does not exist', '2026-02-30T01:00:00.000Z'],
    ['a timestamp without a zone', '2026-03-02T01:00:00'],
    ['a bare date', '2026-03-02'],
    ['an hour of 24', '2026-03-02T24:00:00.000Z'],
    ['garbage', 'yesterday'],
  ])('throws a RangeError for %s as the instant', (_, at) => {
    expect(() => addDuration(at, 'P1D')).toThrow(RangeError);
    expect(() => addDuration(at, 'P1D')).toThrow(/^Invalid instant/);
  });

  it('throws a RangeError for an offset of a day or more', () => {
    expect(() => addDuration('2026-03-02T01:00:00.000Z', 'P1D', 1440)).toThrow(RangeError);
  });

  it('throws a RangeError when the result passes the year 9999', () => {
    expect(() => addDuration('9999-12-31T01:00:00.000Z', 'P1D')).toThrow(RangeError);
  });
});
