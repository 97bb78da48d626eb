// The Database adapters and advisory locks within one process, run on PGlite and PostgreSQL.
import { type Database, withAdvisoryLock } from '@casegrid/server';
import { beforeAll, describe, expect, it } from 'vitest';

/** A promise with its resolve function outside, to hold a function mid-way. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** How many sessions hold the advisory lock of a string key (pg_locks splits it in halves). */
async function holders(db: Database, key: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::integer AS n FROM pg_locks
     WHERE locktype = 'advisory' AND objsubid = 1 AND granted
       AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0)`,
    [key],
  );
  return row?.n ?? 0;
}

/** Runs the adapter and lock tests against a database (its current schema may be shared). */
export function databaseSuite(name: string, getDb: () => Database): void {
  describe(`${name}: the database adapter`, () => {
    beforeAll(async () => {
      await getDb().query('CREATE TABLE IF NOT EXISTS scratch (id text PRIMARY KEY, n integer)');
    });

    it('runs the same SQL with $1 parameters, parsing jsonb and arrays', async () => {
      const [row] = await getDb().query<{ doc: unknown; units: string[]; n: number }>(
        'SELECT $1::jsonb AS doc, $2::text[] AS units, $3::integer + 1 AS n',
        [JSON.stringify({ a: [1, '二'] }), ['grid-1', 'village-1'], 41],
      );
      expect(row).toEqual({ doc: { a: [1, '二'] }, units: ['grid-1', 'village-1'], n: 42 });
    });

    it('commits a transaction whose function resolves, returning its result', async () => {
      const db = getDb();
      const result = await db.transaction(async (tx) => {
        await tx.query('INSERT INTO scratch (id, n) VALUES ($1, $2)', ['commit', 1]);
        return 'done';
      });
      expect(result).toBe('done');
      expect(await db.query('SELECT n FROM scratch WHERE id = $1', ['commit'])).toEqual([{ n: 1 }]);
    });

    it('rolls back a transaction whose function throws, and rethrows', async () => {
      const db = getDb();
      const failure = new Error('changed my mind');
      await expect(
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO scratch (id, n) VALUES ($1, $2)', ['rollback', 1]);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await db.query('SELECT n FROM scratch WHERE id = $1', ['rollback'])).toEqual([]);
      // The connection is usable afterwards.
      expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    });

    it('rolls back a transaction after an SQL error', async () => {
      const db = getDb();
      await expect(
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO scratch (id, n) VALUES ($1, $2)', ['sql-error', 1]);
          await tx.query('INSERT INTO scratch (id, n) VALUES ($1, $2)', ['sql-error', 2]);
        }),
      ).rejects.toMatchObject({ code: '23505' });
      expect(await db.query('SELECT n FROM scratch WHERE id = $1', ['sql-error'])).toEqual([]);
    });
  });

  describe(`${name}: withAdvisoryLock in one process`, () => {
    it('runs the function when the lock is free and returns its result', async () => {
      expect(await withAdvisoryLock(getDb(), 'test:free', async () => 7)).toEqual({
        ran: true,
        result: 7,
      });
    });

    it('does not run a second caller while the first holds the key, and runs it after', async () => {
      const db = getDb();
      const held = gate();
      const first = withAdvisoryLock(db, 'test:busy', () => held.promise);
      await new Promise((resolve) => setTimeout(resolve, 50));
      let ran = false;
      expect(
        await withAdvisoryLock(db, 'test:busy', async () => {
          ran = true;
        }),
      ).toEqual({ ran: false });
      expect(ran).toBe(false);
      expect(await holders(db, 'test:busy')).toBe(1);
      held.open();
      expect(await first).toEqual({ ran: true, result: undefined });
      expect(await holders(db, 'test:busy')).toBe(0);
      expect((await withAdvisoryLock(db, 'test:busy', async () => 'again')).ran).toBe(true);
    });

    it('lets different keys run at the same time', async () => {
      const db = getDb();
      const held = gate();
      const first = withAdvisoryLock(db, 1, () => held.promise);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await withAdvisoryLock(db, 2, async () => 'other')).toEqual({
        ran: true,
        result: 'other',
      });
      held.open();
      await first;
    });

    it('releases the lock when the function throws', async () => {
      const db = getDb();
      await expect(
        withAdvisoryLock(db, 'test:throws', async () => {
          throw new Error('job failed');
        }),
      ).rejects.toThrow('job failed');
      expect((await withAdvisoryLock(db, 'test:throws', async () => 1)).ran).toBe(true);
      expect(await holders(db, 'test:throws')).toBe(0);
    });

    it('takes 64-bit integer keys and refuses other numbers', async () => {
      const db = getDb();
      const largest = 2n ** 63n - 1n;
      expect((await withAdvisoryLock(db, largest, async () => 1)).ran).toBe(true);
      expect((await withAdvisoryLock(db, -(2n ** 63n), async () => 1)).ran).toBe(true);
      await expect(withAdvisoryLock(db, 1.5, async () => 1)).rejects.toMatchObject({
        code: 'invalid-input',
      });
      await expect(withAdvisoryLock(db, 2n ** 63n, async () => 1)).rejects.toMatchObject({
        code: 'invalid-input',
      });
    });
  });
}
