import type { Migration } from './migrations.js';

/**
 * Migration 1: the event log and the materialized case views.
 *
 * - `events` is the truth. `position` is the global log position that pull cursors follow;
 *   `event_id` is the client-made idempotency key; `(case_id, seq)` serializes the writes to
 *   one case; `body` is the whole `CaseEvent`.
 * - `cases` holds each case's view (the fold of its events, as JSONB) beside the columns the
 *   engine filters and sorts on. It is written in the same transaction as the events.
 *
 * @example
 * ```ts
 * await migrate(db, [schemaV1]); // only the first version
 * ```
 */
export const schemaV1: Migration = {
  version: 1,
  name: 'events and case views',
  async up(sql) {
    await sql(`CREATE TABLE events (
      position bigserial PRIMARY KEY,
      event_id text NOT NULL,
      case_id text NOT NULL,
      seq integer NOT NULL CHECK (seq > 0),
      type text NOT NULL,
      body jsonb NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT events_event_id_key UNIQUE (event_id),
      CONSTRAINT events_case_id_seq_key UNIQUE (case_id, seq)
    )`);
    await sql(`CREATE TABLE cases (
      case_id text PRIMARY KEY,
      type_id text NOT NULL,
      type_version integer NOT NULL,
      state text NOT NULL,
      unit text NOT NULL,
      handling_unit text NOT NULL,
      assignee text,
      closed boolean NOT NULL,
      overdue boolean NOT NULL,
      due_at timestamptz,
      opened_at timestamptz NOT NULL,
      seq integer NOT NULL,
      view jsonb NOT NULL,
      opened_position bigint NOT NULL,
      updated_position bigint NOT NULL
    )`);
    await sql('CREATE INDEX cases_type_id_idx ON cases (type_id)');
    await sql('CREATE INDEX cases_state_idx ON cases (state)');
    await sql('CREATE INDEX cases_unit_idx ON cases (unit)');
    await sql('CREATE INDEX cases_handling_unit_idx ON cases (handling_unit)');
    await sql('CREATE INDEX cases_assignee_idx ON cases (assignee)');
    // The scheduler's question: open cases by deadline (ties in the order cases were opened).
    await sql('CREATE INDEX cases_due_at_idx ON cases (due_at, opened_position) WHERE NOT closed');
    // The lists' order: newest first.
    await sql('CREATE INDEX cases_opened_at_idx ON cases (opened_at DESC, case_id COLLATE "C")');
  },
};
