import type { StoreQuery } from '@casegrid/core';

/** The case indexes a query can read. */
export type CaseIndex = 'typeId' | 'state' | 'unit' | 'handlingUnit' | 'assignee' | 'dueAt';

/** One index read: the records of `index` under `key` (a key, or a range of keys). */
export interface IndexRead {
  readonly index: CaseIndex;
  readonly key: string | number | IDBKeyRange;
}

/** Unit sets larger than this are not read unit by unit: one read per unit would cost more. */
export const maxUnitsPerRead = 64;

/**
 * The ways an index can narrow a query: each way is a union of reads whose records include
 * every match (the query is still checked on each record). The store counts each way and reads
 * the smallest; with no way, it reads all cases.
 *
 * @example
 * ```ts
 * indexReads({ typeId: 'hazard', handlingUnit: 'town-1' });
 * // [[{ index: 'typeId', key: 'hazard' }], [{ index: 'handlingUnit', key: 'town-1' }]]
 * ```
 */
export function indexReads(query: StoreQuery): IndexRead[][] {
  const ways: IndexRead[][] = [];
  if (query.typeId !== undefined) ways.push([{ index: 'typeId', key: query.typeId }]);
  if (query.states !== undefined) {
    ways.push([...new Set(query.states)].map((state) => ({ index: 'state', key: state })));
  }
  if (query.handlingUnit !== undefined) {
    ways.push([{ index: 'handlingUnit', key: query.handlingUnit }]);
  }
  if (query.assignee !== undefined) ways.push([{ index: 'assignee', key: query.assignee ?? 0 }]);
  // Only open cases are in the due-date index.
  if (query.dueBefore !== undefined && query.closed === false) {
    ways.push([{ index: 'dueAt', key: IDBKeyRange.upperBound(query.dueBefore) }]);
  }
  for (const units of [query.visibleIn, query.within]) {
    if (units && units.size <= maxUnitsPerRead) {
      ways.push(
        [...units].flatMap((unit): IndexRead[] => [
          { index: 'unit', key: unit },
          { index: 'handlingUnit', key: unit },
        ]),
      );
    }
  }
  return ways;
}
