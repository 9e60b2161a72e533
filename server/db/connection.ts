/**
 * Opens the SQLite database (better-sqlite3 + drizzle) and applies the committed migrations, so a
 * fresh file and an old one both end up on the current schema before the server answers.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { BUSY_TIMEOUT_MS } from './busy';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

export const MIGRATIONS_FOLDER = resolve(import.meta.dirname, 'migrations');

export function openDatabase(path: string): { sqlite: Sqlite; db: Db } {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  // Patient while migrating at start; short once requests are served (busy.ts).
  sqlite.pragma('busy_timeout = 5000');
  // NORMAL is durable across application crashes in WAL mode; only a power loss can lose the last commits.
  sqlite.pragma('synchronous = NORMAL');
  // Idempotency keys are random, so each send touches a leaf page anywhere in their index; a 64 MiB
  // page cache (the default is 2 MiB) keeps such pages in memory instead of re-reading them.
  sqlite.pragma('cache_size = -65536');
  // Statement journals (an INSERT whose triggers write other tables, every savepoint of a group
  // commit) copy each page they touch; on the default temp_store they spill to a temp file, which
  // cost a send ~40 µs; kept in memory they are a memcpy. Temporary sort b-trees then live in memory
  // too (the price: memory, not disk, for a large sort without an index).
  sqlite.pragma('temp_store = MEMORY');
  const db = drizzle(sqlite, { schema });
  // Migrations run with foreign keys off, as SQLite's way to change a table (build it anew, copy,
  // drop, rename) needs: inside the migrations' one transaction a migration cannot turn them off.
  // What the migrations leave is checked before foreign keys are on again and anything is served.
  sqlite.pragma('foreign_keys = OFF');
  const before = appliedMigrations(sqlite);
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  // Only after a start that migrated: the check reads every row that has a foreign key, which on a
  // large database takes a while that an ordinary restart need not wait.
  if (appliedMigrations(sqlite) !== before) {
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`The migrations left ${broken.length} rows pointing at missing rows: ${JSON.stringify(broken.slice(0, 5))}`);
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return { sqlite, db };
}

/** How many migrations the database has applied (0 for a new one). */
function appliedMigrations(sqlite: Sqlite): number {
  const table = sqlite.prepare<[], { n: number }>(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get();
  if (!table?.n) return 0;
  return sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM __drizzle_migrations').get()?.n ?? 0;
}
