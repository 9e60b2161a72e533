/**
 * The customer's projects over HTTP: every route's success and bad inputs, the isolation of one
 * customer's projects from another's, sends through the one send path (idempotent, each to its own
 * inbox), data changes reaching sent permits only as supplements, the timeline, and what a handler
 * sees of a case's project with and without the customer's consent. Answers are checked against
 * the contract with closed objects by ApiClient.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, DataChangeAnswer, PermitDraft, Project, ProjectKind, ProjectPermit, ProjectSummary, SendAllAnswer } from '../../api-contract';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { DEMO_PASSWORD, ESPOO_HANDLER, HELSINKI_ADMIN, HELSINKI_HANDLER, signInCustomer, type Receipt } from './case-fixtures';
import { publishedPack } from './fixtures';
import { formatDate } from '../../form-library/answers/format-answer';
import { PROJECT_PACK, projectPack } from './project-pack';

const AINO = 'aino.projektit@example.fi';
const ERIK = 'erik.projekt@example.fi';
const RESCUE_ADMIN = 'admin.rescue-helsinki@kevyt.example';
const RESCUE_HANDLER = 'handler.rescue-helsinki@kevyt.example';
const ESPOO_ADMIN = 'admin.espoo@kevyt.example';

let server: TestServer;
let aino: ApiClient;
let erik: ApiClient;
let helsinkiHandler: ApiClient;
let rescueHandler: ApiClient;
let espooHandler: ApiClient;
const deployments = { permitHelsinki: 0, noticeRescue: 0, permitEspoo: 0 };

/** A reply day the desk accepts (from today to a year ahead), and another after it. */
const replyBy = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const laterReplyBy = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);

const festival = { event: { name: 'Kallion kesäkonsertti', attendance: 1500 }, organiser: { businessId: '1572860-0' } };

async function deploy(email: string, packId: number, serviceId: string): Promise<number> {
  const admin = new ApiClient(server.url);
  await admin.loginStaff(email, DEMO_PASSWORD);
  const res = await admin.post<{ id: number }>('/api/deployments', { packId, version: 1, serviceId, respondWithinDays: 21 });
  if (res.status !== 201) throw new Error(`deploy ${serviceId} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

async function createProject(client: ApiClient, over: Record<string, unknown> = {}): Promise<Project> {
  const res = await client.post<Project>('/api/my/projects', {
    name: 'Kesäkonsertti', municipality: '091', packSlug: PROJECT_PACK, data: festival,
    contact: { name: 'Aino Projekti', phone: '+358401234567' }, consent: true, services: ['festival-permit', 'festival-rescue-notice'], ...over,
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const permitOf = (project: Project, serviceId: string): ProjectPermit => {
  const found = project.permits.find((p) => p.service.id === serviceId);
  if (!found) throw new Error(`no permit of ${serviceId}`);
  return found;
};

async function draftOf(client: ApiClient, projectId: number, permitId: number, lang = 'fi'): Promise<PermitDraft> {
  return (await client.get<PermitDraft>(`/api/my/projects/${projectId}/permits/${permitId}?lang=${lang}`)).body;
}

/** Saves the festival permit's own answer (the stages) so it can be sent. */
async function completePermit(client: ApiClient, projectId: number, permitId: number): Promise<void> {
  const draft = await draftOf(client, projectId, permitId);
  const res = await client.put(`/api/my/projects/${projectId}/permits/${permitId}`, { data: { ...draft.data, stages: 2 }, version: draft.version });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer({ config: { sendLimitPerEmail: 1000, sendLimitPerAddress: 1000 } });
  const packId = await publishedPack(server.ctx, projectPack);
  deployments.permitHelsinki = await deploy(HELSINKI_ADMIN, packId, 'festival-permit');
  deployments.noticeRescue = await deploy(RESCUE_ADMIN, packId, 'festival-rescue-notice');
  deployments.permitEspoo = await deploy(ESPOO_ADMIN, packId, 'festival-permit');
  aino = new ApiClient(server.url);
  erik = new ApiClient(server.url);
  await signInCustomer(server, aino, AINO);
  await signInCustomer(server, erik, ERIK);
  helsinkiHandler = new ApiClient(server.url);
  await helsinkiHandler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
  rescueHandler = new ApiClient(server.url);
  await rescueHandler.loginStaff(RESCUE_HANDLER, DEMO_PASSWORD);
  espooHandler = new ApiClient(server.url);
  await espooHandler.loginStaff(ESPOO_HANDLER, DEMO_PASSWORD);
}, 180_000);
afterAll(() => server?.close());

describe('project kinds', () => {
  it('lists packs with project data that have a service offered in the municipality, each with its offered services', async () => {
    const res = await aino.get<ProjectKind[]>('/api/project-kinds?municipality=091&lang=sv');
    expect(res.status).toBe(200);
    const kind = res.body.find((k) => k.packSlug === PROJECT_PACK);
    expect(kind).toMatchObject({ name: 'Festival', packVersion: 1 });
    expect(kind?.services.map((s) => [s.serviceId, s.deploymentId]).sort()).toEqual(
      [['festival-permit', deployments.permitHelsinki], ['festival-rescue-notice', deployments.noticeRescue]].sort(),
    );
    expect(kind?.definition.pages[0].elements.map((e) => e.key)).toEqual(['event', 'organiser']);
    // Espoo's offering has the permit only (Helsinki's rescue department does not serve Espoo).
    const espoo = (await aino.get<ProjectKind[]>('/api/project-kinds?municipality=049')).body.find((k) => k.packSlug === PROJECT_PACK);
    expect(espoo?.services.map((s) => s.deploymentId)).toEqual([deployments.permitEspoo]);
  });

  it('leaves out a municipality where none of the pack’s services is offered, and refuses an unknown or malformed code', async () => {
    const turku = await aino.get<ProjectKind[]>('/api/project-kinds?municipality=853');
    expect(turku.body.some((k) => k.packSlug === PROJECT_PACK)).toBe(false);
    expect((await aino.get<ApiErrorBody>('/api/project-kinds?municipality=999')).status).toBe(400);
    expect((await aino.get<ApiErrorBody>('/api/project-kinds?municipality=hki')).status).toBe(400);
    expect((await aino.get<ApiErrorBody>('/api/project-kinds')).status).toBe(400);
  });
});

describe('starting a project', () => {
  it('needs a signed-in customer', async () => {
    const stranger = new ApiClient(server.url);
    expect((await stranger.get('/api/my/projects')).status).toBe(401);
    expect((await stranger.post('/api/my/projects', {})).status).toBe(401);
  });

  it('starts one with its data, contact, consent and first permits, drafts prefilled from it', async () => {
    const project = await createProject(aino);
    expect(project).toMatchObject({
      name: 'Kesäkonsertti', municipality: { code: '091', name: 'Helsinki' }, kind: { packSlug: PROJECT_PACK, packVersion: 1, name: 'Festivaali' },
      data: festival, contact: { name: 'Aino Projekti', phone: '+358401234567' }, consent: true, version: 1, timeline: [],
    });
    expect(project.permits.map((p) => [p.service.id, p.state, p.authority.id])).toEqual([
      ['festival-permit', 'draft', 'municipality-091'],
      ['festival-rescue-notice', 'draft', 'rescue-helsinki'],
    ]);
    // The notice maps every field it has: complete at once. The permit still needs its own answer.
    expect(permitOf(project, 'festival-rescue-notice').missing).toEqual([]);
    expect(permitOf(project, 'festival-permit').missing.map((m) => m.path)).toEqual(['stages']);
    // Too few decided cases to measure: the deployment's response time, as a target.
    expect(permitOf(project, 'festival-permit').estimate).toEqual({ kind: 'target', days: 21 });
  });

  it('refuses malformed bodies, wrong types and unknown kinds with the field named', async () => {
    const missing = await aino.post<ApiErrorBody>('/api/my/projects', { municipality: '091', packSlug: PROJECT_PACK, consent: true, contact: { name: 'A' } });
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields.map((f) => f.path)).toContain('name');
    const wrongType = await aino.post<ApiErrorBody>('/api/my/projects', { name: 'X', municipality: '091', packSlug: PROJECT_PACK, consent: 'yes', contact: { name: 'A' } });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.error.fields.map((f) => f.path)).toContain('consent');
    const badJson = await aino.request<ApiErrorBody>('POST', '/api/my/projects', { raw: '{"name":', contentType: 'application/json' });
    expect(badJson.status).toBe(400);
    const unknownKind = await aino.post<ApiErrorBody>('/api/my/projects', { name: 'X', municipality: '091', packSlug: 'no-such-pack', consent: false, contact: { name: 'A' } });
    expect(unknownKind.status).toBe(422);
    expect(unknownKind.body.error.fields).toEqual([{ path: 'packSlug', message: 'Tätä hanketyyppiä ei ole tarjolla kunnassa Helsinki.' }]);
  });

  it('refuses project data of the wrong type and a contact phone that is not one', async () => {
    const badData = await aino.post<ApiErrorBody>('/api/my/projects', {
      name: 'X', municipality: '091', packSlug: PROJECT_PACK, consent: false, contact: { name: 'A' }, data: { event: { attendance: 'paljon' } },
    });
    expect(badData.status).toBe(422);
    expect(badData.body.error.fields.map((f) => f.path)).toEqual(['data.event.attendance']);
    const badPhone = await aino.post<ApiErrorBody>('/api/my/projects', {
      name: 'X', municipality: '091', packSlug: PROJECT_PACK, consent: false, contact: { name: 'A', phone: 'soita' },
    });
    expect(badPhone.status).toBe(422);
    expect(badPhone.body.error.fields.map((f) => f.path)).toEqual(['contact.phone']);
  });

  it('refuses a service not offered in the municipality, naming it', async () => {
    const res = await aino.post<ApiErrorBody>('/api/my/projects?lang=en', {
      name: 'Espoon festari', municipality: '049', packSlug: PROJECT_PACK, consent: true, contact: { name: 'Aino' },
      services: ['festival-permit', 'festival-rescue-notice'],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([{ path: 'services.1', message: 'The service “festival-rescue-notice” is not offered in Espoo.' }]);
  });
});

describe('one customer’s projects are theirs alone', () => {
  let ainos: Project;
  beforeAll(async () => {
    ainos = await createProject(aino, { name: 'Ainon oma', services: ['festival-permit'] });
  });

  it('lists only the customer’s own projects, the latest changed first, with their permits counted', async () => {
    const mine = (await aino.get<ProjectSummary[]>('/api/my/projects')).body;
    expect(mine[0]).toMatchObject({ id: ainos.id, name: 'Ainon oma', permits: { drafts: 1, sent: 0, waitingForCustomer: 0, decided: 0 } });
    expect((await erik.get<ProjectSummary[]>('/api/my/projects')).body.map((p) => p.id)).not.toContain(ainos.id);
  });

  it('answers 404 to another customer for every route of the project and its permits', async () => {
    const permit = ainos.permits[0].id;
    const base = `/api/my/projects/${ainos.id}`;
    expect((await erik.get<ApiErrorBody>(base)).status).toBe(404);
    expect((await erik.delete<ApiErrorBody>(base)).status).toBe(404);
    expect((await erik.put<ApiErrorBody>(`${base}/data`, { data: festival, version: 1 })).status).toBe(404);
    expect((await erik.post<ApiErrorBody>(`${base}/data/preview`, { data: festival, version: 1 })).status).toBe(404);
    expect((await erik.post<ApiErrorBody>(`${base}/permits`, { deploymentId: deployments.noticeRescue })).status).toBe(404);
    expect((await erik.get<ApiErrorBody>(`${base}/permits/${permit}`)).status).toBe(404);
    expect((await erik.put<ApiErrorBody>(`${base}/permits/${permit}`, { data: {}, version: 1 })).status).toBe(404);
    expect((await erik.delete<ApiErrorBody>(`${base}/permits/${permit}`)).status).toBe(404);
    expect((await erik.post<ApiErrorBody>(`${base}/permits/${permit}/send`, {})).status).toBe(404);
    expect((await erik.post<ApiErrorBody>(`${base}/send`, {})).status).toBe(404);
    // Nothing of Aino's changed.
    expect((await aino.get<Project>(base)).body).toMatchObject({ version: 1, permits: [{ id: permit, state: 'draft' }] });
  });

  it('answers 404 for an unknown project or permit, and for a malformed id', async () => {
    expect((await aino.get<ApiErrorBody>('/api/my/projects/999999')).status).toBe(404);
    expect((await aino.get<ApiErrorBody>(`/api/my/projects/${ainos.id}/permits/999999`)).status).toBe(404);
    expect((await aino.get<ApiErrorBody>('/api/my/projects/abc')).status).toBe(404);
    expect((await aino.post<ApiErrorBody>('/api/my/projects/999999/send', {})).status).toBe(404);
    // A permit is reached only under its own project, even another of the same customer's.
    const other = await createProject(aino, { name: 'Toinen', services: [] });
    expect((await aino.get<ApiErrorBody>(`/api/my/projects/${other.id}/permits/${ainos.permits[0].id}`)).status).toBe(404);
    expect((await aino.post<ApiErrorBody>(`/api/my/projects/${other.id}/permits/${ainos.permits[0].id}/send`, {})).status).toBe(404);
  });

  it('refuses malformed data changes: no version, data not an object', async () => {
    const noVersion = await aino.post<ApiErrorBody>(`/api/my/projects/${ainos.id}/data/preview`, { data: festival });
    expect(noVersion.status).toBe(422);
    expect(noVersion.body.error.fields.map((f) => f.path)).toEqual(['version']);
    const notObject = await aino.put<ApiErrorBody>(`/api/my/projects/${ainos.id}/data`, { data: [1, 2], version: 1 });
    expect(notObject.status).toBe(422);
    expect(notObject.body.error.fields.map((f) => f.path)).toContain('data');
  });
});

describe('permits of a project', () => {
  let project: Project;
  beforeAll(async () => {
    project = await createProject(aino, { name: 'Lupien testi', services: ['festival-permit'] });
  });

  it('adds a service offered in the project’s municipality, and refuses one twice or one offered elsewhere', async () => {
    const added = await aino.post<ProjectPermit>(`/api/my/projects/${project.id}/permits`, { deploymentId: deployments.noticeRescue });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ deploymentId: deployments.noticeRescue, state: 'draft', authority: { id: 'rescue-helsinki' }, missing: [] });
    const twice = await aino.post<ApiErrorBody>(`/api/my/projects/${project.id}/permits`, { deploymentId: deployments.noticeRescue });
    expect(twice.status).toBe(409);
    const elsewhere = await aino.post<ApiErrorBody>(`/api/my/projects/${project.id}/permits?lang=sv`, { deploymentId: deployments.permitEspoo });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.error.fields).toEqual([{ path: 'deploymentId', message: 'Tjänsten ”Festivaltillstånd” erbjuds inte i Helsingfors.' }]);
    expect((await aino.post<ApiErrorBody>(`/api/my/projects/${project.id}/permits`, { deploymentId: 99999 })).status).toBe(422);
    expect((await aino.post<ApiErrorBody>(`/api/my/projects/${project.id}/permits`, { deploymentId: 'one' })).status).toBe(422);
  });

  it('opens a draft prefilled from the project, saying which answers come from it', async () => {
    const draft = await draftOf(aino, project.id, permitOf(project, 'festival-permit').id, 'en');
    expect(draft.data).toEqual({ event: { eventName: 'Kallion kesäkonsertti', attendance: 1500 }, businessId: '1572860-0' });
    expect(draft.fromProject).toEqual([
      { path: 'event.eventName', projectField: 'event.name', label: 'Event › Event name' },
      { path: 'event.attendance', projectField: 'event.attendance', label: 'Event › Attendance' },
      { path: 'businessId', projectField: 'organiser.businessId', label: 'Organiser › Business ID' },
    ]);
    expect(draft.version).toBe(1);
  });

  it('saves a draft by version; refuses a mapped answer that differs from the project’s, and a stale version', async () => {
    const permitId = permitOf(project, 'festival-permit').id;
    const url = `/api/my/projects/${project.id}/permits/${permitId}`;
    const differs = await aino.put<ApiErrorBody>(url, { data: { event: { eventName: 'Toinen nimi' }, stages: 1 }, version: 1 });
    expect(differs.status).toBe(422);
    expect(differs.body.error.fields).toEqual([{ path: 'data.event.eventName', message: 'Tämä tieto tulee hankkeelta: muuta se hankkeen tiedoissa (Tapahtuma › Tapahtuman nimi).' }]);
    const saved = await aino.put<{ version: number; missing: unknown[] }>(url, { data: { stages: 3 }, version: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ version: 2, missing: [] });
    const stale = await aino.put<ApiErrorBody>(url, { data: { stages: 4 }, version: 1 });
    expect(stale.status).toBe(409);
    expect((await draftOf(aino, project.id, permitId)).data.stages).toBe(3);
    expect((await aino.put<ApiErrorBody>(url, { data: 'stages', version: 2 })).status).toBe(422);
    expect((await aino.put<ApiErrorBody>(url, { data: {}, version: 0 })).status).toBe(422);
  });

  it('takes a draft out of the project', async () => {
    const notice = (await aino.get<Project>(`/api/my/projects/${project.id}`)).body.permits.find((p) => p.service.id === 'festival-rescue-notice');
    expect((await aino.delete(`/api/my/projects/${project.id}/permits/${notice?.id}`)).status).toBe(204);
    expect((await aino.get<Project>(`/api/my/projects/${project.id}`)).body.permits.map((p) => p.service.id)).toEqual(['festival-permit']);
    expect((await aino.delete<ApiErrorBody>(`/api/my/projects/${project.id}/permits/${notice?.id}`)).status).toBe(404);
  });
});

describe('sending', () => {
  let project: Project;
  let permitId: number;
  let noticeId: number;
  let first: Receipt;

  beforeAll(async () => {
    project = await createProject(aino, { name: 'Lähetykset' });
    permitId = permitOf(project, 'festival-permit').id;
    noticeId = permitOf(project, 'festival-rescue-notice').id;
  });

  it('refuses an incomplete permit naming its fields', async () => {
    const res = await aino.post<ApiErrorBody>(`/api/my/projects/${project.id}/permits/${permitId}/send`, {});
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f) => f.path)).toEqual(['stages']);
  });

  it('sends one permit to its own authority’s inbox with the project’s contact; a retry answers the same receipt with 200', async () => {
    await completePermit(aino, project.id, permitId);
    const sent = await aino.post<Receipt>(`/api/my/projects/${project.id}/permits/${permitId}/send`, { lang: 'fi' });
    expect(sent.status).toBe(201);
    first = sent.body;
    expect(first.authority.id).toBe('municipality-091');
    const again = await aino.post<Receipt>(`/api/my/projects/${project.id}/permits/${permitId}/send`, {});
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first);
    const view = await helsinkiHandler.get<CaseDetail>(`/api/cases/${first.id}`);
    expect(view.body.contact).toEqual({ name: 'Aino Projekti', email: AINO, phone: '+358401234567' });
    expect(view.body.data).toEqual({ event: { eventName: 'Kallion kesäkonsertti', attendance: 1500 }, businessId: '1572860-0', stages: 2 });
    expect((await aino.get(`/api/my/submissions/${first.id}`)).status).toBe(200);
  });

  it('keeps a sent permit as sent: no draft save, no removal, no removal of the project', async () => {
    const save = await aino.put<ApiErrorBody>(`/api/my/projects/${project.id}/permits/${permitId}`, { data: { stages: 9 }, version: 2 });
    expect(save.status).toBe(409);
    expect((await aino.delete<ApiErrorBody>(`/api/my/projects/${project.id}/permits/${permitId}`)).status).toBe(409);
    expect((await aino.delete<ApiErrorBody>(`/api/my/projects/${project.id}`)).status).toBe(409);
    expect((await helsinkiHandler.get<CaseDetail>(`/api/cases/${first.id}`)).body.data.stages).toBe(2);
  });

  it('sends every complete draft at once, each with its own reference to its own authority, and lists what is not ready', async () => {
    const more = await aino.post<ProjectPermit>(`/api/my/projects/${project.id}/permits`, { deploymentId: deployments.permitHelsinki });
    expect(more.status).toBe(409); // the permit is in the project already
    const res = await aino.post<SendAllAnswer>(`/api/my/projects/${project.id}/send`, {});
    expect(res.status).toBe(200);
    expect(res.body.notReady).toEqual([]);
    expect(res.body.sent.map((s) => [s.permitId, s.receipt.authority.id])).toEqual([[noticeId, 'rescue-helsinki']]);
    expect(res.body.sent[0].receipt.reference).not.toBe(first.reference);
    expect((await rescueHandler.get(`/api/cases/${res.body.sent[0].receipt.id}`)).status).toBe(200);
    expect((await helsinkiHandler.get(`/api/cases/${res.body.sent[0].receipt.id}`)).status).toBe(404);
    const after = (await aino.get<Project>(`/api/my/projects/${project.id}`)).body;
    expect(after.permits.map((p) => p.state)).toEqual(['sent', 'sent']);
    // Nothing left to send: the same answer, empty.
    expect((await aino.post<SendAllAnswer>(`/api/my/projects/${project.id}/send`, {})).body).toEqual({ sent: [], notReady: [] });
  });

  it('lists a draft still missing answers in notReady with its fields', async () => {
    const other = await createProject(aino, { name: 'Puolivalmis' });
    const res = await aino.post<SendAllAnswer>(`/api/my/projects/${other.id}/send?lang=en`, {});
    expect(res.body.sent.map((s) => s.permitId)).toEqual([permitOf(other, 'festival-rescue-notice').id]);
    expect(res.body.notReady).toEqual([{ permitId: permitOf(other, 'festival-permit').id, service: 'Festival permit', fields: [expect.objectContaining({ path: 'stages' })] }]);
  });
});

describe('what a handler sees of a case’s project', () => {
  let withConsent: Project;
  let withoutConsent: Project;
  let permitCase: number;
  let noticeCase: number;
  let privateCase: number;

  beforeAll(async () => {
    withConsent = await createProject(aino, { name: 'Luvallinen' });
    await completePermit(aino, withConsent.id, permitOf(withConsent, 'festival-permit').id);
    const sent = (await aino.post<SendAllAnswer>(`/api/my/projects/${withConsent.id}/send`, {})).body.sent;
    permitCase = sent.find((s) => s.permitId === permitOf(withConsent, 'festival-permit').id)?.receipt.id ?? 0;
    noticeCase = sent.find((s) => s.permitId === permitOf(withConsent, 'festival-rescue-notice').id)?.receipt.id ?? 0;
    withoutConsent = await createProject(erik, { name: 'Yksityinen', consent: false, contact: { name: 'Erik' } });
    privateCase = (await erik.post<Receipt>(`/api/my/projects/${withoutConsent.id}/permits/${permitOf(withoutConsent, 'festival-rescue-notice').id}/send`, {})).body.id;
  });

  it('with consent: the project’s other permits (service, authority, status, reference) and its data, never their answers', async () => {
    const view = (await rescueHandler.get<CaseDetail>(`/api/cases/${noticeCase}?lang=en`)).body;
    const permitRef = (await helsinkiHandler.get<CaseDetail>(`/api/cases/${permitCase}`)).body.reference;
    expect(view.project).toEqual({
      name: 'Luvallinen',
      consent: true,
      data: [
        { label: 'Event: Event name', value: 'Kallion kesäkonsertti' },
        { label: 'Event: Attendance', value: '1,500' },
        { label: 'Organiser: Business ID', value: '1572860-0' },
      ],
      permits: [{ service: 'Festival permit', authority: 'Helsinki', status: { id: 'SUBMITTED', label: 'Submitted' }, reference: permitRef }],
    });
    expect(JSON.stringify(view.project)).not.toContain('stages');
  });

  it('without consent: only the project data sent in this case', async () => {
    const view = (await rescueHandler.get<CaseDetail>(`/api/cases/${privateCase}`)).body;
    expect(view.project).toMatchObject({ name: 'Yksityinen', consent: false, permits: null });
    const values = view.project?.data.map((r) => r.value) ?? [];
    expect(values).toHaveLength(3);
    expect([values[0], values[1].replace(/\s/g, ''), values[2]]).toEqual(['Kallion kesäkonsertti', '1500', '1572860-0']);
  });

  it('reaches a project only through a case of the handler’s own authority; a case sent on its own has none', async () => {
    expect((await espooHandler.get(`/api/cases/${noticeCase}`)).status).toBe(404);
    expect((await helsinkiHandler.get(`/api/cases/${noticeCase}`)).status).toBe(404);
    const plain = await aino.post<Receipt>('/api/submissions', {
      deploymentId: deployments.noticeRescue, municipality: '091', data: { eventName: 'Yksin', attendance: 10 },
      contact: { name: 'Aino', email: AINO }, lang: 'fi', idempotencyKey: `single-${Date.now()}`,
    });
    expect(plain.status).toBe(201);
    expect((await rescueHandler.get<CaseDetail>(`/api/cases/${plain.body.id}`)).body.project).toBeNull();
  });
});

describe('changing project data after sending', () => {
  let project: Project;
  let permitCase: number;
  let permitId: number;
  let noticeId: number;
  let draftProject: Project;

  beforeAll(async () => {
    project = await createProject(aino, { name: 'Muutokset' });
    permitId = permitOf(project, 'festival-permit').id;
    noticeId = permitOf(project, 'festival-rescue-notice').id;
    await completePermit(aino, project.id, permitId);
    const sent = (await aino.post<SendAllAnswer>(`/api/my/projects/${project.id}/send`, {})).body.sent;
    permitCase = sent.find((s) => s.permitId === permitId)?.receipt.id ?? 0;
    for (const event of ['RECEIVE', 'START']) await helsinkiHandler.post(`/api/cases/${permitCase}/transitions`, { event });
    const asked = await helsinkiHandler.post(`/api/cases/${permitCase}/transitions`, { event: 'REQUEST_INFO', comment: 'Tarkentakaa yleisömäärä.', replyBy });
    if (asked.status !== 200) throw new Error(`REQUEST_INFO: ${asked.status} ${JSON.stringify(asked.body)}`);
    draftProject = await createProject(aino, { name: 'Luonnokset', services: ['festival-permit'] });
  });

  const bigger = { ...festival, event: { ...festival.event, attendance: 2000 } };

  it('previews which sent permits a change reaches, and whether each workflow takes a supplement now', async () => {
    const res = await aino.post<{ affected: Array<Record<string, unknown>> }>(`/api/my/projects/${project.id}/data/preview?lang=en`, { data: bigger, version: 1 });
    expect(res.status).toBe(200);
    const byPermit = new Map(res.body.affected.map((a) => [a.permitId, a]));
    expect(byPermit.get(permitId)).toMatchObject({
      supplement: 'possible', reason: null, service: 'Festival permit',
      changes: { answers: [{ path: 'event.attendance', label: 'Event: Attendance', before: '1,500', after: '2,000' }], attachments: [] },
    });
    expect(byPermit.get(noticeId)).toMatchObject({ supplement: 'not_possible', reason: 'The permit’s status is now “Submitted”: its handling takes no supplements now. Contact the authority.' });
    expect((await aino.get<Project>(`/api/my/projects/${project.id}`)).body).toMatchObject({ version: 1, data: festival });
  });

  it('refuses data of the wrong type', async () => {
    const res = await aino.put<ApiErrorBody>(`/api/my/projects/${project.id}/data`, { data: { event: { attendance: -5 } }, version: 1 });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f) => f.path)).toEqual(['data.event.attendance']);
  });

  it('sends the change as a supplement where the workflow takes one, says why not elsewhere, and never touches the other', async () => {
    const res = await aino.put<DataChangeAnswer>(`/api/my/projects/${project.id}/data?lang=sv`, { data: bigger, version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    const byPermit = new Map(res.body.supplements.map((s) => [s.permitId, s]));
    expect(byPermit.get(permitId)).toMatchObject({ outcome: 'sent', reason: null });
    expect(byPermit.get(noticeId)).toMatchObject({ outcome: 'not_sent', reason: expect.stringContaining('”Skickad”') });
    const handlerView = (await helsinkiHandler.get<CaseDetail>(`/api/cases/${permitCase}`)).body;
    expect(handlerView.data.event).toEqual({ eventName: 'Kallion kesäkonsertti', attendance: 2000 });
    expect(handlerView.history.at(-1)).toMatchObject({ kind: 'supplement', body: 'Hankkeen tietoja muutettiin: Tapahtuma › Yleisömäärä' });
    const noticeCase = byPermit.get(noticeId)?.reference;
    const notice = (await aino.get<Project>(`/api/my/projects/${project.id}`)).body.permits.find((p) => p.id === noticeId);
    expect(notice?.submission?.reference).toBe(noticeCase);
    const noticeView = (await rescueHandler.get<CaseDetail>(`/api/cases/${notice?.submission?.id}`)).body;
    expect(noticeView.data.attendance).toBe(1500);
  });

  it('answers a change made on a stale version with 409 naming what changed meanwhile', async () => {
    const res = await aino.put<ApiErrorBody>(`/api/my/projects/${project.id}/data?lang=en`, { data: festival, version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.error.fields).toEqual([{ path: 'data.event.attendance', message: 'Changed meanwhile: Event › Attendance' }]);
    const preview = await aino.post<ApiErrorBody>(`/api/my/projects/${project.id}/data/preview`, { data: festival, version: 1 });
    expect(preview.status).toBe(409);
  });

  it('lets drafts follow the project data at once', async () => {
    const permit = permitOf(draftProject, 'festival-permit').id;
    const renamed = await aino.put<DataChangeAnswer>(`/api/my/projects/${draftProject.id}/data`, {
      data: { ...festival, event: { ...festival.event, name: 'Uusi nimi' } }, name: 'Luonnokset 2', contact: { name: 'Aino P.', phone: null }, version: 1,
    });
    expect(renamed.body).toEqual({ version: 2, supplements: [] });
    expect((await draftOf(aino, draftProject.id, permit)).data).toMatchObject({ event: { eventName: 'Uusi nimi' } });
    const after = (await aino.get<Project>(`/api/my/projects/${draftProject.id}`)).body;
    expect(after).toMatchObject({ name: 'Luonnokset 2', contact: { name: 'Aino P.', phone: null }, version: 2 });
    const stale = await aino.put<ApiErrorBody>(`/api/my/projects/${draftProject.id}/data?lang=en`, { data: festival, version: 1 });
    expect(stale.body.error.fields.map((f) => f.path).sort()).toEqual(['contact', 'data.event.name', 'name']);
  });

  it('shows one timeline in time order: sends, the request with its reply day, the supplement, the change and the days due', async () => {
    const timeline = (await aino.get<Project>(`/api/my/projects/${project.id}?lang=en`)).body.timeline;
    const ats = timeline.map((e) => e.at);
    expect([...ats].sort()).toEqual(ats);
    const kinds = timeline.map((e) => [e.permitId, e.kind]);
    expect(kinds).toContainEqual([permitId, 'sent']);
    expect(kinds).toContainEqual([noticeId, 'sent']);
    expect(timeline.find((e) => e.kind === 'info_request')).toMatchObject({ permitId, replyBy, text: `Festival permit: the authority asks for more information by ${formatDate(replyBy, 'en')}` });
    expect(timeline.find((e) => e.kind === 'supplement')).toMatchObject({ permitId, from: 'customer' });
    expect(timeline.find((e) => e.kind === 'project_change')).toMatchObject({ permitId: null, text: 'Project details changed: Event › Attendance' });
    // The handler's steps, then the one the supplement took back into processing.
    expect(timeline.filter((e) => e.kind === 'status').map((e) => [e.permitId, e.status?.id])).toEqual([
      [permitId, 'RECEIVED'], [permitId, 'IN_PROCESSING'], [permitId, 'IN_PROCESSING'],
    ]);
    const due = timeline.filter((e) => e.kind === 'expected');
    expect(due.map((e) => e.permitId).sort()).toEqual([permitId, noticeId].sort());
    expect(timeline.at(-1)?.kind).toBe('expected');
  });

  it('says when information is asked for on the permit itself', async () => {
    await helsinkiHandler.post(`/api/cases/${permitCase}/transitions`, { event: 'REQUEST_INFO', comment: 'Vielä lavat.', replyBy: laterReplyBy });
    const permit = (await aino.get<Project>(`/api/my/projects/${project.id}`)).body.permits.find((p) => p.id === permitId);
    expect(permit?.submission).toMatchObject({ status: { id: 'INFO_REQUESTED' }, infoRequest: { question: 'Vielä lavat.', replyBy: laterReplyBy }, decided: false });
    const list = (await aino.get<ProjectSummary[]>('/api/my/projects')).body.find((p) => p.id === project.id);
    expect(list?.permits).toEqual({ drafts: 0, sent: 2, waitingForCustomer: 1, decided: 0 });
  });
});

describe('a decided permit on the timeline', () => {
  it('shows the authority’s message and the decision with its document, and no longer the day due', async () => {
    const project = await createProject(aino, { name: 'Päätös', services: ['festival-permit'] });
    const permitId = permitOf(project, 'festival-permit').id;
    await completePermit(aino, project.id, permitId);
    const sent = (await aino.post<Receipt>(`/api/my/projects/${project.id}/permits/${permitId}/send`, {})).body;
    expect((await helsinkiHandler.post(`/api/cases/${sent.id}/messages`, { body: 'Lupa on tulossa.' })).status).toBe(201);
    for (const event of ['RECEIVE', 'START']) await helsinkiHandler.post(`/api/cases/${sent.id}/transitions`, { event });
    const form = new FormData();
    form.append('text', 'Lupa myönnetään.');
    expect((await helsinkiHandler.request('POST', `/api/cases/${sent.id}/decision`, { raw: form })).status).toBe(201);
    const seen = (await aino.get<Project>(`/api/my/projects/${project.id}?lang=sv`)).body;
    expect(seen.timeline.find((e) => e.kind === 'message')).toMatchObject({ permitId, from: 'authority', text: 'Festivaltillstånd: meddelande från myndigheten' });
    const decision = seen.timeline.find((e) => e.kind === 'decision');
    expect(decision).toMatchObject({ permitId, text: 'Festivaltillstånd: beslut fattat', decision: { text: 'Lupa myönnetään.' } });
    expect(decision?.decision?.documentHref).toBe(`/api/my/submissions/${sent.id}/decisions/${decision?.decision?.id}/document.pdf`);
    expect(seen.timeline.some((e) => e.kind === 'expected')).toBe(false);
    expect(seen.permits[0].submission).toMatchObject({ decided: true });
    // A decided permit takes no supplement: a change is refused for it, with its status named.
    const change = await aino.put<DataChangeAnswer>(`/api/my/projects/${project.id}/data?lang=en`, { data: { ...festival, event: { ...festival.event, attendance: 900 } }, version: 1 });
    expect(change.body.supplements).toEqual([
      { permitId, reference: sent.reference, outcome: 'not_sent', reason: 'The permit’s status is now “Decision made”: its handling takes no supplements now. Contact the authority.' },
    ]);
  });
});

describe('removing a project', () => {
  it('removes one that has sent nothing', async () => {
    const project = await createProject(aino, { name: 'Poistettava' });
    expect((await aino.delete(`/api/my/projects/${project.id}`)).status).toBe(204);
    expect((await aino.get(`/api/my/projects/${project.id}`)).status).toBe(404);
  });
});

describe('rate limits', () => {
  let limited: TestServer;
  afterAll(() => limited?.close());

  it('counts a send of all drafts as one send of the customer', async () => {
    limited = await startTestServer({ config: { sendLimitPerEmail: 2, sendLimitPerAddress: 1000 } });
    const packId = await publishedPack(limited.ctx, projectPack);
    for (const [email, serviceId] of [[HELSINKI_ADMIN, 'festival-permit'], [RESCUE_ADMIN, 'festival-rescue-notice']]) {
      const admin = new ApiClient(limited.url);
      await admin.loginStaff(email, DEMO_PASSWORD);
      expect((await admin.post('/api/deployments', { packId, version: 1, serviceId })).status).toBe(201);
    }
    const customer = new ApiClient(limited.url);
    await signInCustomer(limited, customer, 'raja@example.fi');
    const start = async () => {
      const res = await customer.post<Project>('/api/my/projects', {
        name: 'Raja', municipality: '091', packSlug: PROJECT_PACK, data: festival, contact: { name: 'R' }, consent: false, services: ['festival-permit', 'festival-rescue-notice'],
      });
      const permit = permitOf(res.body, 'festival-permit');
      const draft = (await customer.get<PermitDraft>(`/api/my/projects/${res.body.id}/permits/${permit.id}`)).body;
      await customer.put(`/api/my/projects/${res.body.id}/permits/${permit.id}`, { data: { ...draft.data, stages: 1 }, version: draft.version });
      return res.body;
    };
    const one = await start();
    const two = await start();
    const all = await customer.post<SendAllAnswer>(`/api/my/projects/${one.id}/send`, {});
    expect(all.body.sent).toHaveLength(2);
    const single = await customer.post(`/api/my/projects/${two.id}/permits/${permitOf(two, 'festival-permit').id}/send`, {});
    expect(single.status).toBe(201);
    const over = await customer.post<ApiErrorBody>(`/api/my/projects/${two.id}/permits/${permitOf(two, 'festival-rescue-notice').id}/send`, {});
    expect(over.status).toBe(429);
  }, 180_000);
});
