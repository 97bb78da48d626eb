import type { Scorecard } from './metrics-types.js';
import { type Tally, tally, toShare } from './share.js';

/** A scorecard being counted. */
export interface ScoreTally {
  handled: number;
  readonly onTime: Tally;
  satisfactionSum: number;
  satisfactionCount: number;
  readonly visits: Tally;
  overdue: number;
}

const emptyScore = (): ScoreTally => ({
  handled: 0,
  onTime: tally(),
  satisfactionSum: 0,
  satisfactionCount: 0,
  visits: tally(),
  overdue: 0,
});

/** The score under an id, made on first use. */
export function scoreAt(map: Map<string, ScoreTally>, id: string): ScoreTally {
  let found = map.get(id);
  if (!found) {
    found = emptyScore();
    map.set(id, found);
  }
  return found;
}

/** Frozen scorecards, most cases closed first, then by id. */
export function toScorecards(
  map: ReadonlyMap<string, ScoreTally>,
  include: (id: string) => boolean,
): Scorecard[] {
  const cards: Scorecard[] = [];
  for (const [id, score] of map) {
    if (!include(id)) continue;
    cards.push({
      id,
      handled: score.handled,
      onTime: toShare(score.onTime),
      satisfaction:
        score.satisfactionCount === 0 ? null : score.satisfactionSum / score.satisfactionCount,
      visits: toShare(score.visits),
      overdue: score.overdue,
    });
  }
  return cards.sort((a, b) => b.handled - a.handled || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
