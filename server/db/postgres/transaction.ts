/**
 * How PostgreSQL repositories reach the database. A repository is made over a `PgQueryable`: the
 * pool (each statement on its own) or one client inside a transaction, so that repositories a unit
 * of work combines (a case change writes history, audit rows and alerts) commit together, as the
 * SQLite repositories do on their one connection.
 */
import type pg from 'pg';

export type PgQueryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/**
 * Runs `work` in one transaction on one client of the pool: committed when it resolves, rolled back
 * when it throws. `begin` may take a lock with BEGIN in the same round trip (the send's change order).
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
