/** What every route and domain function gets: the repositories, the configuration and the clock. */
import type { Config } from './config';
import type { Db, Sqlite } from './db/connection';
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
  /** The connection itself, for what is not data access of an area: seeding, migrations, checkpoints, group commit. */
  db: Db;
  sqlite: Sqlite;
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

/** The context over an open SQLite database, with its repositories made once. */
export function createAppContext(parts: Omit<AppContext, 'repos'>): AppContext {
  return { ...parts, repos: createSqliteRepositories(parts.sqlite, parts.db) };
}
