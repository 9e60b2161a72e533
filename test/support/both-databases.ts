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
 *
 * A suite takes all of it from `useBothDatabases(name, seed)`: the SQLite fixture seeded, the copy
 * on a fresh cluster, a second pool for what two instances do at once (`instances`, `alternately`),
 * and both closed after the suite.
 */
import { getTableColumns, getTableName, is, sql } from 'drizzle-orm';
import { getTableConfig as getPgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { Db, Sqlite } from '../../server/db/connection';
import { openPostgres, type PgDb } from '../../server/db/postgres/connection';
import * as pgSchema from '../../server/db/postgres/schema';
import * as sqliteSchema from '../../server/db/schema';
import { referenceContext, type TestContext } from '../server/fixtures';
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

/** A database on the test cluster, as one instance of the server and as another would hold it. */
export interface InstancesDatabase {
  pool: pg.Pool;
  url: string;
  /** A second pool on the same database: another instance of the server (opened when first asked for). */
  readonly second: pg.Pool;
  /** The repository as two instances hold it, one over each pool. */
  instances<R>(create: (pool: pg.Pool) => R): [R, R];
}

/**
 * A SQLite fixture and a PostgreSQL database that starts from a copy of its rows, for tests that
 * hold a PostgreSQL repository to its SQLite twin. `close` closes both and stops the cluster.
 */
export interface BothDatabases<S, T> extends InstancesDatabase {
  /** The SQLite side, as the seed left it when the rows were copied (the tests then write to both). */
  sqlite: S;
  /** What the seed returned: the ids the tests need. */
  seeded: T;
  /** The throwaway cluster, for a further (migrated, empty) database. */
  postgres: TestPostgres;
  /** A further database on the cluster with a copy of the SQLite rows as they are now. */
  mirror(name: string): Promise<InstancesDatabase>;
  close(): Promise<void>;
}

/** How a test's SQLite side is opened, found and filled before the copy. */
export interface BothDatabasesSetup<S extends { close(): void }, T> {
  open: () => S;
  /** Its drizzle handle, whose rows are copied. */
  db: (sqlite: S) => Db;
  /** The rows the tests start from, written on SQLite; what it returns is `seeded`. */
  seed: (sqlite: S) => T | Promise<T>;
  /** After the copy: what PostgreSQL derives its own way from the rows (e.g. the inbox's search index). */
  derive?: (pool: pg.Pool) => Promise<void>;
}

/** The test cluster's database `url` as two instances hold it; the second pool joins `pools`, closed with the rest. */
function asInstances(pool: pg.Pool, url: string, pools: pg.Pool[]): InstancesDatabase {
  let second: pg.Pool | undefined;
  const database: InstancesDatabase = {
    pool,
    url,
    get second() {
      if (!second) {
        second = new pg.Pool({ connectionString: url, max: 10 });
        pools.push(second);
      }
      return second;
    },
    instances: (create) => [create(database.pool), create(database.second)],
  };
  return database;
}

/**
 * Opens the SQLite side and seeds it while a throwaway cluster starts, then copies its rows into
 * the cluster's migrated database `name`. Whatever was opened is closed again if a step fails.
 */
export async function bothDatabases<S extends { close(): void }, T>(name: string, setup: BothDatabasesSetup<S, T>): Promise<BothDatabases<S, T>> {
  const starting = startTestPostgres();
  let sqlite: S | undefined;
  let postgres: TestPostgres | undefined;
  const pools: pg.Pool[] = [];
  const close = async () => {
    await Promise.all(pools.map((p) => p.end().catch(() => undefined)));
    sqlite?.close();
    await (postgres ?? (await starting.catch(() => undefined)))?.stop();
  };
  try {
    sqlite = setup.open();
    const seeded = await setup.seed(sqlite);
    postgres = await starting;
    const cluster = postgres;
    const from = setup.db(sqlite);
    const mirror = async (database: string): Promise<InstancesDatabase> => {
      const { pool, url } = await cluster.database(database);
      await mirrorToPostgres(from, pool);
      await setup.derive?.(pool);
      return asInstances(pool, url, pools);
    };
    const main = await mirror(name);
    return Object.assign(main, { sqlite, seeded, postgres, mirror, close });
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * `bothDatabases` for a vitest suite: opened in its beforeAll, closed in its afterAll. The answer
 * reads through to the opened databases, so the suite's tests (and later beforeAll hooks) use it directly.
 */
export function useBothDatabasesOf<S extends { close(): void }, T>(name: string, setup: BothDatabasesSetup<S, T>): BothDatabases<S, T> {
  let opened: BothDatabases<S, T> | undefined;
  beforeAll(async () => {
    opened = await bothDatabases(name, setup);
  }, 120_000);
  afterAll(async () => {
    await opened?.close();
  });
  const now = (): BothDatabases<S, T> => {
    if (!opened) throw new Error('both databases are open only in the suite’s tests and hooks');
    return opened;
  };
  return {
    get pool() {
      return now().pool;
    },
    get url() {
      return now().url;
    },
    get second() {
      return now().second;
    },
    get sqlite() {
      return now().sqlite;
    },
    get seeded() {
      return now().seeded;
    },
    get postgres() {
      return now().postgres;
    },
    instances: (create) => now().instances(create),
    mirror: (database) => now().mirror(database),
    close: () => now().close(),
  };
}

/** A fresh `referenceContext()` (the reference data) as the SQLite side, seeded by `seed`. */
export function useBothDatabases(name: string): BothDatabases<TestContext, undefined>;
export function useBothDatabases<T>(name: string, seed: (sqlite: TestContext) => T | Promise<T>): BothDatabases<TestContext, T>;
export function useBothDatabases<T>(name: string, seed?: (sqlite: TestContext) => T | Promise<T>): BothDatabases<TestContext, T | undefined> {
  return useBothDatabasesOf<TestContext, T | undefined>(name, { open: referenceContext, db: (sqlite) => sqlite.ctx.db, seed: seed ?? (() => undefined) });
}

/** `times` calls at once, alternating between two instances (the first, the second, the first…): the answers in call order. */
export function alternately<R, A>(instances: readonly [R, R], times: number, call: (instance: R, i: number) => Promise<A>): Promise<A[]> {
  return Promise.all(Array.from({ length: times }, (_, i) => call(instances[i % 2], i)));
}
