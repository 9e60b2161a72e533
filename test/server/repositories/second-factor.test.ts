/** The staff's second factor on both databases: the same answers and rows, and on PostgreSQL one use of a step across instances. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../server/audit/audit-repository';
import { createPgSecondFactorRepository } from '../../../server/auth/second-factor/pg-second-factor-repository';
import type { SecondFactorRepository } from '../../../server/auth/second-factor/second-factor-repository';
import type { Promised } from '../../../server/db/promised';
import { alternately, POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';

const audit = (action: string): AuditRecord => ({ at: '2026-12-07T10:00:00.000Z', actor: { kind: 'system' }, action, targetType: 'user', targetId: 1 });

describe.skipIf(!POSTGRES_AVAILABLE)('the second factor on both databases', () => {
  const both = useBothDatabases('second_factor', async (sqlite) => {
    const user = await sqlite.ctx.repos.staff.create(
      { email: 'k@example.fi', name: 'Käsittelijä', role: 'handler', authorityId: 'municipality-091', passwordHash: 'x', mustChangePassword: false },
      { at: '2026-12-07T09:00:00.000Z', actor: { kind: 'system' }, action: 'user.create', targetType: 'user' },
    );
    if (!user) throw new Error('no user');
    await sqlite.ctx.repos.sessions.start({ id: 'sess', kind: 'staff', userId: user.id, customerEmail: null, expiresAt: '2026-12-08T00:00:00.000Z', lastSeenAt: '2026-12-07T09:00:00.000Z' }, '2026-12-07T00:00:00.000Z');
    return user.id;
  });
  let sides: Array<SecondFactorRepository | Promised<SecondFactorRepository>>;
  let userId: number;
  beforeAll(() => {
    userId = both.seeded;
    sides = [both.sqlite.ctx.repos.secondFactor, createPgSecondFactorRepository(both.pool)];
  });

  it('enrol, accept a step once, spend a recovery code once, and reset alike', async () => {
    const answers = [];
    for (const repo of sides) {
      await repo.keepPendingSecret(userId, 'sealed-1');
      const pending = await repo.totp(userId);
      const accepted = await repo.acceptStep(userId, 100, 98, { confirmAt: '2026-12-07T10:00:00.000Z', recoveryCodeHashes: ['r1', 'r2'], passSession: { id: 'sess', at: '2026-12-07T10:00:00.000Z' }, audit: audit('totp.confirm') });
      const replay = await repo.acceptStep(userId, 100, 98, { audit: audit('totp.use') });
      const next = await repo.acceptStep(userId, 101, 100, { audit: audit('totp.use') });
      const steps = [...(await repo.usedSteps(userId))].sort();
      const spent = await repo.spendRecoveryCode(userId, 'r1', '2026-12-07T10:01:00.000Z', { audit: audit('recovery.use') });
      const spentAgain = await repo.spendRecoveryCode(userId, 'r1', '2026-12-07T10:02:00.000Z', { audit: audit('recovery.use') });
      const unused = await repo.unusedRecoveryCodes(userId);
      const enrolled = await repo.enrolledPeople('municipality-091');
      const elsewhere = await repo.enrolledPeople('municipality-049');
      const confirmed = await repo.totp(userId);
      const reset = await repo.resetAll(userId, audit('totp.reset'));
      const resetAgain = await repo.resetAll(userId, audit('totp.reset'));
      answers.push({ pending, accepted, replay, next, steps, spent, spentAgain, unused, enrolled, elsewhere, confirmed, reset, resetAgain, after: await repo.totp(userId) });
    }
    expect(answers[0]).toMatchObject({
      pending: { secretSealed: 'sealed-1', confirmedAt: null }, accepted: true, replay: false, next: true, steps: [100, 101], spent: true, spentAgain: false,
      unused: 1, enrolled: [{ id: userId, authorityNameFi: 'Helsinki' }], elsewhere: [], confirmed: { confirmedAt: '2026-12-07T10:00:00.000Z' }, reset: true, resetAgain: false, after: undefined,
    });
    expect(answers[1]).toEqual(answers[0]);
    const audits = "SELECT action FROM audit_log WHERE action LIKE 'totp.%' OR action LIKE 'recovery.%' ORDER BY id";
    expect((await both.pool.query(audits)).rows).toEqual(both.sqlite.ctx.sqlite.prepare(audits).all());
  });

  it('on PostgreSQL accept a step once across instances', async () => {
    const instances = both.instances(createPgSecondFactorRepository);
    await instances[0].keepPendingSecret(userId, 'sealed-2');
    const accepted = await alternately(instances, 6, (repo) => repo.acceptStep(userId, 200, 198, { audit: audit('totp.use') }));
    expect(accepted.filter(Boolean)).toHaveLength(1);
  });
});
