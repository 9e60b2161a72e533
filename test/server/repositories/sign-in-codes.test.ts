/** Customers' sign-in codes and strong identifications under way on both databases: the same answers, and on PostgreSQL once across instances. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutboxInsert } from '../../../server/alerts/outbox-repository';
import { createPgSignInCodeRepository } from '../../../server/customer/pg-sign-in-code-repository';
import type { SignInCodeRepository } from '../../../server/customer/sign-in-code-repository';
import type { Promised } from '../../../server/db/promised';
import { createPgIdentificationLoginRepository } from '../../../server/identification/pg-identification-login-repository';
import type { IdentificationLogin, IdentificationLoginRepository } from '../../../server/identification/identification-login-repository';
import { alternately, POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';

const EMAIL = 'maija@example.fi';
const mail = (at: string): OutboxInsert => ({
  kind: 'sign_in_code', audience: 'customer', authorityId: null, submissionId: null, toEmail: EMAIL,
  subject: 'Koodi', body: 'Koodisi', secret: 'sealed-code', status: 'kept', nextAttemptAt: null, createdAt: at,
});
const code = (hash: string, createdAt: string) => ({ email: EMAIL, codeHash: hash, expiresAt: '2026-12-07T10:15:00.000Z', createdAt });
const LIMIT = { recentSince: '2026-12-07T09:00:00.000Z', maxRecent: 3 };

describe.skipIf(!POSTGRES_AVAILABLE)('sign-in codes and identifications on both databases', () => {
  const both = useBothDatabases('codes');
  let codes: Array<SignInCodeRepository | Promised<SignInCodeRepository>>;
  let logins: Array<IdentificationLoginRepository | Promised<IdentificationLoginRepository>>;
  beforeAll(() => {
    codes = [both.sqlite.ctx.repos.signInCodes, createPgSignInCodeRepository(both.pool)];
    logins = [both.sqlite.ctx.repos.identificationLogins, createPgIdentificationLoginRepository(both.pool)];
  });

  it('issue codes up to the limit and redeem one once; a wrong guess counts', async () => {
    const answers = [];
    for (const repo of codes) {
      const issued = [];
      for (let i = 0; i < 4; i++) issued.push(await repo.issue(code(`h${i}`, `2026-12-07T10:00:0${i}.000Z`), LIMIT, mail('2026-12-07T10:00:00.000Z'), '2026-12-07T09:00:00.000Z'));
      const wrong = await repo.redeem(EMAIL, '2026-12-07T10:01:00.000Z', 5, () => false);
      const right = await repo.redeem(EMAIL, '2026-12-07T10:02:00.000Z', 5, (hash) => hash === 'h1');
      const again = await repo.redeem(EMAIL, '2026-12-07T10:03:00.000Z', 5, (hash) => hash === 'h1');
      answers.push({ issued, wrong, right, again });
    }
    expect(answers[0]).toEqual({ issued: [true, true, true, false], wrong: false, right: true, again: false });
    expect(answers[1]).toEqual(answers[0]);
    const rows = 'SELECT code_hash AS "codeHash", attempts, used_at AS "usedAt" FROM customer_codes ORDER BY id';
    expect((await both.pool.query(rows)).rows).toEqual(both.sqlite.ctx.sqlite.prepare(rows).all());
  });

  it('on PostgreSQL keep the limit and a single use across instances', async () => {
    const instances = both.instances(createPgSignInCodeRepository);
    const other = { ...LIMIT, recentSince: '2026-12-07T10:00:30.000Z' };
    const issued = await alternately(instances, 8, (repo, i) => repo.issue(code(`p${i}`, '2026-12-07T10:05:00.000Z'), other, mail('2026-12-07T10:05:00.000Z'), '2026-12-07T09:00:00.000Z'));
    expect(issued.filter(Boolean)).toHaveLength(3);
    const unused = 'SELECT count(*) AS n FROM customer_codes WHERE used_at IS NULL';
    const live = Number((await both.pool.query<{ n: number }>(unused)).rows[0].n);
    const redeemed = await alternately(instances, live + 3, (repo) => repo.redeem(EMAIL, '2026-12-07T10:06:00.000Z', 5, () => true));
    // Each live code is used once: as many successes as live codes, then none left.
    expect(redeemed.filter(Boolean)).toHaveLength(live);
    expect(Number((await both.pool.query<{ n: number }>(unused)).rows[0].n)).toBe(0);
  });

  it('keep an identification under way until it is taken, once', async () => {
    const login = (id: string, expiresAt: string): IdentificationLogin => ({ id, state: `s-${id}`, nonce: 'n', codeVerifier: 'v', returnTo: '/fi', lang: 'fi', expiresAt });
    const answers = [];
    for (const repo of logins) {
      await repo.begin(login('old', '2026-12-07T09:00:00.000Z'), '2026-12-07T08:00:00.000Z', null);
      await repo.begin(login('first', '2026-12-07T11:00:00.000Z'), '2026-12-07T08:00:00.000Z', null);
      await repo.begin(login('second', '2026-12-07T11:00:00.000Z'), '2026-12-07T10:00:00.000Z', 'first');
      answers.push({ swept: await repo.take('old'), replaced: await repo.take('first'), taken: await repo.take('second'), again: await repo.take('second') });
    }
    expect(answers[0]).toEqual({ swept: undefined, replaced: undefined, taken: login('second', '2026-12-07T11:00:00.000Z'), again: undefined });
    expect(answers[1]).toEqual(answers[0]);
  });
});
