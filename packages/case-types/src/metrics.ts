/**
 * @casegrid/case-types/metrics — pure metrics over the event log.
 *
 * @packageDocumentation
 */
export const metricsVersion = 1;
