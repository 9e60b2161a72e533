/**
 * A developer without SMTP reads the demo customer's sign-in code in the server's console and
 * signs in with it; a production server prints nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startKeptAlertEcho } from '../../server/alerts/console-echo';
import { ApiClient, startTestServer, type TestServer } from '../support/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
}, 180_000);

afterAll(async () => {
  await server?.close();
});

describe('kept alerts in the console', () => {
  it('prints the sign-in code of the demo customer in dev mode, and the code signs them in', async () => {
    const lines: string[] = [];
    const stop = await startKeptAlertEcho(server.ctx, { smtpUrl: null, nodeEnv: 'development' }, (l) => lines.push(l), 20);
    expect(stop).not.toBeNull();
    try {
      const customer = new ApiClient(server.url);
      expect((await customer.post('/api/customer/code', { email: 'asiakas@kevyt.example', lang: 'fi' })).status).toBe(202);
      await vi.waitFor(() => expect(lines.some((l) => l.includes('asiakas@kevyt.example'))).toBe(true), { timeout: 5000 });
      const line = lines.find((l) => l.includes('asiakas@kevyt.example')) ?? '';
      expect(line).toMatch(/^\[outbox\] to asiakas@kevyt\.example: Kirjautumiskoodisi: \d{6} — sign-in code \d{6}$/);
      const code = /sign-in code (\d{6})$/.exec(line)?.[1];
      const session = await customer.post('/api/customer/session', { email: 'asiakas@kevyt.example', code });
      expect(session.status).toBe(200);
    } finally {
      stop?.();
    }
  });

  it('prints nothing in production mode', async () => {
    const lines: string[] = [];
    const stop = await startKeptAlertEcho(server.ctx, { smtpUrl: null, nodeEnv: 'production' }, (l) => lines.push(l), 20);
    expect(stop).toBeNull();
    const customer = new ApiClient(server.url);
    expect((await customer.post('/api/customer/code', { email: 'matti.virtanen@posti.example', lang: 'fi' })).status).toBe(202);
    await new Promise((r) => setTimeout(r, 200));
    expect((await server.outbox()).some((a) => a.kind === 'sign_in_code' && a.toEmail === 'matti.virtanen@posti.example')).toBe(true);
    expect(lines).toEqual([]);
  });
});
