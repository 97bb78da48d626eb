import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import cn2026 from '../../calendars/cn-2026.json';
import {
  addWorkingDays,
  checkCalendar,
  isWorkingDay,
  type WorkingCalendar,
  workingDaysBetween,
} from './working-calendar';

/** March 2026: Sun 1, Mon 2 … Sat 7, Sun 8, Mon 9. */
const march: WorkingCalendar = {
  id: 'test-march',
  utcOffset: '+08:00',
  weekend: [0, 6],
  holidays: ['2026-03-04'],
  workdays: ['2026-03-07'],
};

const MS_PER_HOUR = 3_600_000;

/** The Beijing-time calendar date of an instant. */
function beijingDate(instant: string): string {
  return new Date(Date.parse(instant) + 8 * MS_PER_HOUR).toISOString().slice(0, 10);
}

function paths(value: unknown): string[] {
  return checkCalendar(value).map((issue) => issue.path);
}

describe('isWorkingDay', () => {
  it('treats an ordinary weekday as a working day', () => {
    expect(isWorkingDay(march, '2026-03-03')).toBe(true);
  });

  it('treats a weekend day as a rest day', () => {
    expect(isWorkingDay(march, '2026-03-08')).toBe(false);
  });

  it('treats a holiday on a weekday as a rest day', () => {
    expect(isWorkingDay(march, '2026-03-04')).toBe(false);
  });

  it('treats a make-up working day on a weekend as a working day', () => {
    expect(isWorkingDay(march, '2026-03-07')).toBe(true);
  });

  it('uses Saturday and Sunday as the weekend when weekend is omitted', () => {
    const { weekend: _, ...noWeekend } = march;
    expect(isWorkingDay(noWeekend, '2026-03-08')).toBe(false);
    expect(isWorkingDay(noWeekend, '2026-03-06')).toBe(true);
  });

  it('follows a custom weekend', () => {
    const fridays: WorkingCalendar = { ...march, weekend: [5], workdays: [] };
    expect(isWorkingDay(fridays, '2026-03-06')).toBe(false);
    expect(isWorkingDay(fridays, '2026-03-08')).toBe(true);
  });

  it.each(['2026-3-3', '2026-02-30', '2026-03-03T00:00:00.000Z'])(
    'throws a RangeError for the date %j',
    (date) => {
      expect(() => isWorkingDay(march, date)).toThrow(RangeError);
    },
  );

  it('throws a RangeError naming the first problem of an invalid calendar', () => {
    const broken = { ...march, utcOffset: 'UTC+8' };
    expect(() => isWorkingDay(broken, '2026-03-03')).toThrow(/\/utcOffset/);
  });
});

describe('addWorkingDays', () => {
  it('skips a holiday and counts a make-up Saturday', () => {
    // Reported Mon 2 March: Tue 3 = 1, Wed 4 holiday, Thu 5 = 2, Fri 6 = 3, Sat 7 = 4, Mon 9 = 5.
    const at = '2026-03-02T02:00:00.000Z';
    expect(addWorkingDays(march, at, 2)).toBe('2026-03-05T16:00:00.000Z');
    expect(addWorkingDays(march, at, 4)).toBe('2026-03-07T16:00:00.000Z');
    expect(addWorkingDays(march, at, 5)).toBe('2026-03-09T16:00:00.000Z');
  });

  it('ends the day at local midnight of the calendar’s own offset', () => {
    // 22:00 on Sunday 8 March in New York-style -05:00; 1 working day = the end of Monday 9th.
    const minusFive: WorkingCalendar = { ...march, utcOffset: '-05:00' };
    expect(addWorkingDays(minusFive, '2026-03-09T03:00:00.000Z', 1)).toBe(
      '2026-03-10T05:00:00.000Z',
    );
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'throws a RangeError for %s working days',
    (days) => {
      expect(() => addWorkingDays(march, '2026-03-02T02:00:00.000Z', days)).toThrow(RangeError);
    },
  );

  it('throws a RangeError for an invalid instant', () => {
    expect(() => addWorkingDays(march, '2026-03-02 10:00', 1)).toThrow(/^Invalid instant/);
  });

  it('throws a RangeError for a calendar whose weekend is every day', () => {
    const never: WorkingCalendar = { ...march, weekend: [0, 1, 2, 3, 4, 5, 6], workdays: [] };
    expect(() => addWorkingDays(never, '2026-03-02T02:00:00.000Z', 1)).toThrow(RangeError);
  });

  it('gives up with a RangeError instead of scanning past a century', () => {
    expect(() => addWorkingDays(march, '2026-03-02T02:00:00.000Z', 30_000)).toThrow(
      /within 100 years/,
    );
  });
});

describe('workingDaysBetween', () => {
  it('is 0, not -0, within one local day in either direction', () => {
    expect(workingDaysBetween(march, '2026-03-02T15:59:59.999Z', '2026-03-02T00:00:00.000Z')).toBe(
      0,
    );
    expect(workingDaysBetween(march, '2026-03-02T00:00:00.000Z', '2026-03-02T15:59:59.999Z')).toBe(
      0,
    );
  });

  it('counts the working days after from’s local date up to and including to’s', () => {
    // Tue 3, Thu 5, Fri 6, Sat 7 (make-up); not Wed 4 (holiday) nor Sun 8.
    expect(workingDaysBetween(march, '2026-03-02T02:00:00.000Z', '2026-03-08T02:00:00.000Z')).toBe(
      4,
    );
  });

  it('is negative when to is earlier than from', () => {
    expect(workingDaysBetween(march, '2026-03-08T02:00:00.000Z', '2026-03-02T02:00:00.000Z')).toBe(
      -4,
    );
  });

  it('uses local dates: 16:00 UTC is already the next day in Beijing', () => {
    expect(workingDaysBetween(march, '2026-03-02T15:59:59.999Z', '2026-03-02T16:00:00.000Z')).toBe(
      1,
    );
  });
});

describe('checkCalendar', () => {
  it('accepts a valid calendar', () => {
    expect(checkCalendar(march)).toEqual([]);
  });

  it('rejects a value that is not an object at the root pointer', () => {
    expect(paths([])).toEqual(['']);
    expect(paths(null)).toEqual(['']);
  });

  it('reports a missing id, holidays and workdays and a bad offset together', () => {
    expect(paths({})).toEqual(['/id', '/utcOffset', '/holidays', '/workdays']);
  });

  it('reports a title that is not a string', () => {
    expect(paths({ ...march, title: { en: 42 } })).toEqual(['/title/en']);
  });

  it.each(['+8', '+08', '08:00', '+08:60', '+15:00', 'UTC+08:00'])(
    'reports the offset %j',
    (utcOffset) => {
      expect(paths({ ...march, utcOffset })).toEqual(['/utcOffset']);
    },
  );

  it('reports weekend values outside 0–6 by index', () => {
    expect(paths({ ...march, weekend: [0, 7, 6, 1.5, '6'] })).toEqual([
      '/weekend/1',
      '/weekend/3',
      '/weekend/4',
    ]);
  });

  it('reports a weekend that is not an array', () => {
    expect(paths({ ...march, weekend: 'Saturday' })).toEqual(['/weekend']);
  });

  it('reports a weekend day listed twice', () => {
    expect(checkCalendar({ ...march, weekend: [0, 6, 0] })).toEqual([
      { path: '/weekend/2', message: expect.stringContaining('twice') },
    ]);
  });

  it('reports a weekend of all seven days, which leaves no working day', () => {
    expect(paths({ ...march, weekend: [0, 1, 2, 3, 4, 5, 6], workdays: [] })).toEqual(['/weekend']);
  });

  it('reports malformed and impossible dates by index', () => {
    expect(
      paths({ ...march, holidays: ['2026-03-04', '2026-02-30', '2026-3-5', 20260306, ''] }),
    ).toEqual(['/holidays/1', '/holidays/2', '/holidays/3', '/holidays/4']);
  });

  it('reports a date listed twice at its second position', () => {
    expect(
      checkCalendar({ ...march, holidays: ['2026-03-04', '2026-03-05', '2026-03-04'] }),
    ).toEqual([{ path: '/holidays/2', message: expect.stringContaining('/holidays/0') }]);
  });

  it('reports a date that is both a holiday and a make-up working day', () => {
    expect(checkCalendar({ ...march, holidays: ['2026-03-07'], workdays: ['2026-03-07'] })).toEqual(
      [{ path: '/workdays/0', message: expect.stringContaining('/holidays/0') }],
    );
  });

  it('reports a make-up working day that is not on a weekend day', () => {
    expect(checkCalendar({ ...march, workdays: ['2026-03-07', '2026-03-09'] })).toEqual([
      { path: '/workdays/1', message: expect.stringContaining('Monday') },
    ]);
  });

  it('judges make-up working days against a custom weekend', () => {
    expect(paths({ ...march, weekend: [5], workdays: ['2026-03-06', '2026-03-07'] })).toEqual([
      '/workdays/1',
    ]);
  });

  it('reports bad and repeated years', () => {
    expect(paths({ ...march, years: [2026, 2026, '2027', 0] })).toEqual([
      '/years/1',
      '/years/2',
      '/years/3',
    ]);
  });
});

describe('laws of addWorkingDays under cn-2026', () => {
  const instantIn2026 = fc
    .integer({
      min: Date.parse('2025-12-31T16:00:00.000Z'),
      max: Date.parse('2026-12-31T15:59:59.999Z'),
    })
    .map((ms) => new Date(ms).toISOString());
  const workingDays = fc.integer({ min: 1, max: 60 });

  it('lands at Beijing midnight right after a working day, N working days after the start', () => {
    fc.assert(
      fc.property(instantIn2026, workingDays, (at, days) => {
        const due = addWorkingDays(cn2026, at, days);
        expect(due.endsWith('T16:00:00.000Z')).toBe(true);
        const lastMoment = new Date(Date.parse(due) - 1).toISOString();
        expect(isWorkingDay(cn2026, beijingDate(lastMoment))).toBe(true);
        expect(workingDaysBetween(cn2026, at, lastMoment)).toBe(days);
      }),
    );
  });

  it('gives a strictly later deadline for one more working day', () => {
    fc.assert(
      fc.property(instantIn2026, workingDays, (at, days) => {
        const due = Date.parse(addWorkingDays(cn2026, at, days));
        expect(Date.parse(addWorkingDays(cn2026, at, days + 1))).toBeGreaterThan(due);
      }),
    );
  });

  it('makes workingDaysBetween antisymmetric', () => {
    fc.assert(
      fc.property(instantIn2026, instantIn2026, (a, b) => {
        expect(workingDaysBetween(cn2026, a, b) + workingDaysBetween(cn2026, b, a)).toBe(0);
      }),
    );
  });
});
