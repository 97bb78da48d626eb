import { CaseGridError } from '@casegrid/core';
import type { PGlite, PGliteOptions } from '@electric-sql/pglite';
import { DatabaseError, Pool, type PoolClient, type PoolConfig } from 'pg';

/**
 * Something SQL can be sent to: a database, one of its transactions or one held connection.
 * Parameters are written `$1`, `$2`...; the same text runs on PostgreSQL and on PGlite.
 *
 * Rows come back as the driver parsed them: `jsonb` as objects, `timestamptz` as `Date`,
 * `bigint` as a string (pg) or a number (PGlite): read big integers with `Number(...)`.
 *
 * @example
 * ```ts
 * async function countCases(sql: Queryable): Promise<number> {
 *   const [row] = await sql.query<{ n: string }>('SELECT count(*) AS n FROM cases');
 *   return Number(row?.n ?? 0);
 * }
 * ```
 */
export interface Queryable {
  /** Runs one statement and returns its rows (none for a statement without a result). */
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
}

/**
 * The little the store needs from a SQL database. Two adapters implement it:
 * {@link pgDatabase} (PostgreSQL through `pg`) and {@link pgliteDatabase} (embedded PGlite).
 *
 * @example
 * ```ts
 * const db = process.env.DATABASE_URL
 *   ? pgDatabase(process.env.DATABASE_URL)
 *   : await pgliteDatabase({ dataDir: './data' });
 * await db.transaction(async (tx) => {
 *   await tx.query('UPDATE cases SET assignee = $1 WHERE case_id = $2', ['li-si', 'c-1']);
 * });
 * await db.close();
 * ```
 */
export interface Database extends Queryable {
  /** Which engine is behind it. */
  readonly dialect: 'postgres' | 'pglite';
  /**
   * Runs `fn` in one transaction: committed when `fn` resolves, rolled back when it throws.
   * Send the transaction's statements through `tx`, never through the database itself
   * (on PGlite that would wait for the transaction to end).
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` on one connection held for its whole duration, outside any transaction: for
   * session state such as advisory locks. On PGlite, the database is that one connection.
   */
  session<T>(fn: (session: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connections this adapter opened. */
  close(): Promise<void>;
}

/**
 * A {@link Database} on PostgreSQL through `pg`. Given a URL (or a pool configuration) it makes
 * its own pool and ends it on `close()`; a `Pool` passed in stays the caller's to end.
 *
 * @example
 * ```ts
 * const db = pgDatabase('postgresql://casegrid@db.example.org/county');
 * await migrate(db);
 * const store = sqlStore(db);
 * ```
 */
export function pgDatabase(urlOrPool: string | PoolConfig | Pool): Database {
  const owned = !(urlOrPool instanceof Pool);
  const pool =
    urlOrPool instanceof Pool
      ? urlOrPool
      : new Pool(typeof urlOrPool === 'string' ? { connectionString: urlOrPool } : urlOrPool);
  // An idle connection that dies (PostgreSQL restarted) is reported on the pool; without a
  // listener Node would end the process. The next query opens a new one or fails clearly.
  if (owned) pool.on('error', () => {});

  // One client for a whole transaction or session, given back to the pool at the end (or
  // destroyed when its connection failed under it, so the pool never hands it out again).
  async function withClient<T>(fn: (client: Connection) => Promise<T>): Promise<T> {
    const client = connection(await pool.connect());
    try {
      return await fn(client);
    } finally {
      client.end();
    }
  }

  return {
    dialect: 'postgres',
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, [...params])).rows as Row[];
    },
    transaction(fn) {
      return withClient(async (client) => {
        await client.query('BEGIN');
        try {
          const result = await fn({ query: client.query });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          // A failed ROLLBACK leaves the connection broken, and `end` destroys it.
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        }
      });
    },
    session(fn) {
      return withClient((client) => fn({ query: client.query }));
    },
    async close() {
      if (owned) await pool.end();
    },
  };
}

/**
 * Options for {@link pgliteDatabase}: PGlite's own, `dataDir` the one most often given.
 *
 * @example
 * ```ts
 * const options: PgliteDatabaseOptions = { dataDir: './data/pglite', relaxedDurability: false };
 * ```
 */
export type PgliteDatabaseOptions = PGliteOptions;

/**
 * A {@link Database} on embedded PGlite: in a data folder when `dataDir` is given, in memory
 * otherwise. PGlite is one connection: its transactions run one after another (a statement
 * sent outside waits until the running transaction ends).
 *
 * @example
 * ```ts
 * const db = await pgliteDatabase({ dataDir: './data/pglite' });
 * await migrate(db);
 * const store = sqlStore(db);
 * ```
 */
export async function pgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<Database> {
  // Loaded on demand: a server on PostgreSQL never loads the WebAssembly build.
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite: PGlite = await PGlite.create(options);
  const asQueryable = (target: Pick<PGlite, 'query'>): Queryable => ({
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<Row>(sql, [...params])).rows;
    },
  });
  const self = asQueryable(pglite);
  return {
    dialect: 'pglite',
    query: self.query,
    transaction(fn) {
      // PGlite runs each transaction under its own mutex: no two interleave.
      return pglite.transaction((tx) => fn(asQueryable(tx)));
    },
    session(fn) {
      return fn(self);
    },
    async close() {
      if (!pglite.closed) await pglite.close();
    },
  };
}

interface Connection extends Queryable {
  /** Gives the client back to the pool; any later statement is refused. */
  end(): void;
}

/** A pooled client that refuses statements once given back and remembers a broken link. */
function connection(client: PoolClient): Connection {
  let open = true;
  let broken: Error | undefined;
  return {
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      if (!open) {
        throw new CaseGridError('not-available', 'This transaction or session is already over.');
      }
      try {
        return (await client.query(sql, [...params])).rows as Row[];
      } catch (error) {
        if (!isSqlError(error)) broken = error instanceof Error ? error : new Error(String(error));
        throw error;
      }
    },
    end() {
      if (!open) return;
      open = false;
      client.release(broken);
    },
  };
}

/** Whether an error is PostgreSQL's answer to a statement, the connection staying usable. */
function isSqlError(error: unknown): boolean {
  // Class 08 is "connection exception", 57P0x an administrator shutdown: both end the link.
  return (
    error instanceof DatabaseError &&
    error.code !== undefined &&
    !error.code.startsWith('08') &&
    !error.code.startsWith('57P')
  );
}
