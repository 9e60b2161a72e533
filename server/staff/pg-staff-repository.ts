/** Staff accounts in PostgreSQL. */
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import type { Promised } from '../db/promised';
import { unitOfWork, type PgDatabase } from '../db/postgres/unit-of-work';
import type { StaffRepository } from './staff-repository';
import { USER_COLUMNS, USER_WITH_AUTHORITY, userOf, userWithAuthorityOf, type StoredUser, type StoredUserWithAuthority } from './user-row';

export function createPgStaffRepository(db: PgDatabase): Promised<StaffRepository> {
  const unit = unitOfWork(db);
  const one = async (where: string, values: unknown[]) => {
    const row = (await db.query<StoredUser>(`SELECT ${USER_COLUMNS} FROM users u WHERE ${where}`, values)).rows[0];
    return row && userOf(row);
  };
  return {
    byId: (id) => one('u.id = $1', [id]),
    byEmail: (email) => one('u.email = $1', [email]),
    async withAuthority(id) {
      const row = (await db.query<StoredUserWithAuthority>(`${USER_WITH_AUTHORITY} WHERE u.id = $1`, [id])).rows[0];
      return row && userWithAuthorityOf(row);
    },
    // COLLATE "C": names in SQLite's (binary) order, whatever the database's locale.
    ofAuthority: async (authorityId) =>
      (await db.query<StoredUser>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.authority_id = $1 ORDER BY u.name COLLATE "C", u.id`, [authorityId])).rows.map(userOf),
    ofAuthorityById: (authorityId, id) => one('u.id = $1 AND u.authority_id = $2', [id, authorityId]),
    async names(ids) {
      if (ids.length === 0) return new Map();
      const rows = (await db.query<{ id: number; name: string }>('SELECT id, name FROM users WHERE id = ANY($1::bigint[])', [[...new Set(ids)]])).rows;
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    create: (user, record) =>
      unit(async (client) => {
        // Emails are unique across all authorities. Asked first so that a refusal draws no id from
        // the sequence; ON CONFLICT covers an account created meanwhile.
        if ((await client.query('SELECT 1 FROM users WHERE email = $1', [user.email])).rowCount) return null;
        const inserted = await client.query<StoredUser>(
          `INSERT INTO users AS u (email, name, role, authority_id, password_hash, must_change_password) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (email) DO NOTHING RETURNING ${USER_COLUMNS}`,
          [user.email, user.name, user.role, user.authorityId, user.passwordHash, user.mustChangePassword],
        );
        const row = inserted.rows[0];
        if (!row) return null;
        await createPgAuditRepository(client).write({ ...record, targetId: row.id });
        return userOf(row);
      }),
    setPassword: (userId, change, record) =>
      unit(async (client) => {
        await client.query('UPDATE users SET password_hash = $1, must_change_password = $2 WHERE id = $3', [change.passwordHash, change.mustChangePassword, userId]);
        if (change.keepSessionId === null) await client.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
        else await client.query('DELETE FROM sessions WHERE user_id = $1 AND id <> $2', [userId, change.keepSessionId]);
        await createPgAuditRepository(client).write(record);
      }),
    setActive: (userId, active, record) =>
      unit(async (client) => {
        await client.query('UPDATE users SET active = $1 WHERE id = $2', [active, userId]);
        if (!active) await client.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
        if (record) await createPgAuditRepository(client).write(record);
      }),
  };
}
