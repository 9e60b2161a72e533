/**
 * The first sign-in with a temporary password, over HTTP: Helsinki's admin Anna adds the handler
 * Mikko; with the password she hands over he may only ask who he is, sign out and choose his own
 * password; every other staff route answers 403 password_change_required. The demo accounts are
 * never asked to change theirs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import type { StaffMe as Me } from '../../api-contract';

let server: TestServer;
let anna: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  anna = new ApiClient(server.url);
  await anna.loginStaff('admin.helsinki@kevyt.example', DEMO_PASSWORD);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

async function addHandler(email: string, name: string): Promise<{ id: number; temporaryPassword: string }> {
  const res = await anna.post<{ id: number; temporaryPassword: string; mustChangePassword: boolean }>('/api/staff', { email, name, role: 'handler' });
  expect(res.status).toBe(201);
  expect(res.body.mustChangePassword).toBe(true);
  return res.body;
}

async function signIn(email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  await client.loginStaff(email, password);
  return client;
}

async function auditCount(action: string, targetId: number): Promise<number> {
  const [row] = await server.sql<{ n: number }>('SELECT COUNT(*) AS n FROM audit_log WHERE action = ? AND target_id = ?', action, String(targetId));
  return row.n;
}

describe('demo accounts', () => {
  it('are not asked to change the README’s demo password', async () => {
    const handler = await signIn('handler.helsinki@kevyt.example', DEMO_PASSWORD);
    expect((await handler.get<Me>('/api/auth/me')).body.mustChangePassword).toBe(false);
    expect((await handler.get('/api/inbox')).status).toBe(200);
    const list = await anna.get<Array<{ email: string; mustChangePassword: boolean }>>('/api/staff');
    expect(list.body.find((s) => s.email === 'handler.helsinki@kevyt.example')?.mustChangePassword).toBe(false);
  });
});

describe('a temporary password', () => {
  it('lets its holder only ask who they are, sign out and change it; everything else is 403 password_change_required', async () => {
    const added = await addHandler('mikko.mallikas@hel.example', 'Mikko Mallikas');
    const mikko = new ApiClient(server.url);
    const login = await mikko.loginStaff('mikko.mallikas@hel.example', added.temporaryPassword);
    expect(login.body).toMatchObject({ mustChangePassword: true });
    const me = await mikko.get<Me>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'mikko.mallikas@hel.example', role: 'handler', mustChangePassword: true });

    for (const [method, path] of [
      ['GET', '/api/inbox'],
      ['GET', '/api/desk/alerts'],
      ['GET', '/api/desk/colleagues'],
      ['GET', '/api/desk/services'],
      ['GET', '/api/inbox/export.csv'],
      ['GET', '/api/cases/1'],
      ['GET', '/api/packs'],
      ['GET', '/api/deployments'],
      ['GET', '/api/staff'],
      ['GET', '/api/admin/outbox'],
      ['POST', '/api/cases/1/notes'],
      ['POST', '/api/desk/alerts/1/read'],
      ['POST', '/api/staff'],
    ] as const) {
      const res = await mikko.request<ApiErrorBody>(method, path, method === 'POST' ? { json: { body: 'Muistiinpano' } } : {});
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe('password_change_required');
    }
    // Public routes do not depend on who is signed in.
    expect((await mikko.get('/api/topics')).status).toBe(200);

    expect((await mikko.post('/api/auth/logout')).status).toBe(200);
    expect((await mikko.get('/api/auth/me')).status).toBe(401);
  });

  it('is replaced by POST /api/auth/password, which ends the other sessions and is audited', async () => {
    const added = await addHandler('liisa.laine@hel.example', 'Liisa Laine');
    const liisa = await signIn('liisa.laine@hel.example', added.temporaryPassword);
    const otherBrowser = await signIn('liisa.laine@hel.example', added.temporaryPassword);

    const changed = await liisa.post('/api/auth/password', { currentPassword: added.temporaryPassword, newPassword: 'Lumikki-ja-7-kaapiota' });
    expect(changed.status).toBe(204);
    expect((await liisa.get<Me>('/api/auth/me')).body.mustChangePassword).toBe(false);
    expect((await liisa.get('/api/inbox')).status).toBe(200);
    expect((await otherBrowser.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: 'liisa.laine@hel.example', password: added.temporaryPassword })).status).toBe(401);
    await signIn('liisa.laine@hel.example', 'Lumikki-ja-7-kaapiota');
    expect(await auditCount('staff.password.change', added.id)).toBe(1);
    const list = await anna.get<Array<{ id: number; mustChangePassword: boolean }>>('/api/staff');
    expect(list.body.find((s) => s.id === added.id)?.mustChangePassword).toBe(false);

    // A reset hands over a new temporary password, which must be changed again.
    const reset = await anna.post<{ temporaryPassword: string }>(`/api/staff/${added.id}/reset-password`);
    const again = await signIn('liisa.laine@hel.example', reset.body.temporaryPassword);
    expect((await again.get<Me>('/api/auth/me')).body.mustChangePassword).toBe(true);
    expect((await again.get<ApiErrorBody>('/api/inbox')).body.error.code).toBe('password_change_required');
  });

  it('names the field for a short new password, one equal to the current, or missing fields (422)', async () => {
    const added = await addHandler('pekka.peltonen@hel.example', 'Pekka Peltonen');
    const pekka = await signIn('pekka.peltonen@hel.example', added.temporaryPassword);
    const short = await pekka.post<ApiErrorBody>('/api/auth/password', { currentPassword: added.temporaryPassword, newPassword: 'lyhyt' });
    expect(short.status).toBe(422);
    expect(short.body.error.fields).toEqual([{ path: 'newPassword', message: 'Must be at least 12 characters' }]);
    const same = await pekka.post<ApiErrorBody>('/api/auth/password', { currentPassword: added.temporaryPassword, newPassword: added.temporaryPassword });
    expect(same.status).toBe(422);
    expect(same.body.error.fields).toEqual([{ path: 'newPassword', message: 'Must differ from the current password' }]);
    const missing = await pekka.post<ApiErrorBody>('/api/auth/password', {});
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields.map((f) => f.path)).toEqual(['currentPassword', 'newPassword']);
    const types = await pekka.post<ApiErrorBody>('/api/auth/password', { currentPassword: 42, newPassword: ['salasana'] });
    expect(types.body.error.fields.map((f) => f.path)).toEqual(['currentPassword', 'newPassword']);
    expect((await pekka.get<Me>('/api/auth/me')).body.mustChangePassword).toBe(true);
  });

  it('answers a wrong current password with 401 naming currentPassword, keeping the session; no sign-in 401; no CSRF token 403', async () => {
    const added = await addHandler('sari.salo@hel.example', 'Sari Salo');
    const sari = await signIn('sari.salo@hel.example', added.temporaryPassword);
    const wrong = await sari.post<ApiErrorBody>('/api/auth/password', { currentPassword: 'arvaus-arvaus', newPassword: 'Oma-uusi-salasana-1' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.fields).toEqual([{ path: 'currentPassword', message: 'Wrong password' }]);
    expect((await sari.get('/api/auth/me')).status).toBe(200);

    const anonymous = await new ApiClient(server.url).post<ApiErrorBody>('/api/auth/password', { currentPassword: 'x', newPassword: 'Oma-uusi-salasana-1' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthenticated');
    const noToken = await sari.post<ApiErrorBody>('/api/auth/password', { currentPassword: added.temporaryPassword, newPassword: 'Oma-uusi-salasana-1' }, { csrf: false });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('csrf');
  });

  it('limits failed attempts to ten a minute per person (429)', async () => {
    const added = await addHandler('ville.vainio@hel.example', 'Ville Vainio');
    const ville = await signIn('ville.vainio@hel.example', added.temporaryPassword);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await ville.post('/api/auth/password', { currentPassword: `arvaus-${i}`, newPassword: 'Oma-uusi-salasana-1' })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('lets a demo account change its password by choice, too', async () => {
    const designer = await signIn('designer.helsinki@kevyt.example', DEMO_PASSWORD);
    expect((await designer.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'Suunnittelijan-oma-2026' })).status).toBe(204);
    expect((await designer.get<Me>('/api/auth/me')).body.mustChangePassword).toBe(false);
  });
});

describe('reactivating a deactivated account', () => {
  it('lets the authority’s admin turn it back on (audited once); the person signs in with the password they had', async () => {
    const added = await addHandler('tiina.toivonen@hel.example', 'Tiina Toivonen');
    const tiina = await signIn('tiina.toivonen@hel.example', added.temporaryPassword);
    expect((await tiina.post('/api/auth/password', { currentPassword: added.temporaryPassword, newPassword: 'Tiinan-oma-salasana' })).status).toBe(204);
    expect((await anna.post(`/api/staff/${added.id}/deactivate`)).status).toBe(200);
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: 'tiina.toivonen@hel.example', password: 'Tiinan-oma-salasana' })).status).toBe(401);

    const on = await anna.post<{ id: number; active: boolean }>(`/api/staff/${added.id}/reactivate`);
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({ id: added.id, active: true });
    const back = await signIn('tiina.toivonen@hel.example', 'Tiinan-oma-salasana');
    expect((await back.get('/api/inbox')).status).toBe(200);
    // Reactivating an active account changes nothing and writes nothing.
    expect((await anna.post<{ active: boolean }>(`/api/staff/${added.id}/reactivate`)).body.active).toBe(true);
    expect(await auditCount('staff.reactivate', added.id)).toBe(1);
  });

  it('is 404 for another authority’s person, 403 for a handler, 401 without sign-in', async () => {
    const [eeva] = await server.sql<{ id: number }>('SELECT id FROM users WHERE email = ?', 'handler.espoo@kevyt.example');
    expect((await anna.post<ApiErrorBody>(`/api/staff/${eeva.id}/reactivate`)).status).toBe(404);
    expect((await anna.post<ApiErrorBody>('/api/staff/kuka/reactivate')).status).toBe(404);
    const handler = await signIn('handler.helsinki@kevyt.example', DEMO_PASSWORD);
    expect((await handler.post<ApiErrorBody>(`/api/staff/${eeva.id}/reactivate`)).status).toBe(403);
    expect((await new ApiClient(server.url).post<ApiErrorBody>(`/api/staff/${eeva.id}/reactivate`)).status).toBe(401);
  });
});
