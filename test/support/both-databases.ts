/**
 * The same starting data on both databases, for tests that hold a PostgreSQL repository to what its
 * SQLite twin does: build the data on SQLite with the usual fixtures (referenceContext,
 * publishedPack…), then `mirrorToPostgres` copies every row of the drizzle schema's tables into a
 * fresh PostgreSQL database on a throwaway cluster (test/support/postgres-cluster.ts), with the
 * identity counters moved past the copied ids so that new rows number on from there.
 *
 * Tables SQLite keeps beside the drizzle schema (its FTS index and inbox tallies) are not copied
 * (but for the reference counters, which both keep alike):
 * each database derives those its own way, so a PostgreSQL test rebuilds them if it needs them.
 */
import { getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig as getPgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type pg from 'pg';
import type { Db, Sqlite } from '../../server/db/connection';
import { openPostgres, type PgDb } from '../../server/db/postgres/connection';
import * as pgSchema from '../../server/db/postgres/schema';
import * as sqliteSchema from '../../server/db/schema';
import { findPostgres, startPostgresCluster, type PostgresCluster } from './postgres-cluster';

/** Whether this machine can run a throwaway cluster; CI sets KEVYT_REQUIRE_POSTGRES=1 so that a missing install fails. */
export const POSTGRES_AVAILABLE = findPostgres() !== null;
if (!POSTGRES_AVAILABLE && process.env.KEVYT_REQUIRE_POSTGRES === '1') throw new Error('KEVYT_REQUIRE_POSTGRES=1 but PostgreSQL is not installed');

export interface TestPostgres {
  cluster: PostgresCluster;
  /** A new, migrated database on the cluster. */
  database(name: string): Promise<{ pool: pg.Pool; db: PgDb; url: string }>;
  stop(): Promise<void>;
}

/** A throwaway cluster whose databases are closed with it. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const cluster = await startPostgresCluster();
  const pools: pg.Pool[] = [];
  return {
    cluster,
    async database(name) {
      const url = await cluster.createDatabase(name);
      const opened = await openPostgres(url);
      pools.push(opened.pool);
      return { ...opened, url };
    },
    async stop() {
      await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
      await cluster.stop();
    },
  };
}

const ROWS_PER_INSERT = 200;
/** Rows per statement of a bulk copy: each column goes as one array parameter. */
const ROWS_PER_BULK_INSERT = 20_000;

export interface MirrorOptions {
  /**
   * Tables copied in bulk (a bench's million submissions): their rows read as SQLite stores them,
   * in chunks, and written column by column as arrays (`unnest`), not held in memory at once. Only
   * for tables whose columns are text, integers or flags (0/1 become booleans).
   */
  bulk?: { sqlite: Sqlite; tables: string[] };
  /** Tables not copied at all (a bench that never reads them). */
  leave?: string[];
}

/**
 * Copies one table's rows as SQLite stores them, chunk by chunk, each chunk as one INSERT … SELECT
 * FROM unnest(one array per column).
 */
async function bulkCopy(from: Sqlite, client: pg.PoolClient, name: string): Promise<void> {
  const columns = (await client.query<{ name: string; type: string }>(
    `SELECT column_name AS name, udt_name AS type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [name],
  )).rows;
  const insert = `INSERT INTO "${name}" (${columns.map((c) => `"${c.name}"`).join(', ')}) OVERRIDING SYSTEM VALUE
    SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')})`;
  const select = from.prepare(`SELECT ${columns.map((c) => `"${c.name}"`).join(', ')} FROM "${name}"`).raw();
  let chunk: unknown[][] = columns.map(() => []);
  let n = 0;
  const flush = async () => {
    if (n > 0) await client.query(insert, chunk);
    chunk = columns.map(() => []);
    n = 0;
  };
  for (const row of select.iterate() as IterableIterator<unknown[]>) {
    row.forEach((value, i) => chunk[i].push(columns[i].type === 'bool' && typeof value === 'number' ? value !== 0 : value));
    if (++n === ROWS_PER_BULK_INSERT) await flush();
  }
  await flush();
}

/** Copies every row of the SQLite database's schema tables into the (migrated, empty) PostgreSQL database. */
export async function mirrorToPostgres(from: Db, to: pg.Pool, options: MirrorOptions = {}): Promise<void> {
  const pgTables = new Map<string, PgTable>();
  for (const table of Object.values(pgSchema)) if (is(table, PgTable)) pgTables.set(getTableName(table), table);
  const client = await to.connect();
  try {
    await client.query('BEGIN');
    // Rows arrive table by table, not in foreign-key order: the copy checks no keys (the source held them).
    await client.query('SET LOCAL session_replication_role = replica');
    for (const table of Object.values(sqliteSchema)) {
      if (!is(table, SQLiteTable)) continue;
      const name = getTableName(table);
      const target = pgTables.get(name);
      if (!target) throw new Error(`PostgreSQL's schema has no table ${name}: run npm run db:generate`);
      if (options.leave?.includes(name)) continue;
      const { columns } = getPgTableConfig(target);
      // Rows are keyed by the schema's property names; find each PostgreSQL column's by its SQL name.
      const keyOf = new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [column.name, key]));
      const bulk = options.bulk?.tables.includes(name) ?? false;
      if (bulk && options.bulk) await bulkCopy(options.bulk.sqlite, client, name);
      const rows = bulk ? [] : (from.select().from(table).all() as Array<Record<string, unknown>>);
      for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
        const chunk = rows.slice(start, start + ROWS_PER_INSERT);
        const values: unknown[] = [];
        const tuples = chunk.map((row) => {
          const marks = columns.map((column) => {
            const key = keyOf.get(column.name);
            let value = key === undefined ? null : (row[key] ?? null);
            // Flags read as numbers where a column is not declared boolean on the SQLite side.
            if (column.columnType === 'PgBoolean' && typeof value === 'number') value = value !== 0;
            if (value instanceof Date) value = value.toISOString();
            values.push(value);
            return `$${values.length}`;
          });
          return `(${marks.join(', ')})`;
        });
        await client.query(`INSERT INTO "${name}" (${columns.map((c) => `"${c.name}"`).join(', ')}) OVERRIDING SYSTEM VALUE VALUES ${tuples.join(', ')}`, values);
      }
      if ((bulk || rows.length > 0) && columns.some((c) => c.name === 'id' && c.columnType === 'PgBigInt53')) {
        const sequence = await client.query<{ name: string | null }>(`SELECT pg_get_serial_sequence($1, 'id') AS name`, [`"${name}"`]);
        const seq = sequence.rows[0]?.name;
        if (seq) await client.query(`SELECT setval($1::regclass, (SELECT max(id) FROM "${name}"))`, [seq]);
      }
    }
    // The one table kept beside the schema that both databases keep alike (migration 0004): the
    // year's last reference, so that sends on either number on from the same place.
    const counters = from.all<{ year: number; last: number }>(sql`SELECT year, last FROM reference_counters`);
    for (const { year, last } of counters) await client.query('INSERT INTO reference_counters (year, last) VALUES ($1, $2)', [year, last]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
