/** Sessions in SQLite. */
import type { Sqlite } from '../db/connection';
import type { UserRow } from '../staff/staff-repository';
import type { CustomerSession, NewSession, SessionRepository } from './session-repository';

type StaffSessionRow = Omit<UserRow, 'active' | 'mustChangePassword'> & {
  active: number;
  mustChangePassword: number;
  expiresAt: string;
  lastSeenAt: string | null;
  sessionCreatedAt: string;
  secondFactorAt: string | null;
  totpConfirmedAt: string | null;
};

export function createSqliteSessionRepository(sqlite: Sqlite): SessionRepository {
  const sweep = sqlite.prepare<[string]>('DELETE FROM sessions WHERE expires_at < ?');
  const insert = sqlite.prepare<[string, string, number | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string | null, string, string]>(
    `INSERT INTO sessions (id, kind, user_id, customer_email, identification, person_key, person_given_name, person_family_name, person_id, second_factor_at, sso_id_token, expires_at, last_seen_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ssoIdToken = sqlite.prepare<[string], { token: string | null }>("SELECT sso_id_token AS token FROM sessions WHERE id = ? AND kind = 'staff'");
  const end = sqlite.prepare<[string]>('DELETE FROM sessions WHERE id = ?');
  const touch = sqlite.prepare<[string, string]>('UPDATE sessions SET last_seen_at = ? WHERE id = ?');
  const staff = sqlite.prepare<[string], StaffSessionRow>(
    `SELECT s.expires_at AS expiresAt, s.last_seen_at AS lastSeenAt, s.created_at AS sessionCreatedAt,
            s.second_factor_at AS secondFactorAt, t.confirmed_at AS totpConfirmedAt,
            u.id, u.email, u.name, u.password_hash AS passwordHash, u.role, u.authority_id AS authorityId, u.active,
            u.must_change_password AS mustChangePassword, u.created_at AS createdAt
       FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN staff_totp t ON t.user_id = u.id
      WHERE s.id = ? AND s.kind = 'staff'`,
  );
  const customer = sqlite.prepare<[string], CustomerSession>(
    `SELECT expires_at AS expiresAt, customer_email AS customerEmail, identification, person_key AS personKey,
            person_given_name AS personGivenName, person_family_name AS personFamilyName, person_id AS personId
       FROM sessions WHERE id = ? AND kind = 'customer'`,
  );
  return {
    async start(session, sweepBefore) {
      sweep.run(sweepBefore);
      insert.run(
        session.id, session.kind, session.userId, session.customerEmail, session.identification ?? null, session.personKey ?? null,
        session.personGivenName ?? null, session.personFamilyName ?? null, session.personId ?? null, session.secondFactorAt ?? null, session.ssoIdToken ?? null, session.expiresAt, session.lastSeenAt,
      );
    },
    end: async (id) => void end.run(id),
    touch: async (id, at) => void touch.run(at, id),
    async staffSession(id) {
      const row = staff.get(id);
      if (!row) return undefined;
      const { expiresAt, lastSeenAt, sessionCreatedAt, secondFactorAt, totpConfirmedAt, active, mustChangePassword, ...user } = row;
      return { expiresAt, lastSeenAt, createdAt: sessionCreatedAt, secondFactorAt, totpConfirmedAt, user: { ...user, active: active === 1, mustChangePassword: mustChangePassword === 1 } };
    },
    customerSession: async (id) => customer.get(id),
    ssoIdToken: async (id) => ssoIdToken.get(id)?.token ?? null,
  };
}
