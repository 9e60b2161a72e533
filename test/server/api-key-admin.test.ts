/**
 * An authority admin's API keys: made with scopes, an allow-list and an expiry, the key shown
 * once and never listed; revoked at once (its next request 401); another authority's key is 404;
 * only admins reach them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiKeyInfo, CreatedApiKey } from '../../api-contract';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD, HELSINKI_ADMIN, HELSINKI_HANDLER } from './case-fixtures';

let server: TestServer;
let admin: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = new ApiClient(server.url);
  await admin.loginStaff(HELSINKI_ADMIN, DEMO_PASSWORD);
}, 120_000);
afterAll(() => server?.close());

const pull = (token: string) => fetch(`${server.url}/api/integration/v1/cases?limit=1`, { headers: { authorization: `Bearer ${token}` } });

describe('an admin’s API keys', () => {
  it('makes a key shown once, lists it without its secret, and revokes it at once', async () => {
    const made = await admin.post<CreatedApiKey>('/api/admin/api-keys', { name: 'Asianhallinta', scopes: ['cases:read'], ipAllowList: ['127.0.0.1', '::1'] });
    expect(made.status).toBe(201);
    expect(made.body.token).toMatch(/^kvt_/);
    expect(made.body).toMatchObject({ name: 'Asianhallinta', scopes: ['cases:read'], revokedAt: null, expiresAt: null });
    expect((await pull(made.body.token)).status).toBe(200);

    const list = await admin.get<ApiKeyInfo[]>('/api/admin/api-keys');
    expect(list.status).toBe(200);
    const listed = list.body.find((k) => k.id === made.body.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.body)).not.toContain(made.body.token.split('_')[2]);

    expect((await admin.delete(`/api/admin/api-keys/${made.body.id}`)).status).toBe(204);
    expect((await pull(made.body.token)).status).toBe(401);
    expect((await admin.delete(`/api/admin/api-keys/${made.body.id}`)).status).toBe(404);
    expect((await admin.get<ApiKeyInfo[]>('/api/admin/api-keys')).body.find((k) => k.id === made.body.id)?.revokedAt).not.toBeNull();
  });

  it('refuses unknown scopes, bad allow-list entries and an expiry in the past, naming the field', async () => {
    const badScope = await admin.post<{ error: { fields: Array<{ path: string }> } }>('/api/admin/api-keys', { name: 'X', scopes: ['cases:delete'] });
    expect(badScope.status).toBe(422);
    const badIp = await admin.post<{ error: { fields: Array<{ path: string }> } }>('/api/admin/api-keys', { name: 'X', scopes: ['cases:read'], ipAllowList: ['example.org'] });
    expect(badIp.status).toBe(422);
    expect(badIp.body.error.fields.map((f) => f.path)).toEqual(['ipAllowList.0']);
    const past = await admin.post<{ error: { fields: Array<{ path: string }> } }>('/api/admin/api-keys', { name: 'X', scopes: ['cases:read'], expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(422);
    expect(past.body.error.fields.map((f) => f.path)).toEqual(['expiresAt']);
  });

  it('is for admins only, each for their own authority’s keys', async () => {
    const made = await admin.post<CreatedApiKey>('/api/admin/api-keys', { name: 'Toinen', scopes: ['cases:read'] });
    const handler = new ApiClient(server.url);
    await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
    expect((await handler.get('/api/admin/api-keys')).status).toBe(403);
    expect((await new ApiClient(server.url).get('/api/admin/api-keys')).status).toBe(401);
    const espooAdmin = new ApiClient(server.url);
    await espooAdmin.loginStaff('admin.espoo@kevyt.example', DEMO_PASSWORD);
    expect((await espooAdmin.get<ApiKeyInfo[]>('/api/admin/api-keys')).body.map((k) => k.id)).not.toContain(made.body.id);
    expect((await espooAdmin.delete(`/api/admin/api-keys/${made.body.id}`)).status).toBe(404);
    expect((await pull(made.body.token)).status).toBe(200);
  });
});
