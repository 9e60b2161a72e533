/** The readiness check's questions to SQLite: drizzle's own record of the applied migrations. */
import type { Sqlite } from '../db/connection';
import type { DatabaseReadiness } from './health-repository';

export function createSqliteReadiness(sqlite: Sqlite): DatabaseReadiness {
  const count = sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations');
  return {
    async appliedMigrations() {
      try {
        return (count.get() as { n: number }).n;
      } catch {
        // A closed or broken connection: not ready, whatever the reason.
        return null;
      }
    },
  };
}
