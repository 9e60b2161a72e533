/** Sessions in SQLite. */
import type { Sqlite } from '../db/connection';
import type { CustomerSession, SessionRepository } from './session-repository';
import { CUSTOMER_SESSION_SQL, newSessionValues, SESSION_INSERT_COLUMNS, STAFF_SESSION_SQL, staffSessionOf, type NewSessionValues, type StaffSessionRecord } from './session-row';

export function createSqliteSessionRepository(sqlite: Sqlite): SessionRepository {
  const sweep = sqlite.prepare<[string]>('DELETE FROM sessions WHERE expires_at < ?');
  const insert = sqlite.prepare<NewSessionValues>(`INSERT INTO sessions (${SESSION_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const ssoIdToken = sqlite.prepare<[string], { token: string | null }>("SELECT sso_id_token AS token FROM sessions WHERE id = ? AND kind = 'staff'");
  const end = sqlite.prepare<[string]>('DELETE FROM sessions WHERE id = ?');
  const touch = sqlite.prepare<[string, string]>('UPDATE sessions SET last_seen_at = ? WHERE id = ?');
  const staff = sqlite.prepare<[string], StaffSessionRecord>(`${STAFF_SESSION_SQL} WHERE s.id = ? AND s.kind = 'staff'`);
  const customer = sqlite.prepare<[string], CustomerSession>(`${CUSTOMER_SESSION_SQL} WHERE id = ? AND kind = 'customer'`);
  return {
    async start(session, sweepBefore) {
      sweep.run(sweepBefore);
      insert.run(...newSessionValues(session));
    },
    end: async (id) => void end.run(id),
    touch: async (id, at) => void touch.run(at, id),
    async staffSession(id) {
      const row = staff.get(id);
      return row ? staffSessionOf(row) : undefined;
    },
    customerSession: async (id) => customer.get(id),
    ssoIdToken: async (id) => ssoIdToken.get(id)?.token ?? null,
  };
}
