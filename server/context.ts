/** What every route and domain function gets: the repositories, the configuration and the clock. */
import type { Config } from './config';
import type { Db, Sqlite } from './db/connection';
import type { Database } from './db/database';
import { createSqliteRepositories, type Repositories } from './db/repositories';
import type { RelyingParty } from './identification/relying-party';
import type { Mandates } from './mandates/mandates';
import type { StaffSsoRuntime } from './staff-sso/staff-relying-party';

/** Strong identification as this server runs it: the OIDC relying party, or null when not configured. */
export interface IdentificationRuntime {
  relyingParty: RelyingParty | null;
}

export interface AppContext {
  /** Data access: every query of the app is a method of one of these (server/db/repositories.ts). */
  repos: Repositories;
  /** The database itself (SQLite or PostgreSQL), for what is not data access of an area: checkpoints, closing. */
  database: Database;
  config: Config;
  /** The clock; tests may replace it to move time (deadlines, session expiry). */
  now(): Date;
  /** Set by startServer; absent in contexts that serve no requests (seeding, fixtures). */
  identification?: IdentificationRuntime;
  /** Set by startServer: where mandates to act for a company come from, or null when none are configured. */
  mandates?: Mandates | null;
  /** Staff single sign-on's providers by authority; set by startServer. */
  staffSso?: StaffSsoRuntime;
}

/** A context on a SQLite file with its connection at hand: fixtures, tools and tests that read the file itself. */
export interface SqliteAppContext extends AppContext {
  db: Db;
  sqlite: Sqlite;
}

/** The context over an open SQLite database, with its repositories made once. */
export function createAppContext(parts: Omit<SqliteAppContext, 'repos' | 'database'>): SqliteAppContext {
  const database: Database = { kind: 'sqlite', sqlite: parts.sqlite, db: parts.db, path: parts.config.databasePath };
  return { ...parts, database, repos: createSqliteRepositories(parts.sqlite, parts.db) };
}

/** The context over an open database and its repositories; on SQLite with the connection at hand too (a SqliteAppContext). */
export function contextOn(database: Database, repos: Repositories, config: Config, now: () => Date = () => new Date()): AppContext {
  if (database.kind === 'postgres') return { database, repos, config, now };
  const onSqlite: SqliteAppContext = { database, repos, config, now, db: database.db, sqlite: database.sqlite };
  return onSqlite;
}

/** Whether a context works on SQLite (and so has its connection at hand). */
export function isSqliteContext(ctx: AppContext): ctx is SqliteAppContext {
  return ctx.database.kind === 'sqlite' && 'sqlite' in ctx;
}

/** The context as a SQLite one; throws for a PostgreSQL one (what only makes sense on the file: tools, some tests). */
export function sqliteContext(ctx: AppContext): SqliteAppContext {
  if (!isSqliteContext(ctx)) throw new Error('This needs the SQLite database (DATABASE_PATH); the server runs on PostgreSQL (DATABASE_URL).');
  return ctx;
}
