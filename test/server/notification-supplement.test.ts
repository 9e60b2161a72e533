/**
 * A notification of the event organising pack (version 4) through the real API: the notifier may
 * send changes before it is acknowledged, the handler may ask for more information, and the
 * notifier answers with a supplement that brings it back to "Submitted". What the customer sees as
 * the authority's request is only ever the handler's question, never their own message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD, HELSINKI_HANDLER, send, signInCustomer, type Receipt } from './case-fixtures';

interface MineBody {
  status: { id: string; label: string };
  actions: Array<{ event: string; label: string }>;
  infoRequest: { question: string | null; replyBy: string | null } | null;
  data: { event?: { eventHours?: string } };
}

let server: TestServer;
let customer: ApiClient;
let handler: ApiClient;
let sent: Receipt;
const email = 'kaisa.virtanen@example.fi';

beforeAll(async () => {
  server = await startTestServer();
  customer = new ApiClient(server.url);
  handler = new ApiClient(server.url);
  await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
  const res = await send(customer, { serviceId: 'event-noise', municipality: '091', email, name: 'Kaisa Virtanen' });
  expect(res.status).toBe(201);
  sent = res.body;
  await signInCustomer(server, customer, email);
}, 120_000);
afterAll(() => server?.close());

const mine = async () => (await customer.get<MineBody>(`/api/my/submissions/${sent.id}?lang=fi`)).body;

describe('a noise notification before it is acknowledged', () => {
  it('takes the notifier’s own changes while submitted, and shows no request for information', async () => {
    const before = await mine();
    expect(before.status.id).toBe('SUBMITTED');
    expect(before.actions.map((a) => a.event)).toContain('SUPPLEMENT');
    expect(before.infoRequest).toBeNull();
    const res = await customer.post<{ status: { id: string } }>(`/api/my/submissions/${sent.id}/supplement`, {
      data: { event: { ...(before.data.event ?? {}), eventHours: 'pe 17–22, la 12–22' } },
      message: 'Lopetamme tuntia aiemmin.',
      lang: 'fi',
    });
    expect(res.status).toBe(200);
    const after = await mine();
    expect(after.status.id).toBe('SUBMITTED');
    expect(after.data.event?.eventHours).toBe('pe 17–22, la 12–22');
    expect(after.infoRequest).toBeNull();
  });

  it('lets the handler ask for more information, and the notifier’s answer brings it back to submitted', async () => {
    const asked = await handler.post(`/api/cases/${sent.id}/transitions`, { event: 'REQUEST_INFO', comment: 'Montako kaiutinta lavalla on?' });
    expect(asked.status).toBe(200);
    const waiting = await mine();
    expect(waiting.status).toEqual({ id: 'INFO_REQUESTED', label: 'Lisätietoja pyydetty' });
    expect(waiting.infoRequest?.question).toBe('Montako kaiutinta lavalla on?');
    const alert = (await server.outbox()).filter((r) => r.toEmail === email).pop();
    expect(alert && server.mail(alert).body).toContain('Viranomainen pyytää lisätietoja ilmoitukseesi.');

    const answered = await customer.post<{ status: { id: string } }>(`/api/my/submissions/${sent.id}/supplement`, { message: 'Kaksi kaiutinta.', lang: 'fi' });
    expect(answered.status).toBe(200);
    const back = await mine();
    expect(back.status.id).toBe('SUBMITTED');
    expect(back.infoRequest).toBeNull();

    expect((await handler.post(`/api/cases/${sent.id}/transitions`, { event: 'ACKNOWLEDGE' })).status).toBe(200);
    const done = await mine();
    expect(done.status.id).toBe('ACKNOWLEDGED');
    expect(done.actions).toEqual([]);
  });
});
