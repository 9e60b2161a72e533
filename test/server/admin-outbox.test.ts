/**
 * The outbox as authority admins read it: Helsinki's admin sees Helsinki's alerts and Espoo's
 * admin Espoo's, never each other's; newest first, by state, by page; and, with an SMTP server
 * configured, a failed alert can be put back in the queue (audited, CSRF-protected).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxItem, OutboxPage } from '../../api-contract';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { COORDINATOR, DEMO_PASSWORD, HELSINKI_ADMIN, HELSINKI_HANDLER, send, signInCustomer, type Receipt } from './case-fixtures';

const ESPOO_ADMIN = 'admin.espoo@kevyt.example';

/**
 * One signed-in client per server and person, reused by the tests (each sign-in of an admin takes
 * an authenticator code, and each step's code works once).
 */
const sessions = new Map<string, Promise<ApiClient>>();
function signedIn(server: TestServer, email: string): Promise<ApiClient> {
  const key = `${server.url} ${email}`;
  let client = sessions.get(key);
  if (!client) {
    const fresh = new ApiClient(server.url);
    client = fresh.loginStaff(email, DEMO_PASSWORD).then(() => fresh);
    sessions.set(key, client);
  }
  return client;
}

describe('the outbox without SMTP: alerts are kept for admins to read', () => {
  let server: TestServer;
  let helsinkiSent: Receipt;
  let espooSent: Receipt;

  beforeAll(async () => {
    server = await startTestServer();
    const customer = new ApiClient(server.url);
    helsinkiSent = (await send(customer, { serviceId: 'wastewater-exemption', municipality: '091', email: 'aino.virtanen@example.fi' })).body;
    espooSent = (await send(customer, { serviceId: 'wastewater-exemption', municipality: '049', email: 'erik.holmstrom@example.fi', lang: 'sv' })).body;
    // A sign-in code belongs to no authority: no authority admin may see it.
    await signInCustomer(server, new ApiClient(server.url), 'aino.virtanen@example.fi');
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it('shows Espoo’s admin Espoo’s alerts only, and Helsinki’s admin Helsinki’s', async () => {
    const espoo = await (await signedIn(server, ESPOO_ADMIN)).get<OutboxPage>('/api/admin/outbox?limit=200');
    expect(espoo.status).toBe(200);
    expect(espoo.body.items.length).toBeGreaterThan(0);
    expect(espoo.body.items.every((i) => i.authorityId === 'municipality-049')).toBe(true);
    expect(espoo.body.items.map((i) => i.reference)).toContain(espooSent.reference);
    expect(espoo.body.items.map((i) => i.reference)).not.toContain(helsinkiSent.reference);
    expect(JSON.stringify(espoo.body)).not.toContain('aino.virtanen@example.fi');

    const helsinki = await (await signedIn(server, HELSINKI_ADMIN)).get<OutboxPage>('/api/admin/outbox?limit=200');
    expect(helsinki.body.items.every((i) => i.authorityId === 'municipality-091')).toBe(true);
    expect(helsinki.body.items.map((i) => i.reference)).not.toContain(espooSent.reference);
    expect(helsinki.body.items.some((i) => i.kind === 'sign_in_code')).toBe(false);
  });

  it('gives each alert its recipient, kind, reference, times, attempts and last error, newest first, and says nothing is emailed', async () => {
    const page = await (await signedIn(server, HELSINKI_ADMIN)).get<OutboxPage>('/api/admin/outbox');
    expect(page.body.smtp).toBe(false);
    const ids = page.body.items.map((i) => i.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const receipt = page.body.items.find((i) => i.kind === 'receipt' && i.reference === helsinkiSent.reference);
    expect(receipt).toMatchObject({
      audience: 'customer',
      toEmail: 'aino.virtanen@example.fi',
      submissionId: helsinkiSent.id,
      status: 'kept',
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    expect(Date.parse(receipt?.createdAt ?? '')).not.toBeNaN();
    const toAuthority = page.body.items.find((i) => i.kind === 'new_submission' && i.reference === helsinkiSent.reference);
    expect(toAuthority).toMatchObject({ audience: 'authority', toEmail: null, status: 'kept' });
  });

  it('filters by state and pages with nextCursor without repeating a row', async () => {
    const admin = await signedIn(server, HELSINKI_ADMIN);
    expect((await admin.get<OutboxPage>('/api/admin/outbox?status=failed')).body.items).toEqual([]);
    const kept = await admin.get<OutboxPage>('/api/admin/outbox?status=kept&limit=1');
    expect(kept.body.items).toHaveLength(1);
    expect(kept.body.nextCursor).toBe(String(kept.body.items[0].id));
    const next = await admin.get<OutboxPage>(`/api/admin/outbox?status=kept&limit=1&cursor=${kept.body.nextCursor}`);
    expect(next.body.items).toHaveLength(1);
    expect(next.body.items[0].id).toBeLessThan(kept.body.items[0].id);
    const all = await admin.get<OutboxPage>('/api/admin/outbox?limit=200');
    expect(all.body.nextCursor).toBeNull();
  });

  it('answers a bad state, cursor or limit with 400 naming the parameter', async () => {
    const admin = await signedIn(server, HELSINKI_ADMIN);
    for (const [query, path] of [['status=lost', 'status'], ['cursor=abc', 'cursor'], ['limit=0', 'limit'], ['limit=201', 'limit']]) {
      const res = await admin.get<ApiErrorBody>(`/api/admin/outbox?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.fields.map((f) => f.path)).toEqual([path]);
    }
  });

  it('shows a coordinator every authority’s alerts, sign-in codes without the code', async () => {
    const all = await (await signedIn(server, COORDINATOR)).get<OutboxPage>('/api/admin/outbox?limit=200');
    const authorities = new Set(all.body.items.map((i) => i.authorityId));
    expect(authorities).toContain('municipality-091');
    expect(authorities).toContain('municipality-049');
    const code = all.body.items.find((i) => i.kind === 'sign_in_code');
    expect(code?.subject).not.toMatch(/\d{6}/);
  });

  it('pages a busy authority (over 5,000 alerts, read along the rowid) as newest first and still alone', async () => {
    // A thousand rows a statement: well within either database's limit on bound values.
    const createdAts = Array.from({ length: 5200 }, (_, i) => new Date(Date.UTC(2026, 10, 22, 8, 0, i)).toISOString());
    for (let from = 0; from < createdAts.length; from += 1000) {
      const batch = createdAts.slice(from, from + 1000);
      const row = `('deadline_near', 'authority', 'municipality-091', 'Määräaika lähestyy', '…', 'kept', ?)`;
      await server.sql(`INSERT INTO outbox (kind, audience, authority_id, subject, body, status, created_at) VALUES ${batch.map(() => row).join(', ')}`, ...batch);
    }
    const helsinki = await signedIn(server, HELSINKI_ADMIN);
    const seen: number[] = [];
    let cursor: string | null = null;
    for (let pageNo = 0; pageNo < 3; pageNo++) {
      const res: { body: OutboxPage } = await helsinki.get<OutboxPage>(`/api/admin/outbox?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.body.items.every((i) => i.authorityId === 'municipality-091')).toBe(true);
      seen.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
    }
    expect(seen).toHaveLength(600);
    expect(seen).toEqual([...new Set(seen)].sort((a, b) => b - a));
    const espoo = await (await signedIn(server, ESPOO_ADMIN)).get<OutboxPage>('/api/admin/outbox?limit=200');
    expect(espoo.body.items.length).toBeGreaterThan(0);
    expect(espoo.body.items.every((i) => i.authorityId === 'municipality-049')).toBe(true);
    const failedOnly = await helsinki.get<OutboxPage>('/api/admin/outbox?status=failed');
    expect(failedOnly.body.items).toEqual([]);
  });

  it('refuses handlers (403) and anonymous callers (401); a kept alert cannot be retried (409)', async () => {
    expect((await (await signedIn(server, HELSINKI_HANDLER)).get<ApiErrorBody>('/api/admin/outbox')).status).toBe(403);
    expect((await new ApiClient(server.url).get<ApiErrorBody>('/api/admin/outbox')).status).toBe(401);
    const admin = await signedIn(server, HELSINKI_ADMIN);
    const kept = (await admin.get<OutboxPage>('/api/admin/outbox?status=kept&limit=1')).body.items[0];
    const retry = await admin.post<ApiErrorBody>(`/api/admin/outbox/${kept.id}/retry`);
    expect(retry.status).toBe(409);
    expect(retry.body.error.fields).toEqual([{ path: 'status', message: 'Is kept' }]);
  });
});

describe('retrying a failed alert with SMTP configured', () => {
  let server: TestServer;
  let failedId: number;

  beforeAll(async () => {
    // Port 9 (discard) refuses connections here, so every delivery fails; the row is then marked
    // failed as the delivery loop does after its last attempt.
    server = await startTestServer({ smtpUrl: 'smtp://127.0.0.1:9' });
    const sent = (await send(new ApiClient(server.url), { serviceId: 'wastewater-exemption', municipality: '091', email: 'aino.virtanen@example.fi' })).body;
    const [row] = await server.sql<{ id: number }>(`SELECT id FROM outbox WHERE submission_id = ? AND kind = 'receipt'`, sent.id);
    failedId = row.id;
    await server.sql(`UPDATE outbox SET status = 'failed', attempts = 8, next_attempt_at = NULL, last_error = 'connect ECONNREFUSED 127.0.0.1:9' WHERE id = ?`, failedId);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it('is refused without the CSRF token and for another authority (404), then queued again for Helsinki’s admin and audited', async () => {
    const espoo = await signedIn(server, ESPOO_ADMIN);
    expect((await espoo.post<ApiErrorBody>(`/api/admin/outbox/${failedId}/retry`)).status).toBe(404);
    const admin = await signedIn(server, HELSINKI_ADMIN);
    const failed = await admin.get<OutboxPage>('/api/admin/outbox?status=failed');
    expect(failed.body.smtp).toBe(true);
    expect(failed.body.items.find((i) => i.id === failedId)).toMatchObject({ attempts: 8, lastError: 'connect ECONNREFUSED 127.0.0.1:9' });

    const noToken = await admin.post<ApiErrorBody>(`/api/admin/outbox/${failedId}/retry`, undefined, { csrf: false });
    expect(noToken.status).toBe(403);
    expect(noToken.body.error.code).toBe('csrf');

    const retry = await admin.post<OutboxItem>(`/api/admin/outbox/${failedId}/retry`);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ id: failedId, status: 'pending' });
    const audit = await server.sql(`SELECT actor_email AS actor, target_id AS target FROM audit_log WHERE action = 'outbox.retry'`);
    expect(audit).toEqual([{ actor: HELSINKI_ADMIN, target: String(failedId) }]);
    expect((await admin.post<ApiErrorBody>('/api/admin/outbox/999999/retry')).status).toBe(404);
    expect((await admin.post<ApiErrorBody>('/api/admin/outbox/abc/retry')).status).toBe(404);
  });
});
