/** The readiness check's questions to PostgreSQL: drizzle's own record of the applied migrations. */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { DatabaseReadiness } from './health-repository';

export function createPgReadiness(db: PgQueryable): Promised<DatabaseReadiness> {
  return {
    async appliedMigrations() {
      try {
        return (await db.query<{ n: number }>('SELECT count(*) AS n FROM drizzle.__drizzle_migrations')).rows[0].n;
      } catch {
        // Unreachable, or the migrations never ran: not ready, whatever the reason.
        return null;
      }
    },
  };
}
