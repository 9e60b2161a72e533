import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { DEMO_PASSWORD, DESIGNER, ESPOO_HANDLER, HELSINKI_ADMIN, HELSINKI_HANDLER, POLICE_HANDLER, send, type Receipt } from './case-fixtures';
import type { CaseDetail as CaseBody, DeskService as ServiceBody, InboxPage as InboxBody } from '../../api-contract';

let server: TestServer;
let customer: ApiClient;
let handler: ApiClient;
let espoo: ApiClient;
let sent: Receipt;
let handlerId: number;

beforeAll(async () => {
  server = await startTestServer();
  customer = new ApiClient(server.url);
  handler = new ApiClient(server.url);
  espoo = new ApiClient(server.url);
  handlerId = (await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD)).body.id;
  await espoo.loginStaff(ESPOO_HANDLER, DEMO_PASSWORD);
  sent = (await send(customer, { serviceId: 'wastewater-exemption', municipality: '091', email: 'erik.holmstrom@example.fi', name: 'Erik Holmström' })).body;
  await send(customer, { serviceId: 'event-noise', municipality: '091', email: 'aino.virtanen@example.fi', name: 'Aino Virtanen' });
  await send(customer, { serviceId: 'event-noise', municipality: '049', email: 'aino.virtanen@example.fi', name: 'Aino Virtanen' });
}, 120_000);
afterAll(() => server?.close());

describe('handler inbox', () => {
  it('lists the own authority’s new cases, newest first and unread, with counts per status', async () => {
    const res = await handler.get<InboxBody>('/api/inbox?lang=fi');
    expect(res.status).toBe(200);
    expect(res.body.items.map((i) => i.service.id)).toEqual(['event-noise', 'wastewater-exemption']);
    expect(res.body.items.every((i) => i.unread && i.status.id === 'SUBMITTED')).toBe(true);
    expect(res.body.items[1].status.label).toBe('Lähetetty');
    expect(res.body.counts).toEqual({ SUBMITTED: 2 });
  });

  it('finds a case by reference and by the customer’s name', async () => {
    const byRef = await handler.get<InboxBody>(`/api/inbox?q=${sent.reference}`);
    expect(byRef.body.items.map((i) => i.id)).toEqual([sent.id]);
    const byName = await handler.get<InboxBody>('/api/inbox?q=holmstrom');
    expect(byName.body.items.map((i) => i.id)).toEqual([sent.id]);
  });

  it('pages with an opaque cursor', async () => {
    const first = await handler.get<InboxBody>('/api/inbox?limit=1');
    expect(first.body.items).toHaveLength(1);
    const second = await handler.get<InboxBody>(`/api/inbox?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((i) => i.id)).toEqual([sent.id]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('refuses bad filters naming them', async () => {
    const res = await handler.get<ApiErrorBody>('/api/inbox?cursor=forged&municipality=Helsinki');
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f) => f.path).sort()).toEqual(['cursor', 'municipality']);
  });

  it('sorts on the server by any column, both ways, paging within the sort', async () => {
    const names = async (sort: string) => (await handler.get<InboxBody>(`/api/inbox?sort=${sort}`)).body.items.map((i) => i.customerName);
    expect(await names('customer')).toEqual(['Aino Virtanen', 'Erik Holmström']);
    expect(await names('-customer')).toEqual(['Erik Holmström', 'Aino Virtanen']);
    expect(await names('received')).toEqual(['Erik Holmström', 'Aino Virtanen']);
    const first = await handler.get<InboxBody>('/api/inbox?sort=-customer&limit=1');
    const second = await handler.get<InboxBody>(`/api/inbox?sort=-customer&limit=1&cursor=${first.body.nextCursor}`);
    expect([...first.body.items, ...second.body.items].map((i) => i.id)).toEqual([sent.id, sent.id + 1]);
    expect(second.body.nextCursor).toBeNull();
    // By service: in the order of the services' names in the handler's language.
    const services = (await handler.get<ServiceBody[]>('/api/desk/services?lang=sv')).body;
    const sentServices = ['event-noise', 'wastewater-exemption'];
    const byName = services.filter((s) => sentServices.includes(s.id)).map((s) => s.id);
    const bySwedishName = (await handler.get<InboxBody>('/api/inbox?sort=service&lang=sv')).body.items.map((i) => i.service.id);
    expect(bySwedishName).toEqual(byName);
  });

  it('refuses a bad sort and a cursor of another sort with 400, naming the problem', async () => {
    const bad = await handler.get<ApiErrorBody>('/api/inbox?sort=price');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ path: 'sort', message: expect.stringContaining('customer') }]);
    const byName = await handler.get<InboxBody>('/api/inbox?sort=customer&limit=1');
    const mixed = await handler.get<ApiErrorBody>(`/api/inbox?sort=-received&limit=1&cursor=${byName.body.nextCursor}`);
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.fields[0].path).toBe('cursor');
    expect(mixed.body.error.fields[0].message).toMatch(/"customer".*"-received"/);
  });

  it('counts each status under the other filters', async () => {
    const wastewater = await handler.get<InboxBody>('/api/inbox?service=wastewater-exemption&status=RECEIVED');
    expect(wastewater.body.counts).toEqual({ SUBMITTED: 1 });
    const byText = await handler.get<InboxBody>('/api/inbox?q=Virtanen');
    expect(byText.body).toMatchObject({ counts: { SUBMITTED: 1 }, countsExact: true });
    expect((await handler.get<InboxBody>('/api/inbox?from=2000-01-01&to=2000-12-31')).body.counts).toEqual({});
    expect((await handler.get<InboxBody>('/api/inbox?assigned=me')).body.counts).toEqual({});
  });

  it('lists the services the own authority has deployed, with their packs, and no other authority’s', async () => {
    const helsinki = await handler.get<ServiceBody[]>('/api/desk/services?lang=fi');
    expect(helsinki.status).toBe(200);
    const wastewater = helsinki.body.find((s) => s.id === 'wastewater-exemption');
    expect(wastewater).toMatchObject({ pack: { version: 1 }, active: true });
    expect(wastewater?.name).not.toBe('wastewater-exemption');
    expect(wastewater?.pack.slug).toMatch(/^[a-z0-9-]+$/);
    const police = new ApiClient(server.url);
    await police.loginStaff(POLICE_HANDLER, DEMO_PASSWORD);
    const policeServices = (await police.get<ServiceBody[]>('/api/desk/services')).body;
    expect(policeServices.length).toBeGreaterThan(0);
    const helsinkiIds = new Set(helsinki.body.map((s) => s.id));
    expect(policeServices.filter((s) => helsinkiIds.has(s.id))).toEqual([]);
    expect(helsinkiIds.size).toBe(helsinki.body.length);
    expect((await customer.get('/api/desk/services')).status).toBe(401);
  });

  it('is for signed-in handlers and admins only', async () => {
    expect((await customer.get('/api/inbox')).status).toBe(401);
    const designer = new ApiClient(server.url);
    await designer.loginStaff(DESIGNER, DEMO_PASSWORD);
    expect((await designer.get('/api/inbox')).status).toBe(403);
    const espooInbox = await espoo.get<InboxBody>('/api/inbox');
    expect(espooInbox.body.items.map((i) => i.service.id)).toEqual(['event-noise']);
  });
});

describe('one case', () => {
  it('shows answers, the exact definition, attachments, history and the steps allowed now, and marks it read', async () => {
    const res = await handler.get<CaseBody>(`/api/cases/${sent.id}?lang=sv`);
    expect(res.status).toBe(200);
    expect(res.body.reference).toBe(sent.reference);
    expect(res.body.packVersion).toBe(1);
    const deployed = (await handler.get<ServiceBody[]>('/api/desk/services?lang=sv')).body.find((s) => s.id === 'wastewater-exemption');
    expect(res.body.pack).toMatchObject({ slug: deployed?.pack.slug, version: 1 });
    expect(res.body.pack.name).toMatch(/[a-zåäö]/i);
    expect(res.body.pack.name).not.toBe(res.body.pack.slug);
    expect(res.body.definition.pages.length).toBeGreaterThan(0);
    expect(res.body.data.toiletType).toBe('dryToilet');
    expect(res.body.attachments).toHaveLength(2);
    expect(res.body.history.map((h) => h.kind)).toEqual(['submitted']);
    expect(res.body.transitions.map((t) => t.event)).toEqual(['RECEIVE']);
    expect(res.body.transitions[0].label).toMatch(/[a-zåäö]/i);
    const inbox = await handler.get<InboxBody>('/api/inbox');
    expect(inbox.body.items.find((i) => i.id === sent.id)?.unread).toBe(false);
  });

  it('is 404 for a handler of another authority, as if it did not exist', async () => {
    const res = await espoo.get<ApiErrorBody>(`/api/cases/${sent.id}`);
    expect(res.status).toBe(404);
    const police = new ApiClient(server.url);
    await police.loginStaff(POLICE_HANDLER, DEMO_PASSWORD);
    expect((await police.get(`/api/cases/${sent.id}`)).status).toBe(404);
    expect((await police.post(`/api/cases/${sent.id}/notes`, { body: 'Katsotaan' })).status).toBe(404);
    expect((await handler.get('/api/cases/99999999')).status).toBe(404);
    expect((await handler.get('/api/cases/abc')).status).toBe(404);
  });

  it('downloads an attachment as a file, never inline', async () => {
    const detail = await handler.get<CaseBody>(`/api/cases/${sent.id}`);
    const att = detail.body.attachments[0];
    const res = await fetch(`${server.url}/api/cases/${sent.id}/attachments/${att.id}`, { headers: { cookie: handler.cookieHeader() } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=asemapiirros.pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await espoo.get(`/api/cases/${sent.id}/attachments/${att.id}`)).status).toBe(404);
    const espooCase = (await espoo.get<InboxBody>('/api/inbox')).body.items[0].id;
    expect((await espoo.get(`/api/cases/${espooCase}/attachments/${att.id}`)).status).toBe(404);
  });
});

describe('moving the status', () => {
  it('refuses an event the workflow does not allow now, naming the allowed ones', async () => {
    const res = await handler.post<ApiErrorBody>(`/api/cases/${sent.id}/transitions`, { event: 'DECIDE', comment: 'Myönnetään' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('illegal_transition');
    expect(res.body.error.allowed).toEqual(['RECEIVE']);
    expect(res.body.error.message).toContain('RECEIVE');
  });

  it('receives and starts the case; the customer gets the alert the transition carries', async () => {
    const received = await handler.post<{ status: string }>(`/api/cases/${sent.id}/transitions`, { event: 'RECEIVE' });
    expect(received.status).toBe(200);
    expect(received.body.status).toBe('RECEIVED');
    expect((await handler.post(`/api/cases/${sent.id}/transitions`, { event: 'START' })).status).toBe(200);
    const alerts = (await server.outbox()).filter((r) => r.submissionId === sent.id && r.kind === 'status_changed');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].toEmail).toBe('erik.holmstrom@example.fi');
    expect(alerts[0].subject).toContain(sent.reference);
  });

  it('requires a comment where the workflow says so (422), and forbids a customer’s step to a handler (403)', async () => {
    const noComment = await handler.post<ApiErrorBody>(`/api/cases/${sent.id}/transitions`, { event: 'REQUEST_INFO' });
    expect(noComment.status).toBe(422);
    expect(noComment.body.error.fields.map((f) => f.path)).toEqual(['comment']);
    const asked = await handler.post(`/api/cases/${sent.id}/transitions`, { event: 'REQUEST_INFO', comment: 'Lisätkää jätevesijärjestelmän huoltokirja.' });
    expect(asked.status).toBe(200);
    const customersStep = await handler.post<ApiErrorBody>(`/api/cases/${sent.id}/transitions`, { event: 'SUPPLEMENT' });
    expect(customersStep.status).toBe(403);
    expect(customersStep.body.error.code).toBe('forbidden');
  });

  it('refuses a malformed event with 422', async () => {
    const res = await handler.post<ApiErrorBody>(`/api/cases/${sent.id}/transitions`, { event: 42 });
    expect(res.status).toBe(422);
    expect(res.body.error.fields[0].path).toBe('event');
  });

  it('records who did what in the history and the audit log', async () => {
    const res = await handler.get<CaseBody>(`/api/cases/${sent.id}`);
    const statuses = res.body.history.filter((h) => h.kind === 'status');
    expect(statuses.map((h) => h.to?.id)).toEqual(['RECEIVED', 'IN_PROCESSING', 'INFO_REQUESTED']);
    expect(statuses[0].by.name).toBe('Heikki Käsittelijä');
    expect(statuses[2].comment).toBe('Lisätkää jätevesijärjestelmän huoltokirja.');
    const audit = await server.sql("SELECT action, actor_user_id AS actor FROM audit_log WHERE action = 'case.transition' AND target_id = ?", String(sent.id));
    expect(audit).toEqual(Array(3).fill({ action: 'case.transition', actor: handlerId }));
  });
});

describe('notes, messages and assignment', () => {
  it('keeps notes internal and alerts the customer of messages', async () => {
    expect((await handler.post(`/api/cases/${sent.id}/notes`, { body: 'Naapurin kaivo 30 m päässä.' })).status).toBe(201);
    expect((await handler.post(`/api/cases/${sent.id}/messages`, { body: 'Huoltokirja riittää PDF-muodossa.' })).status).toBe(201);
    expect((await handler.post<ApiErrorBody>(`/api/cases/${sent.id}/notes`, { body: '' })).status).toBe(422);
    const kinds = (await handler.get<CaseBody>(`/api/cases/${sent.id}`)).body.history.map((h) => h.kind);
    expect(kinds.slice(-2)).toEqual(['note', 'message']);
    const alerts = (await server.outbox()).filter((r) => r.submissionId === sent.id && r.kind === 'message');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].body).not.toContain('Huoltokirja riittää');
  });

  it('assigns to a colleague of the same authority only, and filters the inbox by “mine”', async () => {
    const [espooHandlerId] = await server.sql<{ id: number }>('SELECT id FROM users WHERE email = ?', ESPOO_HANDLER);
    const wrong = await handler.post<ApiErrorBody>(`/api/cases/${sent.id}/assign`, { userId: espooHandlerId.id });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields[0].path).toBe('userId');
    const mine = await handler.post<{ assignee: { id: number; name: string } }>(`/api/cases/${sent.id}/assign`, { userId: handlerId });
    expect(mine.body.assignee).toEqual({ id: handlerId, name: 'Heikki Käsittelijä' });
    const inbox = await handler.get<InboxBody>('/api/inbox?assigned=me');
    expect(inbox.body.items.map((i) => i.id)).toEqual([sent.id]);
    const admin = new ApiClient(server.url);
    await admin.loginStaff(HELSINKI_ADMIN, DEMO_PASSWORD);
    expect((await admin.post(`/api/cases/${sent.id}/assign`, { userId: null })).status).toBe(200);
    expect((await handler.get<InboxBody>('/api/inbox?assigned=me')).body.items).toEqual([]);
  });

  it('refuses changes without the CSRF token', async () => {
    const res = await handler.post<ApiErrorBody>(`/api/cases/${sent.id}/notes`, { body: 'Ilman tokenia' }, { csrf: false });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf');
  });
});
