/**
 * Write-back through /api/integration/v1 with a key of the `cases:write` scope: status steps,
 * messages to the customer and decisions, under the desk's own rules (the handler role's steps,
 * 409 for an illegal move, a question for a request for more information, the customer alerted);
 * 401 without a key, 403 with a read-only key, 404 for another authority's case, 422 for malformed
 * bodies; the case's history and the audit log name the key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, TransitionAnswer } from '../../api-contract';
import type { ApiKeyScope } from '../../permissions/permissions';
import { issueApiKey } from '../../server/integration/api-keys';
import { contractMismatch } from '../support/contract-answers';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD, EXE, HELSINKI_HANDLER, PDF, send } from './case-fixtures';

const HELSINKI = 'municipality-091';
let server: TestServer;
let customer: ApiClient;
let handler: ApiClient;
let writer: { id: string; token: string };
let reader: { id: string; token: string };

/** A key made as the admin's screen makes one: kept hashed, its token known only here. */
async function makeKey(scopes: ApiKeyScope[], authorityId = HELSINKI): Promise<{ id: string; token: string }> {
  const issued = issueApiKey();
  const at = server.ctx.now().toISOString();
  await server.ctx.repos.apiKeys.create(
    { id: issued.id, authorityId, name: 'Asianhallinta', secretHash: issued.secretHash, scopes, ipAllowList: null, expiresAt: null, createdBy: null, createdAt: at },
    { at, actor: { kind: 'system' }, action: 'apiKey.create', targetType: 'api_key', targetId: issued.id },
  );
  return { id: issued.id, token: issued.token };
}

beforeAll(async () => {
  server = await startTestServer({ config: { rateLimitAllow: ['127.0.0.1'], sendLimitPerEmail: 1000, sendLimitPerAddress: 1000 } });
  customer = new ApiClient(server.url);
  handler = new ApiClient(server.url);
  await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
  writer = await makeKey(['cases:read', 'cases:write']);
  reader = await makeKey(['cases:read']);
}, 120_000);
afterAll(() => server?.close());

type ErrorAnswer = { error: { code: string; message: string; allowed?: string[]; fields?: Array<{ path: string; message: string }> } };

/** The case-management system's request: no cookies, no CSRF token, only its key; the answer checked against the contract. */
async function post<T>(path: string, token: string | undefined, body: unknown): Promise<{ status: number; body: T }> {
  const form = body instanceof FormData;
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(form ? {} : { 'content-type': 'application/json' }) },
    body: form ? body : JSON.stringify(body),
  });
  const answer: unknown = await res.json();
  const mismatch = contractMismatch('POST', path.split('?')[0], res.status, res.headers.get('content-type') ?? '', answer);
  if (mismatch) throw new Error(`The answer breaks the API contract (api-contract/): ${mismatch}`);
  return { status: res.status, body: answer as T };
}

const step = (id: number, body: unknown, token = writer.token) => post<TransitionAnswer & ErrorAnswer>(`/api/integration/v1/cases/${id}/transitions`, token, body);

async function sendCase(municipality: string, email: string): Promise<number> {
  const res = await send(customer, { serviceId: 'wastewater-exemption', municipality, email });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function alertsOf(id: number, kind: string) {
  return (await server.outbox()).filter((r) => r.submissionId === id && r.kind === kind);
}

async function keyAudit(id: number): Promise<Array<{ action: string; details: Record<string, unknown> }>> {
  return (await server.sql<{ action: string; detailsJson: string }>(`SELECT action, details_json AS "detailsJson" FROM audit_log WHERE actor_kind = 'apiKey' AND target_id = ? ORDER BY id`, String(id)))
    .map((r) => ({ action: r.action, details: JSON.parse(r.detailsJson) as Record<string, unknown> }));
}

describe('POST /api/integration/v1/cases/:id/transitions', () => {
  it('moves the status under the workflow, alerts the customer as from the desk, and names the key in history and audit', async () => {
    const id = await sendCase('091', 'wb-step@example.fi');
    const received = await step(id, { event: 'RECEIVE' });
    expect(received.status).toBe(200);
    expect(received.body.status).toBe('RECEIVED');
    const started = await step(id, { event: 'START' });
    expect(started.body).toMatchObject({ status: 'IN_PROCESSING', statusRef: { id: 'IN_PROCESSING' } });
    // The same alerts as the desk's steps: one for the step that carries one.
    const alerts = await alertsOf(id, 'status_changed');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].toEmail).toBe('wb-step@example.fi');

    const view = await handler.get<CaseDetail>(`/api/cases/${id}`);
    const steps = view.body.history.filter((h) => h.kind === 'status');
    expect(steps.map((h) => h.to?.id)).toEqual(['RECEIVED', 'IN_PROCESSING']);
    expect(steps[0]).toMatchObject({ actor: 'apiKey', by: { kind: 'apiKey', name: 'Asianhallinta' } });
    const audit = await keyAudit(id);
    expect(audit.filter((a) => a.action === 'case.transition').map((a) => [a.details.apiKeyId, a.details.event])).toEqual([
      [writer.id, 'RECEIVE'],
      [writer.id, 'START'],
    ]);
    expect(audit.filter((a) => a.action === 'integration.cases.transition').map((a) => a.details.outcome)).toEqual(['done', 'done']);
  });

  it('is 409 for an illegal move, naming the current status and the allowed events, and audits the refusal', async () => {
    const id = await sendCase('091', 'wb-illegal@example.fi');
    const res = await step(id, { event: 'DECIDE', comment: 'Myönnetään' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('illegal_transition');
    expect(res.body.error.message).toContain('SUBMITTED');
    expect(res.body.error.allowed).toEqual(['RECEIVE']);
    expect((await keyAudit(id)).map((a) => [a.action, a.details.outcome, a.details.status])).toEqual([['integration.cases.transition', 'refused', 409]]);
  });

  it('asks its question with a request for more information (422 without), kept with its reply day; a customer’s step is 403', async () => {
    const id = await sendCase('091', 'wb-info@example.fi');
    await step(id, { event: 'RECEIVE' });
    await step(id, { event: 'START' });
    const noQuestion = await step(id, { event: 'REQUEST_INFO' });
    expect(noQuestion.status).toBe(422);
    expect(noQuestion.body.error.fields?.map((f) => f.path)).toEqual(['comment']);
    const asked = await step(id, { event: 'REQUEST_INFO', comment: 'Lisätkää meluselvitys.', replyBy: '2099-01-01' });
    expect(asked.status).toBe(422);
    expect(asked.body.error.fields?.map((f) => f.path)).toEqual(['replyBy']);
    const ok = await step(id, { event: 'REQUEST_INFO', comment: 'Lisätkää meluselvitys.' });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe('INFO_REQUESTED');
    const customersStep = await step(id, { event: 'SUPPLEMENT' });
    expect(customersStep.status).toBe(403);
    expect(customersStep.body.error.code).toBe('forbidden');
    const history = (await handler.get<CaseDetail>(`/api/cases/${id}`)).body.history;
    expect(history.at(-1)).toMatchObject({ kind: 'status', comment: 'Lisätkää meluselvitys.', replyBy: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), by: { kind: 'apiKey' } });
  });

  it('is 401 without a key, 403 with a read-only key, 404 for another authority’s case, 422 for a malformed body', async () => {
    const id = await sendCase('091', 'wb-refused@example.fi');
    expect((await step(id, { event: 'RECEIVE' }, '')).status).toBe(401);
    const readOnly = await step(id, { event: 'RECEIVE' }, reader.token);
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error.message).toContain('cases:write');
    const espoo = await sendCase('049', 'wb-espoo@example.fi');
    const other = await step(espoo, { event: 'RECEIVE' });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe('not_found');
    // Reaching for another authority's case is audited as a refused use of the key.
    expect((await keyAudit(espoo)).map((a) => [a.action, a.details.apiKeyId, a.details.outcome, a.details.status])).toEqual([['integration.cases.transition', writer.id, 'refused', 404]]);
    // An Espoo key does not reach a Helsinki case either.
    expect((await step(id, { event: 'RECEIVE' }, (await makeKey(['cases:write'], 'municipality-049')).token)).status).toBe(404);
    for (const body of [{}, { event: 42 }, { event: 'receive' }, { event: 'REQUEST_INFO', replyBy: 'tomorrow' }]) {
      const bad = await step(id, body);
      expect(bad.status, JSON.stringify(body)).toBe(422);
      expect(bad.body.error.code).toBe('validation_failed');
    }
    const view = await handler.get<CaseDetail>(`/api/cases/${id}`);
    expect(view.body.status.id).toBe('SUBMITTED');
  });
});

describe('POST /api/integration/v1/cases/:id/messages', () => {
  it('sends a message the customer is alerted of, in the history as the key’s', async () => {
    const id = await sendCase('091', 'wb-message@example.fi');
    const res = await post<{ ok: true }>(`/api/integration/v1/cases/${id}/messages`, writer.token, { body: 'Meluselvitys riittää PDF-muodossa.' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ ok: true });
    const alerts = await alertsOf(id, 'message');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].toEmail).toBe('wb-message@example.fi');
    const last = (await handler.get<CaseDetail>(`/api/cases/${id}`)).body.history.at(-1);
    expect(last).toMatchObject({ kind: 'message', body: 'Meluselvitys riittää PDF-muodossa.', direction: 'out', by: { kind: 'apiKey', name: 'Asianhallinta' } });
    expect((await keyAudit(id)).map((a) => a.action)).toEqual(['case.message', 'integration.cases.message']);
  });

  it('is 401 without a key, 403 read-only, 404 for another authority’s case, 422 for an empty or missing body', async () => {
    const id = await sendCase('091', 'wb-message-refused@example.fi');
    const path = `/api/integration/v1/cases/${id}/messages`;
    expect((await post(path, undefined, { body: 'Hei' })).status).toBe(401);
    expect((await post(path, reader.token, { body: 'Hei' })).status).toBe(403);
    const espoo = await sendCase('049', 'wb-message-espoo@example.fi');
    expect((await post(`/api/integration/v1/cases/${espoo}/messages`, writer.token, { body: 'Hei' })).status).toBe(404);
    for (const body of [{}, { body: '' }, { body: 7 }, { body: 'x'.repeat(5001) }]) {
      const bad = await post<ErrorAnswer>(path, writer.token, body);
      expect(bad.status).toBe(422);
      expect(bad.body.error.fields?.[0].path).toBe('body');
    }
    expect(await alertsOf(id, 'message')).toEqual([]);
  });
});

describe('POST /api/integration/v1/cases/:id/decision', () => {
  async function inProcessing(email: string): Promise<number> {
    const id = await sendCase('091', email);
    expect((await step(id, { event: 'RECEIVE' })).status).toBe(200);
    expect((await step(id, { event: 'START' })).status).toBe(200);
    return id;
  }

  function decisionForm(fields: Record<string, string>, file?: { name: string; content: Buffer }): FormData {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append('file', new Blob([new Uint8Array(file.content)], { type: 'application/pdf' }), file.name);
    return form;
  }

  it('records a decision with its PDF (multipart), decided by the key', async () => {
    const id = await inProcessing('wb-decision@example.fi');
    const res = await post<TransitionAnswer>(`/api/integration/v1/cases/${id}/decision`, writer.token, decisionForm({ text: 'Lupa myönnetään.' }, { name: 'paatos.pdf', content: PDF }));
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('DECIDED');
    const view = (await handler.get<CaseDetail>(`/api/cases/${id}`)).body;
    expect(view.decisions).toEqual([expect.objectContaining({ text: 'Lupa myönnetään.', file: { name: 'paatos.pdf', size: PDF.length } })]);
    expect(view.history.at(-1)).toMatchObject({ kind: 'status', decisionId: view.decisions[0].id, by: { kind: 'apiKey' } });
    expect((await keyAudit(id)).filter((a) => a.action === 'integration.cases.decision').map((a) => a.details)).toEqual([{ apiKeyId: writer.id, file: true, outcome: 'done' }]);
  });

  it('records a written decision sent as JSON', async () => {
    const id = await inProcessing('wb-decision-json@example.fi');
    const res = await post<TransitionAnswer>(`/api/integration/v1/cases/${id}/decision`, writer.token, { text: 'Lupa evätään.' });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('DECIDED');
    expect((await handler.get<CaseDetail>(`/api/cases/${id}`)).body.decisions).toEqual([expect.objectContaining({ text: 'Lupa evätään.', file: null })]);
  });

  it('refuses as the desk does: 409 before processing, 422 without text and file or on another step, 415 for a non-PDF', async () => {
    const fresh = await sendCase('091', 'wb-decision-early@example.fi');
    const early = await post<ErrorAnswer>(`/api/integration/v1/cases/${fresh}/decision`, writer.token, { text: 'Liian aikaisin.' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('illegal_transition');
    const id = await inProcessing('wb-decision-refused@example.fi');
    const path = `/api/integration/v1/cases/${id}/decision`;
    const nothing = await post<ErrorAnswer>(path, writer.token, decisionForm({}));
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.fields?.[0].path).toBe('text');
    const notDecision = await post<ErrorAnswer>(path, writer.token, { event: 'CLOSE', text: 'x' });
    expect(notDecision.status).toBe(422);
    expect(notDecision.body.error.fields?.[0].path).toBe('event');
    const badType = await post<ErrorAnswer>(path, writer.token, { text: 42 });
    expect(badType.status).toBe(422);
    expect(badType.body.error.fields?.[0].path).toBe('text');
    const program = await post<ErrorAnswer>(path, writer.token, decisionForm({ text: 'Liitteenä.' }, { name: 'paatos.pdf', content: EXE }));
    expect(program.status).toBe(415);
    expect((await post(path, undefined, { text: 'x' })).status).toBe(401);
    expect((await post(path, reader.token, { text: 'x' })).status).toBe(403);
    const espoo = await sendCase('049', 'wb-decision-espoo@example.fi');
    expect((await post(`/api/integration/v1/cases/${espoo}/decision`, writer.token, { text: 'x' })).status).toBe(404);
    expect((await handler.get<CaseDetail>(`/api/cases/${id}`)).body.decisions).toEqual([]);
  });
});
