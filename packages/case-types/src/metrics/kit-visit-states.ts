/**
 * The states of the kit's case types that a visit starts from (`visit`, `follow-up`): their
 * deadlines are visit deadlines. Written out rather than read from the definitions so that a
 * dashboard importing the metrics does not load every definition; a test keeps the two equal.
 */
export const kitVisitStates: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['dispute', new Set(['resolved'])],
  ['watched-person', new Set(['monitoring'])],
  ['poverty-watch', new Set(['monitoring'])],
  ['service-request', new Set(['completed'])],
]);
