import { describe, expect, it } from 'vitest';
import cn2026 from '../../calendars/cn-2026.json';
import {
  addWorkingDays,
  checkCalendar,
  isWorkingDay,
  workingDaysBetween,
} from './working-calendar';

/** Every date of 2026 as YYYY-MM-DD. */
function datesOf2026(): string[] {
  const dates: string[] = [];
  for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 86_400_000) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

describe('the cn-2026 calendar', () => {
  it('is a valid working calendar', () => {
    expect(checkCalendar(cn2026)).toEqual([]);
  });

  it('lists the 33 official rest days and 6 make-up working days of the notice', () => {
    expect(cn2026.holidays).toHaveLength(33);
    expect(cn2026.workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('has 248 working days in 2026 (261 weekdays - 19 weekday holidays + 6 make-up days)', () => {
    expect(datesOf2026().filter((date) => isWorkingDay(cn2026, date))).toHaveLength(248);
  });

  it.each([
    ['2026-01-04', 'the Sunday after New Year'],
    ['2026-02-14', 'the Saturday before Spring Festival'],
    ['2026-02-28', 'the Saturday after Spring Festival'],
    ['2026-05-09', 'the Saturday after Labour Day'],
    ['2026-09-20', 'the Sunday before National Day'],
    ['2026-10-10', 'the Saturday after National Day'],
    ['2026-02-24', 'the first weekday after Spring Festival'],
    ['2026-10-08', 'the first weekday after National Day'],
  ])('makes %s (%s) a working day', (date) => {
    expect(isWorkingDay(cn2026, date)).toBe(true);
  });

  it.each([
    ['2026-01-01', 'New Year’s Day'],
    ['2026-01-02', 'the Friday of the New Year holiday'],
    ['2026-02-16', 'a Monday of Spring Festival'],
    ['2026-02-23', 'the last day of Spring Festival'],
    ['2026-04-06', 'the Monday of Qingming'],
    ['2026-05-05', 'the last day of Labour Day'],
    ['2026-06-19', 'the Friday of Dragon Boat'],
    ['2026-09-25', 'the Friday of Mid-Autumn'],
    ['2026-10-07', 'the last day of National Day'],
    ['2026-03-07', 'an ordinary Saturday'],
  ])('makes %s (%s) a rest day', (date) => {
    expect(isWorkingDay(cn2026, date)).toBe(false);
  });

  it('makes every listed holiday a rest day', () => {
    expect(cn2026.holidays.filter((date) => isWorkingDay(cn2026, date))).toEqual([]);
  });
});

describe('deadlines under the cn-2026 calendar', () => {
  it('puts 3 working days from Friday 13 February 16:00 at the end of Wednesday 25 February', () => {
    // Sat 14 Feb (make-up day) = 1; 15–23 Feb Spring Festival; Tue 24 = 2; Wed 25 = 3.
    const at = '2026-02-13T08:00:00.000Z';
    expect(addWorkingDays(cn2026, at, 1)).toBe('2026-02-14T16:00:00.000Z');
    expect(addWorkingDays(cn2026, at, 2)).toBe('2026-02-24T16:00:00.000Z');
    expect(addWorkingDays(cn2026, at, 3)).toBe('2026-02-25T16:00:00.000Z');
  });

  it('skips National Day: 2 working days from Wednesday 30 September end on Friday 9 October', () => {
    const at = '2026-09-30T02:00:00.000Z';
    expect(addWorkingDays(cn2026, at, 1)).toBe('2026-10-08T16:00:00.000Z');
    expect(addWorkingDays(cn2026, at, 2)).toBe('2026-10-09T16:00:00.000Z');
    expect(addWorkingDays(cn2026, at, 3)).toBe('2026-10-10T16:00:00.000Z');
  });

  it('counts the make-up Sunday 20 September as the next working day after Friday 18th', () => {
    expect(addWorkingDays(cn2026, '2026-09-18T02:00:00.000Z', 1)).toBe('2026-09-20T16:00:00.000Z');
  });

  it('starts counting on Monday for a case reported on an ordinary Saturday', () => {
    // Saturday 7 March 10:00 Beijing time; 1 working day = the end of Monday 9 March.
    expect(addWorkingDays(cn2026, '2026-03-07T02:00:00.000Z', 1)).toBe('2026-03-09T16:00:00.000Z');
  });

  it('does not count a make-up Saturday on which the case was reported', () => {
    // Reported on Saturday 14 February (a working day): the next is Tuesday 24 February.
    expect(addWorkingDays(cn2026, '2026-02-14T02:00:00.000Z', 1)).toBe('2026-02-24T16:00:00.000Z');
  });

  it('takes a report at 23:30 Beijing time as reported that local day', () => {
    // Thursday 5 March 23:30 in Beijing: 1 working day = the end of Friday 6 March.
    expect(addWorkingDays(cn2026, '2026-03-05T15:30:00.000Z', 1)).toBe('2026-03-06T16:00:00.000Z');
  });

  it('uses the Beijing date, not the UTC date, for a report at 23:30 UTC', () => {
    // Sunday 8 March 23:30 UTC is Monday 9 March 07:30 in Beijing: counting starts Tuesday.
    expect(addWorkingDays(cn2026, '2026-03-08T23:30:00.000Z', 1)).toBe('2026-03-10T16:00:00.000Z');
  });

  it('counts 3 working days between Spring Festival eve and the deadline', () => {
    expect(workingDaysBetween(cn2026, '2026-02-13T08:00:00.000Z', '2026-02-25T15:59:59.999Z')).toBe(
      3,
    );
  });
});
