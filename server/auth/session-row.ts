/** A session as the sessions table keeps it and its reads answer it, whichever database holds the table. */
import type { UserRow } from '../staff/staff-repository';
import type { CustomerSession, NewSession, StaffSession } from './session-repository';

export const SESSION_INSERT_COLUMNS =
  'id, kind, user_id, customer_email, identification, person_key, person_given_name, person_family_name, person_id, second_factor_at, sso_id_token, expires_at, last_seen_at';

export type NewSessionValues = [
  id: string, kind: string, userId: number | null, customerEmail: string | null, identification: string | null, personKey: string | null,
  personGivenName: string | null, personFamilyName: string | null, personId: string | null, secondFactorAt: string | null, ssoIdToken: string | null,
  expiresAt: string, lastSeenAt: string,
];

export function newSessionValues(session: NewSession): NewSessionValues {
  return [
    session.id, session.kind, session.userId, session.customerEmail, session.identification ?? null, session.personKey ?? null,
    session.personGivenName ?? null, session.personFamilyName ?? null, session.personId ?? null, session.secondFactorAt ?? null, session.ssoIdToken ?? null,
    session.expiresAt, session.lastSeenAt,
  ];
}

/** A staff session with its person, as read: flags are 0/1 on SQLite and booleans on PostgreSQL. */
export type StaffSessionRecord = Omit<UserRow, 'active' | 'mustChangePassword'> & {
  active: number | boolean;
  mustChangePassword: number | boolean;
  expiresAt: string;
  lastSeenAt: string | null;
  sessionCreatedAt: string;
  secondFactorAt: string | null;
  totpConfirmedAt: string | null;
};

/** Quoted aliases: PostgreSQL folds bare ones to lower case. */
export const STAFF_SESSION_SQL = `SELECT s.expires_at AS "expiresAt", s.last_seen_at AS "lastSeenAt", s.created_at AS "sessionCreatedAt",
       s.second_factor_at AS "secondFactorAt", t.confirmed_at AS "totpConfirmedAt",
       u.id, u.email, u.name, u.password_hash AS "passwordHash", u.role, u.authority_id AS "authorityId", u.active,
       u.must_change_password AS "mustChangePassword", u.created_at AS "createdAt"
  FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN staff_totp t ON t.user_id = u.id`;

export const CUSTOMER_SESSION_SQL = `SELECT expires_at AS "expiresAt", customer_email AS "customerEmail", identification, person_key AS "personKey",
       person_given_name AS "personGivenName", person_family_name AS "personFamilyName", person_id AS "personId"
  FROM sessions`;

export function staffSessionOf(row: StaffSessionRecord): StaffSession {
  const { expiresAt, lastSeenAt, sessionCreatedAt, secondFactorAt, totpConfirmedAt, active, mustChangePassword, ...user } = row;
  return { expiresAt, lastSeenAt, createdAt: sessionCreatedAt, secondFactorAt, totpConfirmedAt, user: { ...user, active: Boolean(active), mustChangePassword: Boolean(mustChangePassword) } };
}

