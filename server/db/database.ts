/**
 * The database an app context works on: the embedded SQLite file (the default of `npm start`) or
 * PostgreSQL (`DATABASE_URL=postgres://…`, several instances on one database). Everything that is
 * data access goes through the repositories made here; what is left (the SQLite file's checkpoints,
 * closing) depends on which one it is.
 */
import type pg from 'pg';
import { openDatabase, MIGRATIONS_FOLDER, type Db, type Sqlite } from './connection';
import { openPostgres, POSTGRES_MIGRATIONS_FOLDER } from './postgres/connection';
import { createPgRepositories } from './postgres/pg-repositories';
import { createSqliteRepositories, type Repositories } from './repositories';

export interface SqliteDatabase {
  kind: 'sqlite';
  sqlite: Sqlite;
  db: Db;
  /** The file (or ':memory:'). */
  path: string;
}

export interface PostgresDatabase {
  kind: 'postgres';
  pool: pg.Pool;
}

export type Database = SqliteDatabase | PostgresDatabase;

/** Where the database is, as configured (server/config.ts). */
export interface DatabaseLocation {
  databasePath: string;
  /** postgres://… selects PostgreSQL; null keeps the SQLite file at databasePath. */
  databaseUrl: string | null;
}

/** Opens the configured database and brings it to the current schema (each dialect's migrations). */
export async function openConfiguredDatabase(where: DatabaseLocation): Promise<Database> {
  if (where.databaseUrl) return { kind: 'postgres', pool: (await openPostgres(where.databaseUrl)).pool };
  return { kind: 'sqlite', ...openDatabase(where.databasePath), path: where.databasePath };
}

export function repositoriesOf(database: Database): Repositories {
  return database.kind === 'sqlite' ? createSqliteRepositories(database.sqlite, database.db) : createPgRepositories(database.pool);
}

/** False once closed: background loops stop touching it (a round under way at shutdown ends early). */
export function isOpen(database: Database): boolean {
  return database.kind === 'sqlite' ? database.sqlite.open : !(database.pool.ending || database.pool.ended);
}

export async function closeDatabase(database: Database): Promise<void> {
  if (database.kind === 'sqlite') database.sqlite.close();
  else if (!database.pool.ending) await database.pool.end();
}

/** The folder of the migrations this build ships for the database's dialect (what /readyz expects applied). */
export function migrationsFolderOf(database: Database): string {
  return database.kind === 'sqlite' ? MIGRATIONS_FOLDER : POSTGRES_MIGRATIONS_FOLDER;
}

/** A safe description for logs: the file, or the PostgreSQL host and database without credentials. */
export function describeDatabase(database: Database, where: DatabaseLocation): string {
  if (database.kind === 'sqlite') return `SQLite ${where.databasePath}`;
  try {
    const url = new URL(where.databaseUrl ?? '');
    return `PostgreSQL ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
