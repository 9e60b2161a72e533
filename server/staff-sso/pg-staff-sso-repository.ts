/** Staff single sign-on in PostgreSQL (staff_sso_group_roles, staff_sso_logins, staff_sso_accounts). */
import type { GroupRoleMapping } from '../../permissions/group-roles';
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import { UNUSABLE_HASH } from '../auth/password';
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import { unitOfWork, type PgDatabase } from '../db/postgres/unit-of-work';
import type { StaffSsoLogin, StaffSsoRepository } from './staff-sso-repository';
import { LINKED_USER_FROM, LOGIN_COLUMNS, MAPPING_COLUMNS, linkedRefusal, suspendable, type LinkedUser } from './staff-sso-rows';

/**
 * The linked account, its row locked until the unit of work ends: two sign-ins (or a sign-in and
 * a suspension) of one person take their turns, as SQLite's one writer has them.
 */
async function linkedUser(client: PgQueryable, issuer: string, subject: string): Promise<LinkedUser | undefined> {
  return (await client.query<LinkedUser>(`${LINKED_USER_FROM} WHERE l.issuer = $1 AND l.subject = $2 FOR UPDATE OF l`, [issuer, subject])).rows[0];
}

export function createPgStaffSsoRepository(db: PgDatabase): Promised<StaffSsoRepository> {
  const unit = unitOfWork(db);
  return {
    mappings: async (authorityId) =>
      (await db.query<GroupRoleMapping>(`SELECT ${MAPPING_COLUMNS} FROM staff_sso_group_roles WHERE authority_id = $1 ORDER BY group_value COLLATE "C"`, [authorityId])).rows,
    setMapping: (m, record) =>
      unit(async (client) => {
        await client.query(
          `INSERT INTO staff_sso_group_roles (authority_id, group_value, role) VALUES ($1, $2, $3)
           ON CONFLICT (authority_id, group_value) DO UPDATE SET role = excluded.role`,
          [m.authorityId, m.group, m.role],
        );
        await createPgAuditRepository(client).write(record);
      }),
    removeMapping: (authorityId, group, record) =>
      unit(async (client) => {
        const removed = await client.query('DELETE FROM staff_sso_group_roles WHERE authority_id = $1 AND group_value = $2', [authorityId, group]);
        if (removed.rowCount !== 1) return false;
        await createPgAuditRepository(client).write(record);
        return true;
      }),
    beginLogin: (login, sweepBefore, replaces) =>
      unit(async (client) => {
        await client.query('DELETE FROM staff_sso_logins WHERE expires_at < $1', [sweepBefore]);
        if (replaces) await client.query('DELETE FROM staff_sso_logins WHERE id = $1', [replaces]);
        await client.query(
          'INSERT INTO staff_sso_logins (id, authority_id, state, nonce, code_verifier, return_to, lang, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
          [login.id, login.authorityId, login.state, login.nonce, login.codeVerifier, login.returnTo, login.lang, login.expiresAt],
        );
      }),
    // One statement: of two takes of one sign-in, only one gets the row.
    takeLogin: async (id) => (await db.query<StaffSsoLogin>(`DELETE FROM staff_sso_logins WHERE id = $1 RETURNING ${LOGIN_COLUMNS}`, [id])).rows[0],
    admit: (p, record) =>
      unit(async (client) => {
        const audit = createPgAuditRepository(client);
        const linked = await linkedUser(client, p.issuer, p.subject);
        if (linked) {
          const refusal = linkedRefusal(linked, p);
          if (refusal) return refusal;
          await client.query('UPDATE users SET name = $1, role = $2, active = true WHERE id = $3', [p.name, p.role, linked.userId]);
          await client.query('UPDATE staff_sso_accounts SET suspended_at = NULL, last_sign_in_at = $1 WHERE user_id = $2', [p.at, linked.userId]);
          await audit.write({ ...record, targetId: linked.userId });
          return { admitted: true, userId: linked.userId, created: false };
        }
        // Asked first so that a refusal draws no id from the sequence; ON CONFLICT covers an account created meanwhile.
        if ((await client.query('SELECT 1 FROM users WHERE email = $1', [p.email])).rowCount) return { admitted: false, reason: 'email' };
        const inserted = await client.query<{ id: number }>(
          `INSERT INTO users (email, name, role, authority_id, password_hash, must_change_password) VALUES ($1, $2, $3, $4, $5, false)
           ON CONFLICT (email) DO NOTHING RETURNING id`,
          [p.email, p.name, p.role, p.authorityId, UNUSABLE_HASH],
        );
        const userId = inserted.rows[0]?.id;
        if (userId === undefined) return { admitted: false, reason: 'email' };
        await client.query('INSERT INTO staff_sso_accounts (user_id, issuer, subject, last_sign_in_at) VALUES ($1, $2, $3, $4)', [userId, p.issuer, p.subject, p.at]);
        await audit.write({ ...record, targetId: userId });
        return { admitted: true, userId, created: true };
      }),
    suspend: (issuer, subject, authorityId, at, record) =>
      unit(async (client) => {
        const linked = await linkedUser(client, issuer, subject);
        if (!suspendable(linked, authorityId)) return null;
        await client.query('UPDATE users SET active = false WHERE id = $1', [linked.userId]);
        await client.query('UPDATE staff_sso_accounts SET suspended_at = $1 WHERE user_id = $2', [at, linked.userId]);
        await client.query('DELETE FROM sessions WHERE user_id = $1', [linked.userId]);
        await createPgAuditRepository(client).write({ ...record, targetId: linked.userId });
        return linked.userId;
      }),
    async linked(userIds) {
      if (userIds.length === 0) return new Set();
      const rows = (await db.query<{ userId: number }>('SELECT user_id AS "userId" FROM staff_sso_accounts WHERE user_id = ANY($1::bigint[])', [[...userIds]])).rows;
      return new Set(rows.map((r) => r.userId));
    },
  };
}
