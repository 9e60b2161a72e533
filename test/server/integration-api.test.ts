/**
 * /api/integration/v1 with an authority's API key: its cases after a cursor (new and changed ones:
 * integration-pull.test.ts), each with its answers and the URL of its submission contract; 401
 * without a valid key (unknown, revoked, expired), 403 for another scope or address, 404 for another
 * authority's case; every use audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseManagementAck, IntegrationCase, IntegrationCasePage, MySubmission } from '../../api-contract';
import { issueApiKey } from '../../server/integration/api-keys';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD, HELSINKI_HANDLER, send, signInCustomer } from './case-fixtures';
import { callWithKey, HELSINKI, makeKey as makeTestKey, type KeyOptions } from './integration-keys';

let server: TestServer;
let customer: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ config: { rateLimitAllow: ['127.0.0.1'], sendLimitPerEmail: 1000, sendLimitPerAddress: 1000 } });
  customer = new ApiClient(server.url);
}, 120_000);
afterAll(() => server?.close());

const makeKey = (opts: KeyOptions = {}) => makeTestKey(server, opts);
const call = <T>(path: string, token?: string, json?: unknown) => callWithKey<T>(server, path, token, json);

type ErrorAnswer = { error: { code: string; message: string } };

async function sendNoise(municipality: string, email: string): Promise<number> {
  const res = await send(customer, { serviceId: 'event-noise', municipality, email });
  expect(res.status).toBe(201);
  return res.body.id;
}

describe('keys at the integration API', () => {
  it('is 401 without a key, with an unknown or malformed one, and with a revoked or expired one', async () => {
    expect((await call<ErrorAnswer>('/api/integration/v1/cases')).status).toBe(401);
    expect((await call<ErrorAnswer>('/api/integration/v1/cases', issueApiKey().token)).status).toBe(401);
    expect((await call<ErrorAnswer>('/api/integration/v1/cases', 'not-a-key')).status).toBe(401);
    const good = await makeKey();
    expect((await call('/api/integration/v1/cases', `${good.token.slice(0, -2)}xx`)).status).toBe(401);
    const revoked = await makeKey();
    expect((await call('/api/integration/v1/cases', revoked.token)).status).toBe(200);
    const at = server.ctx.now().toISOString();
    await server.ctx.repos.apiKeys.revoke(revoked.id, HELSINKI, at, { at, actor: { kind: 'system' }, action: 'apiKey.revoke', targetType: 'api_key', targetId: revoked.id });
    const refused = await call<ErrorAnswer>('/api/integration/v1/cases', revoked.token);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('unauthenticated');
    const expired = await makeKey({ expiresAt: new Date(server.ctx.now().getTime() - 1000).toISOString() });
    expect((await call('/api/integration/v1/cases', expired.token)).status).toBe(401);
  });

  it('is 403 for a key without the scope and from an address off its allow-list', async () => {
    const attachmentsOnly = await makeKey({ scopes: ['attachments:read'] });
    const scope = await call<ErrorAnswer>('/api/integration/v1/cases', attachmentsOnly.token);
    expect(scope.status).toBe(403);
    expect(scope.body.error.code).toBe('forbidden');
    const elsewhere = await makeKey({ ipAllowList: ['192.0.2.0/24'] });
    expect((await call('/api/integration/v1/cases', elsewhere.token)).status).toBe(403);
    const here = await makeKey({ ipAllowList: ['127.0.0.1', '::1'] });
    expect((await call('/api/integration/v1/cases', here.token)).status).toBe(200);
  });

  it('audits each use and each refusal, naming the key', async () => {
    const key = await makeKey({ scopes: ['cases:read'] });
    await call('/api/integration/v1/cases?limit=1', key.token);
    const noScope = await makeKey({ scopes: ['webhooks:manage'] });
    await call('/api/integration/v1/cases', noScope.token);
    const rows = await server.sql<{ action: string; actorKind: string; detailsJson: string }>(
      `SELECT action, actor_kind AS "actorKind", details_json AS "detailsJson" FROM audit_log WHERE actor_kind = 'apiKey' ORDER BY id`,
    );
    const of = (id: string) => rows.filter((r) => (JSON.parse(r.detailsJson) as { apiKeyId: string }).apiKeyId === id).map((r) => r.action);
    expect(of(key.id)).toEqual(['integration.cases.list']);
    expect(of(noScope.id)).toEqual(['integration.refused']);
    expect((await server.ctx.repos.apiKeys.byId(key.id))?.lastUsedAt).not.toBeNull();
  });
});

describe('GET /api/integration/v1/cases', () => {
  it('pages the authority’s cases, sent ones in the order they arrived, none lost or repeated while others are sent, none of another authority', async () => {
    const key = await makeKey();
    const espoo = await sendNoise('049', 'espoo-case@example.fi');
    const before = [await sendNoise('091', 'pull-1@example.fi'), await sendNoise('091', 'pull-2@example.fi')];
    const seen: number[] = [];
    const sentWhilePaging: number[] = [];
    let after = '';
    for (let round = 0; round < 200; round++) {
      const page = await call<IntegrationCasePage>(`/api/integration/v1/cases?limit=2${after ? `&after=${after}` : ''}`, key.token);
      expect(page.status).toBe(200);
      seen.push(...page.body.cases.map((c) => c.id));
      after = page.body.cursor;
      // A case sent between pages arrives after the cursor, so a later page holds it.
      if (round < 3) sentWhilePaging.push(await sendNoise('091', `pull-while-${round}@example.fi`));
      if (!page.body.hasMore && round >= 3) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen).toEqual(expect.arrayContaining([...before, ...sentWhilePaging]));
    expect(seen).not.toContain(espoo);
    // Nothing new: an empty page keeps the cursor.
    const idle = await call<IntegrationCasePage>(`/api/integration/v1/cases?after=${after}`, key.token);
    expect(idle.body).toEqual({ cases: [], cursor: after, hasMore: false });
  });

  it('answers 400 for a cursor it did not give and a limit out of range', async () => {
    const key = await makeKey();
    for (const query of ['after=12', 'after=c-1', 'limit=0', 'limit=101']) {
      const res = await call<ErrorAnswer>(`/api/integration/v1/cases?${query}`, key.token);
      expect(res.status).toBe(400);
    }
  });
});

describe('GET /api/integration/v1/cases/:id', () => {
  it('returns the case with its answers and its submission contract’s URL, which serves the contract', async () => {
    const key = await makeKey();
    const id = await sendNoise('091', 'read-one@example.fi');
    const res = await call<IntegrationCase>(`/api/integration/v1/cases/${id}`, key.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, service: { pack: 'event-organising', id: 'event-noise' }, municipality: '091', contact: { email: 'read-one@example.fi' } });
    expect(Object.keys(res.body.answers as Record<string, unknown>).length).toBeGreaterThan(3);
    const contract = await fetch(res.body.schema.replace(server.ctx.config.publicUrl, server.url));
    expect(contract.status).toBe(200);
    expect(contract.headers.get('content-type')).toContain('application/schema+json');
  });

  it('is 404 for another authority’s case and for none', async () => {
    const key = await makeKey();
    const espoo = await sendNoise('049', 'espoo-read@example.fi');
    const other = await call<ErrorAnswer>(`/api/integration/v1/cases/${espoo}`, key.token);
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('not_found');
    expect((await call(`/api/integration/v1/cases/99999999`, key.token)).status).toBe(404);
    expect((await call(`/api/integration/v1/cases/abc`, key.token)).status).toBe(404);
  });
});

describe('POST /api/integration/v1/cases/:id/ack', () => {
  it('records the case-management reference once, answers a repeat alike, and shows it with the case', async () => {
    const key = await makeKey();
    const id = await sendNoise('091', 'ack@example.fi');
    const first = await call<CaseManagementAck>(`/api/integration/v1/cases/${id}/ack`, key.token, { caseManagementId: ' HEL 2026-001234 ' });
    expect(first.status).toBe(200);
    expect(first.body.caseManagementId).toBe('HEL 2026-001234');
    const again = await call<CaseManagementAck>(`/api/integration/v1/cases/${id}/ack`, key.token, { caseManagementId: 'HEL 2026-001234' });
    expect(again).toEqual(first);
    const read = await call<IntegrationCase>(`/api/integration/v1/cases/${id}`, key.token);
    expect(read.body.caseManagement).toEqual(first.body);
    const other = await call<ErrorAnswer>(`/api/integration/v1/cases/${id}/ack`, key.token, { caseManagementId: 'HEL 2026-009999' });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('conflict');
    const [audited] = await server.sql<{ n: number }>(`SELECT COUNT(*) AS n FROM audit_log WHERE action = 'integration.cases.ack' AND target_id = ?`, String(id));
    // Each of the three uses: the first, the repeat and the conflicting one.
    expect(audited?.n).toBe(3);
  });

  it('shows the reference to the handler on the case and to the customer on their submission', async () => {
    const key = await makeKey();
    const id = await sendNoise('091', 'ack-seen@example.fi');
    const handler = new ApiClient(server.url);
    await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
    const sender = new ApiClient(server.url);
    await signInCustomer(server, sender, 'ack-seen@example.fi');
    expect((await handler.get<CaseDetail>(`/api/cases/${id}`)).body.caseManagement).toBeNull();
    expect((await sender.get<MySubmission>(`/api/my/submissions/${id}`)).body.caseManagement).toBeNull();

    const ack = await call<CaseManagementAck>(`/api/integration/v1/cases/${id}/ack`, key.token, { caseManagementId: 'HEL 2026-004321' });
    expect(ack.status).toBe(200);
    const desk = await handler.get<CaseDetail>(`/api/cases/${id}`);
    expect(desk.status).toBe(200);
    expect(desk.body.caseManagement).toEqual({ caseManagementId: 'HEL 2026-004321', acknowledgedAt: ack.body.acknowledgedAt });
    const mine = await sender.get<MySubmission>(`/api/my/submissions/${id}`);
    expect(mine.status).toBe(200);
    expect(mine.body.caseManagement).toEqual({ caseManagementId: 'HEL 2026-004321', acknowledgedAt: ack.body.acknowledgedAt });
  });

  it('refuses a blank reference, another authority’s case, no key and another scope', async () => {
    const key = await makeKey();
    const id = await sendNoise('091', 'ack-refused@example.fi');
    const blank = await call<ErrorAnswer & { error: { fields: Array<{ path: string }> } }>(`/api/integration/v1/cases/${id}/ack`, key.token, { caseManagementId: '  ' });
    expect(blank.status).toBe(422);
    expect(blank.body.error.fields.map((f) => f.path)).toEqual(['caseManagementId']);
    expect((await call<ErrorAnswer>(`/api/integration/v1/cases/${id}/ack`, key.token, {})).status).toBe(422);
    const espoo = await sendNoise('049', 'ack-espoo@example.fi');
    expect((await call<ErrorAnswer>(`/api/integration/v1/cases/${espoo}/ack`, key.token, { caseManagementId: 'X-1' })).status).toBe(404);
    expect((await call<ErrorAnswer>(`/api/integration/v1/cases/${id}/ack`, undefined, { caseManagementId: 'X-1' })).status).toBe(401);
    const webhooksOnly = await makeKey({ scopes: ['webhooks:manage'] });
    expect((await call<ErrorAnswer>(`/api/integration/v1/cases/${id}/ack`, webhooksOnly.token, { caseManagementId: 'X-1' })).status).toBe(403);
    const read = await call<IntegrationCase>(`/api/integration/v1/cases/${id}`, key.token);
    expect(read.body.caseManagement).toBeNull();
  });
});
