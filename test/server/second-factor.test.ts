/**
 * Two-step verification through the API: an optional handler sets up an authenticator and signs
 * in with a code or a recovery code (each once); admins and coordinators are held at the second
 * step (or at setting one up) on every staff route; codes are not accepted twice, wrong ones are
 * refused and limited per person.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecoveryCodes, StaffMe, TotpEnrolment } from '../../api-contract';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../server/seed/demo';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { freshTotpCode, totpCode } from '../support/totp';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const ADMIN = 'admin.helsinki@kevyt.example';
const COORDINATOR = 'coordinator@kevyt.example';

/** Signs in with the password only: the session the second step starts from. */
async function passwordOnly(email: string, password = DEMO_PASSWORD): Promise<{ api: ApiClient; me: StaffMe }> {
  const api = new ApiClient(server.url);
  const res = await api.post<StaffMe>('/api/auth/login', { email, password });
  expect(res.status).toBe(200);
  return { api, me: res.body };
}

const code = (who: string, secret = DEMO_TOTP_SECRET) => freshTotpCode(`${server.url} ${who}`, secret);

async function auditCount(action: string, email: string): Promise<number> {
  const [row] = await server.sql<{ n: number }>('SELECT count(*) AS n FROM audit_log WHERE action = ? AND actor_email = ?', action, email);
  return row.n;
}

// A person's codes are accepted once each, three 30-second steps at a time: tests that need more wait for the next step.
describe('admins and coordinators', { timeout: 150_000 }, () => {
  it('are held at the second step on every staff route until a code from their app passes it', async () => {
    const { api, me } = await passwordOnly(ADMIN);
    expect(me.twoFactor).toEqual({ enabled: true, required: true, step: 'code', recoveryCodesLeft: 0 });
    for (const [method, path] of [['GET', '/api/inbox'], ['GET', '/api/staff'], ['GET', '/api/deployments'], ['GET', '/api/admin/outbox']] as const) {
      const refused = await api.request<ApiErrorBody>(method, path);
      expect({ path, status: refused.status, code: refused.body.error.code, step: refused.body.error.step }).toEqual({ path, status: 403, code: 'second_factor_required', step: 'code' });
    }
    // Not even the password can be changed with the password alone.
    expect((await api.post<ApiErrorBody>('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'Annan-uusi-salasana' })).body.error.code).toBe('second_factor_required');
    // Nor can the authenticator be replaced.
    expect((await api.post<ApiErrorBody>('/api/auth/totp/enrolment')).status).toBe(409);
    expect((await api.get<StaffMe>('/api/auth/me')).body.twoFactor.step).toBe('code');

    const passed = await api.post<StaffMe>('/api/auth/second-factor', { code: await code(ADMIN) });
    expect(passed.status).toBe(200);
    expect(passed.body.twoFactor.step).toBe('none');
    expect((await api.get('/api/inbox')).status).toBe(200);
    expect((await api.get('/api/staff')).status).toBe(200);
    expect(await auditCount('staff.second_factor.pass', ADMIN)).toBeGreaterThan(0);
  });

  it('refuse a wrong code (401 naming code) and a code already used, also from another browser (409)', async () => {
    const { api } = await passwordOnly(COORDINATOR);
    const wrong = await api.post<ApiErrorBody>('/api/auth/second-factor', { code: totpCode(DEMO_TOTP_SECRET, 0) === '000000' ? '111111' : '000000' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.fields).toEqual([{ path: 'code', message: 'Wrong or expired code' }]);
    const notACode = await api.post<ApiErrorBody>('/api/auth/second-factor', { code: 'kissa' });
    expect(notACode.status).toBe(401);
    // A code two steps old is outside the window.
    const stale = await api.post<ApiErrorBody>('/api/auth/second-factor', { code: totpCode(DEMO_TOTP_SECRET, -3) });
    expect(stale.status).toBe(401);

    const good = await code(COORDINATOR);
    expect((await api.post('/api/auth/second-factor', { code: good })).status).toBe(200);
    const other = await passwordOnly(COORDINATOR);
    const replayed = await other.api.post<ApiErrorBody>('/api/auth/second-factor', { code: good });
    expect(replayed.status).toBe(409);
    expect(replayed.body.error.fields[0].path).toBe('code');
    expect((await other.api.get('/api/packs')).status).toBe(403);
  });

  it('may not turn it off', async () => {
    const api = new ApiClient(server.url);
    await api.loginStaff(ADMIN, DEMO_PASSWORD);
    const off = await api.post<ApiErrorBody>('/api/auth/totp/disable', { code: await code(ADMIN) });
    expect(off.status).toBe(403);
    expect((await api.get<StaffMe>('/api/auth/me')).body.twoFactor.enabled).toBe(true);
  });

  it('lead a new admin without an authenticator to set one up before anything else, then to the temporary password', async () => {
    const anna = new ApiClient(server.url);
    await anna.loginStaff(ADMIN, DEMO_PASSWORD);
    const added = await anna.post<{ temporaryPassword: string }>('/api/staff', { email: 'aapo.admin@hel.example', name: 'Aapo Admin', role: 'admin' });
    expect(added.status).toBe(201);

    const { api, me } = await passwordOnly('aapo.admin@hel.example', added.body.temporaryPassword);
    expect(me.twoFactor).toEqual({ enabled: false, required: true, step: 'enrol', recoveryCodesLeft: 0 });
    const refused = await api.get<ApiErrorBody>('/api/staff');
    expect([refused.status, refused.body.error.code, refused.body.error.step]).toEqual([403, 'second_factor_required', 'enrol']);
    // The second step needs an authenticator first.
    expect((await api.post('/api/auth/second-factor', { code: '123456' })).status).toBe(409);

    const enrolment = await api.post<TotpEnrolment>('/api/auth/totp/enrolment');
    expect(enrolment.status).toBe(200);
    const secret = enrolment.body.secret.replace(/ /g, '');
    const confirmed = await api.post<RecoveryCodes>('/api/auth/totp/enrolment/confirm', { code: await code('aapo.admin@hel.example', secret) });
    expect(confirmed.status).toBe(200);
    // Then the temporary password, as before.
    expect((await api.get<ApiErrorBody>('/api/staff')).body.error.code).toBe('password_change_required');
    expect((await api.get<StaffMe>('/api/auth/me')).body).toMatchObject({ mustChangePassword: true, twoFactor: { enabled: true, step: 'none', recoveryCodesLeft: 10 } });
  });
});

describe('a handler, for whom it is optional', { timeout: 150_000 }, () => {
  const HANDLER = 'handler.espoo@kevyt.example';
  let secret = '';
  let recoveryCodes: string[] = [];

  it('signs in with the password alone until they turn it on', async () => {
    const { api, me } = await passwordOnly(HANDLER);
    expect(me.twoFactor).toEqual({ enabled: false, required: false, step: 'none', recoveryCodesLeft: 0 });
    expect((await api.get('/api/inbox')).status).toBe(200);
  });

  it('sets up an authenticator: a QR code and the secret as text, confirmed by a first code; recovery codes shown once', async () => {
    const { api } = await passwordOnly(HANDLER);
    const enrolment = await api.post<TotpEnrolment>('/api/auth/totp/enrolment');
    expect(enrolment.status).toBe(200);
    expect(enrolment.body.secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$/);
    secret = enrolment.body.secret.replace(/ /g, '');
    expect(enrolment.body.otpauthUri).toBe(`otpauth://totp/Kevyt:handler.espoo%40kevyt.example?secret=${secret}&period=30&digits=6&algorithm=SHA1&issuer=Kevyt`);
    expect(enrolment.body.qrCode).toMatch(/^data:image\/png;base64,/);

    const wrong = await api.post<ApiErrorBody>('/api/auth/totp/enrolment/confirm', { code: totpCode(secret, -5) });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual([{ path: 'code', message: 'Wrong or expired code' }]);
    expect((await api.get<StaffMe>('/api/auth/me')).body.twoFactor.enabled).toBe(false);

    const confirmed = await api.post<RecoveryCodes>('/api/auth/totp/enrolment/confirm', { code: await code(HANDLER, secret) });
    expect(confirmed.status).toBe(200);
    recoveryCodes = confirmed.body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect((await api.get<StaffMe>('/api/auth/me')).body.twoFactor).toEqual({ enabled: true, required: false, step: 'none', recoveryCodesLeft: 10 });
    expect((await api.post('/api/auth/totp/enrolment')).status).toBe(409);

    // At rest: the secret sealed, the recovery codes hashed.
    const stored = JSON.stringify(await server.sql('SELECT t.*, r.code_hash FROM staff_totp t JOIN users u ON u.id = t.user_id JOIN staff_recovery_codes r ON r.user_id = u.id WHERE u.email = ?', HANDLER));
    expect(stored).not.toContain(secret);
    for (const c of recoveryCodes) expect(stored).not.toContain(c.replace('-', ''));
    expect(await auditCount('staff.second_factor.enable', HANDLER)).toBe(1);
  });

  it('is then asked for a code at every sign-in, and a recovery code works once', async () => {
    const first = await passwordOnly(HANDLER);
    expect(first.me.twoFactor.step).toBe('code');
    expect((await first.api.get<ApiErrorBody>('/api/inbox')).status).toBe(403);
    const withRecovery = await first.api.post<StaffMe>('/api/auth/second-factor', { code: ` ${recoveryCodes[0].toUpperCase()} ` });
    expect(withRecovery.status).toBe(200);
    expect(withRecovery.body.twoFactor.recoveryCodesLeft).toBe(9);
    expect((await first.api.get('/api/inbox')).status).toBe(200);

    const second = await passwordOnly(HANDLER);
    const again = await second.api.post<ApiErrorBody>('/api/auth/second-factor', { code: recoveryCodes[0] });
    expect(again.status).toBe(401);
    expect((await second.api.post('/api/auth/second-factor', { code: await code(HANDLER, secret) })).status).toBe(200);
    expect(await auditCount('staff.second_factor.recovery_code', HANDLER)).toBe(1);
  });

  it('makes new recovery codes with a current code: the old ones stop working', async () => {
    const api = new ApiClient(server.url);
    await api.loginStaff(HANDLER, DEMO_PASSWORD, secret);
    expect((await api.post('/api/auth/totp/recovery-codes', { code: '000000' === totpCode(secret) ? '111111' : '000000' })).status).toBe(422);
    const fresh = await api.post<RecoveryCodes>('/api/auth/totp/recovery-codes', { code: await code(HANDLER, secret) });
    expect(fresh.status).toBe(200);
    expect(fresh.body.recoveryCodes).toHaveLength(10);
    expect(fresh.body.recoveryCodes).not.toContain(recoveryCodes[1]);

    const { api: next } = await passwordOnly(HANDLER);
    expect((await next.post('/api/auth/second-factor', { code: recoveryCodes[1] })).status).toBe(401);
    expect((await next.post('/api/auth/second-factor', { code: fresh.body.recoveryCodes[0] })).status).toBe(200);
  });

  it('turns it off with a current code, and signs in with the password alone again', async () => {
    const api = new ApiClient(server.url);
    await api.loginStaff(HANDLER, DEMO_PASSWORD, secret);
    const off = await api.post('/api/auth/totp/disable', { code: await code(HANDLER, secret) });
    expect(off.status).toBe(204);
    const { me } = await passwordOnly(HANDLER);
    expect(me.twoFactor).toEqual({ enabled: false, required: false, step: 'none', recoveryCodesLeft: 0 });
    expect(await server.sql('SELECT count(*) AS n FROM staff_recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.email = ?', HANDLER)).toEqual([{ n: 0 }]);
  });
});

describe('failed codes', () => {
  it('are limited to ten in 15 minutes per person, whichever browser sends them (429 with Retry-After)', async () => {
    const email = 'admin.espoo@kevyt.example';
    const wrongCode = totpCode(DEMO_TOTP_SECRET) === '000000' ? '111111' : '000000';
    for (let i = 0; i < 10; i++) {
      const { api } = await passwordOnly(email);
      expect((await api.post('/api/auth/second-factor', { code: wrongCode })).status).toBe(401);
    }
    const { api } = await passwordOnly(email);
    const limited = await api.post<ApiErrorBody>('/api/auth/second-factor', { code: await code(email) });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await api.get('/api/inbox')).status).toBe(403);
  });
});
