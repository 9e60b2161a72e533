/**
 * Staff management through the API as Helsinki's authority admin Anna would use it: she adds a
 * handler, hands over the one-time password, resets it, deactivates the account; she cannot
 * touch Espoo's people, and handlers cannot manage staff at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/seed/demo';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import type { StaffMember as StaffItem } from '../../api-contract';

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

function audit(action: string): Promise<Array<{ target_id: string; actor_email: string }>> {
  return server.sql<{ target_id: string; actor_email: string }>('SELECT target_id, actor_email FROM audit_log WHERE action = ? ORDER BY id', action);
}

describe('staff management by an authority admin', () => {
  it('lists only her own authority’s staff', async () => {
    const res = await anna.get<StaffItem[]>('/api/staff');
    expect(res.status).toBe(200);
    const emails = res.body.map((s) => s.email);
    expect(emails).toContain('handler.helsinki@kevyt.example');
    expect(emails).toContain('designer.helsinki@kevyt.example');
    expect(emails).not.toContain('handler.espoo@kevyt.example');
    expect(emails).not.toContain('coordinator@kevyt.example');
    expect(JSON.stringify(res.body)).not.toContain('scrypt');
  });

  it('adds a handler who signs in with the one-time password, resets it and deactivates the account', async () => {
    const added = await anna.post<StaffItem & { temporaryPassword: string }>('/api/staff', { email: ' Mikko.Mallikas@hel.example ', name: 'Mikko Mallikas', role: 'handler' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ email: 'mikko.mallikas@hel.example', name: 'Mikko Mallikas', role: 'handler', active: true });
    expect(added.body.temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);

    const mikko = new ApiClient(server.url);
    const me = await mikko.loginStaff('mikko.mallikas@hel.example', added.body.temporaryPassword);
    expect(me.body.authority?.id).toBe('municipality-091');
    // Until he chooses his own password (test/server/password-change.test.ts) only /me answers.
    expect((await mikko.get('/api/auth/me')).status).toBe(200);
    expect((await mikko.get('/api/inbox')).status).toBe(403);

    const reset = await anna.post<{ temporaryPassword: string }>(`/api/staff/${added.body.id}/reset-password`);
    expect(reset.status).toBe(200);
    expect(reset.body.temporaryPassword).not.toBe(added.body.temporaryPassword);
    // The reset ends Mikko's session and the old password stops working.
    expect((await mikko.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: 'mikko.mallikas@hel.example', password: added.body.temporaryPassword })).status).toBe(401);
    await mikko.loginStaff('mikko.mallikas@hel.example', reset.body.temporaryPassword);

    const off = await anna.post<StaffItem>(`/api/staff/${added.body.id}/deactivate`);
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await mikko.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: 'mikko.mallikas@hel.example', password: reset.body.temporaryPassword })).status).toBe(401);
    const list = await anna.get<StaffItem[]>('/api/staff');
    expect(list.body.find((s) => s.id === added.body.id)?.active).toBe(false);

    const id = String(added.body.id);
    expect((await audit('staff.create')).map((a) => a.target_id)).toContain(id);
    expect(await audit('staff.password.reset')).toContainEqual({ target_id: id, actor_email: 'admin.helsinki@kevyt.example' });
    expect(await audit('staff.deactivate')).toContainEqual({ target_id: id, actor_email: 'admin.helsinki@kevyt.example' });
  });

  it('adds designers and admins too, but never coordinators', async () => {
    const designer = await anna.post('/api/staff', { email: 'sanna.suunnittelija@hel.example', name: 'Sanna Suunnittelija', role: 'designer' });
    expect(designer.status).toBe(201);
    const coordinator = await anna.post<ApiErrorBody>('/api/staff', { email: 'kalle.koordinaattori@hel.example', name: 'Kalle', role: 'coordinator' });
    expect(coordinator.status).toBe(422);
    expect(coordinator.body.error.fields).toContainEqual(expect.objectContaining({ path: 'role' }));
  });

  it('names each bad field and refuses an email already in use', async () => {
    const bad = await anna.post<ApiErrorBody>('/api/staff', { email: 'not-an-email', name: '', role: 'handler' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f) => f.path).sort()).toEqual(['email', 'name']);
    const taken = await anna.post<ApiErrorBody>('/api/staff', { email: 'handler.espoo@kevyt.example', name: 'Eeva Toinen', role: 'handler' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual([{ path: 'email', message: 'Already in use' }]);
  });

  it('refuses control characters and line breaks in a name and an email (they reach mail headers and CSV cells)', async () => {
    const res = await anna.post<ApiErrorBody>('/api/staff', { email: 'eeva\u0000@hel.example', name: 'Eeva\r\nBcc: x@example.com', role: 'handler' });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([
      { path: 'email', message: 'Must not contain control characters (U+0000 at position 5)' },
      { path: 'name', message: 'Must not contain control characters (U+000D at position 5)' },
    ]);
  });

  it('names wrong types and missing fields, answers malformed JSON with 400 and a malformed id with 404', async () => {
    const types = await anna.post<ApiErrorBody>('/api/staff', { email: 42, name: ['Heikki'], role: 'coordinator' });
    expect(types.status).toBe(422);
    expect(types.body.error.fields.map((f) => f.path).sort()).toEqual(['email', 'name', 'role']);
    const empty = await anna.post<ApiErrorBody>('/api/staff', {});
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields).toEqual([
      { path: 'email', message: 'Required' },
      { path: 'name', message: 'Required' },
      { path: 'role', message: 'Required' },
    ]);
    const malformed = await anna.request<ApiErrorBody>('POST', '/api/staff', { raw: '{"email": "uusi.kasittelija@hel.example",', contentType: 'application/json' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('bad_json');
    expect((await anna.post('/api/staff/heikki/reset-password')).status).toBe(404);
    expect((await anna.post('/api/staff/0/deactivate')).status).toBe(404);
  });

  it('does not let her deactivate herself', async () => {
    const me = await anna.get<{ id: number }>('/api/auth/me');
    const res = await anna.post<ApiErrorBody>(`/api/staff/${me.body.id}/deactivate`);
    expect(res.status).toBe(409);
  });

  it('hides another authority’s staff: Espoo’s handler is not found for Helsinki’s admin', async () => {
    const [eeva] = await server.sql<{ id: number }>('SELECT id FROM users WHERE email = ?', 'handler.espoo@kevyt.example');
    expect((await anna.post<ApiErrorBody>(`/api/staff/${eeva.id}/reset-password`)).status).toBe(404);
    expect((await anna.post<ApiErrorBody>(`/api/staff/${eeva.id}/deactivate`)).status).toBe(404);
    expect((await anna.post<ApiErrorBody>('/api/staff/999999/deactivate')).status).toBe(404);
    const [still] = await server.sql<{ active: number | boolean }>('SELECT active FROM users WHERE id = ?', eeva.id);
    expect(Boolean(still.active)).toBe(true);
  });

  it('refuses handlers, designers and coordinators (403) and anonymous callers (401)', async () => {
    for (const email of ['handler.helsinki@kevyt.example', 'designer.helsinki@kevyt.example', 'coordinator@kevyt.example']) {
      const client = new ApiClient(server.url);
      await client.loginStaff(email, DEMO_PASSWORD);
      expect((await client.get('/api/staff')).status).toBe(403);
      expect((await client.post('/api/staff', { email: 'x.y@hel.example', name: 'X Y', role: 'handler' })).status).toBe(403);
    }
    expect((await new ApiClient(server.url).get('/api/staff')).status).toBe(401);
  });
});
