/**
 * Webhooks against a real receiver started here (node:http on 127.0.0.1): an admin registers an
 * endpoint and sees its secret once; case events arrive signed by Standard Webhooks and verify
 * with the library's own `Webhook.verify`; 500s are retried with backoff (each attempt in the
 * console), an endpoint that keeps failing is paused with an alert to the authority's admins,
 * resumed, and its failed deliveries sent again from the console. The same through the
 * integration API with a `webhooks:manage` key; scopes and roles refused where they do not hold,
 * another authority's endpoint 404, bad URLs 422 naming the problem.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedWebhookEndpoint, RotatedWebhookSecret, WebhookDelivery, WebhookEndpoint } from '../../api-contract';
import type { ApiKeyScope } from '../../permissions/permissions';
import { issueApiKey } from '../../server/integration/api-keys';
import { webhookConfigFromEnv } from '../../server/webhooks/webhook-config';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD, HELSINKI_ADMIN, HELSINKI_HANDLER, send, signInCustomer } from './case-fixtures';

/** A planned status that holds the answer back until `release`. */
const HOLD = -1;

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A case-management system's receiver: answers each path with the next planned status (200 when none is planned). */
class Receiver {
  readonly received: Received[] = [];
  private readonly plans = new Map<string, number[]>();
  /** Answers held back (a receiver that is slow to answer), sent by `release`. */
  private readonly held: Array<() => void> = [];
  private server: Server | null = null;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = req.url ?? '/';
        this.received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        const plan = this.plans.get(path) ?? [];
        const status = plan.length > 0 ? (plan.shift() as number) : 200;
        if (status === HOLD) this.held.push(() => res.writeHead(200).end());
        else res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The statuses the next requests to `path` get, then 200. */
  plan(path: string, statuses: number[]): void {
    this.plans.set(path, [...statuses]);
  }

  /** Answers every held request now. */
  release(): void {
    for (const answer of this.held.splice(0)) answer();
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const HELSINKI = 'municipality-091';
let server: TestServer;
let admin: ApiClient;
let customer: ApiClient;
let handler: ApiClient;
const receiver = new Receiver();

beforeAll(async () => {
  await receiver.start();
  server = await startTestServer({
    config: {
      rateLimitAllow: ['127.0.0.1'], sendLimitPerEmail: 1000, sendLimitPerAddress: 1000,
      // Retries after 40 ms and 80 ms (three attempts), paused after two deliveries failed for good.
      webhooks: { ...webhookConfigFromEnv({}), retryDelaysMs: [40, 80], pauseAfterFailures: 2, pollMs: 25, timeoutMs: 2_000 },
    },
  });
  admin = new ApiClient(server.url);
  await admin.loginStaff(HELSINKI_ADMIN, DEMO_PASSWORD);
  handler = new ApiClient(server.url);
  await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
  customer = new ApiClient(server.url);
}, 120_000);
afterAll(async () => {
  await server?.close();
  await receiver.close();
});

async function waitFor<T>(what: string, read: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function makeKey(scopes: ApiKeyScope[], authorityId = HELSINKI): Promise<string> {
  const issued = issueApiKey();
  const at = server.ctx.now().toISOString();
  await server.ctx.repos.apiKeys.create(
    { id: issued.id, authorityId, name: 'Asianhallinta', secretHash: issued.secretHash, scopes, ipAllowList: null, expiresAt: null, createdBy: null, createdAt: at },
    { at, actor: { kind: 'system' }, action: 'apiKey.create', targetType: 'api_key', targetId: issued.id },
  );
  return issued.token;
}

async function withKey<T>(token: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(server.url + path, {
    method,
    headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (res.status === 204 ? undefined : await res.json()) as T };
}

async function register(path: string, events: string[]): Promise<CreatedWebhookEndpoint> {
  const made = await admin.post<CreatedWebhookEndpoint>('/api/admin/webhooks', { url: receiver.url + path, description: 'Asianhallinta', events });
  expect(made.status).toBe(201);
  return made.body;
}

async function sendCase(email: string): Promise<{ id: number; reference: string }> {
  const res = await send(customer, { serviceId: 'wastewater-exemption', municipality: '091', email });
  expect(res.status).toBe(201);
  return res.body;
}

const deliveries = async (endpointId: number) => (await admin.get<WebhookDelivery[]>(`/api/admin/webhooks/${endpointId}/deliveries`)).body;
const endpoint = async (endpointId: number) => (await admin.get<WebhookEndpoint>(`/api/admin/webhooks/${endpointId}`)).body;
const headersOf = (r: Received) => ({
  'webhook-id': String(r.headers['webhook-id']), 'webhook-timestamp': String(r.headers['webhook-timestamp']), 'webhook-signature': String(r.headers['webhook-signature']),
});

describe('webhook deliveries', () => {
  it('delivers the case’s events signed by Standard Webhooks, verified by the library, with a thin payload', async () => {
    const hook = await register('/signed', ['case.submitted', 'case.status_changed', 'message.received']);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(hook.state).toBe('active');
    // Shown once: never listed again.
    expect(JSON.stringify((await admin.get('/api/admin/webhooks')).body)).not.toContain(hook.secret);

    const sent = await sendCase('webhook-signed@example.fi');
    const first = await waitFor('case.submitted', () => receiver.at('/signed')[0]);
    const payload = new Webhook(hook.secret).verify(first.body, headersOf(first)) as { type: string; timestamp: string; data: Record<string, unknown> };
    expect(payload).toMatchObject({ type: 'case.submitted', data: { caseId: sent.id, reference: sent.reference, status: 'SUBMITTED' } });
    expect(first.headers['webhook-id']).toMatch(/^msg_/);
    expect(first.headers['content-type']).toBe('application/json');
    expect(first.body).not.toContain('webhook-signed@example.fi');
    expect(() => new Webhook(hook.secret).verify(first.body.replace('SUBMITTED', 'DECIDED'), headersOf(first))).toThrow();

    expect((await handler.post(`/api/cases/${sent.id}/transitions`, { event: 'RECEIVE' })).status).toBe(200);
    const step = await waitFor('case.status_changed', () => receiver.at('/signed')[1]);
    expect(new Webhook(hook.secret).verify(step.body, headersOf(step))).toMatchObject({
      type: 'case.status_changed', data: { caseId: sent.id, status: 'RECEIVED', previousStatus: 'SUBMITTED', event: 'RECEIVE' },
    });

    await signInCustomer(server, customer, 'webhook-signed@example.fi');
    expect((await customer.post(`/api/my/submissions/${sent.id}/messages`, { body: 'Liitteenä vielä asemapiirros.' })).status).toBeLessThan(300);
    const message = await waitFor('message.received', () => receiver.at('/signed')[2]);
    expect(new Webhook(hook.secret).verify(message.body, headersOf(message))).toMatchObject({ type: 'message.received', data: { caseId: sent.id } });
    expect(message.body).not.toContain('asemapiirros');

    // A note is no event, and a type the endpoint did not subscribe to is not sent.
    expect((await handler.post(`/api/cases/${sent.id}/notes`, { body: 'Sisäinen muistiinpano' })).status).toBeLessThan(300);
    const listed = await waitFor('three deliveries recorded', async () => {
      const list = await deliveries(hook.id);
      return list.length === 3 && list.every((d) => d.status === 'delivered') ? list : undefined;
    });
    expect(listed.map((d) => [d.eventType, d.status, d.reference])).toEqual([
      ['message.received', 'delivered', sent.reference],
      ['case.status_changed', 'delivered', sent.reference],
      ['case.submitted', 'delivered', sent.reference],
    ]);
    expect(listed[2].attempts).toEqual([expect.objectContaining({ statusCode: 200, error: null })]);
    expect((await admin.delete(`/api/admin/webhooks/${hook.id}`)).status).toBe(204);
  });

  it('retries after 500s with the same webhook-id, each attempt in the console', async () => {
    const hook = await register('/flaky', ['case.submitted']);
    receiver.plan('/flaky', [500, 503]);
    await sendCase('webhook-flaky@example.fi');
    const [delivery] = await waitFor('the third attempt to succeed', async () => {
      const list = await deliveries(hook.id);
      return list[0]?.status === 'delivered' ? list : undefined;
    });
    expect(delivery.attempts.map((a) => a.statusCode)).toEqual([500, 503, 200]);
    expect(delivery.attempts.every((a) => a.durationMs >= 0 && a.at !== '')).toBe(true);
    const arrived = receiver.at('/flaky');
    expect(arrived).toHaveLength(3);
    expect(new Set(arrived.map((r) => r.headers['webhook-id'])).size).toBe(1);
    // The backoff: the retries came after the configured waits.
    const times = delivery.attempts.map((a) => new Date(a.at).getTime());
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(40);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(80);
    expect((await admin.delete(`/api/admin/webhooks/${hook.id}`)).status).toBe(204);
  });

  it('pauses an endpoint after repeated failed deliveries, alerts the admins, holds its events and delivers them when resumed', async () => {
    const hook = await register('/down', ['case.submitted']);
    receiver.plan('/down', Array(6).fill(500));
    await sendCase('webhook-down-1@example.fi');
    await waitFor('the first delivery to fail for good', async () => (await deliveries(hook.id))[0]?.status === 'failed' || undefined);
    expect((await endpoint(hook.id)).state).toBe('active');
    await sendCase('webhook-down-2@example.fi');
    const paused = await waitFor('the pause', async () => {
      const e = await endpoint(hook.id);
      return e.state === 'paused' ? e : undefined;
    });
    expect(paused.consecutiveFailures).toBe(2);
    const failed = await deliveries(hook.id);
    expect(failed.map((d) => [d.status, d.attempts.length])).toEqual([['failed', 3], ['failed', 3]]);

    // The admins' alert, in Finnish, Swedish and English, naming the endpoint.
    const alert = (await server.outbox()).filter((r) => r.kind === 'webhook_paused').pop();
    expect(alert).toMatchObject({ audience: 'admins', authorityId: HELSINKI, submissionId: null });
    expect(alert?.subject).toContain(`${receiver.url}/down`);
    expect(alert?.body).toMatch(/keskeytetty[\s\S]*pausats[\s\S]*paused/);
    // The admins read it in the outbox; handlers never see it in the desk.
    const outbox = await admin.get<{ items: Array<{ kind: string; audience: string }> }>('/api/admin/outbox');
    expect(outbox.body.items.find((i) => i.kind === 'webhook_paused')?.audience).toBe('admins');
    const desk = await handler.get<{ items: Array<{ kind: string }> }>('/api/desk/alerts');
    expect(JSON.stringify(desk.body)).not.toContain('webhook_paused');

    // Events while paused wait, unsent.
    await sendCase('webhook-down-3@example.fi');
    const held = (await deliveries(hook.id))[0];
    expect(held).toMatchObject({ status: 'pending', nextAttemptAt: null });
    await new Promise((r) => setTimeout(r, 200));
    expect(receiver.at('/down')).toHaveLength(6);

    // The receiver is fixed; the admin resumes and sends the failed ones again.
    expect((await admin.post(`/api/admin/webhooks/${hook.id}/resume`)).status).toBe(200);
    expect((await admin.post(`/api/admin/webhooks/${hook.id}/resume`)).status).toBe(409);
    await waitFor('the held delivery', async () => (await deliveries(hook.id))[0]?.status === 'delivered' || undefined);
    const again = await admin.post<{ count: number }>(`/api/admin/webhooks/${hook.id}/redeliver-failed`);
    expect(again.body).toEqual({ count: 2 });
    const all = await waitFor('every delivery', async () => {
      const list = await deliveries(hook.id);
      return list.every((d) => d.status === 'delivered') ? list : undefined;
    });
    expect(all[2].attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 200]);
    expect((await endpoint(hook.id))).toMatchObject({ state: 'active', consecutiveFailures: 0 });

    // One delivery again from the console: the same message id arrives once more.
    const one = all[0];
    const before = receiver.at('/down').length;
    const redelivered = await admin.post<WebhookDelivery>(`/api/admin/webhooks/${hook.id}/deliveries/${one.id}/redeliver`);
    expect(redelivered.status).toBe(200);
    expect(redelivered.body.status).toBe('pending');
    await waitFor('the redelivery', () => receiver.at('/down').length > before || undefined);
    expect(receiver.at('/down').at(-1)?.headers['webhook-id']).toBe(one.msgId);
    expect((await admin.post(`/api/admin/webhooks/${hook.id}/deliveries/999999/redeliver`)).status).toBe(404);

    const actions = await server.sql<{ action: string; actorKind: string }>(
      `SELECT action, actor_kind AS "actorKind" FROM audit_log WHERE target_type = 'webhook_endpoint' AND target_id = ? AND action LIKE 'webhook.%' ORDER BY id`,
      String(hook.id),
    );
    expect(actions).toEqual([
      { action: 'webhook.endpoint.create', actorKind: 'staff' },
      { action: 'webhook.endpoint.pause', actorKind: 'system' },
      { action: 'webhook.endpoint.resume', actorKind: 'staff' },
      { action: 'webhook.delivery.redeliver_failed', actorKind: 'staff' },
    ]);
    expect((await admin.delete(`/api/admin/webhooks/${hook.id}`)).status).toBe(204);
  });

  it('withholds the deliveries of a case removed as spam, also one under way', async () => {
    const hook = await register('/spam', ['case.submitted', 'case.status_changed']);
    receiver.plan('/spam', [HOLD]);
    const sent = await sendCase('webhook-spam@example.fi');
    await waitFor('the delivery under way', () => receiver.at('/spam')[0]);
    expect((await deliveries(hook.id)).map((d) => d.status)).toEqual(['pending']);
    expect((await handler.post(`/api/cases/${sent.id}/spam`, { reason: 'Mainos' })).status).toBe(200);
    expect(await deliveries(hook.id)).toEqual([]);
    receiver.release();
    await new Promise((r) => setTimeout(r, 200));
    expect(await deliveries(hook.id)).toEqual([]);
    expect((await endpoint(hook.id)).consecutiveFailures).toBe(0);
    expect((await admin.delete(`/api/admin/webhooks/${hook.id}`)).status).toBe(204);
  });

  it('signs with both secrets during a rotation’s grace period', async () => {
    const hook = await register('/rotating', ['case.submitted']);
    const rotated = await admin.post<RotatedWebhookSecret>(`/api/admin/webhooks/${hook.id}/secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(hook.secret);
    expect(new Date(rotated.body.previousSecretValidUntil).getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect((await endpoint(hook.id)).previousSecretValidUntil).toBe(rotated.body.previousSecretValidUntil);
    await sendCase('webhook-rotating@example.fi');
    const got = await waitFor('the delivery', () => receiver.at('/rotating')[0]);
    expect(String(got.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(new Webhook(hook.secret).verify(got.body, headersOf(got))).toMatchObject({ type: 'case.submitted' });
    expect(new Webhook(rotated.body.secret).verify(got.body, headersOf(got))).toMatchObject({ type: 'case.submitted' });
    expect((await admin.delete(`/api/admin/webhooks/${hook.id}`)).status).toBe(204);
  });
});

describe('managing endpoints', () => {
  it('documents the deliveries in the OpenAPI document, one per event', async () => {
    const doc = (await fetch(`${server.url}/api/openapi.json`).then((r) => r.json())) as { webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> }; parameters: Array<{ name: string }> } }> };
    expect(Object.keys(doc.webhooks)).toEqual(['case.submitted', 'case.supplemented', 'case.cancelled', 'case.status_changed', 'message.received']);
    const submitted = doc.webhooks['case.submitted'].post;
    expect(Object.keys(submitted.requestBody.content['application/json'].schema.properties)).toEqual(['type', 'timestamp', 'data']);
    expect(submitted.parameters.map((p) => p.name)).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
  });

  it('refuses URLs that may not be used, naming the problem', async () => {
    for (const [url, problem] of [
      ['ftp://asianhallinta.hel.fi/hooks', /https, not ftp/],
      ['https://kevyt:salasana@asianhallinta.hel.fi/hooks', /user name or password/],
      ['http://asianhallinta.hel.fi/hooks', /https/],
      ['asianhallinta.hel.fi/hooks', /full URL/],
    ] as const) {
      const res = await admin.post<{ error: { code: string; fields: Array<{ path: string; message: string }> } }>('/api/admin/webhooks', { url, events: ['case.submitted'] });
      expect(res.status, url).toBe(422);
      expect(res.body.error.fields[0].path).toBe('url');
      expect(res.body.error.fields[0].message).toMatch(problem);
    }
    const badEvent = await admin.post<{ error: { fields: Array<{ path: string }> } }>('/api/admin/webhooks', { url: `${receiver.url}/x`, events: ['case.deleted'] });
    expect(badEvent.status).toBe(422);
    expect(badEvent.body.error.fields[0].path).toMatch(/^events/);
    expect((await admin.post('/api/admin/webhooks', { url: `${receiver.url}/x`, events: [] })).status).toBe(422);
  });

  it('is the admin’s: handlers are refused, and another authority’s endpoint is 404', async () => {
    const hook = await register('/owned', ['case.cancelled']);
    expect((await handler.get('/api/admin/webhooks')).status).toBe(403);
    expect((await new ApiClient(server.url).get('/api/admin/webhooks')).status).toBe(401);
    const espoo = new ApiClient(server.url);
    await espoo.loginStaff('admin.espoo@kevyt.example', DEMO_PASSWORD);
    expect((await espoo.get<WebhookEndpoint[]>('/api/admin/webhooks')).body.map((e) => e.id)).not.toContain(hook.id);
    expect((await espoo.get(`/api/admin/webhooks/${hook.id}`)).status).toBe(404);
    expect((await espoo.delete(`/api/admin/webhooks/${hook.id}`)).status).toBe(404);
    expect((await espoo.post(`/api/admin/webhooks/${hook.id}/secret`)).status).toBe(404);
    expect((await admin.patch<WebhookEndpoint>(`/api/admin/webhooks/${hook.id}`, { events: ['case.cancelled', 'case.supplemented'] })).body.events).toEqual(['case.cancelled', 'case.supplemented']);
    expect((await admin.delete(`/api/admin/webhooks/${hook.id}`)).status).toBe(204);
    expect((await admin.get(`/api/admin/webhooks/${hook.id}`)).status).toBe(404);
  });

  it('is managed through the integration API with a webhooks:manage key, by the same rules', async () => {
    const manager = await makeKey(['webhooks:manage']);
    const made = await withKey<CreatedWebhookEndpoint>(manager, 'POST', '/api/integration/v1/webhooks', { url: `${receiver.url}/by-key`, events: ['case.submitted'] });
    expect(made.status).toBe(201);
    expect(made.body.secret).toMatch(/^whsec_/);
    expect((await withKey<WebhookEndpoint[]>(manager, 'GET', '/api/integration/v1/webhooks')).body.map((e) => e.id)).toContain(made.body.id);
    // The admin sees what the system registered, and the other way round.
    expect((await admin.get<WebhookEndpoint[]>('/api/admin/webhooks')).body.map((e) => e.id)).toContain(made.body.id);
    const bad = await withKey<{ error: { fields: Array<{ path: string }> } }>(manager, 'POST', '/api/integration/v1/webhooks', { url: 'https://u:p@hel.fi/h', events: ['case.submitted'] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0].path).toBe('url');

    expect((await withKey(await makeKey(['cases:read', 'cases:write']), 'GET', '/api/integration/v1/webhooks')).status).toBe(403);
    expect((await withKey(null, 'GET', '/api/integration/v1/webhooks')).status).toBe(401);
    const espooKey = await makeKey(['webhooks:manage'], 'municipality-049');
    expect((await withKey(espooKey, 'GET', `/api/integration/v1/webhooks/${made.body.id}`)).status).toBe(404);
    expect((await withKey(espooKey, 'DELETE', `/api/integration/v1/webhooks/${made.body.id}`)).status).toBe(404);

    await sendCase('webhook-by-key@example.fi');
    const list = await waitFor('the delivery', async () => {
      const res = await withKey<WebhookDelivery[]>(manager, 'GET', `/api/integration/v1/webhooks/${made.body.id}/deliveries?status=delivered`);
      return res.body.length > 0 ? res.body : undefined;
    });
    expect(list.map((d) => d.eventType)).toEqual(['case.submitted']);
    expect((await withKey(manager, 'GET', `/api/integration/v1/webhooks/${made.body.id}/deliveries?status=lost`)).status).toBe(400);
    expect((await withKey(manager, 'DELETE', `/api/integration/v1/webhooks/${made.body.id}`)).status).toBe(204);

    const uses = (
      await server.sql<{ action: string; actorKind: string }>(`SELECT action, actor_kind AS "actorKind" FROM audit_log WHERE action LIKE '%webhook%' AND actor_kind = 'apiKey' ORDER BY id`)
    ).map((r) => r.action);
    expect(uses).toEqual(expect.arrayContaining(['webhook.endpoint.create', 'integration.webhooks.create', 'integration.webhooks.list', 'webhook.endpoint.delete', 'integration.webhooks.delete']));
  });
});
