import { type Database, migrate, type SqlStore, sqlStore } from '@casegrid/server';

/** Empties the store's tables and restarts the log positions at 1. */
export async function truncateStore(db: Database): Promise<void> {
  await db.query('TRUNCATE events, cases RESTART IDENTITY');
}

/** A migrated database's store, emptied: what each store test starts from. */
export async function emptyStore(db: Database): Promise<SqlStore> {
  await migrate(db);
  await truncateStore(db);
  return sqlStore(db);
}
