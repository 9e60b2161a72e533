/**
 * The company's identity fields over HTTP: the police's public event notification, made to ask for
 * strong identification, with the organiser's name and Y-tunnus marked as the company's. Acting for
 * Testiyhtiö Oy the send stores the company's name and Y-tunnus whatever the browser sent (its
 * mandate checked for that very send); acting for herself the person fills them as any field, and
 * they are checked as any field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActingForState } from '../../api-contract';
import { ApiClient, type ApiErrorBody, type TestServer } from '../support/server';
import { identifyAt, requireStrongIdentification, startServerWithTestProvider } from '../support/strong-identification';
import { deploymentOf, exampleWithUploads, newKey } from './case-fixtures';

const AINO = 'test-person-1';
const TESTIYHTIO = { businessId: '7001234-9', name: 'Testiyhtiö Oy' };

let server: TestServer;

beforeAll(async () => {
  server = await startServerWithTestProvider({ config: { rateLimitAllow: ['127.0.0.1'], mandates: { source: 'test' } } });
  requireStrongIdentification(server.ctx, 'public-event-police', { 'organiser.organiserName': 'organisationName', 'organiser.organiserBusinessId': 'businessId' });
});
afterAll(() => server?.close());

async function identified(company?: string): Promise<ApiClient> {
  const client = new ApiClient(server.url);
  const done = await client.post('/api/identification/complete', { query: await identifyAt(client, AINO) });
  if (done.status !== 200) throw new Error(`identification failed: ${done.status}`);
  if (company && (await client.put<ActingForState>('/api/my/acting-for', { businessId: company })).status !== 200) throw new Error('no mandate');
  return client;
}

/** Sends the notification with the organiser as typed; the stored organiser, or the refusal. */
async function send(client: ApiClient, organiser: { organiserName: string; organiserBusinessId: string }) {
  const data = await exampleWithUploads(client, 'public-event-police');
  const res = await client.post<{ id: number }>('/api/submissions', {
    deploymentId: await deploymentOf(client, '091', 'public-event-police'), municipality: '091',
    data: { ...data, organiser: { ...(data.organiser as Record<string, unknown>), organiserType: 'company', ...organiser } },
    contact: { name: 'Aino Testinen', email: 'aino.testinen@example.fi' }, lang: 'fi', idempotencyKey: newKey(),
  });
  if (res.status !== 201) return { status: res.status, body: res.body as unknown as ApiErrorBody, organiser: undefined };
  const stored = server.ctx.sqlite.prepare<[number], { data: string }>('SELECT data_json AS data FROM submissions WHERE id = ?').get(res.body.id);
  const sent = JSON.parse(stored?.data ?? '{}') as { organiser: Record<string, unknown> };
  return { status: res.status, body: undefined, organiser: sent.organiser };
}

describe('the company’s name and Y-tunnus in a form', () => {
  it('acting for the company: stored from the company whose mandate was checked, whatever the browser sent', async () => {
    const aino = await identified(TESTIYHTIO.businessId);
    const res = await send(aino, { organiserName: 'Väärä Oy', organiserBusinessId: '7001235-7' });
    expect(res.status).toBe(201);
    expect(res.organiser).toMatchObject({ organiserName: TESTIYHTIO.name, organiserBusinessId: TESTIYHTIO.businessId });
  });

  it('acting for herself: ordinary fields, stored as typed', async () => {
    const aino = await identified();
    const res = await send(aino, { organiserName: 'Ainon Kahvila', organiserBusinessId: '7001235-7' });
    expect(res.status).toBe(201);
    expect(res.organiser).toMatchObject({ organiserName: 'Ainon Kahvila', organiserBusinessId: '7001235-7' });
  });

  it('acting for herself: checked as any field (422 naming a Y-tunnus whose check digit is wrong)', async () => {
    const aino = await identified();
    const res = await send(aino, { organiserName: 'Ainon Kahvila', organiserBusinessId: '7001235-1' });
    expect(res.status).toBe(422);
    expect(res.body?.error.fields.map((f) => f.path)).toContain('organiser.organiserBusinessId');
  });
});
