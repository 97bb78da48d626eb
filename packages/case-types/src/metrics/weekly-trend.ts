import { dayKey, mondayOf, weeksBefore } from './china-week.js';

const weekMs = 7 * 86_400_000;
const chinaOffsetMs = 8 * 3_600_000;
const defaultTrendWeeks = 8;

/** Cases opened and closed per week, counted while the cases are read. */
export class WeeklyTrend {
  private readonly firstMonday: number;
  private readonly startMs: number;
  private readonly startIso: string;
  private readonly opened: number[];
  private readonly closed: number[];

  /** Weeks from the one holding `from` (default: 8 weeks back) to the one holding `now`. */
  constructor(nowMs: number, from: string | undefined) {
    this.firstMonday = from === undefined ? weeksBefore(nowMs, defaultTrendWeeks) : mondayOf(from);
    const weeks = Math.max(0, Math.floor((mondayOf(nowMs) - this.firstMonday) / 7) + 1);
    this.startMs = this.firstMonday * 86_400_000 - chinaOffsetMs;
    this.startIso = new Date(this.startMs).toISOString();
    this.opened = new Array<number>(weeks).fill(0);
    this.closed = new Array<number>(weeks).fill(0);
  }

  countOpened(at: string): void {
    this.count(this.opened, at);
  }

  countClosed(at: string): void {
    this.count(this.closed, at);
  }

  // Most of a county's log lies before the window: a string comparison rules those out
  // without parsing the date.
  private count(weeks: number[], at: string): void {
    if (at < this.startIso) return;
    const index = Math.floor((Date.parse(at) - this.startMs) / weekMs);
    if (index < weeks.length) weeks[index] = (weeks[index] ?? 0) + 1;
  }

  result(): { week: string; opened: number; closed: number }[] {
    return this.opened.map((opened, index) => ({
      week: dayKey(this.firstMonday + index * 7),
      opened,
      closed: this.closed[index] ?? 0,
    }));
  }
}
