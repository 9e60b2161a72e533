/** What every route and domain function gets: the database, the configuration and the clock. */
import type { Config } from './config';
import type { Db, Sqlite } from './db/connection';

export interface AppContext {
  db: Db;
  sqlite: Sqlite;
  config: Config;
  /** The clock; tests may replace it to move time (deadlines, session expiry). */
  now(): Date;
}
