import type { Metrics, Share } from '@casegrid/case-types/metrics';
import type { Locale } from '@casegrid/core';
import { html, nothing, type TemplateResult } from 'lit';
import { dashboardText as t } from './dashboard.messages.js';
import { onTimeShare, percent, ratingText } from './dashboard-data.js';

/**
 * The headline numbers as tiles: cases, open, closed, overdue, on time, satisfaction, visits.
 * Each tile carries `data-figure` (its name) and its number in `.value`.
 *
 * @example
 * ```ts
 * html`${headlineFigures(metrics, 'zh-CN')}`;
 * ```
 */
export function headlineFigures(metrics: Metrics, locale: Locale): TemplateResult {
  const { cases, satisfaction, visits } = metrics;
  const tile = (key: string, label: string, value: string, note?: string, alert = false) =>
    html`<div class="tile ${alert ? 'alert' : ''}" data-figure=${key}>
      <dt>${label}</dt>
      <dd><span class="value">${value}</span>${note ? html`<span class="note">${note}</span>` : nothing}</dd>
    </div>`;
  // A share reads as its percent, with how many of how many under it.
  const shareTile = (key: string, label: string, share: Share) =>
    share.rate === null
      ? tile(key, label, t(locale, 'none'))
      : tile(key, label, percent(share.rate, locale), `${share.done} / ${share.total}`);
  return html`<dl part="figures" class="figures">
    ${tile('total', t(locale, 'total'), String(cases.total))}
    ${tile('open', t(locale, 'open'), String(cases.open))}
    ${tile('closed', t(locale, 'closed'), String(cases.closed))}
    ${tile('overdue', t(locale, 'overdue'), String(cases.overdue), undefined, cases.overdue > 0)}
    ${shareTile('on-time', t(locale, 'onTime'), onTimeShare(metrics))}
    ${tile(
      'satisfaction',
      t(locale, 'satisfaction'),
      satisfaction.average === null
        ? t(locale, 'none')
        : t(locale, 'satisfactionValue', { value: ratingText(satisfaction.average, locale) }),
      t(locale, 'ratings', { n: satisfaction.count }),
    )}
    ${shareTile('visits', t(locale, 'visits'), visits)}
  </dl>`;
}
