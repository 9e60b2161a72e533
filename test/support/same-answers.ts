/**
 * Holding a PostgreSQL repository to its SQLite twin: the same step runs on both (SQLite's
 * repository answers directly today, PostgreSQL's with a Promise; awaited, both are the same) and
 * must give the same answer, which the caller then checks against what it expects.
 */
import type pg from 'pg';
import { expect } from 'vitest';
import type { Sqlite } from '../../server/db/connection';
import type { Promised } from '../../server/db/promised';

export type EitherRepository<T> = T | Promised<T>;

export async function sameAnswer<T, R>(sqlite: T, postgres: EitherRepository<T>, step: (repo: EitherRepository<T>) => R | Promise<R>): Promise<Awaited<R>> {
  const fromSqlite = await step(sqlite);
  const fromPostgres = await step(postgres);
  expect(fromPostgres).toEqual(fromSqlite);
  return fromSqlite;
}

/** Both refuse the step with the same error. */
export async function sameRefusal<T>(sqlite: T, postgres: EitherRepository<T>, step: (repo: EitherRepository<T>) => unknown, message: string | RegExp): Promise<void> {
  await expect(Promise.resolve().then(() => step(sqlite))).rejects.toThrow(message);
  await expect(Promise.resolve().then(() => step(postgres))).rejects.toThrow(message);
}

/**
 * The same read (written once, `?`-free) on both databases' tables gives the same rows: what a
 * write left behind. Columns PostgreSQL keeps as booleans read differently; select others.
 */
export async function sameRows(sqlite: Sqlite, pool: Pick<pg.Pool, 'query'>, sql: string): Promise<unknown[]> {
  const fromSqlite = sqlite.prepare(sql).all();
  expect((await pool.query(sql)).rows).toEqual(fromSqlite);
  return fromSqlite;
}

/** The newest audit row's action, target and details on both. */
export const LAST_AUDIT = 'SELECT action, target_type AS "targetType", target_id AS "targetId", details_json AS "detailsJson" FROM audit_log ORDER BY id DESC LIMIT 1';

/** A row whose `createdAt` each database's clock filled in: the time as its form only (an ISO instant). */
export function clockless<T extends { createdAt: string }>(row: T | null | undefined): T | null | undefined {
  return row && { ...row, createdAt: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(row.createdAt) ? 'an ISO instant' : row.createdAt };
}
