/**
 * The staff's second factor in PostgreSQL. Each unit of work is one transaction; across instances
 * the primary key of a used step and the conditional update of a recovery code let one of two
 * concurrent uses through (the other waits for it, then finds the step recorded or the code used).
 */
import type pg from 'pg';
import { createPgAuditRepository } from '../../audit/pg-audit-repository';
import type { AuditRecord } from '../../audit/audit-repository';
import type { Promised } from '../../db/promised';
import { inTransaction } from '../../db/postgres/transaction';
import type { EnrolledPerson, SecondFactorChange, SecondFactorRepository, TotpRecord } from './second-factor-repository';
import { ENROLLED_PEOPLE_SQL, TOTP_COLUMNS } from './second-factor-row';

async function dropAll(client: pg.PoolClient, userId: number): Promise<void> {
  await client.query('DELETE FROM staff_recovery_codes WHERE user_id = $1', [userId]);
  await client.query('DELETE FROM staff_totp_used_steps WHERE user_id = $1', [userId]);
}

async function write(client: pg.PoolClient, userId: number, change: SecondFactorChange): Promise<void> {
  if (change.confirmAt) await client.query('UPDATE staff_totp SET confirmed_at = $1 WHERE user_id = $2', [change.confirmAt, userId]);
  if (change.recoveryCodeHashes) {
    await client.query('DELETE FROM staff_recovery_codes WHERE user_id = $1', [userId]);
    for (const hash of change.recoveryCodeHashes) await client.query('INSERT INTO staff_recovery_codes (user_id, code_hash) VALUES ($1, $2)', [userId, hash]);
  }
  if (change.passSession) await client.query('UPDATE sessions SET second_factor_at = $1 WHERE id = $2', [change.passSession.at, change.passSession.id]);
  if (change.remove) {
    await dropAll(client, userId);
    await client.query('DELETE FROM staff_totp WHERE user_id = $1', [userId]);
  }
  await createPgAuditRepository(client).write(change.audit);
}

export function createPgSecondFactorRepository(pool: pg.Pool): Promised<SecondFactorRepository> {
  return {
    async totp(userId) {
      return (await pool.query<TotpRecord>({ name: 'secondFactor.totp', text: `SELECT ${TOTP_COLUMNS} FROM staff_totp WHERE user_id = $1`, values: [userId] })).rows[0];
    },
    async keepPendingSecret(userId, secretSealed) {
      await pool.query(
        `INSERT INTO staff_totp (user_id, secret_sealed, confirmed_at) VALUES ($1, $2, NULL)
         ON CONFLICT (user_id) DO UPDATE SET secret_sealed = excluded.secret_sealed, confirmed_at = NULL`,
        [userId, secretSealed],
      );
    },
    async usedSteps(userId) {
      return new Set((await pool.query<{ step: number }>('SELECT step FROM staff_totp_used_steps WHERE user_id = $1', [userId])).rows.map((r) => r.step));
    },
    acceptStep: (userId, step, oldestLive, change) =>
      inTransaction(pool, async (client) => {
        await client.query('DELETE FROM staff_totp_used_steps WHERE user_id = $1 AND step < $2', [userId, oldestLive]);
        const recorded = await client.query('INSERT INTO staff_totp_used_steps (user_id, step) VALUES ($1, $2) ON CONFLICT DO NOTHING', [userId, step]);
        if (recorded.rowCount !== 1) return false;
        await write(client, userId, change);
        return true;
      }),
    spendRecoveryCode: (userId, codeHash, at, change) =>
      inTransaction(pool, async (client) => {
        const spent = await client.query('UPDATE staff_recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL', [at, userId, codeHash]);
        if (spent.rowCount !== 1) return false;
        await write(client, userId, change);
        return true;
      }),
    async unusedRecoveryCodes(userId) {
      return (await pool.query<{ n: number }>('SELECT count(*) AS n FROM staff_recovery_codes WHERE user_id = $1 AND used_at IS NULL', [userId])).rows[0]?.n ?? 0;
    },
    resetAll: (userId, record: AuditRecord) =>
      inTransaction(pool, async (client) => {
        const removed = await client.query('DELETE FROM staff_totp WHERE user_id = $1', [userId]);
        if (removed.rowCount !== 1) return false;
        await dropAll(client, userId);
        await client.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
        await createPgAuditRepository(client).write(record);
        return true;
      }),
    async enrolledPeople(authorityId) {
      // u.name sorts byte-wise, as SQLite's BINARY collation does.
      return (await pool.query<EnrolledPerson>(`${ENROLLED_PEOPLE_SQL} AND ($1::text IS NULL OR u.authority_id = $1) ORDER BY u.name COLLATE "C", u.id`, [authorityId])).rows;
    },
  };
}
