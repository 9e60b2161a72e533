/**
 * Projects of strongly identified persons and of the companies they act for, over HTTP with the
 * local test identity provider and its test companies: a person starts a project of their own; a
 * representative of Testiyhtiö Oy starts one for the company and sends a permit, which records who
 * sent it for whom; the company's second representative works on it; and each refusal: a person
 * acting for themselves or for another company, an e-mail customer, a mandate that has ended.
 * A service that asks for no identification, sent while acting for the company, records the company too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActingForState, MySubmissionSummary, PermitDraft, Project, ProjectSummary, Receipt } from '../../api-contract';
import type { FormPackContent, TextElement } from '../../form-library/format/types';
import { t } from '../../languages/localized-text';
import type { TestCompanyMandates } from '../../server/mandates/test-company-mandates';
import { ApiClient, type ApiErrorBody, type TestServer } from '../support/server';
import { identifyAt, startServerWithTestProvider } from '../support/strong-identification';
import { DEMO_PASSWORD, HELSINKI_ADMIN, newKey, signInCustomer } from './case-fixtures';
import { publishedPack } from './fixtures';
import { PROJECT_PACK, projectPack } from './project-pack';

const AINO = { id: 'test-person-1', personalId: '010190-908Y' };
const MIKKO = { id: 'test-person-2', personalId: '150385-921R' };
const KERSTIN = { id: 'test-person-3', personalId: '280772-933C' };
const TESTIYHTIO = { businessId: '7001234-9', name: 'Testiyhtiö Oy' };
const PROVBOLAGET = { businessId: '7001235-7', name: 'Provbolaget Ab' };
const HETU = /908Y|921R|933C/;

/** The test festival, its permit asking for strong identification with the applicant's name filled from it. */
const strongPack: FormPackContent = structuredClone(projectPack);
{
  const permit = strongPack.services.find((s) => s.id === 'festival-permit');
  if (!permit) throw new Error('no festival permit');
  permit.identification = 'strong';
  const applicant: TextElement = { id: 'fp-applicant', key: 'applicant', kind: 'text', label: t('Hakija', 'Sökande', 'Applicant'), required: true, identityField: 'fullName' };
  permit.form.pages[0].elements.push(applicant);
}

let server: TestServer;
const deployments = { permit: 0, notice: 0 };

beforeAll(async () => {
  server = await startServerWithTestProvider({ config: { rateLimitAllow: ['127.0.0.1'], mandates: { source: 'test' } } });
  const packId = await publishedPack(server.ctx, strongPack);
  for (const [key, serviceId, admin] of [['permit', 'festival-permit', HELSINKI_ADMIN], ['notice', 'festival-rescue-notice', 'admin.rescue-helsinki@kevyt.example']] as const) {
    const client = new ApiClient(server.url);
    await client.loginStaff(admin, DEMO_PASSWORD);
    const res = await client.post<{ id: number }>('/api/deployments', { packId, version: 1, serviceId, respondWithinDays: 21 });
    if (res.status !== 201) throw new Error(`deploy ${serviceId} failed: ${res.status} ${JSON.stringify(res.body)}`);
    deployments[key] = res.body.id;
  }
}, 180_000);
afterAll(() => server?.close());

function testCompanies(): TestCompanyMandates {
  const mandates = server.ctx.mandates;
  if (mandates?.source !== 'test' || !('end' in mandates)) throw new Error('the test companies are not in use');
  return mandates as TestCompanyMandates;
}

async function identified(person: { id: string }, company?: { businessId: string }): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  const done = await client.post('/api/identification/complete', { query: await identifyAt(client, person.id) });
  if (done.status !== 200) throw new Error(`identification failed: ${done.status}`);
  if (company) {
    const chosen = await client.put<ActingForState>('/api/my/acting-for', { businessId: company.businessId });
    if (chosen.status !== 200) throw new Error(`acting for ${company.businessId} failed: ${chosen.status}`);
  }
  return client;
}

const festival = { event: { name: 'Testiyhtiön kesäjuhla', attendance: 800 }, organiser: { businessId: TESTIYHTIO.businessId } };

function start(client: ApiClient, over: Record<string, unknown> = {}) {
  return client.post<Project>('/api/my/projects?lang=fi', {
    name: 'Kesäjuhla', municipality: '091', packSlug: PROJECT_PACK, data: festival,
    contact: { name: 'Aino Testinen', phone: '+358401234567', email: 'aino.testinen@example.fi' }, consent: true,
    services: ['festival-permit', 'festival-rescue-notice'], ...over,
  });
}

function errorOf(body: unknown): ApiErrorBody['error'] {
  return (body as ApiErrorBody).error;
}

function projectRow(id: number) {
  return server.ctx.sqlite
    .prepare<[number], Record<string, string | null>>(
      `SELECT owner_email AS ownerEmail, owner_person_key AS personKey, owner_business_id AS businessId, owner_business_name AS companyName,
              created_by_person_key AS createdBy, contact_email AS contactEmail FROM projects WHERE id = ?`,
    )
    .get(id);
}

function submissionRow(id: number) {
  return server.ctx.sqlite
    .prepare<[number], { identification: string; personKey: string | null; businessId: string | null; name: string | null; email: string }>(
      `SELECT identification, identified_person_key AS personKey, acting_for_business_id AS businessId, acting_for_name AS name,
              contact_email AS email FROM submissions WHERE id = ?`,
    )
    .get(id);
}

async function listIds(client: ApiClient): Promise<number[]> {
  const res = await client.get<ProjectSummary[]>('/api/my/projects?lang=fi');
  expect(res.status).toBe(200);
  return res.body.map((p) => p.id);
}

const permitId = (project: Project, serviceId: string): number => {
  const found = project.permits.find((p) => p.service.id === serviceId);
  if (!found) throw new Error(`no permit of ${serviceId}`);
  return found.id;
};

let own: Project;
let company: Project;
let sent: Receipt;

describe('a strongly identified person’s own project', () => {
  it('asks a strongly identified person for the address the receipts go to (422 naming contact.email)', async () => {
    const aino = await identified(AINO);
    const res = await start(aino, { contact: { name: 'Aino Testinen' } });
    expect(res.status).toBe(422);
    expect(errorOf(res.body).fields.map((f) => f.path)).toEqual(['contact.email']);
  });

  it('starts one owned by the person’s key, never by the henkilötunnus, with the identity filling the permit’s name', async () => {
    const aino = await identified(AINO);
    const res = await start(aino);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    own = res.body;
    expect(own.company).toBeNull();
    expect(own.contact).toEqual({ name: 'Aino Testinen', phone: '+358401234567', email: 'aino.testinen@example.fi' });
    const row = projectRow(own.id);
    expect(row).toMatchObject({ ownerEmail: null, businessId: null, contactEmail: 'aino.testinen@example.fi' });
    expect(row?.personKey).toMatch(/^p_/);
    expect(row?.createdBy).toBe(row?.personKey);
    expect(JSON.stringify(row)).not.toMatch(HETU);
    const draft = await aino.get<PermitDraft>(`/api/my/projects/${own.id}/permits/${permitId(own, 'festival-permit')}?lang=fi`);
    expect(draft.body.data).toMatchObject({ applicant: 'Aino Testinen' });
    // Shown read-only on the permit's page; the notice asks no identification, so nothing is filled in it.
    expect(draft.body.fromIdentity).toEqual([{ path: 'applicant', of: 'person' }]);
    const notice = await aino.get<PermitDraft>(`/api/my/projects/${own.id}/permits/${permitId(own, 'festival-rescue-notice')}?lang=fi`);
    expect(notice.body.fromIdentity).toEqual([]);
    expect(await listIds(aino)).toEqual([own.id]);
  });

  it('is not seen by the same person acting for a company, nor by another person (404)', async () => {
    const ainoForCompany = await identified(AINO, TESTIYHTIO);
    expect(await listIds(ainoForCompany)).not.toContain(own.id);
    expect((await ainoForCompany.get(`/api/my/projects/${own.id}?lang=fi`)).status).toBe(404);
    const mikko = await identified(MIKKO);
    expect((await mikko.get(`/api/my/projects/${own.id}?lang=fi`)).status).toBe(404);
    expect((await mikko.delete(`/api/my/projects/${own.id}`)).status).toBe(404);
  });
});

describe('a company’s project, started and sent by one representative, worked on by the other', () => {
  it('is the company’s, recording who started it', async () => {
    const aino = await identified(AINO, TESTIYHTIO);
    const res = await start(aino);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    company = res.body;
    expect(company.company).toEqual(TESTIYHTIO);
    const row = projectRow(company.id);
    expect(row).toMatchObject({ ownerEmail: null, personKey: null, businessId: TESTIYHTIO.businessId, companyName: TESTIYHTIO.name });
    expect(row?.createdBy).toMatch(/^p_/);
    const audit = server.ctx.sqlite
      .prepare<[string], { details: string }>("SELECT details_json AS details FROM audit_log WHERE action = 'project.create' AND target_id = ?")
      .get(String(company.id));
    expect(JSON.parse(audit?.details ?? '{}')).toEqual({ owner: 'company', actingFor: TESTIYHTIO.businessId, personKey: row?.createdBy });
    expect(audit?.details).not.toMatch(HETU);
  });

  it('sends a permit recording the representative (by key) acting for the company, as a single send does', async () => {
    const aino = await identified(AINO, TESTIYHTIO);
    const id = permitId(company, 'festival-permit');
    const draft = (await aino.get<PermitDraft>(`/api/my/projects/${company.id}/permits/${id}?lang=fi`)).body;
    expect((await aino.put(`/api/my/projects/${company.id}/permits/${id}`, { data: { ...draft.data, stages: 2 }, version: draft.version })).status).toBe(200);
    const res = await aino.post<Receipt>(`/api/my/projects/${company.id}/permits/${id}/send`, { lang: 'fi' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    sent = res.body;
    const row = submissionRow(sent.id);
    expect(row).toMatchObject({ identification: 'strong', businessId: TESTIYHTIO.businessId, name: TESTIYHTIO.name, email: 'aino.testinen@example.fi' });
    expect(row?.personKey).toBe(projectRow(company.id)?.createdBy);
    const data = server.ctx.sqlite.prepare<[number], { data: string }>('SELECT data_json AS data FROM submissions WHERE id = ?').get(sent.id)?.data ?? '';
    expect(JSON.parse(data)).toMatchObject({ applicant: 'Aino Testinen', businessId: TESTIYHTIO.businessId });
  });

  it('the second representative acting for the company sees the project, its sent permit and timeline, and sends the other', async () => {
    const mikko = await identified(MIKKO, TESTIYHTIO);
    expect(await listIds(mikko)).toContain(company.id);
    const project = await mikko.get<Project>(`/api/my/projects/${company.id}?lang=fi`);
    expect(project.status).toBe(200);
    expect(project.body.permits.find((p) => p.submission?.reference === sent.reference)?.state).toBe('sent');
    expect(project.body.timeline.some((e) => e.kind === 'sent')).toBe(true);
    const mine = await mikko.get<MySubmissionSummary[]>('/api/my/submissions?lang=fi');
    expect(mine.body.map((s) => s.reference)).toContain(sent.reference);
    // He sends the rescue notification: the case names him, by key, acting for the company.
    const all = await mikko.post<{ sent: Array<{ receipt: Receipt }>; notReady: unknown[] }>(`/api/my/projects/${company.id}/send`, { lang: 'fi' });
    expect(all.status).toBe(200);
    expect(all.body.notReady).toEqual([]);
    const notice = submissionRow(all.body.sent[0].receipt.id);
    expect(notice?.businessId).toBe(TESTIYHTIO.businessId);
    expect(notice?.personKey).toMatch(/^p_/);
    expect(notice?.personKey).not.toBe(submissionRow(sent.id)?.personKey);
  });

  it('is not seen by its representatives acting for themselves, nor by another company’s, nor by an e-mail customer (404)', async () => {
    for (const client of [await identified(AINO), await identified(MIKKO), await identified(KERSTIN, PROVBOLAGET)]) {
      expect(await listIds(client)).not.toContain(company.id);
      expect((await client.get(`/api/my/projects/${company.id}?lang=fi`)).status).toBe(404);
      expect((await client.post(`/api/my/projects/${company.id}/permits`, { deploymentId: deployments.notice })).status).toBe(404);
    }
    const byCode = new ApiClient(server.url);
    await signInCustomer(server, byCode, 'aino.testinen@example.fi');
    expect((await byCode.get(`/api/my/projects/${company.id}?lang=fi`)).status).toBe(404);
    expect(await listIds(byCode)).toEqual([]);
  });

  it('stops at the next request once the representative’s mandate has ended (403 mandate_ended, audited)', async () => {
    const mikko = await identified(MIKKO, TESTIYHTIO);
    expect((await mikko.get(`/api/my/projects/${company.id}?lang=fi`)).status).toBe(200);
    testCompanies().end(MIKKO.personalId, TESTIYHTIO.businessId);
    const refused = await mikko.get(`/api/my/projects/${company.id}?lang=fi`);
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body).code).toBe('mandate_ended');
    const ended = server.ctx.sqlite.prepare<[], { n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'mandate.ended'").get()?.n ?? 0;
    expect(ended).toBeGreaterThan(0);
    // Acting for himself again, the company's project is as absent as any other.
    expect((await mikko.get(`/api/my/projects/${company.id}?lang=fi`)).status).toBe(404);
  });

  it('a representative may change where the receipts go; an e-mail customer’s go to their own address, whatever they give', async () => {
    const aino = await identified(AINO, TESTIYHTIO);
    const now = (await aino.get<Project>(`/api/my/projects/${company.id}?lang=fi`)).body;
    const changed = await aino.put(`/api/my/projects/${company.id}/data`, {
      data: now.data, contact: { name: 'Aino Testinen', email: 'luvat@testiyhtio.example' }, version: now.version,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await aino.get<Project>(`/api/my/projects/${company.id}?lang=fi`)).body.contact.email).toBe('luvat@testiyhtio.example');
    const bad = await aino.put(`/api/my/projects/${company.id}/data`, { data: now.data, contact: { name: 'Aino Testinen', email: 'ei osoite' }, version: now.version + 1 });
    expect(bad.status).toBe(422);
    expect(errorOf(bad.body).fields.map((f) => f.path)).toEqual(['contact.email']);

    const byCode = new ApiClient(server.url);
    await signInCustomer(server, byCode, 'erkki.koodilla@example.fi');
    const started = await start(byCode, { contact: { name: 'Erkki', email: 'joku.muu@example.fi' } });
    expect(started.status).toBe(201);
    expect(started.body.contact.email).toBe('erkki.koodilla@example.fi');
    expect(projectRow(started.body.id)).toMatchObject({ ownerEmail: 'erkki.koodilla@example.fi', contactEmail: null, createdBy: null });
  });

  it('refuses to start a project for a company one holds no mandate for (403 no_mandate): the choice itself is refused', async () => {
    const aino = await identified(AINO);
    const res = await aino.put('/api/my/acting-for', { businessId: PROVBOLAGET.businessId });
    expect(res.status).toBe(403);
    expect(errorOf(res.body).code).toBe('no_mandate');
    // She starts her own project then, not Provbolaget's.
    const started = await start(aino, { name: 'Oma juhla' });
    expect(projectRow(started.body.id)).toMatchObject({ businessId: null });
  });
});

describe('a service that asks for no identification, sent on its own while acting for the company', () => {
  it('records the representative and the company, so the company’s other representatives see it', async () => {
    const aino = await identified(AINO, TESTIYHTIO);
    const res = await aino.post<Receipt>('/api/submissions', {
      deploymentId: deployments.notice, municipality: '091', data: { eventName: 'Testiyhtiön syysjuhla', attendance: 300 },
      contact: { name: 'Aino Testinen', email: 'aino.testinen@example.fi' }, lang: 'fi', idempotencyKey: newKey(),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(submissionRow(res.body.id)).toMatchObject({ identification: 'strong', businessId: TESTIYHTIO.businessId, name: TESTIYHTIO.name });
    // Mikko's mandate ended above; Aino's other self (acting for herself) does not see it, the company's view does.
    expect((await aino.get<MySubmissionSummary[]>('/api/my/submissions?lang=fi')).body.map((s) => s.reference)).toContain(res.body.reference);
    const herself = await identified(AINO);
    expect((await herself.get<MySubmissionSummary[]>('/api/my/submissions?lang=fi')).body.map((s) => s.reference)).not.toContain(res.body.reference);
  });

  it('records nothing more for a send without any sign-in', async () => {
    const res = await new ApiClient(server.url).post<Receipt>('/api/submissions', {
      deploymentId: deployments.notice, municipality: '091', data: { eventName: 'Naapuruston juhla', attendance: 40 },
      contact: { name: 'Erkki Esimerkki', email: 'erkki@example.fi' }, lang: 'fi', idempotencyKey: newKey(),
    });
    expect(res.status).toBe(201);
    expect(submissionRow(res.body.id)).toMatchObject({ identification: 'none', personKey: null, businessId: null });
  });
});

describe('a mandate that ends while a representative works on the project', () => {
  it('refuses the next change (403 mandate_ended) and stores nothing of it', async () => {
    const aino = await identified(AINO, TESTIYHTIO);
    const now = (await aino.get<Project>(`/api/my/projects/${company.id}?lang=fi`)).body;
    testCompanies().end(AINO.personalId, TESTIYHTIO.businessId);
    const res = await aino.put(`/api/my/projects/${company.id}/data`, { data: now.data, name: 'Muutettu nimi', version: now.version });
    expect(res.status).toBe(403);
    expect(errorOf(res.body).code).toBe('mandate_ended');
    const row = server.ctx.sqlite.prepare<[number], { name: string; version: number }>('SELECT name, version FROM projects WHERE id = ?').get(company.id);
    expect(row).toEqual({ name: now.name, version: now.version });
  });
});

describe('the contract', () => {
  it('documents the project routes’ refusals in the OpenAPI document', async () => {
    const doc = await new ApiClient(server.url).get<{ paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>('/api/openapi.json');
    expect(Object.keys(doc.body.paths['/api/my/projects/{id}'].get.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404']));
    expect(Object.keys(doc.body.paths['/api/my/projects'].post.responses)).toEqual(expect.arrayContaining(['201', '401', '403', '422']));
  });
});
