/** Staff accounts and staff single sign-on give the same answers on SQLite and on PostgreSQL. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../server/audit/audit-repository';
import { UNUSABLE_HASH } from '../../../server/auth/password';
import { createPgStaffSsoRepository } from '../../../server/staff-sso/pg-staff-sso-repository';
import type { StaffSsoRepository } from '../../../server/staff-sso/staff-sso-repository';
import { createPgStaffRepository } from '../../../server/staff/pg-staff-repository';
import type { NewUser, StaffRepository } from '../../../server/staff/staff-repository';
import type { Promised } from '../../../server/db/promised';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';
import { clockless, LAST_AUDIT, sameAnswer, sameRows } from '../../support/same-answers';

const AUTHORITY = 'municipality-091';
const AT = '2026-12-07T10:00:00.000Z';
const audit = (action: string, targetId: string | number = 0): AuditRecord => ({ at: AT, actor: { kind: 'system' }, action, targetType: 'user', targetId });
const newUser = (email: string, name: string, authorityId: string | null = AUTHORITY): NewUser => ({
  email, name, role: authorityId ? 'handler' : 'coordinator', authorityId, passwordHash: UNUSABLE_HASH, mustChangePassword: true,
});

describe.skipIf(!POSTGRES_AVAILABLE)('staff accounts and single sign-on on both databases', () => {
  const both = useBothDatabases('staff', async ({ ctx: { repos } }) => {
    const ids: number[] = [];
    for (const u of [newUser('ville@hel.example', 'Ville'), newUser('aino@hel.example', 'Aino'), newUser('koordinaattori@kevyt.example', 'Kaisa', null)]) {
      ids.push((await repos.staff.create(u, audit('user.create')))?.id ?? 0);
    }
    for (const [id, userId] of [['s1', ids[0]], ['s2', ids[0]], ['s3', ids[1]]] as const) {
      await repos.sessions.start({ id, kind: 'staff', userId, customerEmail: null, expiresAt: '2099-01-01T00:00:00.000Z', lastSeenAt: AT }, AT);
    }
    return ids;
  });
  let staff: StaffRepository;
  let pgStaff: Promised<StaffRepository>;
  let sso: StaffSsoRepository;
  let pgSso: Promised<StaffSsoRepository>;
  let ids: number[];

  beforeAll(() => {
    ids = both.seeded;
    staff = both.sqlite.ctx.repos.staff;
    pgStaff = createPgStaffRepository(both.pool);
    sso = both.sqlite.ctx.repos.staffSso;
    pgSso = createPgStaffSsoRepository(both.pool);
  });

  const sessionsLeft = () => sameRows(both.sqlite.ctx.sqlite, both.pool, 'SELECT id FROM sessions ORDER BY id');

  it('reads accounts alike', async () => {
    const ville = await sameAnswer(staff, pgStaff, (r) => r.byId(ids[0]));
    expect(ville).toMatchObject({ email: 'ville@hel.example', active: true, mustChangePassword: true, authorityId: AUTHORITY });
    expect(await sameAnswer(staff, pgStaff, (r) => r.byEmail('aino@hel.example'))).toMatchObject({ id: ids[1] });
    expect(await sameAnswer(staff, pgStaff, (r) => r.byEmail('nobody@hel.example'))).toBeUndefined();
    expect(await sameAnswer(staff, pgStaff, (r) => r.withAuthority(ids[0]))).toMatchObject({ authority: { id: AUTHORITY, kind: 'municipality' } });
    expect(await sameAnswer(staff, pgStaff, (r) => r.withAuthority(ids[2]))).toMatchObject({ authority: null });
    expect(await sameAnswer(staff, pgStaff, (r) => r.withAuthority(999_999))).toBeUndefined();
    expect((await sameAnswer(staff, pgStaff, (r) => r.ofAuthority(AUTHORITY))).map((u) => u.name)).toEqual(['Aino', 'Ville']);
    expect(await sameAnswer(staff, pgStaff, (r) => r.ofAuthorityById(AUTHORITY, ids[2]))).toBeUndefined();
    expect(await sameAnswer(staff, pgStaff, (r) => r.ofAuthorityById(AUTHORITY, ids[1]))).toMatchObject({ name: 'Aino' });
    expect(await sameAnswer(staff, pgStaff, (r) => r.names([ids[0], ids[1], ids[0], 999_999]))).toEqual(new Map([[ids[0], 'Ville'], [ids[1], 'Aino']]));
    expect(await sameAnswer(staff, pgStaff, (r) => r.names([]))).toEqual(new Map());
  });

  it('creates an account with its audit row, and refuses a taken address', async () => {
    // created_at is each database's own clock.
    const created = await sameAnswer(staff, pgStaff, async (r) => clockless(await r.create(newUser('uusi@hel.example', 'Uusi'), audit('user.create'))));
    expect(created).toMatchObject({ email: 'uusi@hel.example', active: true, createdAt: 'an ISO instant' });
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'user.create', targetId: String(created?.id) })]);
    expect(await sameAnswer(staff, pgStaff, (r) => r.create(newUser('uusi@hel.example', 'Toinen'), audit('user.create.again')))).toBeNull();
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'user.create' })]);
  });

  it('changes a password ending the other sessions, and deactivates ending all', async () => {
    await sameAnswer(staff, pgStaff, (r) => r.setPassword(ids[0], { passwordHash: 'scrypt$new', mustChangePassword: false, keepSessionId: 's1' }, audit('user.password', ids[0])));
    expect(await sameAnswer(staff, pgStaff, (r) => r.byId(ids[0]))).toMatchObject({ passwordHash: 'scrypt$new', mustChangePassword: false });
    expect(await sessionsLeft()).toEqual([{ id: 's1' }, { id: 's3' }]);
    await sameAnswer(staff, pgStaff, (r) => r.setActive(ids[1], false, audit('user.deactivate', ids[1])));
    expect(await sameAnswer(staff, pgStaff, (r) => r.byId(ids[1]))).toMatchObject({ active: false });
    expect(await sessionsLeft()).toEqual([{ id: 's1' }]);
    await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT);
    await sameAnswer(staff, pgStaff, (r) => r.setActive(ids[1], true, null));
    expect(await sameAnswer(staff, pgStaff, (r) => r.byId(ids[1]))).toMatchObject({ active: true });
    await sameAnswer(staff, pgStaff, (r) => r.setPassword(ids[0], { passwordHash: 'scrypt$newer', mustChangePassword: true, keepSessionId: null }, audit('user.password', ids[0])));
    expect(await sessionsLeft()).toEqual([]);
  });

  it('keeps group mappings', async () => {
    await sameAnswer(sso, pgSso, (r) => r.setMapping({ authorityId: AUTHORITY, group: 'g-b', role: 'handler' }, audit('sso.mapping')));
    await sameAnswer(sso, pgSso, (r) => r.setMapping({ authorityId: AUTHORITY, group: 'G-a', role: 'designer' }, audit('sso.mapping')));
    await sameAnswer(sso, pgSso, (r) => r.setMapping({ authorityId: AUTHORITY, group: 'g-b', role: 'admin' }, audit('sso.mapping')));
    expect(await sameAnswer(sso, pgSso, (r) => r.mappings(AUTHORITY))).toEqual([
      { authorityId: AUTHORITY, group: 'G-a', role: 'designer' },
      { authorityId: AUTHORITY, group: 'g-b', role: 'admin' },
    ]);
    expect(await sameAnswer(sso, pgSso, (r) => r.removeMapping(AUTHORITY, 'G-a', audit('sso.unmap')))).toBe(true);
    expect(await sameAnswer(sso, pgSso, (r) => r.removeMapping(AUTHORITY, 'G-a', audit('sso.unmap.again')))).toBe(false);
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'sso.unmap' })]);
    expect(await sameAnswer(sso, pgSso, (r) => r.mappings(AUTHORITY))).toHaveLength(1);
  });

  it('begins and takes sign-ins once, sweeping expired and replaced ones', async () => {
    const login = (id: string, expiresAt: string) => ({ id, authorityId: AUTHORITY, state: `st-${id}`, nonce: 'n', codeVerifier: 'v', returnTo: '/', lang: 'fi', expiresAt });
    await sameAnswer(sso, pgSso, (r) => r.beginLogin(login('old', '2026-12-07T09:00:00.000Z'), '2026-12-07T08:00:00.000Z', null));
    await sameAnswer(sso, pgSso, (r) => r.beginLogin(login('first', '2026-12-07T11:00:00.000Z'), '2026-12-07T08:00:00.000Z', null));
    await sameAnswer(sso, pgSso, (r) => r.beginLogin(login('second', '2026-12-07T11:00:00.000Z'), '2026-12-07T10:00:00.000Z', 'first'));
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, 'SELECT id FROM staff_sso_logins ORDER BY id')).toEqual([{ id: 'second' }]);
    expect(await sameAnswer(sso, pgSso, (r) => r.takeLogin('second'))).toEqual(login('second', '2026-12-07T11:00:00.000Z'));
    expect(await sameAnswer(sso, pgSso, (r) => r.takeLogin('second'))).toBeUndefined();
  });

  it('admits, refuses, suspends and admits again', async () => {
    const person = { issuer: 'https://idp.example', subject: 'sub-1', authorityId: AUTHORITY, email: 'sso@hel.example', name: 'Sanna', role: 'handler' as const, at: AT };
    const first = await sameAnswer(sso, pgSso, (r) => r.admit(person, audit('sso.admit')));
    expect(first).toMatchObject({ admitted: true, created: true });
    const userId = first.admitted ? first.userId : 0;
    expect(await sameRows(both.sqlite.ctx.sqlite, both.pool, LAST_AUDIT)).toEqual([expect.objectContaining({ action: 'sso.admit', targetId: String(userId) })]);
    expect(await sameAnswer(sso, pgSso, (r) => r.admit({ ...person, name: 'Sanna S', role: 'admin' }, audit('sso.admit')))).toEqual({ admitted: true, userId, created: false });
    expect(await sameAnswer(staff, pgStaff, async (r) => clockless(await r.byId(userId)))).toMatchObject({ name: 'Sanna S', role: 'admin', passwordHash: UNUSABLE_HASH, mustChangePassword: false });
    expect(await sameAnswer(sso, pgSso, (r) => r.admit({ ...person, subject: 'sub-2', email: 'aino@hel.example' }, audit('sso.admit')))).toEqual({ admitted: false, reason: 'email' });
    expect(await sameAnswer(sso, pgSso, (r) => r.admit({ ...person, authorityId: 'municipality-049' }, audit('sso.admit')))).toEqual({ admitted: false, reason: 'other_authority' });
    expect(await sameAnswer(sso, pgSso, (r) => r.linked([userId, ids[0]]))).toEqual(new Set([userId]));
    expect(await sameAnswer(sso, pgSso, (r) => r.linked([]))).toEqual(new Set());

    expect(await sameAnswer(sso, pgSso, (r) => r.suspend(person.issuer, person.subject, 'municipality-049', AT, audit('sso.suspend')))).toBeNull();
    expect(await sameAnswer(sso, pgSso, (r) => r.suspend(person.issuer, person.subject, AUTHORITY, AT, audit('sso.suspend')))).toBe(userId);
    expect(await sameAnswer(sso, pgSso, (r) => r.suspend(person.issuer, person.subject, AUTHORITY, AT, audit('sso.suspend')))).toBeNull();
    expect(await sameAnswer(staff, pgStaff, async (r) => clockless(await r.byId(userId)))).toMatchObject({ active: false });
    // Suspended by its groups: a sign-in with a role lifts it.
    expect(await sameAnswer(sso, pgSso, (r) => r.admit(person, audit('sso.admit')))).toEqual({ admitted: true, userId, created: false });
    // Deactivated by an admin: it holds.
    await sameAnswer(staff, pgStaff, (r) => r.setActive(userId, false, null));
    expect(await sameAnswer(sso, pgSso, (r) => r.admit(person, audit('sso.admit')))).toEqual({ admitted: false, reason: 'deactivated' });
    await sameRows(both.sqlite.ctx.sqlite, both.pool, 'SELECT user_id AS "userId", issuer, subject, suspended_at AS "suspendedAt", last_sign_in_at AS "lastSignInAt" FROM staff_sso_accounts ORDER BY user_id');
  });

  // Last: PostgreSQL only, so its data part from SQLite's here.
  it('of two accounts made at once with one address, keeps one on PostgreSQL', async () => {
    const made = await Promise.all([pgStaff.create(newUser('kaksi@hel.example', 'Eka'), audit('user.create')), pgStaff.create(newUser('kaksi@hel.example', 'Toka'), audit('user.create'))]);
    expect(made.filter((row) => row !== null)).toHaveLength(1);
    expect(Number((await both.pool.query<{ n: string }>("SELECT count(*) AS n FROM users WHERE email = 'kaksi@hel.example'")).rows[0].n)).toBe(1);
  });
});
