import type { Metrics, Share } from '@casegrid/case-types/metrics';
import type { CaseEngine, Locale, Org } from '@casegrid/core';
import { localText, stateTitle, typeTitle, unitTitle } from '../internal/case-text.js';
import type { ChartData, ChartRow } from './charts/chart-data.js';
import { dashboardText as t } from './dashboard.messages.js';

// Metrics → what the charts draw, in the reader's words. Pure: the element renders the result.

const percentFormats = new Map<Locale, Intl.NumberFormat>();

/** A rate (0–1) as a whole percent in the reader's style: "83%". */
export function percent(rate: number, locale: Locale): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(locale, format);
  }
  return format.format(rate);
}

/** A share as "83% (5/6)", or "—" when nothing was due. */
export function shareText(share: Share, locale: Locale): string {
  if (share.rate === null) return t(locale, 'none');
  return t(locale, 'shareOf', {
    rate: percent(share.rate, locale),
    done: share.done,
    total: share.total,
  });
}

/** An average rating to one decimal ("4.5"), or "—". */
export function ratingText(average: number | null, locale: Locale): string {
  return average === null ? t(locale, 'none') : average.toFixed(1);
}

/** The words for an org level: 县（区）, 镇（街道）, 村（社区）, 网格, or the level's id. */
export function levelTitle(level: string, locale: Locale): string {
  return level === 'county' || level === 'town' || level === 'village' || level === 'grid'
    ? t(locale, level)
    : level;
}

/**
 * The levels that count as "stayed in the village": the village level and every level below
 * it (the grid); in an org without a `village` level, the lowest level.
 */
export function villageLevels(org: Org): readonly string[] {
  const at = org.levels.indexOf('village');
  return at >= 0 ? org.levels.slice(at) : org.levels.slice(-1);
}

/** How many closed cases stayed in the village, of how many closed. */
export function villageShare(metrics: Metrics, org: Org): Share {
  const { counts } = metrics.closureByLevel;
  let total = 0;
  for (const count of Object.values(counts)) total += count;
  let done = 0;
  for (const level of villageLevels(org)) done += counts[level] ?? 0;
  return { done, total, rate: total === 0 ? null : done / total };
}

/** On time over every state left with a deadline: the units' shares added up. */
export function onTimeShare(metrics: Metrics): Share {
  let done = 0;
  let total = 0;
  for (const share of Object.values(metrics.onTime.byUnit)) {
    done += share.done;
    total += share.total;
  }
  return { done, total, rate: total === 0 ? null : done / total };
}

/** Closed cases by the level they were closed at, as one row cut into the org's levels. */
export function closureData(metrics: Metrics, org: Org, locale: Locale): ChartData {
  const { counts } = metrics.closureByLevel;
  const levels = [
    ...org.levels,
    ...Object.keys(counts).filter((level) => !org.levels.includes(level)),
  ];
  const values = levels.map((level) => counts[level] ?? 0);
  const total = values.reduce((sum, value) => sum + value, 0);
  if (total === 0) return { series: [], rows: [] };
  // The levels where cases "stayed" take the village share's greens; the ones above, the rest.
  const stayed = villageLevels(org);
  const stayedColors = [2, 5, 6];
  const aboveColors = [1, 3, 4];
  let below = 0;
  let above = 0;
  return {
    series: levels.map((level) => ({
      label: levelTitle(level, locale),
      color: stayed.includes(level)
        ? (stayedColors[below++ % stayedColors.length] ?? 2)
        : (aboveColors[above++ % aboveColors.length] ?? 1),
    })),
    rows: [
      {
        label: t(locale, 'closed'),
        values,
        display: values.map((n) =>
          t(locale, 'countShare', { n, rate: percent(n / total, locale) }),
        ),
      },
    ],
  };
}

/** Open cases and closed cases by case type, most cases first. */
export function typeData(
  metrics: Metrics,
  engine: CaseEngine | undefined,
  locale: Locale,
): ChartData {
  const rows: ChartRow[] = Object.entries(metrics.byType)
    .filter(([, counts]) => counts.open + counts.closed > 0)
    .sort(([, a], [, b]) => b.open + b.closed - (a.open + a.closed))
    .map(([typeId, counts]) => ({
      label: typeTitle(engine, typeId, locale),
      values: [counts.open, counts.closed],
    }));
  return {
    series: [
      { label: t(locale, 'open'), color: 1 },
      { label: t(locale, 'closed'), color: 2 },
    ],
    rows,
  };
}

/** Open cases by state, under their case type, states in the order the type defines them. */
export function stateData(
  metrics: Metrics,
  engine: CaseEngine | undefined,
  locale: Locale,
): ChartData {
  const rows: ChartRow[] = [];
  for (const [typeId, states] of Object.entries(metrics.byState)) {
    const type = engine?.caseTypes.latest(typeId);
    const view = { typeId, typeVersion: type?.definition.version ?? 0 };
    const order = Object.keys(type?.definition.states ?? {});
    const rank = (state: string) => (order.includes(state) ? order.indexOf(state) : order.length);
    const group = typeTitle(engine, typeId, locale);
    for (const state of Object.keys(states).sort((a, b) => rank(a) - rank(b))) {
      const count = states[state] ?? 0;
      if (count > 0) {
        rows.push({ label: stateTitle(engine, view, state, locale), values: [count], group });
      }
    }
  }
  return { series: [{ label: t(locale, 'open'), color: 1 }], rows };
}

/** Open overdue cases by handling unit, most first. */
export function overdueData(metrics: Metrics, org: Org, locale: Locale): ChartData {
  const rows = Object.entries(metrics.overdueByUnit)
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([unitId, count]) => ({ label: unitTitle(org, unitId, locale), values: [count] }));
  return { series: [{ label: t(locale, 'overdue'), color: 'danger' }], rows };
}

/** Cases opened and closed per week (rows labelled by the Monday: "3/2"). */
export function weeklyData(metrics: Metrics, locale: Locale): ChartData {
  return {
    series: [
      { label: t(locale, 'opened'), color: 1 },
      { label: t(locale, 'closed'), color: 2 },
    ],
    rows: metrics.weekly.map(({ week, opened, closed }) => ({
      label: weekLabel(week),
      values: [opened, closed],
    })),
  };
}

/** "2026-03-02" → "3/2": short enough for eight weeks side by side on a phone. */
export function weekLabel(week: string): string {
  const [, month, day] = week.split('-');
  return `${Number(month)}/${Number(day)}`;
}

/** A sentence naming the weekly chart: the totals over the window and the last week. */
export function weeklySummary(caption: string, metrics: Metrics, locale: Locale): string {
  if (metrics.weekly.length === 0) return t(locale, 'summaryEmpty', { caption });
  let opened = 0;
  let closed = 0;
  for (const week of metrics.weekly) {
    opened += week.opened;
    closed += week.closed;
  }
  const last = metrics.weekly.at(-1);
  return t(locale, 'summaryWeekly', {
    caption,
    n: metrics.weekly.length,
    opened,
    closed,
    lastOpened: last?.opened ?? 0,
    lastClosed: last?.closed ?? 0,
  });
}

/** The title of the scope the dashboard counts: its unit's, or the org's top unit's. */
export function scopeTitle(org: Org, scope: string | undefined, locale: Locale): string {
  const unit = scope ?? org.units.find((candidate) => candidate.parent === null)?.id;
  return unit === undefined ? '' : localText(org.unit(unit)?.title, locale, unit);
}
