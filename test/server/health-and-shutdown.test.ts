/**
 * What a load balancer and an orchestrator see: /healthz and /readyz, and a graceful stop that
 * answers the request in flight and takes no new connection ("draining" on /readyz meanwhile is
 * the readiness rule's, unit-tested in server/health).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedMigrations } from '../../server/health/readiness';
import { ApiClient, startTestServer, type TestServer } from '../support/server';

let server: TestServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

function body(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => resolve(text));
    res.on('error', reject);
  });
}

describe('health and readiness', () => {
  it('answers /healthz and /readyz without a session, never cached', async () => {
    server = await startTestServer();
    const live = await fetch(`${server.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    expect(live.headers.get('cache-control')).toBe('no-store');
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', migrations: shippedMigrations() });
  });

  it('is not ready while a migration of this build is missing from the database', async () => {
    server = await startTestServer();
    server.ctx.sqlite.prepare('DELETE FROM __drizzle_migrations WHERE rowid = (SELECT max(rowid) FROM __drizzle_migrations)').run();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not_ready', reason: 'migrations_pending', applied: shippedMigrations() - 1, expected: shippedMigrations() });
  });
});

describe('a graceful stop', () => {
  it('answers the request in flight, then takes no new connection', async () => {
    server = await startTestServer();
    const running = server;
    const client = new ApiClient(running.url);
    const token = await client.token();
    const url = new URL('/api/submissions', running.url);
    const payload = JSON.stringify({ deploymentId: 999999, lang: 'fi', data: {}, contact: { name: 'Aino', email: 'aino@example.fi' } });
    // A send whose body is still on its way when the stop begins.
    const answer = new Promise<IncomingMessage>((resolve, reject) => {
      const req = httpRequest(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-csrf-token': token, cookie: client.cookieHeader(), 'idempotency-key': 'graceful-stop-1' },
      }, resolve);
      req.on('error', reject);
      req.write(payload.slice(0, 10));
      setTimeout(() => req.end(payload.slice(10)), 400);
    });
    await new Promise((r) => setTimeout(r, 100));
    const closing = running.close();
    server = null;
    const res = await answer;
    // The send was read whole and answered (an unknown deployment), not cut off.
    expect(res.statusCode).toBe(422);
    // Its fields are named from the whole body, so the body was read to the end.
    expect(JSON.parse(await body(res))).toMatchObject({ error: { code: 'validation_failed', fields: expect.arrayContaining([{ path: 'municipality', message: 'Required' }]) } });
    await closing;
    await expect(fetch(`${running.url}/readyz`)).rejects.toThrow();
  });
});
