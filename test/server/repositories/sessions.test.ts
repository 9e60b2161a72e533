/** Sessions on both databases: started, read, touched, swept when expired, ended; the same answers. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createPgSessionRepository } from '../../../server/auth/pg-session-repository';
import type { NewSession, SessionRepository } from '../../../server/auth/session-repository';
import type { Promised } from '../../../server/db/promised';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';

describe.skipIf(!POSTGRES_AVAILABLE)('sessions on both databases', () => {
  const both = useBothDatabases('sessions', async (sqlite) => {
    const user = await sqlite.ctx.repos.staff.create(
      { email: 'kasittelija@example.fi', name: 'Käsittelijä', role: 'handler', authorityId: 'municipality-091', passwordHash: 'scrypt$1$1$1$s$h', mustChangePassword: true },
      { at: '2026-12-07T09:00:00.000Z', actor: { kind: 'system' }, action: 'user.create', targetType: 'user' },
    );
    if (!user) throw new Error('no user');
    return user.id;
  });
  let sides: Array<SessionRepository | Promised<SessionRepository>>;
  let userId: number;
  beforeAll(() => {
    userId = both.seeded;
    sides = [both.sqlite.ctx.repos.sessions, createPgSessionRepository(both.pool)];
  });

  const staff = (id: string, expiresAt: string): NewSession => ({
    id, kind: 'staff', userId, customerEmail: null, ssoIdToken: 'sealed-token', expiresAt, lastSeenAt: '2026-12-07T10:00:00.000Z',
  });
  const customer = (id: string, expiresAt: string): NewSession => ({
    id, kind: 'customer', userId: null, customerEmail: null, identification: 'strong', personKey: 'pk-1', personGivenName: 'Maija',
    personFamilyName: 'Meikäläinen', personId: '010101-123N', expiresAt, lastSeenAt: '2026-12-07T10:00:00.000Z',
  });

  it('start and read staff and customer sessions alike', async () => {
    const answers = [];
    for (const repo of sides) {
      await repo.start(staff('s1', '2026-12-07T18:00:00.000Z'), '2026-12-07T10:00:00.000Z');
      await repo.start(customer('c1', '2026-12-07T11:00:00.000Z'), '2026-12-07T10:00:00.000Z');
      await repo.touch('s1', '2026-12-07T10:05:00.000Z');
      const staffSession = await repo.staffSession('s1');
      // The time the database stamped it with, in the same form on both.
      expect(staffSession?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      answers.push({
        staff: staffSession && { ...staffSession, createdAt: undefined },
        customer: await repo.customerSession('c1'),
        notStaff: await repo.staffSession('c1'),
        token: await repo.ssoIdToken('s1'),
      });
    }
    expect(answers[0].staff).toMatchObject({ lastSeenAt: '2026-12-07T10:05:00.000Z', user: { id: userId, active: true, mustChangePassword: true } });
    expect(answers[0].customer).toMatchObject({ identification: 'strong', personKey: 'pk-1' });
    expect(answers[0].token).toBe('sealed-token');
    expect(answers[1]).toEqual(answers[0]);
  });

  it('sweep expired sessions when another starts, and end one', async () => {
    const answers = [];
    for (const repo of sides) {
      // c1 expired at 11:00; a session started at 12:00 sweeps it.
      await repo.start(customer('c2', '2026-12-07T13:00:00.000Z'), '2026-12-07T12:00:00.000Z');
      const swept = await repo.customerSession('c1');
      await repo.end('s1');
      answers.push({ swept, ended: await repo.staffSession('s1'), live: await repo.customerSession('c2') });
    }
    expect(answers[0]).toMatchObject({ swept: undefined, ended: undefined, live: { personKey: 'pk-1' } });
    expect(answers[1]).toEqual(answers[0]);
  });
});
