import { type CaseEvent, systemActorId } from '@casegrid/core';
import { registerTypeIds } from '../register-types.js';
import { byVisitFlag, FoldedLog, onTimeFlag } from './case-facts.js';
import type { Metrics, MetricsOptions, Share } from './metrics-types.js';
import { type ScoreTally, scoreAt, toScorecards } from './scorecards.js';
import { count, tally as newTally, type Tally, tallyAt, toShare } from './share.js';
import { visitStates } from './visit-states.js';
import { WeeklyTrend } from './weekly-trend.js';

const defaultVisitActions = ['visit', 'follow-up'];

/**
 * The figures of a county (or of one unit with `scope`) from its event log: cases open, closed
 * and overdue; where cases were closed (小事不出村); deadlines met by state and unit;
 * satisfaction; visits made in time (人盯人); a weekly trend; and a scorecard per person and
 * per unit. A pure function, linear in the events: the log is folded once per case, then the
 * cases in scope are counted.
 *
 * The events of each case must come in `seq` order (as every store returns them); cases may be
 * interleaved. An event at or below a case's last `seq` is a repeat and is skipped. Registers
 * (`recordTypes`) are left out.
 *
 * - A deadline is *met* when the case leaves its state (or gets a new deadline) before it is
 *   due and not because it passed; *missed* when it passed (the scheduler acted) or the case
 *   left its state late, and also when it still runs and is due at `now`.
 * - A *visit due* is a deadline on a state a visit starts from (`visitActions`) that a visit
 *   met or that was missed; a visit *made in time* met it.
 * - People are credited with a deadline or a rating while they are the case's assignee, and
 *   with a case they closed; units with what happened while they handled the case.
 *
 * @example
 * ```ts
 * import { computeMetrics } from '@casegrid/case-types/metrics';
 *
 * const events = (await store.since(0)).events.map((positioned) => positioned.event);
 * const metrics = computeMetrics(events, { org: engine.org, now: Date.now(), scope: 'town-a' });
 * console.log(metrics.cases.overdue, metrics.closureByLevel.shares.village, metrics.visits.rate);
 * ```
 */
export function computeMetrics(events: Iterable<CaseEvent>, options: MetricsOptions): Metrics {
  const { org } = options;
  const nowMs = typeof options.now === 'number' ? options.now : Date.parse(options.now);
  const now = new Date(nowMs).toISOString();
  const visitActions = new Set(options.visitActions ?? defaultVisitActions);
  const log = new FoldedLog(
    options.satisfactionKey ?? 'satisfaction',
    visitActions,
    new Set(options.recordTypes ?? registerTypeIds),
  );
  for (const event of events) log.add(event);

  const visits = visitStates(options.definitions, visitActions, log.visitedStates);
  const scope = options.scope === undefined ? undefined : org.subtree(options.scope);
  const inScope = new Uint8Array(log.list.length);
  const weekly = new WeeklyTrend(nowMs, options.from);
  const totals = { total: 0, open: 0, closed: 0, overdue: 0 };
  const byType: Record<string, { open: number; closed: number; overdue: number }> = {};
  const byState: Record<string, Record<string, number>> = {};
  const levelCounts: Record<string, number> = {};
  for (const level of org.levels) levelCounts[level] = 0;
  let closedCounted = 0;
  const overdueByUnit: Record<string, number> = {};
  const people = new Map<string, ScoreTally>();
  const units = new Map<string, ScoreTally>();
  const person = (id: string | null) =>
    id === null || id === systemActorId ? undefined : scoreAt(people, id);

  for (const facts of log.list) {
    if (scope && !scope.has(facts.unit) && !scope.has(facts.handlingUnit)) continue;
    inScope[facts.index] = 1;
    totals.total += 1;
    let type = own(byType, facts.typeId);
    if (type === undefined) {
      type = { open: 0, closed: 0, overdue: 0 };
      byType[facts.typeId] = type;
    }
    weekly.countOpened(facts.openedAt);
    if (facts.closed) {
      totals.closed += 1;
      type.closed += 1;
      const closedUnit = facts.closedUnit ?? facts.handlingUnit;
      scoreAt(units, closedUnit).handled += 1;
      const closer = person(facts.closedBy);
      if (closer) closer.handled += 1;
      const level = facts.isChild ? undefined : org.unit(closedUnit)?.level;
      if (level !== undefined) {
        levelCounts[level] = (own(levelCounts, level) ?? 0) + 1;
        closedCounted += 1;
      }
      if (facts.closedAt !== null) weekly.countClosed(facts.closedAt);
      continue;
    }
    totals.open += 1;
    type.open += 1;
    let states = own(byState, facts.typeId);
    if (states === undefined) {
      states = {};
      byState[facts.typeId] = states;
    }
    states[facts.state] = (own(states, facts.state) ?? 0) + 1;
    // A deadline still running and due at `now` is missed, recorded by the scheduler or not.
    const due = facts.dueAt !== null && facts.dueAt <= now;
    if (due) log.episode(facts, facts.dueState ?? facts.state, facts.dueUnit, facts.assignee, 0);
    if (facts.overdue || due) {
      totals.overdue += 1;
      type.overdue += 1;
      overdueByUnit[facts.handlingUnit] = (own(overdueByUnit, facts.handlingUnit) ?? 0) + 1;
      scoreAt(units, facts.handlingUnit).overdue += 1;
      const assignee = person(facts.assignee);
      if (assignee) assignee.overdue += 1;
    }
  }

  const onTimeByState = new Map<string, Tally>();
  const onTimeByUnit = new Map<string, Tally>();
  const visitTally = newTally();
  for (let i = 0; i < log.episodeCase.length; i += 1) {
    const index = log.episodeCase[i]!;
    if (inScope[index] === 0) continue;
    const state = log.episodeState[i]!;
    const unit = log.episodeUnit[i]!;
    const flags = log.episodeFlags[i]!;
    const onTime = (flags & onTimeFlag) !== 0;
    const unitScore = scoreAt(units, unit);
    const personScore = person(log.episodePerson[i] ?? null);
    count(tallyAt(onTimeByState, state), onTime);
    count(tallyAt(onTimeByUnit, unit), onTime);
    count(unitScore.onTime, onTime);
    if (personScore) count(personScore.onTime, onTime);
    // A visit deadline counts when a visit met it or when it was missed; one the case left
    // otherwise in time (a release, say) asked for no visit.
    const byVisit = (flags & byVisitFlag) !== 0;
    if ((byVisit || !onTime) && visits.get(log.list[index]!.typeId)?.has(state)) {
      const done = byVisit && onTime;
      count(visitTally, done);
      count(unitScore.visits, done);
      if (personScore) count(personScore.visits, done);
    }
  }

  let ratingSum = 0;
  let ratingCount = 0;
  for (let i = 0; i < log.ratingCase.length; i += 1) {
    if (inScope[log.ratingCase[i]!] === 0) continue;
    const value = log.ratingValue[i]!;
    ratingSum += value;
    ratingCount += 1;
    const unitScore = scoreAt(units, log.ratingUnit[i]!);
    unitScore.satisfactionSum += value;
    unitScore.satisfactionCount += 1;
    const personScore = person(log.ratingPerson[i] ?? null);
    if (personScore) {
      personScore.satisfactionSum += value;
      personScore.satisfactionCount += 1;
    }
  }

  const shares: Record<string, number> = {};
  for (const [level, value] of Object.entries(levelCounts)) {
    shares[level] = closedCounted === 0 ? 0 : value / closedCounted;
  }
  // Every unit and known person in scope gets a card, so that who did nothing shows too.
  const unitInScope = (id: string) => scope === undefined || scope.has(id);
  for (const unit of org.units) if (unitInScope(unit.id)) scoreAt(units, unit.id);
  for (const known of org.people) if (unitInScope(known.unit)) scoreAt(people, known.id);
  const personInScope = (id: string) => {
    const known = org.person(id);
    return known === undefined || unitInScope(known.unit);
  };
  return {
    cases: totals,
    byType,
    byState,
    closureByLevel: { counts: levelCounts, shares },
    onTime: { byState: sharesOf(onTimeByState), byUnit: sharesOf(onTimeByUnit) },
    overdueByUnit,
    satisfaction: {
      average: ratingCount === 0 ? null : ratingSum / ratingCount,
      count: ratingCount,
    },
    visits: toShare(visitTally),
    weekly: weekly.result(),
    scorecards: {
      people: toScorecards(people, personInScope),
      units: toScorecards(units, unitInScope),
    },
  };
}

// Type, state and unit ids are names chosen by a county: `constructor` is a valid one, so a
// plain object's inherited keys must not count as entries.
function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function sharesOf(map: ReadonlyMap<string, Tally>): Record<string, Share> {
  const result: Record<string, Share> = {};
  for (const [key, value] of map) result[key] = toShare(value);
  return result;
}
