/** A staff account as the users table keeps it, whichever database holds the table. */
import type { AuthorityRow } from '../reference/reference-repository';
import type { UserRow } from './staff-repository';

/** The columns of `users u` (aliases quoted: PostgreSQL folds unquoted ones to lower case). */
export const USER_COLUMNS = `u.id, u.email, u.name, u.password_hash AS "passwordHash", u.role, u.authority_id AS "authorityId", u.active,
  u.must_change_password AS "mustChangePassword", u.created_at AS "createdAt"`;

/** SQLite keeps the flags as 0/1, PostgreSQL as booleans. */
export type StoredUser = Omit<UserRow, 'active' | 'mustChangePassword'> & { active: number | boolean; mustChangePassword: number | boolean };

export function userOf(row: StoredUser): UserRow {
  return { ...row, active: row.active === 1 || row.active === true, mustChangePassword: row.mustChangePassword === 1 || row.mustChangePassword === true };
}

/** A person with their authority's columns (null for coordinators); the caller adds the WHERE. */
export const USER_WITH_AUTHORITY = `SELECT ${USER_COLUMNS}, a.id AS "aId", a.kind AS "aKind", a.name_fi AS "aFi", a.name_sv AS "aSv", a.name_en AS "aEn"
  FROM users u LEFT JOIN authorities a ON a.id = u.authority_id`;

export type StoredUserWithAuthority = StoredUser & { aId: string | null; aKind: AuthorityRow['kind'] | null; aFi: string | null; aSv: string | null; aEn: string | null };

export function userWithAuthorityOf({ aId, aKind, aFi, aSv, aEn, ...user }: StoredUserWithAuthority): { user: UserRow; authority: AuthorityRow | null } {
  const authority = aId !== null && aKind !== null ? { id: aId, kind: aKind, nameFi: aFi ?? '', nameSv: aSv ?? '', nameEn: aEn ?? '' } : null;
  return { user: userOf(user), authority };
}
