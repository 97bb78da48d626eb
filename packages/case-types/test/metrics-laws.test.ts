import { computeMetrics, type Share } from '@casegrid/case-types/metrics';
import { createOrg } from '@casegrid/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kitDefinitions } from '../src/index.js';
import { kitVisitStates } from '../src/metrics/kit-visit-states.js';
import { county } from './kit-county.js';
import { caseScript, interleave, logOf, logStart } from './synthetic-log.js';

const org = createOrg(county);
const areas = org.units.filter((unit) => unit.kind !== 'department').map((unit) => unit.id);
const parentOf = (unit: string) => org.parentOf(unit)?.id;
const now = new Date(logStart + 40 * 86_400_000).toISOString();
const logs = fc.array(caseScript(areas), { maxLength: 25 });

function expectShare(share: Share) {
  expect(share.done).toBeGreaterThanOrEqual(0);
  expect(share.done).toBeLessThanOrEqual(share.total);
  expect(share.rate).toBe(share.total === 0 ? null : share.done / share.total);
}

describe('the laws of computeMetrics', () => {
  it('splits cases into open and closed, by type and by state, without losing one', () => {
    fc.assert(
      fc.property(logs, (scripts) => {
        const { cases, byType, byState } = computeMetrics(logOf(scripts, parentOf).flat(), {
          org,
          now,
        });
        const counted = scripts.filter((s) => s.typeId !== 'person').length;
        expect(cases.total).toBe(counted);
        expect(cases.open + cases.closed).toBe(cases.total);
        expect(cases.overdue).toBeLessThanOrEqual(cases.open);
        const types = Object.values(byType);
        expect(types.reduce((sum, t) => sum + t.open, 0)).toBe(cases.open);
        expect(types.reduce((sum, t) => sum + t.closed, 0)).toBe(cases.closed);
        const openByState = Object.values(byState).flatMap((states) => Object.values(states));
        expect(openByState.reduce((sum, n) => sum + n, 0)).toBe(cases.open);
      }),
    );
  });

  it('gives closure shares by level that sum to one whenever a case closed', () => {
    fc.assert(
      fc.property(logs, (scripts) => {
        const { closureByLevel, cases } = computeMetrics(logOf(scripts, parentOf).flat(), {
          org,
          now,
        });
        const counted = Object.values(closureByLevel.counts).reduce((sum, n) => sum + n, 0);
        expect(counted).toBeLessThanOrEqual(cases.closed);
        const total = Object.values(closureByLevel.shares).reduce((sum, n) => sum + n, 0);
        if (counted > 0) expect(total).toBeCloseTo(1, 9);
        else expect(total).toBe(0);
      }),
    );
  });

  it('keeps every share between nothing and all', () => {
    fc.assert(
      fc.property(logs, (scripts) => {
        const metrics = computeMetrics(logOf(scripts, parentOf).flat(), { org, now });
        expectShare(metrics.visits);
        for (const share of Object.values(metrics.onTime.byState)) expectShare(share);
        for (const share of Object.values(metrics.onTime.byUnit)) expectShare(share);
        for (const card of [...metrics.scorecards.people, ...metrics.scorecards.units]) {
          expectShare(card.onTime);
          expectShare(card.visits);
        }
        if (metrics.satisfaction.average !== null) {
          expect(metrics.satisfaction.average).toBeGreaterThanOrEqual(1);
          expect(metrics.satisfaction.average).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it('finds in a scope a part of the whole, and in the top unit the whole', () => {
    fc.assert(
      fc.property(logs, fc.constantFrom(...org.units.map((u) => u.id)), (scripts, scope) => {
        const events = logOf(scripts, parentOf).flat();
        const whole = computeMetrics(events, { org, now });
        const part = computeMetrics(events, { org, now, scope });
        expect(part.cases.total).toBeLessThanOrEqual(whole.cases.total);
        expect(part.cases.open).toBeLessThanOrEqual(whole.cases.open);
        expect(part.cases.closed).toBeLessThanOrEqual(whole.cases.closed);
        expect(part.cases.overdue).toBeLessThanOrEqual(whole.cases.overdue);
        expect(part.visits.total).toBeLessThanOrEqual(whole.visits.total);
        expect(part.satisfaction.count).toBeLessThanOrEqual(whole.satisfaction.count);
        expect(computeMetrics(events, { org, now, scope: 'qinling' })).toEqual(whole);
      }),
    );
  });

  it('does not depend on how the cases are interleaved in the log', () => {
    fc.assert(
      fc.property(logs, (scripts) => {
        const perCase = logOf(scripts, parentOf);
        expect(computeMetrics(interleave(perCase), { org, now })).toEqual(
          computeMetrics(perCase.flat(), { org, now }),
        );
      }),
    );
  });
});

describe('the visit states metrics know without loading the definitions', () => {
  it('are the states the kit’s visit and follow-up actions start from', () => {
    const derived = new Map<string, Set<string>>();
    for (const definition of kitDefinitions) {
      for (const [name, action] of Object.entries(definition.actions)) {
        if (name !== 'visit' && name !== 'follow-up') continue;
        const states = derived.get(definition.id) ?? new Set<string>();
        for (const state of typeof action.from === 'string' ? [action.from] : action.from)
          states.add(state);
        derived.set(definition.id, states);
      }
    }
    expect(kitVisitStates).toEqual(derived);
  });
});
