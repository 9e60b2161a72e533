/** Staff single sign-on in SQLite (staff_sso_group_roles, staff_sso_logins, staff_sso_accounts). */
import type { GroupRoleMapping } from '../../permissions/group-roles';
import { UNUSABLE_HASH } from '../auth/password';
import { createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { AuditRecord } from '../audit/audit-repository';
import type { Sqlite } from '../db/connection';
import type { Admission, AdmittedPerson, StaffSsoLogin, StaffSsoRepository } from './staff-sso-repository';
import { LINKED_USER_FROM, LOGIN_COLUMNS, MAPPING_COLUMNS, linkedRefusal, suspendable, type LinkedUser } from './staff-sso-rows';

export function createSqliteStaffSsoRepository(sqlite: Sqlite): StaffSsoRepository {
  const audit = createSqliteAuditWriter(sqlite);
  const mappings = sqlite.prepare<[string], GroupRoleMapping>(
    `SELECT ${MAPPING_COLUMNS} FROM staff_sso_group_roles WHERE authority_id = ? ORDER BY group_value`,
  );
  const upsertMapping = sqlite.prepare<[string, string, string]>(
    `INSERT INTO staff_sso_group_roles (authority_id, group_value, role) VALUES (?, ?, ?)
     ON CONFLICT (authority_id, group_value) DO UPDATE SET role = excluded.role`,
  );
  const deleteMapping = sqlite.prepare<[string, string]>('DELETE FROM staff_sso_group_roles WHERE authority_id = ? AND group_value = ?');

  const sweepLogins = sqlite.prepare<[string]>('DELETE FROM staff_sso_logins WHERE expires_at < ?');
  const dropLogin = sqlite.prepare<[string]>('DELETE FROM staff_sso_logins WHERE id = ?');
  const insertLogin = sqlite.prepare<[string, string, string, string, string, string, string, string]>(
    'INSERT INTO staff_sso_logins (id, authority_id, state, nonce, code_verifier, return_to, lang, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const takeLogin = sqlite.prepare<[string], StaffSsoLogin>(
    `DELETE FROM staff_sso_logins WHERE id = ? RETURNING ${LOGIN_COLUMNS}`,
  );

  const linkedUser = sqlite.prepare<[string, string], LinkedUser>(`${LINKED_USER_FROM} WHERE l.issuer = ? AND l.subject = ?`);
  const emailTaken = sqlite.prepare<[string], { id: number }>('SELECT id FROM users WHERE email = ?');
  const insertUser = sqlite.prepare<[string, string, string, string, string]>(
    'INSERT INTO users (email, name, role, authority_id, password_hash, must_change_password) VALUES (?, ?, ?, ?, ?, 0)',
  );
  const insertLink = sqlite.prepare<[number, string, string, string]>(
    'INSERT INTO staff_sso_accounts (user_id, issuer, subject, last_sign_in_at) VALUES (?, ?, ?, ?)',
  );
  const updateUser = sqlite.prepare<[string, string, number]>('UPDATE users SET name = ?, role = ?, active = 1 WHERE id = ?');
  const noteSignIn = sqlite.prepare<[string, number]>('UPDATE staff_sso_accounts SET suspended_at = NULL, last_sign_in_at = ? WHERE user_id = ?');
  const suspendLink = sqlite.prepare<[string, number]>('UPDATE staff_sso_accounts SET suspended_at = ? WHERE user_id = ?');
  const deactivate = sqlite.prepare<[number]>('UPDATE users SET active = 0 WHERE id = ?');
  const endSessions = sqlite.prepare<[number]>('DELETE FROM sessions WHERE user_id = ?');

  const setMapping = sqlite.transaction((m: GroupRoleMapping, record: AuditRecord) => {
    upsertMapping.run(m.authorityId, m.group, m.role);
    audit.write(record);
  });
  const removeMapping = sqlite.transaction((authorityId: string, group: string, record: AuditRecord): boolean => {
    if (deleteMapping.run(authorityId, group).changes !== 1) return false;
    audit.write(record);
    return true;
  });
  const beginLogin = sqlite.transaction((login: StaffSsoLogin, sweepBefore: string, replaces: string | null) => {
    sweepLogins.run(sweepBefore);
    if (replaces) dropLogin.run(replaces);
    insertLogin.run(login.id, login.authorityId, login.state, login.nonce, login.codeVerifier, login.returnTo, login.lang, login.expiresAt);
  });
  const admit = sqlite.transaction((p: AdmittedPerson, record: Omit<AuditRecord, 'targetId'>): Admission => {
    const linked = linkedUser.get(p.issuer, p.subject);
    if (linked) {
      const refusal = linkedRefusal(linked, p);
      if (refusal) return refusal;
      updateUser.run(p.name, p.role, linked.userId);
      noteSignIn.run(p.at, linked.userId);
      audit.write({ ...record, targetId: linked.userId });
      return { admitted: true, userId: linked.userId, created: false };
    }
    if (emailTaken.get(p.email)) return { admitted: false, reason: 'email' };
    const userId = Number(insertUser.run(p.email, p.name, p.role, p.authorityId, UNUSABLE_HASH).lastInsertRowid);
    insertLink.run(userId, p.issuer, p.subject, p.at);
    audit.write({ ...record, targetId: userId });
    return { admitted: true, userId, created: true };
  });
  const suspend = sqlite.transaction((issuer: string, subject: string, authorityId: string, at: string, record: Omit<AuditRecord, 'targetId'>): number | null => {
    const linked = linkedUser.get(issuer, subject);
    if (!suspendable(linked, authorityId)) return null;
    deactivate.run(linked.userId);
    suspendLink.run(at, linked.userId);
    endSessions.run(linked.userId);
    audit.write({ ...record, targetId: linked.userId });
    return linked.userId;
  });

  return {
    mappings: async (authorityId) => mappings.all(authorityId),
    setMapping: async (m, record) => setMapping(m, record),
    removeMapping: async (authorityId, group, record) => removeMapping(authorityId, group, record),
    beginLogin: async (login, sweepBefore, replaces) => beginLogin(login, sweepBefore, replaces),
    takeLogin: async (id) => takeLogin.get(id),
    admit: async (person, record) => admit(person, record),
    suspend: async (issuer, subject, authorityId, at, record) => suspend(issuer, subject, authorityId, at, record),
    async linked(userIds) {
      if (userIds.length === 0) return new Set();
      const rows = sqlite
        .prepare<number[], { userId: number }>(`SELECT user_id AS userId FROM staff_sso_accounts WHERE user_id IN (${userIds.map(() => '?').join(',')})`)
        .all(...userIds);
      return new Set(rows.map((r) => r.userId));
    },
  };
}
