import type { StoreQuery } from '@casegrid/core';

/**
 * The SQL for a store query over `cases`, with the semantics of core's `matchesQuery` (the
 * store contract holds every store to it) and its order: newest first, then by id.
 *
 * @example
 * ```ts
 * const { text, params } = queryCasesSql({ typeId: 'dispute', closed: false, limit: 20 });
 * const rows = await db.query<{ view: CaseView }>(text, params);
 * ```
 */
export function queryCasesSql(query: StoreQuery): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (query.typeId !== undefined) where.push(`type_id = ${param(query.typeId)}`);
  if (query.states !== undefined) where.push(`state = ANY(${param([...query.states])}::text[])`);
  for (const units of [query.visibleIn, query.within]) {
    if (units === undefined) continue;
    const p = param([...units]);
    where.push(`(unit = ANY(${p}::text[]) OR handling_unit = ANY(${p}::text[]))`);
  }
  if (query.handlingUnit !== undefined) where.push(`handling_unit = ${param(query.handlingUnit)}`);
  if (query.assignee === null) where.push('assignee IS NULL');
  else if (query.assignee !== undefined) where.push(`assignee = ${param(query.assignee)}`);
  if (query.closed !== undefined) where.push(`closed = ${param(query.closed)}::boolean`);
  if (query.dueBefore !== undefined) {
    where.push(`due_at <= ${param(query.dueBefore)}::timestamptz`);
  }
  if (query.overdue !== undefined) {
    // Overdue: marked so, or (open, and) its deadline is at or before `now` when `now` is given.
    const late =
      query.now === undefined
        ? 'overdue'
        : `(overdue OR (NOT closed AND due_at IS NOT NULL AND due_at <= ${param(query.now)}::timestamptz))`;
    where.push(`${late} = ${param(query.overdue)}::boolean`);
  }
  const text = [
    'SELECT view FROM cases',
    where.length > 0 ? `WHERE ${where.join(' AND ')}` : '',
    'ORDER BY opened_at DESC, case_id COLLATE "C"',
    `LIMIT ${param(query.limit ?? null)}::integer OFFSET ${param(query.offset ?? 0)}::integer`,
  ]
    .filter((part) => part !== '')
    .join(' ');
  return { text, params };
}
