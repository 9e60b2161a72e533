/**
 * Pulling through /api/integration/v1 as a case-management system does: the authority's new and
 * changed cases after a cursor (a case the desk or the customer changed comes again, saying what
 * changed; the desk's own notes do not move it), a cursor that loses and repeats nothing while cases
 * are sent and moved at the same time, each case's attachments with their answers' paths and a
 * download under the attachments scope, and every route refused with a key that lacks its scope.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationCase, IntegrationCasePage, IntegrationCaseSummary, Receipt } from '../../api-contract';
import { API_KEY_SCOPES, type ApiKeyScope } from '../../permissions/permissions';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD, HELSINKI_HANDLER, PDF, send, signInCustomer } from './case-fixtures';
import { callWithKey, makeKey, type TestKey } from './integration-keys';

let server: TestServer;
let customer: ApiClient;
let handler: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ config: { rateLimitAllow: ['127.0.0.1'], sendLimitPerEmail: 1000, sendLimitPerAddress: 1000 } });
  customer = new ApiClient(server.url);
  handler = new ApiClient(server.url);
  await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
}, 120_000);
afterAll(() => server?.close());

type ErrorAnswer = { error: { code: string; message: string; fields: Array<{ path: string; message: string }> } };

const call = <T>(path: string, token?: string, json?: unknown) => callWithKey<T>(server, path, token, json);

/** A notification without attachments to Helsinki (quick to send many of): ACKNOWLEDGE or REQUEST_INFO by the handler. */
async function sendFoodSales(email: string): Promise<number> {
  const res = await send(customer, { serviceId: 'temporary-food-sales', municipality: '091', email });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function step(id: number, event: string, comment?: string): Promise<void> {
  const res = await handler.post(`/api/cases/${id}/transitions`, { event, ...(comment ? { comment } : {}) });
  expect(res.status, `${event} on case ${id}`).toBe(200);
}

async function messageFromDesk(id: number, body: string): Promise<void> {
  expect((await handler.post(`/api/cases/${id}/messages`, { body })).status, `message on case ${id}`).toBe(201);
}

/** Every page after `after` until one says no more follow; the cursor to keep and what the pages held. */
async function drain(key: TestKey, after: string, limit = 100): Promise<{ cursor: string; cases: IntegrationCaseSummary[] }> {
  const cases: IntegrationCaseSummary[] = [];
  let cursor = after;
  for (;;) {
    const page = await call<IntegrationCasePage>(`/api/integration/v1/cases?limit=${limit}${cursor ? `&after=${cursor}` : ''}`, key.token);
    expect(page.status).toBe(200);
    cases.push(...page.body.cases);
    cursor = page.body.cursor;
    if (!page.body.hasMore) return { cursor, cases };
  }
}

describe('GET /api/integration/v1/cases: new and changed cases', () => {
  it('brings a case again after the cursor when its status, answers or messages change, saying what and by whom', async () => {
    const key = await makeKey(server);
    const writer = await makeKey(server, { scopes: ['cases:read', 'cases:write'] });
    const moved = await sendFoodSales('muuttuva@example.fi');
    const noted = await sendFoodSales('muistiinpano@example.fi');
    const start = await drain(key, '');
    const arrived = start.cases.filter((c) => c.id === moved || c.id === noted);
    expect(arrived.map((c) => [c.id, c.lastChange.kind, c.lastChange.by])).toEqual([[moved, 'submitted', 'customer'], [noted, 'submitted', 'customer']]);

    // The desk's own work is no change for the case-management system.
    expect((await handler.post(`/api/cases/${noted}/notes`, { body: 'Soitin ilmoittajalle, myyntipaikka tarkentuu.' })).status).toBe(201);
    const quiet = await drain(key, start.cursor);
    expect(quiet).toEqual({ cursor: start.cursor, cases: [] });

    // A status step at the desk, then the customer's supplement.
    await step(moved, 'REQUEST_INFO', 'Missä kohtaa toria myyntipiste on?');
    const asked = await drain(key, quiet.cursor);
    expect(asked.cases.map((c) => [c.id, c.status, c.lastChange.kind, c.lastChange.by])).toEqual([[moved, 'INFO_REQUESTED', 'status', 'handler']]);
    const sender = new ApiClient(server.url);
    await signInCustomer(server, sender, 'muuttuva@example.fi');
    expect((await sender.post(`/api/my/submissions/${moved}/supplement`, { message: 'Kauppatorin itälaidalla, paikka 12.', lang: 'fi' })).status).toBe(200);
    const supplemented = await drain(key, asked.cursor);
    expect(supplemented.cases.map((c) => [c.id, c.status, c.lastChange.kind, c.lastChange.by])).toEqual([[moved, 'SUBMITTED', 'supplement', 'customer']]);

    // A message to the customer, the customer's message, then a step written back through the API.
    await messageFromDesk(noted, 'Tarvitsemme vielä omavalvontasuunnitelman.');
    expect((await sender.post(`/api/my/submissions/${moved}/messages`, { body: 'Milloin ilmoitus käsitellään?' })).status).toBe(201);
    const messages = await drain(key, supplemented.cursor);
    expect(messages.cases.map((c) => [c.id, c.lastChange.kind, c.lastChange.by])).toEqual([[noted, 'message', 'handler'], [moved, 'message', 'customer']]);
    expect((await call(`/api/integration/v1/cases/${noted}/transitions`, writer.token, { event: 'ACKNOWLEDGE' })).status).toBe(200);
    const written = await drain(key, messages.cursor);
    expect(written.cases.map((c) => [c.id, c.status, c.lastChange.kind, c.lastChange.by])).toEqual([[noted, 'ACKNOWLEDGED', 'status', 'apiKey']]);

    // The case itself says the same latest change.
    const read = await call<IntegrationCase>(`/api/integration/v1/cases/${noted}`, key.token);
    expect(read.body.lastChange).toEqual(written.cases[0].lastChange);

    // From the start, each case once, at its latest change.
    const all = await drain(key, '', 7);
    expect(new Set(all.cases.map((c) => c.id)).size).toBe(all.cases.length);
    expect(all.cases.map((c) => c.id).slice(-2)).toEqual([moved, noted]);
    expect(all.cursor).toBe(written.cursor);
  });

  it('loses no case and repeats none within one unchanged state while cases are sent and moved between its pages', async () => {
    const key = await makeKey(server);
    const { cursor: start } = await drain(key, '');
    const mine = new Set<number>();
    let writing = true;

    // Three senders at once (so sends share group commits) and a handler working the cases sent so
    // far: a message to the customer, then the acknowledgement.
    const senders = [0, 1, 2].map(async (s) => {
      for (let i = 0; i < 6; i++) mine.add(await sendFoodSales(`rinnakkain-${s}-${i}@example.fi`));
    });
    const mover = (async () => {
      const moves = new Map<number, number>();
      for (let round = 0; round < 12; round++) {
        for (const id of [...mine].slice(0, 4 + round)) {
          const done = moves.get(id) ?? 0;
          if (done >= 2) continue;
          if (done === 0) await messageFromDesk(id, 'Ilmoitus on kirjattu.');
          else await step(id, 'ACKNOWLEDGE');
          moves.set(id, done + 1);
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const writers = Promise.all([...senders, mover]).finally(() => {
      writing = false;
    });

    const seen: IntegrationCaseSummary[] = [];
    let cursor = start;
    let pagesWhileWriting = 0;
    const reader = (async () => {
      // Small pages, one after the other while the writers work, then until the feed is drained.
      for (let finalPass = false; ; ) {
        const page = await call<IntegrationCasePage>(`/api/integration/v1/cases?limit=3&after=${cursor}`, key.token);
        expect(page.status).toBe(200);
        seen.push(...page.body.cases);
        cursor = page.body.cursor;
        if (writing) pagesWhileWriting++;
        if (!page.body.hasMore) {
          if (finalPass) return;
          if (!writing) finalPass = true;
          await new Promise((r) => setTimeout(r, 2));
        }
      }
    })();
    await Promise.all([writers, reader]);
    expect(mine.size).toBe(18);
    // The pages really were read between the writes, and cases changed after they were seen.
    expect(pagesWhileWriting).toBeGreaterThan(3);
    expect(seen.length).toBeGreaterThan(mine.size);

    // Nothing from before the start cursor that did not change since.
    expect(seen.every((c) => mine.has(c.id))).toBe(true);
    // None lost: every case sent is seen, last in the state it has now.
    for (const id of mine) {
      const now = await call<IntegrationCase>(`/api/integration/v1/cases/${id}`, key.token);
      const last = seen.filter((c) => c.id === id).at(-1);
      expect(last, `case ${id} was listed`).toBeDefined();
      expect({ status: last?.status, lastChange: last?.lastChange }).toEqual({ status: now.body.status, lastChange: now.body.lastChange });
    }
    // None repeated within one unchanged state: a case comes again only after it changed.
    for (const id of mine) {
      const states = seen.filter((c) => c.id === id).map((c) => `${c.status} ${c.lastChange.kind} ${c.lastChange.at}`);
      expect(new Set(states).size, `case ${id}: ${states.join(' | ')}`).toBe(states.length);
    }
    // Each change of a case is newer than the one before it in the list.
    for (const id of mine) {
      const times = seen.filter((c) => c.id === id).map((c) => c.lastChange.at);
      expect([...times].sort()).toEqual(times);
    }
    // And nothing more after the last cursor.
    expect((await drain(key, cursor)).cases).toEqual([]);
  });

  it('answers 400 for a cursor it did not give, naming `after`, and says what to do with a cursor of the arrival-order list', async () => {
    const key = await makeKey(server);
    for (const after of ['12', 's-1', 'x12', 's1234567890123456', 'S5']) {
      const res = await call<ErrorAnswer>(`/api/integration/v1/cases?after=${after}`, key.token);
      expect(res.status, after).toBe(400);
      expect(res.body.error.fields.map((f) => f.path)).toEqual(['after']);
    }
    const old = await call<ErrorAnswer>('/api/integration/v1/cases?after=c42', key.token);
    expect(old.status).toBe(400);
    expect(old.body.error.message).toMatch(/Start again without `after`/);
  });
});

describe('attachments through the integration API', () => {
  let sent: Receipt;
  let other: Receipt;
  let espoo: Receipt;

  beforeAll(async () => {
    // Public event noise notifications carry a map of the noise sources (an uploaded PDF).
    sent = (await send(customer, { serviceId: 'event-noise', municipality: '091', email: 'melu@example.fi' })).body;
    other = (await send(customer, { serviceId: 'event-noise', municipality: '091', email: 'melu-toinen@example.fi' })).body;
    espoo = (await send(customer, { serviceId: 'event-noise', municipality: '049', email: 'melu-espoo@example.fi' })).body;
  });

  const attachmentsOf = async (id: number, token: string) => (await call<IntegrationCase>(`/api/integration/v1/cases/${id}`, token)).body.attachments;
  const download = (href: string, token: string) => fetch(href.replace(server.ctx.config.publicUrl, server.url), { headers: { authorization: `Bearer ${token}` } });

  it('lists each file with the answer that names it, its media type, size, SHA-256 and link, and downloads it as the desk does', async () => {
    const key = await makeKey(server, { scopes: ['cases:read', 'attachments:read'] });
    const files = await attachmentsOf(sent.id, key.token);
    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(files).toEqual([
      {
        id: expect.any(String) as string, path: 'noiseSourceMap.0', name: 'asemapiirros.pdf', type: 'application/pdf', size: PDF.length, sha256,
        href: expect.stringMatching(new RegExp(`/api/integration/v1/cases/${sent.id}/attachments/[0-9a-f-]{36}$`)) as string,
      },
    ]);
    const res = await download(files[0].href, key.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=asemapiirros.pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    const body = Buffer.from(await res.arrayBuffer());
    expect(createHash('sha256').update(body).digest('hex')).toBe(sha256);
  });

  it('is 403 without the attachments scope, 404 for another case’s file and for another authority’s case, and audits each', async () => {
    const key = await makeKey(server, { scopes: ['cases:read', 'attachments:read'] });
    const [file] = await attachmentsOf(sent.id, key.token);
    const [otherFile] = await attachmentsOf(other.id, key.token);
    const espooKey = await makeKey(server, { authorityId: 'municipality-049', scopes: ['cases:read'] });
    const [espooFile] = await attachmentsOf(espoo.id, espooKey.token);

    const readOnly = await makeKey(server, { scopes: ['cases:read'] });
    const refused = await call<ErrorAnswer>(`/api/integration/v1/cases/${sent.id}/attachments/${file.id}`, readOnly.token);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/attachments:read/);

    const wrongCase = await call<ErrorAnswer>(`/api/integration/v1/cases/${sent.id}/attachments/${otherFile.id}`, key.token);
    expect(wrongCase.status).toBe(404);
    expect(wrongCase.body.error.message).toBe('No such attachment in this case');
    const otherAuthority = await call<ErrorAnswer>(`/api/integration/v1/cases/${espoo.id}/attachments/${espooFile.id}`, key.token);
    expect(otherAuthority.status).toBe(404);
    expect(otherAuthority.body.error.message).toBe('No such case');
    expect((await call<ErrorAnswer>(`/api/integration/v1/cases/${sent.id}/attachments/not-a-file`, key.token)).status).toBe(404);
    expect((await call<ErrorAnswer>(`/api/integration/v1/cases/${sent.id}/attachments/${file.id}`)).status).toBe(401);
    const expired = await makeKey(server, { scopes: ['attachments:read'], expiresAt: new Date(server.ctx.now().getTime() - 1000).toISOString() });
    expect((await call<ErrorAnswer>(`/api/integration/v1/cases/${sent.id}/attachments/${file.id}`, expired.token)).status).toBe(401);
    expect((await download(file.href, key.token)).status).toBe(200);

    const audit = async (keyId: string) =>
      (await server.sql<{ action: string; targetId: string; detailsJson: string }>(`SELECT action, target_id AS "targetId", details_json AS "detailsJson" FROM audit_log WHERE actor_kind = 'apiKey' ORDER BY id`))
        .map((r): Record<string, string | undefined> => ({ ...(JSON.parse(r.detailsJson) as Record<string, string | undefined>), action: r.action, targetId: r.targetId }))
        .filter((r) => r.apiKeyId === keyId && r.action !== 'integration.cases.read');
    expect((await audit(key.id)).map((r) => [r.action, r.targetId, r.attachmentId, r.outcome])).toEqual([
      ['integration.attachments.read', String(sent.id), otherFile.id, 'refused'],
      ['integration.attachments.read', String(espoo.id), espooFile.id, 'refused'],
      ['integration.attachments.read', String(sent.id), 'not-a-file', 'refused'],
      ['integration.attachments.read', String(sent.id), file.id, 'done'],
    ]);
    expect((await audit(readOnly.id)).map((r) => [r.action, r.reason, r.scope])).toEqual([['integration.refused', 'scope', 'attachments:read']]);
  });
});

describe('scopes', () => {
  it('refuses every integration route with 403 to a key holding every scope but the one the route needs', async () => {
    const id = await sendFoodSales('laajuus@example.fi');
    const [file] = (await call<IntegrationCase>(`/api/integration/v1/cases/${(await send(customer, { serviceId: 'event-noise', municipality: '091', email: 'laajuus-liite@example.fi' })).body.id}`, (await makeKey(server)).token)).body.attachments;
    const calls: Array<{ scope: ApiKeyScope; path: string; body?: unknown }> = [
      { scope: 'cases:read', path: '/api/integration/v1/cases' },
      { scope: 'cases:read', path: `/api/integration/v1/cases/${id}` },
      { scope: 'cases:read', path: `/api/integration/v1/cases/${id}/ack`, body: { caseManagementId: 'HEL 2026-1' } },
      { scope: 'attachments:read', path: file.href.replace(server.ctx.config.publicUrl, '') },
      { scope: 'cases:write', path: `/api/integration/v1/cases/${id}/transitions`, body: { event: 'ACKNOWLEDGE' } },
      { scope: 'cases:write', path: `/api/integration/v1/cases/${id}/messages`, body: { body: 'Hei' } },
      { scope: 'cases:write', path: `/api/integration/v1/cases/${id}/decision`, body: { text: 'Myönnetään.' } },
    ];
    for (const c of calls) {
      const others = await makeKey(server, { scopes: API_KEY_SCOPES.filter((s) => s !== c.scope) });
      const res = await call<ErrorAnswer>(c.path, others.token, c.body);
      expect(res.status, `${c.path} without ${c.scope}`).toBe(403);
      expect(res.body.error.message).toContain(c.scope);
    }
    // Nothing of it happened: the case is as sent.
    const read = await call<IntegrationCase>(`/api/integration/v1/cases/${id}`, (await makeKey(server)).token);
    expect(read.body).toMatchObject({ status: 'SUBMITTED', caseManagement: null, lastChange: { kind: 'submitted' } });
  });
});
