/**
 * Acting for a company through the API, with the local test identity provider and its test
 * companies: a representative chooses the company and sends for it, a second representative of the
 * same company sees the submission, a person of another company and the representatives acting for
 * themselves do not, and every refusal (no mandate, an ended mandate, a tampered company id, no
 * strong identification, a mandate that ends while acting) is answered and audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import examples from '../../form-library/library/examples/event-organising.json';
import type { ActingForState, MySubmissionSummary } from '../../api-contract';
import type { TestCompanyMandates } from '../../server/mandates/test-company-mandates';
import { ApiClient, type ApiErrorBody, type TestServer } from '../support/server';
import { handlerOf, identifyAt, requireStrongIdentification, startServerWithTestProvider } from '../support/strong-identification';
import { deploymentOf, exampleWithUploads, newKey, signInCustomer } from './case-fixtures';

const AINO = { id: 'test-person-1', personalId: '010190-908Y' };
const MIKKO = { id: 'test-person-2', personalId: '150385-921R' };
const KERSTIN = { id: 'test-person-3', personalId: '280772-933C' };
const TESTIYHTIO = { businessId: '7001234-9', name: 'Testiyhtiö Oy' };
const PROVBOLAGET = { businessId: '7001235-7', name: 'Provbolaget Ab' };
const KOKEILURAKENNUS = '7001236-5';

let server: TestServer;

beforeAll(async () => {
  // The test companies, as `npm start` uses them beside the test identity provider (tests leave them off unless asked).
  server = await startServerWithTestProvider({ config: { rateLimitAllow: ['127.0.0.1'], mandates: { source: 'test' } } });
  requireStrongIdentification(server.ctx, 'public-event-police', {});
});
afterAll(() => server?.close());

function testCompanies(): TestCompanyMandates {
  const mandates = server.ctx.mandates;
  if (mandates?.source !== 'test' || !('end' in mandates)) throw new Error('the test companies are not in use');
  return mandates as TestCompanyMandates;
}

async function identified(person: { id: string }): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  const done = await client.post('/api/identification/complete', { query: await identifyAt(client, person.id) });
  if (done.status !== 200) throw new Error(`identification failed: ${done.status}`);
  return client;
}

function audited(action: string): Array<{ targetId: string; details: Record<string, unknown> }> {
  return server.ctx.sqlite
    .prepare<[string], { targetId: string; details: string | null }>('SELECT target_id AS targetId, details_json AS details FROM audit_log WHERE action = ? ORDER BY id')
    .all(action)
    .map((r) => ({ targetId: r.targetId, details: JSON.parse(r.details ?? '{}') as Record<string, unknown> }));
}

function errorCode(body: unknown): string {
  return (body as ApiErrorBody).error.code;
}

/** The police's public event notification, organised by the company, its site map uploaded. */
async function notification(client: ApiClient): Promise<Record<string, unknown>> {
  const data = await exampleWithUploads(client, 'public-event-police');
  return { ...data, organiser: { ...examples['public-event-police'].organiser, organiserType: 'company', organiserName: TESTIYHTIO.name, organiserBusinessId: TESTIYHTIO.businessId } };
}

async function sendNotification(client: ApiClient) {
  const deploymentId = await deploymentOf(client, '091', 'public-event-police');
  return client.post<{ id: number; reference: string }>('/api/submissions', {
    deploymentId, municipality: '091', data: await notification(client), contact: { name: 'Aino Testinen', email: 'aino.testinen@example.fi' }, lang: 'fi', idempotencyKey: newKey(),
  });
}

async function myReferences(client: ApiClient): Promise<string[]> {
  const res = await client.get<MySubmissionSummary[]>('/api/my/submissions?lang=fi');
  expect(res.status).toBe(200);
  return res.body.map((s) => s.reference);
}

let sent = { id: 0, reference: '' };

describe('choosing whom to act for', () => {
  it('lists the companies a strongly identified person may act for, acting for themselves at first', async () => {
    const aino = await identified(AINO);
    const state = await aino.get<ActingForState>('/api/my/acting-for');
    expect(state.status).toBe(200);
    expect(state.body).toEqual({ actingFor: { kind: 'self' }, companies: [TESTIYHTIO] });
  });

  it('does not list an ended mandate, and refuses to act on it (403 mandate_ended, audited)', async () => {
    const kerstin = await identified(KERSTIN);
    expect((await kerstin.get<ActingForState>('/api/my/acting-for')).body.companies).toEqual([PROVBOLAGET]);
    const res = await kerstin.put('/api/my/acting-for', { businessId: KOKEILURAKENNUS });
    expect(res.status).toBe(403);
    expect(errorCode(res.body)).toBe('mandate_ended');
    expect(audited('mandate.refused').at(-1)).toMatchObject({ targetId: KOKEILURAKENNUS, details: { code: 'mandate_ended' } });
  });

  it('refuses a company the person holds no mandate for, such as a tampered company id (403 no_mandate, audited), and keeps the choice', async () => {
    const aino = await identified(AINO);
    const res = await aino.put('/api/my/acting-for', { businessId: PROVBOLAGET.businessId });
    expect(res.status).toBe(403);
    expect(errorCode(res.body)).toBe('no_mandate');
    expect((res.body as ApiErrorBody).error.fields).toEqual([{ path: 'businessId', message: expect.stringMatching(/no mandate/) as unknown }]);
    expect(audited('mandate.refused').at(-1)).toMatchObject({ targetId: PROVBOLAGET.businessId, details: { code: 'no_mandate' } });
    expect((await aino.get<ActingForState>('/api/my/acting-for')).body.actingFor).toEqual({ kind: 'self' });
  });

  it('refuses what is not a Y-tunnus, or one whose check digit was changed (422 naming businessId)', async () => {
    const aino = await identified(AINO);
    for (const businessId of ['7001234', '7001234-1', 'Testiyhtiö Oy', 7001234]) {
      const res = await aino.put('/api/my/acting-for', { businessId });
      expect(res.status).toBe(422);
      expect((res.body as ApiErrorBody).error.fields.map((f) => f.path)).toEqual(['businessId']);
    }
    expect((await aino.put('/api/my/acting-for', {})).status).toBe(422);
  });

  it('needs strong identification: 401 without a sign-in, 403 strong_identification_required by e-mail code', async () => {
    expect((await new ApiClient(server.url).get('/api/my/acting-for')).status).toBe(401);
    const byCode = new ApiClient(server.url);
    await signInCustomer(server, byCode, 'koodilla@example.fi');
    const res = await byCode.put('/api/my/acting-for', { businessId: TESTIYHTIO.businessId });
    expect(res.status).toBe(403);
    expect(errorCode(res.body)).toBe('strong_identification_required');
  });

  it('is in the API’s OpenAPI document with its bad-input answers', async () => {
    const doc = await new ApiClient(server.url).get<{ paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>('/api/openapi.json');
    expect(Object.keys(doc.body.paths['/api/my/acting-for'].put.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404', '422']));
  });
});

describe('a representative sends for the company, and its other representative sees it', () => {
  it('records who acted (by key) and for whom; the handler sees the company', async () => {
    const aino = await identified(AINO);
    const chosen = await aino.put<ActingForState>('/api/my/acting-for', { businessId: TESTIYHTIO.businessId });
    expect(chosen.status).toBe(200);
    expect(chosen.body.actingFor).toEqual({ kind: 'company', ...TESTIYHTIO });
    const res = await sendNotification(aino);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    sent = res.body;
    const row = server.ctx.sqlite
      .prepare<[number], { personKey: string | null; businessId: string | null; name: string | null; authorityId: string }>(
        'SELECT identified_person_key AS personKey, acting_for_business_id AS businessId, acting_for_name AS name, authority_id AS authorityId FROM submissions WHERE id = ?',
      )
      .get(sent.id);
    expect(row).toMatchObject({ businessId: TESTIYHTIO.businessId, name: TESTIYHTIO.name });
    expect(row?.personKey).toMatch(/^p_/);
    const audit = server.ctx.sqlite.prepare<[], { text: string }>("SELECT target_id || coalesce(details_json, '') AS text FROM audit_log WHERE action LIKE 'mandate.%' OR action = 'submission.create'").all();
    for (const line of audit) expect(line.text).not.toMatch(/908Y|921R|933C/);
    expect(audited('submission.create').at(-1)?.details).toMatchObject({ actingFor: TESTIYHTIO.businessId, personKey: row?.personKey });

    const handler = await handlerOf(server, row?.authorityId ?? '', 'poliisi.kasittelija@kevyt.example');
    const detail = await handler.get<{ actingFor: unknown }>(`/api/cases/${sent.id}?lang=fi`);
    expect(detail.body.actingFor).toEqual(TESTIYHTIO);
  });

  it('a second representative acting for the company sees it in their list and opens it', async () => {
    const mikko = await identified(MIKKO);
    expect((await mikko.put('/api/my/acting-for', { businessId: TESTIYHTIO.businessId })).status).toBe(200);
    expect(await myReferences(mikko)).toContain(sent.reference);
    expect((await mikko.get(`/api/my/submissions/${sent.id}?lang=fi`)).status).toBe(200);
    // He may write to the authority about it; the audit log names him, by key, as who acted.
    expect((await mikko.post(`/api/my/submissions/${sent.id}/messages`, { body: 'Tapahtuman aikataulu tarkentui.' })).status).toBe(201);
    const sender = server.ctx.sqlite.prepare<[number], { key: string }>('SELECT identified_person_key AS key FROM submissions WHERE id = ?').get(sent.id)?.key;
    const message = audited('case.customer_message').at(-1);
    expect(message?.details.personKey).toMatch(/^p_/);
    expect(message?.details.personKey).not.toBe(sender);
  });

  it('nobody acting for themselves sees the company’s submission, not even the one who sent it', async () => {
    for (const person of [AINO, MIKKO]) {
      const client = await identified(person);
      expect(await myReferences(client)).not.toContain(sent.reference);
      expect((await client.get(`/api/my/submissions/${sent.id}?lang=fi`)).status).toBe(404);
    }
  });

  it('a person of another company does not see it', async () => {
    const kerstin = await identified(KERSTIN);
    expect((await kerstin.put('/api/my/acting-for', { businessId: PROVBOLAGET.businessId })).status).toBe(200);
    expect(await myReferences(kerstin)).not.toContain(sent.reference);
    expect((await kerstin.get(`/api/my/submissions/${sent.id}?lang=fi`)).status).toBe(404);
  });
});

describe('a mandate that ends', () => {
  it('stops access at the next request: refused once (403 mandate_ended, audited), then the person acts for themselves', async () => {
    const mikko = await identified(MIKKO);
    expect((await mikko.put('/api/my/acting-for', { businessId: TESTIYHTIO.businessId })).status).toBe(200);
    expect(await myReferences(mikko)).toContain(sent.reference);

    testCompanies().end(MIKKO.personalId, TESTIYHTIO.businessId);
    const refused = await mikko.get(`/api/my/submissions/${sent.id}?lang=fi`);
    expect(refused.status).toBe(403);
    expect(errorCode(refused.body)).toBe('mandate_ended');
    expect(audited('mandate.ended').at(-1)).toMatchObject({ targetId: TESTIYHTIO.businessId });

    expect((await mikko.get<ActingForState>('/api/my/acting-for')).body).toEqual({ actingFor: { kind: 'self' }, companies: [] });
    expect((await mikko.get(`/api/my/submissions/${sent.id}?lang=fi`)).status).toBe(404);
    const again = await mikko.put('/api/my/acting-for', { businessId: TESTIYHTIO.businessId });
    expect(errorCode(again.body)).toBe('mandate_ended');
  });

  it('refuses a send for the company once the mandate has ended, storing nothing', async () => {
    const aino = await identified(AINO);
    expect((await aino.put('/api/my/acting-for', { businessId: TESTIYHTIO.businessId })).status).toBe(200);
    const before = server.ctx.sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM submissions').get()?.n;
    testCompanies().end(AINO.personalId, TESTIYHTIO.businessId);
    const res = await sendNotification(aino);
    expect(res.status).toBe(403);
    expect(errorCode(res.body)).toBe('mandate_ended');
    expect(server.ctx.sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM submissions').get()?.n).toBe(before);
  });
});
