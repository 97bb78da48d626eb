const dayMs = 86_400_000;
// China Standard Time: weeks start on Monday midnight in Beijing, not in UTC.
const chinaOffsetMs = 8 * 3_600_000;

/**
 * The Monday (China Standard Time) of the week an instant falls in, as a day number since
 * 1970-01-01. Day numbers compare and step by one; format them once with {@link dayKey}.
 */
export function mondayOf(instant: string | number): number {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  const day = Math.floor((ms + chinaOffsetMs) / dayMs);
  // 1970-01-01 was a Thursday: three days after a Monday.
  return day - ((day + 3) % 7);
}

/** A day number as `YYYY-MM-DD`. */
export function dayKey(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The day number of the Monday `weeks` weeks before an instant's Monday. */
export function weeksBefore(instant: string | number, weeks: number): number {
  return mondayOf(instant) - weeks * 7;
}
