/**
 * PostgreSQL's schema is the SQLite schema written out for PostgreSQL (server/db/postgres/): the
 * committed file is what the generator writes, and the committed PostgreSQL migrations, applied to a
 * throwaway cluster, give every table and column a fresh SQLite database has, with the same
 * nullability, keys and defaults' form.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/connection';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { openPostgres, POSTGRES_MIGRATIONS_FOLDER } from '../../server/db/postgres/connection';
import { postgresSchemaSource } from '../../server/db/postgres/schema-from-sqlite';
import * as sqliteSchema from '../../server/db/schema';
import { findPostgres, startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster';

const POSTGRES = findPostgres();
// CI installs PostgreSQL and sets this, so that a missing install fails instead of skipping.
if (!POSTGRES && process.env.KEVYT_REQUIRE_POSTGRES === '1') throw new Error('KEVYT_REQUIRE_POSTGRES=1 but PostgreSQL is not installed');

describe('the PostgreSQL schema', () => {
  it('is what the generator writes from the SQLite schema (run `npm run db:generate` after changing server/db/schema.ts)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../server/db/postgres/schema.ts'), 'utf8');
    expect(committed).toBe(postgresSchemaSource(sqliteSchema));
  });
});

interface ColumnShape {
  table: string;
  column: string;
  notNull: boolean;
  hasDefault: boolean;
}

describe.skipIf(!POSTGRES)('the PostgreSQL migrations on a throwaway cluster', () => {
  let cluster: PostgresCluster;
  let dir: string;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
    dir = mkdtempSync(join(tmpdir(), 'kevyt-pg-schema-'));
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('give the tables and columns of a fresh SQLite database, with the same nullability and defaults', async () => {
    const { sqlite } = openDatabase(join(dir, 'fresh.db'));
    const sqliteColumns: ColumnShape[] = [];
    // The drizzle schema's tables only, on both sides: the FTS tables are SQLite's own search
    // (PostgreSQL searches its own way), and tables kept beside the schema by hand-written
    // migrations (reference_counters) are each dialect's own SQL.
    const tables = Object.values(sqliteSchema).filter((t) => is(t, SQLiteTable)).map((t) => getTableConfig(t).name);
    for (const name of tables) {
      const info = sqlite.prepare<[], { name: string; notnull: number; dflt_value: string | null; pk: number }>(`PRAGMA table_info("${name}")`).all();
      for (const c of info) sqliteColumns.push({ table: name, column: c.name, notNull: c.notnull === 1 || c.pk > 0, hasDefault: c.dflt_value !== null });
    }
    sqlite.close();
    expect(sqliteColumns.length).toBeGreaterThan(200);

    const { pool } = await openPostgres(await cluster.createDatabase('schema_check'));
    try {
      const { rows } = await pool.query<{ table_name: string; column_name: string; is_nullable: string; column_default: string | null }>(
        `SELECT table_name, column_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY($1)`,
        [tables],
      );
      const pgColumns: ColumnShape[] = rows.map((r) => ({ table: r.table_name, column: r.column_name, notNull: r.is_nullable === 'NO', hasDefault: r.column_default !== null }));
      const order = (cs: ColumnShape[]) => [...cs].sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
      expect(order(pgColumns)).toEqual(order(sqliteColumns));
    } finally {
      await pool.end();
    }
  }, 60_000);

  it('are applied once when two instances start at once, and write times in the form SQLite writes them', async () => {
    const url = await cluster.createDatabase('two_starts');
    const [a, b] = await Promise.all([openPostgres(url, { max: 2 }), openPostgres(url, { max: 2 })]);
    try {
      const journal = JSON.parse(readFileSync(join(POSTGRES_MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
      const applied = await b.pool.query<{ n: number }>('SELECT count(*)::bigint AS n FROM drizzle.__drizzle_migrations');
      expect(applied.rows[0].n).toBe(journal.entries.length);
      const inserted = await a.pool.query<{ created_at: string }>(
        `INSERT INTO identification_logins (id, state, nonce, code_verifier, return_to, lang, expires_at)
         VALUES ('l1', 's', 'n', 'v', '/fi', 'fi', '2026-12-07T12:00:00.000Z') RETURNING created_at`,
      );
      expect(inserted.rows[0].created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    } finally {
      await a.pool.end();
      await b.pool.end();
    }
  }, 60_000);
});
