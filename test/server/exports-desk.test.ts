/**
 * What the desk relies on besides the exports, tested as the desk uses it: assigning a case to a
 * colleague, internal notes that never reach the customer, and the deadline-near alert that the
 * desk counts until read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raiseDeadlineAlerts } from '../../server/alerts/deadline-alerts';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { ADMIN_HELSINKI, DEMO_PASSWORD, HANDLER_ESPOO, HANDLER_HELSINKI, submitPublicAreaUse, type Submitted } from './exports-fixtures';
import type { Colleague, DeskAlert as Alert, DeskAlertList as AlertList } from '../../api-contract';

const DAY = 24 * 60 * 60_000;
const customerEmail = 'aino.virtanen@example.fi';

let server: TestServer;
let handler: ApiClient;
let kallio: Submitted;

beforeAll(async () => {
  server = await startTestServer();
  kallio = await submitPublicAreaUse(new ApiClient(server.url), { email: customerEmail, name: 'Aino Virtanen', eventName: 'Kallio Block Party' });
  handler = new ApiClient(server.url);
  await handler.loginStaff(HANDLER_HELSINKI, DEMO_PASSWORD);
});
afterAll(() => server?.close());

async function signedInCustomer(): Promise<ApiClient> {
  const customer = new ApiClient(server.url);
  const before = (await server.outbox()).length;
  await customer.post('/api/customer/code', { email: customerEmail, lang: 'fi' });
  const mail = (await server.outbox()).slice(before).find((m) => m.kind === 'sign_in_code' && m.toEmail === customerEmail);
  const code = mail && /\b(\d{6})\b/.exec(server.mail(mail).body)?.[1];
  expect((await customer.post('/api/customer/session', { email: customerEmail, code })).status).toBe(200);
  return customer;
}

describe('assignment', () => {
  it('assigns a case to a colleague from the list, who then finds it under "assigned to me"', async () => {
    const colleagues = (await handler.get<Colleague[]>('/api/desk/colleagues')).body;
    const anna = colleagues.find((c) => c.name === 'Anna Pääkäyttäjä')!;
    expect((await handler.post(`/api/cases/${kallio.id}/assign`, { userId: anna.id })).status).toBe(200);

    const admin = new ApiClient(server.url);
    await admin.loginStaff(ADMIN_HELSINKI, DEMO_PASSWORD);
    const mine = await admin.get<{ items: Array<{ reference: string; assignee: { name: string } | null }> }>('/api/inbox?assigned=me');
    expect(mine.body.items.map((i) => i.reference)).toEqual([kallio.reference]);
    expect(mine.body.items[0].assignee?.name).toBe('Anna Pääkäyttäjä');
    const notMine = await handler.get<{ items: unknown[] }>('/api/inbox?assigned=me');
    expect(notMine.body.items).toEqual([]);

    const view = await handler.get<{ assignee: { name: string } | null; history: Array<{ kind: string; assignee?: { name: string } | null }> }>(`/api/cases/${kallio.id}`);
    expect(view.body.assignee?.name).toBe('Anna Pääkäyttäjä');
    expect(view.body.history.some((h) => h.kind === 'assignment' && h.assignee?.name === 'Anna Pääkäyttäjä')).toBe(true);
  });

  it('cannot hand a case to a handler of another authority', async () => {
    const espoo = new ApiClient(server.url);
    const me = await espoo.loginStaff(HANDLER_ESPOO, DEMO_PASSWORD);
    const res = await handler.post(`/api/cases/${kallio.id}/assign`, { userId: me.body.id });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await espoo.get<{ items: unknown[] }>('/api/inbox?assigned=me')).body.items).toEqual([]);
  });
});

describe('internal notes', () => {
  it('never reach the customer, while messages do', async () => {
    expect((await handler.post(`/api/cases/${kallio.id}/notes`, { body: 'Järjestäjällä aiempia järjestyshäiriöitä, tarkista vartijat.' })).status).toBeLessThan(300);
    expect((await handler.post(`/api/cases/${kallio.id}/messages`, { body: 'Kiitos hakemuksesta, käsittelemme sen kahden viikon kuluessa.' })).status).toBeLessThan(300);

    const customer = await signedInCustomer();
    const mine = await customer.get(`/api/my/submissions/${kallio.id}`);
    expect(mine.status).toBe(200);
    const text = JSON.stringify(mine.body);
    expect(text).toContain('Kiitos hakemuksesta');
    expect(text).not.toContain('järjestyshäiriöitä');
    const outboxToCustomer = (await server.outbox()).filter((m) => m.toEmail === customerEmail);
    expect(outboxToCustomer.some((m) => m.body.includes('järjestyshäiriöitä') || m.subject.includes('järjestyshäiriöitä'))).toBe(false);

    const desk = await handler.get<{ history: Array<{ kind: string; body?: string | null }> }>(`/api/cases/${kallio.id}`);
    expect(desk.body.history.find((h) => h.kind === 'note')?.body).toContain('järjestyshäiriöitä');
  });
});

describe('deadline alerts in the desk', () => {
  it('raises one "deadline near" alert two days before the promised answer, counted until read', async () => {
    const realNow = server.ctx.now;
    try {
      // public-area-use is deployed with "respond within 14 days"; move the clock 12½ days ahead.
      server.ctx.now = () => new Date(Date.now() + 12.5 * DAY);
      expect(await raiseDeadlineAlerts(server.ctx)).toBeGreaterThanOrEqual(1);
      expect(await raiseDeadlineAlerts(server.ctx)).toBe(0);
    } finally {
      server.ctx.now = realNow;
    }
    const list = (await handler.get<AlertList>('/api/desk/alerts?lang=fi')).body;
    const alert = list.items.find((a) => a.kind === 'deadline_near' && a.submissionId === kallio.id)!;
    expect(alert).toBeDefined();
    expect(alert.reference).toBe(kallio.reference);
    expect(alert.readAt).toBeNull();
    const unreadBefore = list.unread;

    expect((await handler.post(`/api/desk/alerts/${alert.id}/read`)).status).toBe(200);
    const after = (await handler.get<AlertList>('/api/desk/alerts?lang=fi')).body;
    expect(after.unread).toBe(unreadBefore - 1);
    expect(after.items.find((a) => a.id === alert.id)?.readAt).not.toBeNull();

    const espoo = new ApiClient(server.url);
    await espoo.loginStaff(HANDLER_ESPOO, DEMO_PASSWORD);
    expect((await espoo.get<AlertList>('/api/desk/alerts')).body.items.some((a) => a.submissionId === kallio.id)).toBe(false);
    expect((await espoo.post(`/api/desk/alerts/${alert.id}/read`)).status).toBe(404);
  });
});
