/** The staff's second factor in SQLite. */
import type { Sqlite } from '../../db/connection';
import { createSqliteAuditWriter } from '../../audit/sqlite-audit-repository';
import type { AuditRecord } from '../../audit/audit-repository';
import type { EnrolledPerson, SecondFactorChange, SecondFactorRepository, TotpRecord } from './second-factor-repository';
import { ENROLLED_PEOPLE_SQL, TOTP_COLUMNS } from './second-factor-row';

export function createSqliteSecondFactorRepository(sqlite: Sqlite): SecondFactorRepository {
  const audit = createSqliteAuditWriter(sqlite);
  const totp = sqlite.prepare<[number], TotpRecord>(`SELECT ${TOTP_COLUMNS} FROM staff_totp WHERE user_id = ?`);
  const keepPending = sqlite.prepare<[number, string]>(
    `INSERT INTO staff_totp (user_id, secret_sealed, confirmed_at) VALUES (?, ?, NULL)
     ON CONFLICT (user_id) DO UPDATE SET secret_sealed = excluded.secret_sealed, confirmed_at = NULL`,
  );
  const usedSteps = sqlite.prepare<[number], { step: number }>('SELECT step FROM staff_totp_used_steps WHERE user_id = ?');
  const sweepSteps = sqlite.prepare<[number, number]>('DELETE FROM staff_totp_used_steps WHERE user_id = ? AND step < ?');
  const recordStep = sqlite.prepare<[number, number]>('INSERT OR IGNORE INTO staff_totp_used_steps (user_id, step) VALUES (?, ?)');
  const confirm = sqlite.prepare<[string, number]>('UPDATE staff_totp SET confirmed_at = ? WHERE user_id = ?');
  const dropCodes = sqlite.prepare<[number]>('DELETE FROM staff_recovery_codes WHERE user_id = ?');
  const addCode = sqlite.prepare<[number, string]>('INSERT INTO staff_recovery_codes (user_id, code_hash) VALUES (?, ?)');
  const spendCode = sqlite.prepare<[string, number, string]>('UPDATE staff_recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL');
  const unusedCodes = sqlite.prepare<[number], { n: number }>('SELECT count(*) AS n FROM staff_recovery_codes WHERE user_id = ? AND used_at IS NULL');
  const passSession = sqlite.prepare<[string, string]>('UPDATE sessions SET second_factor_at = ? WHERE id = ?');
  const dropSteps = sqlite.prepare<[number]>('DELETE FROM staff_totp_used_steps WHERE user_id = ?');
  const dropTotp = sqlite.prepare<[number]>('DELETE FROM staff_totp WHERE user_id = ?');
  const endSessions = sqlite.prepare<[number]>('DELETE FROM sessions WHERE user_id = ?');

  function write(userId: number, change: SecondFactorChange): void {
    if (change.confirmAt) confirm.run(change.confirmAt, userId);
    if (change.recoveryCodeHashes) {
      dropCodes.run(userId);
      for (const hash of change.recoveryCodeHashes) addCode.run(userId, hash);
    }
    if (change.passSession) passSession.run(change.passSession.at, change.passSession.id);
    if (change.remove) {
      dropCodes.run(userId);
      dropSteps.run(userId);
      dropTotp.run(userId);
    }
    audit.write(change.audit);
  }

  const acceptStep = sqlite.transaction((userId: number, step: number, oldestLive: number, change: SecondFactorChange): boolean => {
    sweepSteps.run(userId, oldestLive);
    if (recordStep.run(userId, step).changes !== 1) return false;
    write(userId, change);
    return true;
  });
  const spend = sqlite.transaction((userId: number, codeHash: string, at: string, change: SecondFactorChange): boolean => {
    if (spendCode.run(at, userId, codeHash).changes !== 1) return false;
    write(userId, change);
    return true;
  });

  const enrolled = sqlite.prepare<[string | null, string | null], EnrolledPerson>(
    `${ENROLLED_PEOPLE_SQL} AND (? IS NULL OR u.authority_id = ?) ORDER BY u.name, u.id`,
  );
  const resetAll = sqlite.transaction((userId: number, record: AuditRecord): boolean => {
    if (dropTotp.run(userId).changes !== 1) return false;
    dropCodes.run(userId);
    dropSteps.run(userId);
    endSessions.run(userId);
    audit.write(record);
    return true;
  });

  return {
    resetAll: async (userId, record) => resetAll(userId, record),
    enrolledPeople: async (authorityId) => enrolled.all(authorityId, authorityId),
    totp: async (userId) => totp.get(userId),
    keepPendingSecret: async (userId, secretSealed) => void keepPending.run(userId, secretSealed),
    usedSteps: async (userId) => new Set(usedSteps.all(userId).map((r) => r.step)),
    acceptStep: async (userId, step, oldestLive, change) => acceptStep(userId, step, oldestLive, change),
    spendRecoveryCode: async (userId, codeHash, at, change) => spend(userId, codeHash, at, change),
    unusedRecoveryCodes: async (userId) => unusedCodes.get(userId)?.n ?? 0,
  };
}
