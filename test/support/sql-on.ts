/**
 * One SQL statement on whichever database a test server has: the tests that look at stored rows
 * (an alert queued, a row a send left) run on SQLite and on PostgreSQL alike. Write the SQL both
 * understand, with `?` placeholders (numbered for PostgreSQL here); quote camelCase aliases
 * (`AS "toEmail"`) so both answer the same keys. Booleans come back as 1/0 from SQLite and as
 * true/false from PostgreSQL: compare them with `Boolean(…)`, and bind 1/0 or write them in the SQL.
 */
import type { Database } from '../../server/db/database';

export async function sqlOn<T = Record<string, unknown>>(database: Database, text: string, ...params: unknown[]): Promise<T[]> {
  if (database.kind === 'sqlite') {
    const statement = database.sqlite.prepare<unknown[], T>(text);
    if (statement.reader) return statement.all(...params);
    statement.run(...params);
    return [];
  }
  let n = 0;
  const { rows } = await database.pool.query(text.replace(/\?/g, () => `$${++n}`), params);
  return rows as T[];
}

/** Every alert's row as the tests read it, oldest first. */
export const OUTBOX_ROWS_SQL = `SELECT id, kind, audience, authority_id AS "authorityId", submission_id AS "submissionId", to_email AS "toEmail",
  subject, body, secret, status, attempts, next_attempt_at AS "nextAttemptAt", last_error AS "lastError", read_at AS "readAt",
  created_at AS "createdAt", sent_at AS "sentAt" FROM outbox ORDER BY id`;
