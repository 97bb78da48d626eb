/**
 * @casegrid/case-types/metrics — the figures of a county from its event log: cases open,
 * closed and overdue, where cases end (小事不出村), deadlines met, satisfaction, visits (人盯人),
 * a weekly trend and scorecards per person and unit. Pure: no DOM, no store, no clock.
 *
 * @packageDocumentation
 */
export { computeMetrics } from './metrics/compute-metrics.js';
export type { Metrics, MetricsOptions, Scorecard, Share } from './metrics/metrics-types.js';
