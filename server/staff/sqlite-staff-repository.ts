/** Staff accounts in SQLite. */
import { createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { Sqlite } from '../db/connection';
import type { NewUser, StaffRepository, UserRow } from './staff-repository';
import { USER_COLUMNS as USER, USER_WITH_AUTHORITY, userOf, userWithAuthorityOf, type StoredUser, type StoredUserWithAuthority } from './user-row';

export function createSqliteStaffRepository(sqlite: Sqlite): StaffRepository {
  const audit = createSqliteAuditWriter(sqlite);
  const byId = sqlite.prepare<[number], StoredUser>(`SELECT ${USER} FROM users u WHERE u.id = ?`);
  const byEmail = sqlite.prepare<[string], StoredUser>(`SELECT ${USER} FROM users u WHERE u.email = ?`);
  const withAuthority = sqlite.prepare<[number], StoredUserWithAuthority>(`${USER_WITH_AUTHORITY} WHERE u.id = ?`);
  const ofAuthority = sqlite.prepare<[string], StoredUser>(`SELECT ${USER} FROM users u WHERE u.authority_id = ? ORDER BY u.name, u.id`);
  const ofAuthorityById = sqlite.prepare<[number, string], StoredUser>(`SELECT ${USER} FROM users u WHERE u.id = ? AND u.authority_id = ?`);
  const name = sqlite.prepare<[number], { name: string }>('SELECT name FROM users WHERE id = ?');
  const insert = sqlite.prepare<[string, string, string, string | null, string, number]>(
    'INSERT INTO users (email, name, role, authority_id, password_hash, must_change_password) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const setPassword = sqlite.prepare<[string, number, number]>('UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?');
  const endSessions = sqlite.prepare<[number]>('DELETE FROM sessions WHERE user_id = ?');
  const endOtherSessions = sqlite.prepare<[number, string]>('DELETE FROM sessions WHERE user_id = ? AND id <> ?');
  const setActive = sqlite.prepare<[number, number]>('UPDATE users SET active = ? WHERE id = ?');

  const create = sqlite.transaction((user: NewUser, record: Parameters<StaffRepository['create']>[1]): UserRow | null => {
    // Emails are unique across all authorities.
    if (byEmail.get(user.email)) return null;
    const id = Number(insert.run(user.email, user.name, user.role, user.authorityId, user.passwordHash, user.mustChangePassword ? 1 : 0).lastInsertRowid);
    audit.write({ ...record, targetId: id });
    const row = byId.get(id);
    return row ? userOf(row) : null;
  });
  const changePassword = sqlite.transaction((userId: number, change: Parameters<StaffRepository['setPassword']>[1], record: Parameters<StaffRepository['setPassword']>[2]) => {
    setPassword.run(change.passwordHash, change.mustChangePassword ? 1 : 0, userId);
    if (change.keepSessionId === null) endSessions.run(userId);
    else endOtherSessions.run(userId, change.keepSessionId);
    audit.write(record);
  });
  const activate = sqlite.transaction((userId: number, active: boolean, record: Parameters<StaffRepository['setActive']>[2]) => {
    setActive.run(active ? 1 : 0, userId);
    if (!active) endSessions.run(userId);
    if (record) audit.write(record);
  });

  return {
    byId: async (id) => {
      const row = byId.get(id);
      return row && userOf(row);
    },
    byEmail: async (email) => {
      const row = byEmail.get(email);
      return row && userOf(row);
    },
    async withAuthority(id) {
      const row = withAuthority.get(id);
      return row && userWithAuthorityOf(row);
    },
    ofAuthority: async (authorityId) => ofAuthority.all(authorityId).map(userOf),
    ofAuthorityById: async (authorityId, id) => {
      const row = ofAuthorityById.get(id, authorityId);
      return row && userOf(row);
    },
    async names(ids) {
      const out = new Map<number, string>();
      for (const id of new Set(ids)) {
        const row = name.get(id);
        if (row) out.set(id, row.name);
      }
      return out;
    },
    create: async (user, record) => create(user, record),
    setPassword: async (userId, change, record) => changePassword(userId, change, record),
    setActive: async (userId, active, record) => activate(userId, active, record),
  };
}
