/** Sessions in PostgreSQL: every instance reads the sessions any of them started. */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { CustomerSession, SessionRepository } from './session-repository';
import { CUSTOMER_SESSION_SQL, newSessionValues, SESSION_INSERT_COLUMNS, STAFF_SESSION_SQL, staffSessionOf, type StaffSessionRecord } from './session-row';

const INSERT = `INSERT INTO sessions (${SESSION_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`;

export function createPgSessionRepository(db: PgQueryable): Promised<SessionRepository> {
  return {
    async start(session, sweepBefore) {
      // The sweep and the insert need not commit together: an expired session is gone either way.
      await db.query({ name: 'sessions.sweep', text: 'DELETE FROM sessions WHERE expires_at < $1', values: [sweepBefore] });
      await db.query({ name: 'sessions.insert', text: INSERT, values: newSessionValues(session) });
    },
    async end(id) {
      await db.query({ name: 'sessions.end', text: 'DELETE FROM sessions WHERE id = $1', values: [id] });
    },
    async touch(id, at) {
      await db.query({ name: 'sessions.touch', text: 'UPDATE sessions SET last_seen_at = $1 WHERE id = $2', values: [at, id] });
    },
    async staffSession(id) {
      const { rows } = await db.query<StaffSessionRecord>({ name: 'sessions.staff', text: `${STAFF_SESSION_SQL} WHERE s.id = $1 AND s.kind = 'staff'`, values: [id] });
      return rows[0] && staffSessionOf(rows[0]);
    },
    async customerSession(id) {
      const { rows } = await db.query<CustomerSession>({ name: 'sessions.customer', text: `${CUSTOMER_SESSION_SQL} WHERE id = $1 AND kind = 'customer'`, values: [id] });
      return rows[0];
    },
    async ssoIdToken(id) {
      const { rows } = await db.query<{ token: string | null }>("SELECT sso_id_token AS token FROM sessions WHERE id = $1 AND kind = 'staff'", [id]);
      return rows[0]?.token ?? null;
    },
  };
}
