import {
  applyEvent,
  type CaseEvent,
  type CaseStore,
  type CaseView,
  type CaseWrite,
  type PositionedEvent,
} from '@casegrid/core';
import { schemaLockKeySql } from '../db/advisory-lock.js';
import type { Database, Queryable } from '../db/database.js';
import { duplicateEvent, seqConflict, translateSqlError, wrongCase } from './conflicts.js';
import { queryCasesSql } from './query-sql.js';

/**
 * The casegrid store on SQL: a {@link CaseStore} (the same contract as core's memory store)
 * plus a look-up by event id for idempotent pushes.
 *
 * @example
 * ```ts
 * const store: SqlStore = sqlStore(db);
 * const engine = createEngine({ caseTypes, org, store });
 * ```
 */
export interface SqlStore extends CaseStore {
  /**
   * The stored event with this id and its log position, or `undefined`. A push whose event id
   * is already stored with the same content was accepted before: answer it as accepted.
   */
  findEvent(eventId: string): Promise<PositionedEvent | undefined>;
  /** The stored events with these ids and their log positions, in log order (one query). */
  findEvents(eventIds: readonly string[]): Promise<PositionedEvent[]>;
}

/**
 * The event store on a SQL {@link Database} (PostgreSQL or PGlite, same SQL), on a schema
 * brought up to date by `migrate`.
 *
 * - Events are the truth: `events` keeps each `CaseEvent` whole, numbered by `position`, the
 *   global log that `since` reads for pull cursors (positions, never wall-clock time).
 * - Each case's view is the fold of its events (core's `applyEvent`), materialized in `cases`
 *   in the same transaction as the events, beside the columns queries filter on.
 * - Appends take a transaction-scoped advisory lock of the schema's log after their reads, so
 *   they commit in position order: a reader that has seen position `n` never later finds a
 *   smaller one committed. The inserts of writes to different cases therefore take turns;
 *   `(case_id, seq)` and `event_id` stay unique keys as the last line of defence.
 *
 * @example
 * ```ts
 * const db = await pgliteDatabase({ dataDir: './data' });
 * await migrate(db);
 * const store = sqlStore(db);
 * await store.append('c-1', 0, [openedEvent]);
 * const { events, position } = await store.since(cursor, 500);
 * ```
 */
export function sqlStore(db: Database): SqlStore {
  return {
    async load(caseId) {
      const [row] = await read(() =>
        db.query<{ view: CaseView }>('SELECT view FROM cases WHERE case_id = $1', [caseId]),
      );
      return row?.view;
    },
    async events(caseId) {
      const rows = await read(() =>
        db.query<{ body: CaseEvent }>('SELECT body FROM events WHERE case_id = $1 ORDER BY seq', [
          caseId,
        ]),
      );
      return rows.map((row) => row.body);
    },
    async append(caseId, expectedSeq, events) {
      await appendWrites(db, [{ caseId, expectedSeq, events }]);
    },
    async appendAll(writes) {
      await appendWrites(db, writes);
    },
    async query(query) {
      const { text, params } = queryCasesSql(query);
      const rows = await read(() => db.query<{ view: CaseView }>(text, params));
      return rows.map((row) => row.view);
    },
    async due(at, limit) {
      const rows = await read(() =>
        db.query<{ view: CaseView }>(
          `SELECT view FROM cases WHERE NOT closed AND due_at <= $1::timestamptz
           ORDER BY due_at, opened_position LIMIT $2::integer`,
          [at, limit ?? null],
        ),
      );
      return rows.map((row) => row.view);
    },
    async since(position, limit) {
      const rows = await read(() =>
        db.query<{ position: number | string; body: CaseEvent }>(
          `SELECT position, body FROM events WHERE position > $1::bigint
           ORDER BY position LIMIT $2::integer`,
          [position, limit ?? null],
        ),
      );
      const events = rows.map((row) => ({ position: Number(row.position), event: row.body }));
      return { events, position: events.at(-1)?.position ?? position };
    },
    async findEvent(eventId) {
      const [row] = await read(() =>
        db.query<{ position: number | string; body: CaseEvent }>(
          'SELECT position, body FROM events WHERE event_id = $1',
          [eventId],
        ),
      );
      return row && { position: Number(row.position), event: row.body };
    },
    async findEvents(eventIds) {
      if (eventIds.length === 0) return [];
      const rows = await read(() =>
        db.query<{ position: number | string; body: CaseEvent }>(
          'SELECT position, body FROM events WHERE event_id = ANY($1::text[]) ORDER BY position',
          [eventIds],
        ),
      );
      return rows.map((row) => ({ position: Number(row.position), event: row.body }));
    },
  };
}

async function read<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw translateSqlError(error);
  }
}

interface StoredCase {
  case_id: string;
  view: CaseView;
  opened_position: number | string;
}

/** Checks every write as the memory store does, then stores all of them in one transaction. */
async function appendWrites(db: Database, writes: readonly CaseWrite[]): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      const caseIds = [...new Set(writes.map((write) => write.caseId))];
      const stored = await tx.query<StoredCase>(
        `SELECT case_id, view, opened_position FROM cases WHERE case_id = ANY($1::text[])
         ORDER BY case_id FOR UPDATE`,
        [caseIds],
      );
      const eventIds = writes.flatMap((write) => write.events.map((event) => event.id));
      const storedIds = new Set(
        eventIds.length === 0
          ? []
          : (
              await tx.query<{ event_id: string }>(
                'SELECT event_id FROM events WHERE event_id = ANY($1::text[])',
                [eventIds],
              )
            ).map((row) => row.event_id),
      );
      const views = foldWrites(
        writes,
        new Map(stored.map((row) => [row.case_id, row.view])),
        storedIds,
      );
      const events = writes.flatMap((write) => write.events);
      if (events.length === 0) return;
      // The log lock is taken last and held only for the inserts and the commit: positions still
      // commit in order (pull cursors never skip one), while the reads and the fold of concurrent
      // writes overlap. Row locks come first, the log lock last, so no two writes wait in a
      // circle; a case or event id written meanwhile by another write fails its unique key here.
      await tx.query(`SELECT pg_advisory_xact_lock(${schemaLockKeySql('log')})`);
      const positions = await insertEvents(tx, events);
      await upsertCases(tx, views, events, positions, stored);
    });
  } catch (error) {
    throw translateSqlError(error);
  }
}

/**
 * The views after the writes, checked in the memory store's order: the expected seq of each
 * write, then for each event its id, its case and its place in the fold.
 */
function foldWrites(
  writes: readonly CaseWrite[],
  stored: ReadonlyMap<string, CaseView>,
  storedIds: ReadonlySet<string>,
): Map<string, CaseView> {
  const views = new Map<string, CaseView>();
  const newIds = new Set<string>();
  writes.forEach((write, w) => {
    let view = views.get(write.caseId) ?? stored.get(write.caseId);
    const seq = view?.seq ?? 0;
    if (seq !== write.expectedSeq) {
      throw seqConflict(write.caseId, seq, write.expectedSeq, `/${w}/expectedSeq`);
    }
    write.events.forEach((event, i) => {
      if (storedIds.has(event.id) || newIds.has(event.id)) {
        throw duplicateEvent(event.id, `/${w}/events/${i}/id`);
      }
      newIds.add(event.id);
      if (event.caseId !== write.caseId) {
        throw wrongCase(event.id, event.caseId, write.caseId, `/${w}/events/${i}/caseId`);
      }
      view = applyEvent(view, event);
    });
    if (view && write.events.length > 0) views.set(write.caseId, view);
  });
  return views;
}

/** Inserts the events in the given order (positions follow it) and returns each position. */
async function insertEvents(
  tx: Queryable,
  events: readonly CaseEvent[],
): Promise<Map<string, number>> {
  const rows = await tx.query<{ event_id: string; position: number | string }>(
    `INSERT INTO events (event_id, case_id, seq, type, body)
     SELECT e->>'id', e->>'caseId', (e->>'seq')::integer, e->>'type', e
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS given(e, n)
     ORDER BY n
     RETURNING event_id, position`,
    [JSON.stringify(events)],
  );
  return new Map(rows.map((row) => [row.event_id, Number(row.position)]));
}

/** Writes the new views with their indexed columns: one statement for all the cases. */
async function upsertCases(
  tx: Queryable,
  views: ReadonlyMap<string, CaseView>,
  events: readonly CaseEvent[],
  positions: ReadonlyMap<string, number>,
  stored: readonly StoredCase[],
): Promise<void> {
  const openedPositions = new Map(stored.map((row) => [row.case_id, Number(row.opened_position)]));
  const lastPositions = new Map<string, number>();
  for (const event of events) {
    const position = positions.get(event.id)!;
    if (event.seq === 1) openedPositions.set(event.caseId, position);
    lastPositions.set(event.caseId, Math.max(position, lastPositions.get(event.caseId) ?? 0));
  }
  const rows = [...views.values()].map((view) => ({
    case_id: view.id,
    type_id: view.typeId,
    type_version: view.typeVersion,
    state: view.state,
    unit: view.unit,
    handling_unit: view.handlingUnit,
    assignee: view.assignee,
    closed: view.closed,
    overdue: view.overdue,
    due_at: view.deadline?.dueAt ?? null,
    opened_at: view.openedAt,
    seq: view.seq,
    view,
    opened_position: openedPositions.get(view.id),
    updated_position: lastPositions.get(view.id),
  }));
  await tx.query(
    `INSERT INTO cases (case_id, type_id, type_version, state, unit, handling_unit, assignee,
       closed, overdue, due_at, opened_at, seq, view, opened_position, updated_position)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS given(case_id text, type_id text,
       type_version integer, state text, unit text, handling_unit text, assignee text,
       closed boolean, overdue boolean, due_at timestamptz, opened_at timestamptz, seq integer,
       view jsonb, opened_position bigint, updated_position bigint)
     ON CONFLICT (case_id) DO UPDATE SET
       type_id = EXCLUDED.type_id, type_version = EXCLUDED.type_version,
       state = EXCLUDED.state, unit = EXCLUDED.unit, handling_unit = EXCLUDED.handling_unit,
       assignee = EXCLUDED.assignee, closed = EXCLUDED.closed, overdue = EXCLUDED.overdue,
       due_at = EXCLUDED.due_at, opened_at = EXCLUDED.opened_at, seq = EXCLUDED.seq,
       view = EXCLUDED.view, updated_position = EXCLUDED.updated_position`,
    [JSON.stringify(rows)],
  );
}
