/**
 * Opens a PostgreSQL database (node-postgres pool + drizzle) and applies its committed migrations
 * (server/db/postgres/migrations, generated from the same schema as SQLite's), so a new database
 * and an old one both end up on the current schema before the server answers.
 */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { resolve } from 'node:path';
import pg from 'pg';
import * as schema from './schema';

export type PgDb = NodePgDatabase<typeof schema>;

export const POSTGRES_MIGRATIONS_FOLDER = resolve(import.meta.dirname, 'migrations');

// Every integer column is a bigint (SQLite's integers are 64-bit); ids, counts and sizes stay far
// below 2^53, so they are read as numbers, as the SQLite side reads them.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** How long a new connection may take before it fails: a host that stops answering fails /readyz instead of holding it open. */
export const CONNECT_TIMEOUT_MS = 5_000;

export async function openPostgres(url: string, options: { max?: number; connectTimeoutMs?: number } = {}): Promise<{ pool: pg.Pool; db: PgDb }> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, connectionTimeoutMillis: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS });
  // An idle connection the server ends (a restart, a failover) is an 'error' event on the pool;
  // unheard it would end the process. The pool drops that connection and opens another when needed.
  pool.on('error', (err) => console.warn(`PostgreSQL: an idle connection ended: ${err.message}`));
  // A connection being closed (the pool ending, at shutdown) has left the pool and its listener: the
  // database ending it then (a restart of PostgreSQL) would be an unheard 'error' on the client.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = drizzle(pool, { schema });
  // Several instances may start at once: one applies the migrations while the others wait on the lock.
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['kevyt migrations']);
    await migrate(drizzle(client, { schema }), { migrationsFolder: POSTGRES_MIGRATIONS_FOLDER });
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['kevyt migrations']).catch(() => undefined);
    client.release();
  }
  return { pool, db };
}
