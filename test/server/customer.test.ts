import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import type { FormPackContent } from '../../form-library/format/types';
import { readyPacks } from '../../form-library/library/index';
import {
  DEMO_PASSWORD, exampleWithUploads, HELSINKI_ADMIN, HELSINKI_HANDLER, newKey, send, signInCustomer, upload, type Receipt,
} from './case-fixtures';
import { publishedPack } from './fixtures';
import { CODE_MINUTES, dropExpiredCodeMails } from '../../server/customer/sign-in-codes';
import type { MySubmission as MyDetail } from '../../api-contract';

let server: TestServer;
let erik: ApiClient;
let aino: ApiClient;
let handler: ApiClient;
let eriksCase: Receipt;
let ainosCase: Receipt;

beforeAll(async () => {
  server = await startTestServer();
  erik = new ApiClient(server.url);
  aino = new ApiClient(server.url);
  handler = new ApiClient(server.url);
  await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
  eriksCase = (await send(erik, { serviceId: 'wastewater-exemption', municipality: '091', email: 'erik.holmstrom@example.fi', lang: 'sv' })).body;
  ainosCase = (await send(aino, { serviceId: 'event-noise', municipality: '091', email: 'aino.virtanen@example.fi' })).body;
}, 120_000);
afterAll(() => server?.close());

describe('customer sign-in by e-mailed code', () => {
  it('answers 202 whether or not the address is known, and mails a code in the chosen language', async () => {
    const stranger = new ApiClient(server.url);
    const res = await stranger.post('/api/customer/code', { email: 'nobody@example.fi', lang: 'en' });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ sent: true, validMinutes: CODE_MINUTES });
    const row = (await server.outbox()).filter((r) => r.toEmail === 'nobody@example.fi').pop();
    const mail = row && server.mail(row);
    expect(mail?.subject).toMatch(/^Your sign-in code: \d{6}$/);
    const [stored] = await server.sql<{ code_hash: string }>("SELECT code_hash FROM customer_codes WHERE email = 'nobody@example.fi'");
    expect(stored.code_hash).not.toContain(mail?.subject.slice(-6));
  });

  it('keeps the code out of the stored alert: only encrypted beside it, and dropped once the code has expired', async () => {
    const client = new ApiClient(server.url);
    await client.post('/api/customer/code', { email: 'kooditon@example.fi', lang: 'sv' });
    const row = (await server.outbox()).filter((r) => r.toEmail === 'kooditon@example.fi').pop();
    if (!row) throw new Error('no sign-in mail');
    const code = /\d{6}/.exec(server.mail(row).subject)?.[0] ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect(row.subject).toBe('Din inloggningskod: {secret}');
    expect(`${row.subject} ${row.body} ${row.secret}`).not.toContain(code);
    const realNow = server.ctx.now;
    server.ctx.now = () => new Date(Date.now() + 16 * 60_000);
    try {
      expect(await dropExpiredCodeMails(server.ctx)).toBeGreaterThanOrEqual(1);
    } finally {
      server.ctx.now = realNow;
    }
    expect((await server.outbox()).find((r) => r.id === row.id)?.secret).toBeNull();
  });

  it('refuses a wrong code, and locks the code after five wrong tries', async () => {
    const client = new ApiClient(server.url);
    await client.post('/api/customer/code', { email: 'lock@example.fi' });
    const row = (await server.outbox()).filter((r) => r.toEmail === 'lock@example.fi').pop();
    const code = (row && server.mail(row).subject.match(/\d{6}/)?.[0]) ?? '';
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await client.post('/api/customer/session', { email: 'lock@example.fi', code: wrong })).status).toBe(401);
    expect((await client.post('/api/customer/session', { email: 'lock@example.fi', code })).status).toBe(401);
  });

  it('refuses malformed requests', async () => {
    const client = new ApiClient(server.url);
    expect((await client.post<ApiErrorBody>('/api/customer/code', { email: 'not an address' })).status).toBe(422);
    const res = await client.post<ApiErrorBody>('/api/customer/session', { email: 'erik@example.fi', code: '12ab' });
    expect(res.status).toBe(422);
    expect(res.body.error.fields[0].path).toBe('code');
  });

  it('signs in with the right code and out again', async () => {
    const client = new ApiClient(server.url);
    expect((await client.get('/api/my/submissions')).status).toBe(401);
    await signInCustomer(server, client, 'erik.holmstrom@example.fi');
    expect((await client.get('/api/my/submissions')).status).toBe(200);
    expect((await client.post('/api/customer/logout')).status).toBe(204);
    expect((await client.get('/api/my/submissions')).status).toBe(401);
  });

  it('signing in again by code ends the session the browser already had', async () => {
    const client = new ApiClient(server.url);
    await signInCustomer(server, client, 'erik.holmstrom@example.fi');
    const first = client.cookies.get('kevyt_customer');
    await signInCustomer(server, client, 'aino.virtanen@example.fi');
    expect(client.cookies.get('kevyt_customer')).not.toBe(first);
    expect((await client.get<{ email: string }>('/api/customer/me')).body.email).toBe('aino.virtanen@example.fi');
    const replay = await fetch(`${server.url}/api/my/submissions`, { headers: { cookie: `kevyt_customer=${first}` } });
    expect(replay.status).toBe(401);
  });
});

describe('a customer’s own submissions', () => {
  beforeAll(async () => {
    await signInCustomer(server, erik, 'Erik.Holmstrom@example.fi');
    await signInCustomer(server, aino, 'aino.virtanen@example.fi');
  }, 60_000);

  it('lists only the customer’s own submissions', async () => {
    const res = await erik.get<Array<{ id: number; reference: string; status: { id: string } }>>('/api/my/submissions?lang=sv');
    expect(res.body.map((s) => s.reference)).toEqual([eriksCase.reference]);
    expect(res.body[0].status.id).toBe('SUBMITTED');
  });

  it('answers 404 for another customer’s submission and its attachments', async () => {
    expect((await aino.get(`/api/my/submissions/${eriksCase.id}`)).status).toBe(404);
    const att = (await erik.get<MyDetail>(`/api/my/submissions/${eriksCase.id}`)).body.attachments[0];
    expect((await aino.get(`/api/my/attachments/${att.id}`)).status).toBe(404);
    const own = await fetch(`${server.url}/api/my/attachments/${att.id}`, { headers: { cookie: erik.cookieHeader() } });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toMatch(/^attachment/);
    expect((await aino.post(`/api/my/submissions/${eriksCase.id}/cancel`, {})).status).toBe(404);
  });

  it('shows customer-visible statuses and messages, never internal notes', async () => {
    await handler.post(`/api/cases/${eriksCase.id}/transitions`, { event: 'RECEIVE' });
    await handler.post(`/api/cases/${eriksCase.id}/transitions`, { event: 'START' });
    await handler.post(`/api/cases/${eriksCase.id}/notes`, { body: 'SISÄINEN: tarkista naapurin kaivo' });
    await handler.post(`/api/cases/${eriksCase.id}/transitions`, { event: 'REQUEST_INFO', comment: 'Lisää huoltokirja.' });
    const res = await erik.get<MyDetail>(`/api/my/submissions/${eriksCase.id}?lang=fi`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).not.toContain('SISÄINEN');
    expect(res.body.status.id).toBe('INFO_REQUESTED');
    expect(res.body.history.at(-1)).toMatchObject({ status: { id: 'INFO_REQUESTED' }, comment: 'Lisää huoltokirja.' });
    expect(res.body.actions.map((a) => a.event).sort()).toEqual(['CANCEL', 'SUPPLEMENT']);
    const alert = (await server.outbox()).filter((r) => r.submissionId === eriksCase.id && r.kind === 'status_changed').pop();
    expect(alert?.subject).toMatch(/^Status för ditt ärende/);
  });

  it('supplements: merges new answers, revalidates, claims the new file and alerts the authority', async () => {
    const bad = await erik.post<ApiErrorBody>(`/api/my/submissions/${eriksCase.id}/supplement`, { data: { residents: 'yksi' }, message: 'Korjattu', lang: 'fi' });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.map((f) => f.path)).toEqual(['residents']);
    const file = await upload(erik, 'huoltokirja.pdf');
    const res = await erik.post<{ status: { id: string } }>(`/api/my/submissions/${eriksCase.id}/supplement`, {
      data: { residents: 2, systemReport: [file.body.id] },
      message: 'Huoltokirja liitteenä.',
      lang: 'fi',
    });
    expect(res.status).toBe(200);
    expect(res.body.status.id).toBe('IN_PROCESSING');
    const detail = await erik.get<MyDetail>(`/api/my/submissions/${eriksCase.id}`);
    expect(detail.body.data.residents).toBe(2);
    expect(detail.body.attachments.map((a) => a.name)).toContain('huoltokirja.pdf');
    expect(detail.body.messages.at(-1)).toEqual({ at: expect.any(String), from: 'customer', body: 'Huoltokirja liitteenä.' });
    const alert = (await server.outbox()).filter((r) => r.submissionId === eriksCase.id && r.kind === 'supplement');
    expect(alert).toHaveLength(1);
    expect(alert[0].audience).toBe('authority');
  });

  it('refuses a supplement the workflow does not allow now (409)', async () => {
    const res = await erik.post<ApiErrorBody>(`/api/my/submissions/${eriksCase.id}/supplement`, { message: 'Vielä yksi asia' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('illegal_transition');
    expect(res.body.error.allowed).toEqual(['CANCEL']);
  });

  it('writes to the authority, who is alerted', async () => {
    expect((await aino.post(`/api/my/submissions/${ainosCase.id}/messages`, { body: 'Soittoaika muuttui klo 22 asti.' })).status).toBe(201);
    expect((await aino.post(`/api/my/submissions/${ainosCase.id}/messages`, {})).status).toBe(422);
    const alerts = (await server.outbox()).filter((r) => r.submissionId === ainosCase.id && r.kind === 'customer_message');
    expect(alerts).toHaveLength(1);
    const view = await handler.get<{ history: Array<{ kind: string; body?: string }> }>(`/api/cases/${ainosCase.id}`);
    expect(view.body.history.at(-1)).toMatchObject({ kind: 'message', body: 'Soittoaika muuttui klo 22 asti.' });
  });

  it('cancels, after which cancelling again is refused', async () => {
    const res = await aino.post<{ status: { id: string } }>(`/api/my/submissions/${ainosCase.id}/cancel`, { reason: 'Tapahtuma peruttu.' });
    expect(res.status).toBe(200);
    expect(res.body.status.id).toBe('CANCELLED');
    const again = await aino.post<ApiErrorBody>(`/api/my/submissions/${ainosCase.id}/cancel`, {});
    expect(again.status).toBe(409);
    expect((await server.outbox()).some((r) => r.submissionId === ainosCase.id && r.kind === 'cancelled')).toBe(true);
  });
});

/**
 * A waste water exemption whose workflow has two internal steps the customer never sees: a
 * supplement first lands in SUPPLEMENT_RECEIVED, a cancellation in CANCEL_REQUESTED, until a
 * handler moves it on.
 */
function packWithInternalSteps(): FormPackContent {
  const pack = structuredClone(readyPacks.find((p) => p.services.some((s) => s.id === 'wastewater-exemption'))!);
  pack.slug = 'jatevesi-sisaiset-vaiheet';
  pack.services = pack.services.filter((s) => s.id === 'wastewater-exemption');
  const workflow = pack.services[0].workflow;
  workflow.states.push(
    { id: 'SUPPLEMENT_RECEIVED', label: { fi: 'Täydennys saapunut', sv: 'Komplettering inkommen', en: 'Supplement received' }, customerVisible: false },
    { id: 'CANCEL_REQUESTED', label: { fi: 'Peruutuspyyntö', sv: 'Begäran om återkallelse', en: 'Cancellation requested' }, customerVisible: false },
  );
  for (const t of workflow.transitions) {
    if (t.event === 'SUPPLEMENT') t.to = 'SUPPLEMENT_RECEIVED';
    if (t.event === 'CANCEL') t.to = 'CANCEL_REQUESTED';
  }
  workflow.transitions.push(
    { event: 'REVIEW_SUPPLEMENT', from: ['SUPPLEMENT_RECEIVED'], to: 'IN_PROCESSING', label: { fi: 'Käsittele täydennys', sv: 'Behandla kompletteringen', en: 'Review the supplement' }, roles: ['handler'] },
    { event: 'CONFIRM_CANCEL', from: ['CANCEL_REQUESTED'], to: 'CANCELLED', label: { fi: 'Vahvista peruutus', sv: 'Bekräfta återkallelsen', en: 'Confirm the cancellation' }, roles: ['handler'] },
  );
  return pack;
}

describe('the status a supplement or a cancel answers with', () => {
  let deploymentId: number;

  beforeAll(async () => {
    const packId = await publishedPack(server.ctx, packWithInternalSteps());
    const admin = new ApiClient(server.url);
    await admin.loginStaff(HELSINKI_ADMIN, DEMO_PASSWORD);
    const deployed = await admin.post<{ id: number }>('/api/deployments', { packId, version: 1, serviceId: 'wastewater-exemption' });
    expect(deployed.status).toBe(201);
    deploymentId = deployed.body.id;
  });

  async function sendAs(client: ApiClient, email: string): Promise<Receipt> {
    const res = await client.post<Receipt>('/api/submissions', {
      deploymentId, municipality: '091', data: await exampleWithUploads(client, 'wastewater-exemption'),
      contact: { name: 'Erik Holmström', email }, lang: 'sv', idempotencyKey: newKey(),
    });
    expect(res.status).toBe(201);
    return res.body;
  }

  it('answers a supplement with the status the customer sees, not the internal one, labelled in their language', async () => {
    const sent = await sendAs(erik, 'erik.holmstrom@example.fi');
    for (const event of ['RECEIVE', 'START']) await handler.post(`/api/cases/${sent.id}/transitions`, { event });
    await handler.post(`/api/cases/${sent.id}/transitions`, { event: 'REQUEST_INFO', comment: 'Lisää huoltokirja.' });
    const res = await erik.post<{ status: { id: string; label: string } }>(`/api/my/submissions/${sent.id}/supplement`, {
      message: 'Servicebok bifogad.', lang: 'sv',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toEqual({ id: 'INFO_REQUESTED', label: 'Komplettering begärd' });
    const shown = await erik.get<MyDetail>(`/api/my/submissions/${sent.id}?lang=sv`);
    expect(res.body.status).toEqual(shown.body.status);
    // The workflow itself did move on: the handler sees the internal step.
    const desk = await handler.get<{ status: { id: string } }>(`/api/cases/${sent.id}`);
    expect(desk.body.status.id).toBe('SUPPLEMENT_RECEIVED');
  });

  it('answers a cancel with the status the customer sees, labelled as GET shows it', async () => {
    const sent = await sendAs(erik, 'erik.holmstrom@example.fi');
    const res = await erik.post<{ status: { id: string; label: string } }>(`/api/my/submissions/${sent.id}/cancel?lang=en`, { reason: 'Fel fastighet.' });
    expect(res.status).toBe(200);
    expect(res.body.status).toEqual({ id: 'SUBMITTED', label: 'Submitted' });
    const shown = await erik.get<MyDetail>(`/api/my/submissions/${sent.id}?lang=en`);
    expect(res.body.status).toEqual(shown.body.status);
    // Without ?lang= the label is in the language the submission was sent in, as GET answers.
    const sentInSwedish = await sendAs(erik, 'erik.holmstrom@example.fi');
    const cancelled = await erik.post<{ status: { id: string; label: string } }>(`/api/my/submissions/${sentInSwedish.id}/cancel`, {});
    expect(cancelled.body.status).toEqual({ id: 'SUBMITTED', label: 'Skickad' });
    expect(cancelled.body.status).toEqual((await erik.get<MyDetail>(`/api/my/submissions/${sentInSwedish.id}`)).body.status);
  });
});
