/**
 * What a PostgreSQL repository is made over: the pool, or a client the caller holds (one
 * transaction's, so that the repository's writes join the caller's unit of work). A method that
 * writes several statements runs them as one unit: in its own transaction on the pool, or on the
 * caller's client, whose transaction then commits or rolls back the lot.
 */
import pg from 'pg';
import { inTransaction, type PgQueryable } from './transaction';

export type PgDatabase = pg.Pool | PgQueryable;

export function unitOfWork(db: PgDatabase): <T>(work: (client: PgQueryable) => Promise<T>) => Promise<T> {
  return db instanceof pg.Pool ? (work) => inTransaction(db, work) : (work) => work(db);
}
