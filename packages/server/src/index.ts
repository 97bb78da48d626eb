/**
 * @casegrid/server — the reference server: the HTTP API and sync endpoint as a Hono app
 * (`createServer`, mountable in an existing backend, or run alone with `serve`), authoritative
 * replay of pushed actions, the login hook (`bearerAuth` by default), the deadline scheduler;
 * and its storage: an event store on SQL that runs the same SQL on PostgreSQL (through `pg`)
 * and on embedded PGlite, versioned migrations, and advisory locks for work that one process
 * at a time should do.
 *
 * @packageDocumentation
 */
export type { CaseTypeSummary } from './app/case-type-summary.js';
export type { CaseGridApp, ServerOptions } from './app/create-server.js';
export { createServer } from './app/create-server.js';
export type { ServerEnv } from './app/env-config.js';
export { serveOptionsFromEnv } from './app/env-config.js';
export type { ErrorBody, ServerErrorCode } from './app/http-error.js';
export type { OpenCaseBody, PerformActionBody } from './app/request-bodies.js';
export type { RunningServer, ServeOptions } from './app/serve.js';
export { serve } from './app/serve.js';
export type { CaseGridEnv } from './app/server-context.js';
export type { Authenticate } from './auth/authenticate.js';
export type { BearerAuthOptions } from './auth/bearer-auth.js';
export { bearerAuth } from './auth/bearer-auth.js';
export type { AdvisoryLockKey, AdvisoryLockResult } from './db/advisory-lock.js';
export { withAdvisoryLock } from './db/advisory-lock.js';
export type { Database, PgliteDatabaseOptions, Queryable } from './db/database.js';
export { pgDatabase, pgliteDatabase } from './db/database.js';
export type { Migration, MigrationReport, MigrationSql } from './db/migrations.js';
export { migrate, schemaMigrations } from './db/migrations.js';
export type {
  Scheduler,
  SchedulerOptions,
  TickOutcome,
} from './scheduler/start-scheduler.js';
export { startScheduler } from './scheduler/start-scheduler.js';
export type { ConflictKind } from './store/conflicts.js';
export { conflictKind } from './store/conflicts.js';
export type { SqlStore } from './store/sql-store.js';
export { sqlStore } from './store/sql-store.js';
