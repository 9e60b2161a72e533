/**
 * A case's life after sending, through the real API: the due date from the deployment's response
 * time, an information request with its question and reply deadline, a supplement whose changes the
 * desk reads, and a decision as a document with the deployment's appeal instructions, downloadable
 * only by those who may see the case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeStrayFiles } from '../../server/attachments/store';
import { helsinkiDay, addDays } from '../../server/cases/due-dates';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { DEMO_PASSWORD, ESPOO_HANDLER, EXE, HELSINKI_ADMIN, HELSINKI_HANDLER, PDF, send, signInCustomer, upload, type Receipt } from './case-fixtures';

interface Change {
  path: string;
  label: string;
  before: string;
  after: string;
}
interface FileChange {
  kind: 'added' | 'removed' | 'replaced';
  field: string;
  id: string;
  name: string;
  replacedBy?: { id: string; name: string };
}
interface Decision {
  id: number;
  decidedAt: string;
  text: string | null;
  file: { name: string; size: number } | null;
  appeal: { kind: string; title: string; text: string } | null;
  documentHref: string;
  fileHref: string | null;
}
interface CaseBody {
  dueDate: string | null;
  dueOpen: boolean;
  decidedAt: string | null;
  attachments: Array<{ id: string; name: string; state?: string; replacedBy?: { name: string } }>;
  history: Array<{ kind: string; replyBy?: string; comment?: string | null; changes?: { answers: Change[]; attachments: FileChange[] }; decisionId?: number }>;
  transitions: Array<{ event: string; requestsInformation: boolean; decision: boolean }>;
  decisions: Decision[];
  appeal: Decision['appeal'];
  data: Record<string, unknown>;
}
interface MineBody {
  dueDate: string | null;
  respondWithinDays: number | null;
  contactText: string | null;
  infoRequest: { question: string | null; replyBy: string | null } | null;
  decisions: Decision[];
}

let server: TestServer;
let customer: ApiClient;
let handler: ApiClient;
let admin: ApiClient;
let sent: Receipt & { dueDate: string | null };
const email = 'ilmari.saarinen@example.fi';

beforeAll(async () => {
  server = await startTestServer();
  customer = new ApiClient(server.url);
  handler = new ApiClient(server.url);
  admin = new ApiClient(server.url);
  await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
  await admin.loginStaff(HELSINKI_ADMIN, DEMO_PASSWORD);
  const res = await send(customer, { serviceId: 'wastewater-exemption', municipality: '091', email, name: 'Ilmari Saarinen' });
  expect(res.status).toBe(201);
  sent = res.body as Receipt & { dueDate: string | null };
  await signInCustomer(server, customer, email);
}, 120_000);
afterAll(() => server?.close());

const fire = (body: Record<string, unknown>) => handler.post<ApiErrorBody>(`/api/cases/${sent.id}/transitions`, body);
const caseView = async () => (await handler.get<CaseBody>(`/api/cases/${sent.id}?lang=fi`)).body;
const mine = async () => (await customer.get<MineBody>(`/api/my/submissions/${sent.id}?lang=fi`)).body;

describe('due dates', () => {
  it('a case gets its due date from the deployment’s response time (Helsinki’s applications: 14 days)', async () => {
    const due = addDays(helsinkiDay(sent.submittedAt), 14);
    expect(sent.dueDate).toBe(due);
    const view = await caseView();
    expect(view).toMatchObject({ dueDate: due, dueOpen: true });
    const inbox = await handler.get<{ items: Array<{ id: number; dueDate: string; dueOpen: boolean; overdue: boolean }> }>('/api/inbox?sort=due');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.find((i) => i.id === sent.id)).toMatchObject({ dueDate: due, dueOpen: true, overdue: false });
    const week = await handler.get<{ items: Array<{ id: number }> }>('/api/inbox?due=overdue');
    expect(week.body.items.map((i) => i.id)).not.toContain(sent.id);
  });

  it('the customer sees the response time, the due date and the authority’s contact text', async () => {
    const deployments = await admin.get<Array<{ id: number; serviceId: string }>>('/api/deployments');
    const deployment = deployments.body.find((d) => d.serviceId === 'wastewater-exemption');
    const changed = await admin.patch(`/api/deployments/${deployment?.id}`, { contactText: 'Ympäristöpalvelut, puh. 09 310 12345 (ma–pe 9–15)' });
    expect(changed.status).toBe(200);
    expect(await mine()).toMatchObject({ respondWithinDays: 14, dueDate: sent.dueDate, contactText: 'Ympäristöpalvelut, puh. 09 310 12345 (ma–pe 9–15)' });
    const form = await customer.get<{ respondWithinDays: number; contactText: string }>(`/api/deployments/${deployment?.id}/form?lang=fi`);
    expect(form.body).toMatchObject({ respondWithinDays: 14, contactText: 'Ympäristöpalvelut, puh. 09 310 12345 (ma–pe 9–15)' });
  });

  it('a case removed as spam leaves the "overdue" list and its counts', async () => {
    const junk = await send(new ApiClient(server.url), { serviceId: 'wastewater-exemption', municipality: '091', email: 'roskaa.lahettava@example.fi', name: 'Roska' });
    expect(junk.status).toBe(201);
    // Sent long ago: its due day has passed.
    await server.sql(`UPDATE submissions SET due_date = '2026-01-02', open_due_date = '2026-01-02' WHERE id = ?`, junk.body.id);
    const overdue = async () => (await handler.get<{ items: Array<{ id: number }>; counts: Record<string, number> }>('/api/inbox?due=overdue')).body;
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);
    const before = await overdue();
    expect(before.items.map((i) => i.id)).toContain(junk.body.id);
    expect((await handler.post(`/api/cases/${junk.body.id}/spam`, { reason: 'Roskaa' })).status).toBe(200);
    const after = await overdue();
    expect(after.items.map((i) => i.id)).not.toContain(junk.body.id);
    expect(total(after.counts)).toBe(total(before.counts) - 1);
  });

  it('names a bad due filter', async () => {
    const res = await handler.get<ApiErrorBody>('/api/inbox?due=soon');
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: 'due', message: expect.stringContaining('overdue') }]);
  });
});

describe('a request for more information', () => {
  it('refuses a reply deadline on a step that asks nothing, and a deadline in the past', async () => {
    const wrong = await fire({ event: 'RECEIVE', replyBy: addDays(helsinkiDay(new Date()), 7) });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields).toEqual([{ path: 'replyBy', message: expect.stringMatching(/request for more information/) }]);
    expect((await fire({ event: 'RECEIVE' })).status).toBe(200);
    expect((await fire({ event: 'START' })).status).toBe(200);
    const view = await caseView();
    expect(view.transitions.find((t) => t.event === 'REQUEST_INFO')).toMatchObject({ requestsInformation: true, decision: false });
    expect(view.transitions.find((t) => t.event === 'DECIDE')).toMatchObject({ requestsInformation: false, decision: true });
    const past = await fire({ event: 'REQUEST_INFO', comment: 'Liittäkää selvitys.', replyBy: '2020-01-01' });
    expect(past.status).toBe(422);
    expect(past.body.error.fields[0].path).toBe('replyBy');
    const notADay = await fire({ event: 'REQUEST_INFO', comment: 'Liittäkää selvitys.', replyBy: '2031-02-30' });
    expect(notADay.status).toBe(422);
  });

  it('the customer sees what the handler asked and by when', async () => {
    const replyBy = addDays(helsinkiDay(new Date()), 10);
    const res = await fire({ event: 'REQUEST_INFO', comment: 'Mikä on kiinteistön kaivon etäisyys rannasta?', replyBy });
    expect(res.status).toBe(200);
    expect((await mine()).infoRequest).toEqual({ at: expect.any(String), question: 'Mikä on kiinteistön kaivon etäisyys rannasta?', replyBy });
    expect((await caseView()).history.at(-1)).toMatchObject({ kind: 'status', replyBy });
  });
});

describe('a supplement', () => {
  let newReport = '';

  it('previews what would change, checked as on sending, without storing anything', async () => {
    const before = (await caseView()).data;
    const file = await upload(customer, 'jarjestelmaselvitys-2026.pdf');
    newReport = file.body.id;
    const data = { residents: 2, systemReport: [newReport] };
    const preview = await customer.post<{ changes: { answers: Change[]; attachments: FileChange[] } }>(`/api/my/submissions/${sent.id}/supplement/preview`, { data, lang: 'fi' });
    expect(preview.status).toBe(200);
    expect(preview.body.changes.answers).toEqual([expect.objectContaining({ path: 'residents', before: '1', after: '2' })]);
    expect(preview.body.changes.attachments).toEqual([
      expect.objectContaining({ kind: 'replaced', name: 'asemapiirros.pdf', replacedBy: { id: newReport, name: 'jarjestelmaselvitys-2026.pdf' } }),
    ]);
    expect((await caseView()).data).toEqual(before);
    const bad = await customer.post<ApiErrorBody>(`/api/my/submissions/${sent.id}/supplement/preview`, { data: { residents: 'kaksi' }, lang: 'fi' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0].path).toBe('residents');
    const noData = await customer.post<ApiErrorBody>(`/api/my/submissions/${sent.id}/supplement/preview`, { lang: 'fi' });
    expect(noData.status).toBe(422);
    expect(noData.body.error.fields[0].path).toBe('data');
  });

  it('the desk’s history shows the answers before and after and the replaced file, which stays marked as replaced', async () => {
    const res = await customer.post(`/api/my/submissions/${sent.id}/supplement`, { data: { residents: 2, systemReport: [newReport] }, message: 'Etäisyys on noin 150 metriä.', lang: 'fi' });
    expect(res.status).toBe(200);
    const view = await caseView();
    const entry = view.history.findLast((h) => h.kind === 'supplement');
    expect(entry?.changes?.answers).toEqual([expect.objectContaining({ label: expect.stringMatching(/asukkaiden/i), before: '1', after: '2' })]);
    expect(entry?.changes?.attachments).toEqual([expect.objectContaining({ kind: 'replaced', replacedBy: { id: newReport, name: 'jarjestelmaselvitys-2026.pdf' } })]);
    const old = view.attachments.find((a) => a.id === entry?.changes?.attachments[0].id);
    expect(old).toMatchObject({ state: 'replaced', replacedBy: { name: 'jarjestelmaselvitys-2026.pdf' } });
    expect(view.attachments.find((a) => a.id === newReport)?.state).toBeUndefined();
    expect((await mine()).infoRequest).toBeNull();
  });
});

describe('a decision', () => {
  it('the admin sets the appeal instructions on the deployment; bad ones are refused by field', async () => {
    const deployments = await admin.get<Array<{ id: number; serviceId: string }>>('/api/deployments');
    const id = deployments.body.find((d) => d.serviceId === 'wastewater-exemption')?.id;
    const bad = await admin.patch<ApiErrorBody>(`/api/deployments/${id}`, { appeal: { kind: 'kantelu', text: { sv: 'x' } } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f) => f.path).sort()).toEqual(['appeal.kind', 'appeal.text.fi']);
    const empty = await admin.patch<ApiErrorBody>(`/api/deployments/${id}`, {});
    expect(empty.status).toBe(422);
    const set = await admin.patch<{ appeal: { kind: string } }>(`/api/deployments/${id}`, {
      appeal: { kind: 'oikaisuvaatimus', text: { fi: 'Oikaisuvaatimus ympäristölautakunnalle 14 päivän kuluessa.', sv: 'Begäran om omprövning till miljönämnden inom 14 dagar.' } },
    });
    expect(set.status).toBe(200);
    expect(set.body.appeal.kind).toBe('oikaisuvaatimus');
    expect((await caseView()).appeal).toMatchObject({ title: 'Oikaisuvaatimusohje', text: expect.stringContaining('ympäristölautakunnalle') });
  });

  it('refuses a decision that is not the decision step, has neither text nor PDF, or attaches something else than a PDF', async () => {
    const post = (fields: Record<string, string>, file?: { name: string; content: Buffer; type: string }) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      if (file) form.append('file', new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
      return handler.request<ApiErrorBody>('POST', `/api/cases/${sent.id}/decision`, { raw: form });
    };
    const notDecision = await post({ event: 'CLOSE', text: 'x' });
    expect(notDecision.status).toBe(422);
    expect(notDecision.body.error.fields[0].path).toBe('event');
    const nothing = await post({});
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.fields[0].path).toBe('text');
    const program = await post({ text: 'Päätös liitteenä.' }, { name: 'paatos.pdf', content: EXE, type: 'application/pdf' });
    expect(program.status).toBe(415);
    expect(program.body.error.fields[0].path).toBe('file');
    expect((await caseView()).decisions).toEqual([]);
  });

  it('records the written decision with its PDF and appeal instructions; the case is no longer due', async () => {
    const form = new FormData();
    form.append('text', 'Vapautus myönnetään ajalle 1.1.2027–31.12.2031.');
    form.append('file', new Blob([new Uint8Array(PDF)], { type: 'application/pdf' }), 'päätös-KV.pdf');
    const res = await handler.request<{ status: string }>('POST', `/api/cases/${sent.id}/decision`, { raw: form });
    expect(res.status).toBe(201);
    expect(res.body.status).toBe('DECIDED');
    const view = await caseView();
    expect(view).toMatchObject({ dueOpen: false, decidedAt: expect.any(String) });
    expect(view.decisions).toEqual([
      expect.objectContaining({ text: 'Vapautus myönnetään ajalle 1.1.2027–31.12.2031.', file: { name: 'päätös-KV.pdf', size: PDF.length }, appeal: expect.objectContaining({ kind: 'oikaisuvaatimus' }) }),
    ]);
    expect(view.history.at(-1)).toMatchObject({ kind: 'status', decisionId: view.decisions[0].id });
    const attached = await handler.get<string>(view.decisions[0].fileHref ?? '');
    expect(attached.status).toBe(200);
    expect(attached.headers.get('content-type')).toContain('application/pdf');
  });

  it('keeps the decision’s PDF when the hourly sweep removes files left without an attachment row', async () => {
    const realNow = server.ctx.now;
    server.ctx.now = () => new Date(Date.now() + 2 * 3600_000);
    try {
      await removeStrayFiles(server.ctx);
    } finally {
      server.ctx.now = realNow;
    }
    const [decision] = (await caseView()).decisions;
    expect((await handler.get(decision.fileHref ?? '')).status).toBe(200);
  });

  it('the customer downloads the decision document and the PDF from My submissions; nobody else can', async () => {
    const [decision] = (await mine()).decisions;
    expect(decision).toMatchObject({ appeal: { title: 'Oikaisuvaatimusohje' }, documentHref: expect.stringContaining('/api/my/submissions/') });
    const doc = await customer.get<string>(decision.documentHref);
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toContain('application/pdf');
    expect(doc.body.startsWith('%PDF')).toBe(true);
    expect((await customer.get(decision.fileHref ?? '')).status).toBe(200);

    const stranger = new ApiClient(server.url);
    await send(stranger, { serviceId: 'event-noise', municipality: '091', email: 'vieras@example.fi' });
    await signInCustomer(server, stranger, 'vieras@example.fi');
    expect((await stranger.get(decision.documentHref)).status).toBe(404);
    expect((await stranger.get(decision.fileHref ?? '')).status).toBe(404);
    const espoo = new ApiClient(server.url);
    await espoo.loginStaff(ESPOO_HANDLER, DEMO_PASSWORD);
    const deskHrefs = (await caseView()).decisions[0];
    expect((await espoo.get(deskHrefs.documentHref)).status).toBe(404);
    expect((await espoo.get(deskHrefs.fileHref ?? '')).status).toBe(404);
    expect((await customer.get(`/api/my/submissions/${sent.id}/decisions/999999/document.pdf`)).status).toBe(404);
  });

  it('exports the decision date in the CSV', async () => {
    const csv = await handler.get<string>(`/api/inbox/export.csv?q=${sent.reference}`);
    expect(csv.status).toBe(200);
    const [header, row] = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    const cells = row.split(';');
    const at = header.split(';').indexOf('Päätöspäivä');
    expect(at).toBeGreaterThan(0);
    expect(cells[at]).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4} \d{2}:\d{2}$/);
  });
});
