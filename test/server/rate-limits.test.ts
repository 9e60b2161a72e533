/**
 * Flooding: sends are limited per client address and per contact e-mail address (each send mails
 * a receipt there), uploads by bytes per address, sign-ins per address and e-mail; a request past a
 * limit is answered 429 with Retry-After. The counters live in the database, so a second instance
 * on the same database (or the same one after a restart) refuses the same client.
 *
 * Clients are told apart by X-Forwarded-For, which the server trusts from its loopback proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app';
import type { BaseConfig } from '../../server/config';
import { ApiClient, startTestServer, type ApiErrorBody, type ApiResponse, type RequestOptions, type TestServer } from '../support/server';
import { DEMO_PASSWORD, HELSINKI_HANDLER, PDF, send, type Receipt } from './case-fixtures';

/** A client whose requests reach the server through the loopback proxy from `address`. */
class ClientAt extends ApiClient {
  constructor(baseUrl: string, readonly address: string) {
    super(baseUrl);
  }
  override request<T = unknown>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    return super.request<T>(method, path, { ...opts, headers: { 'x-forwarded-for': this.address, ...opts.headers } });
  }
}

const LIMITS: Partial<BaseConfig> = {
  sendLimitPerAddress: 4,
  sendLimitPerEmail: 3,
  uploadBytesPerAddress: 64 * 1024,
  rateLimitAllow: ['198.51.100.0/24'],
};

let server: TestServer;
let second: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ config: LIMITS });
  second = await secondInstance();
}, 120_000);
afterAll(async () => {
  await second?.close();
  await server?.close();
});

/** Another instance of the app on the same database (SQLite file or PostgreSQL database), as behind a load balancer. */
function secondInstance(): Promise<RunningServer> {
  const { sessionSecret, csrfSecret, databaseUrl } = server.ctx.config;
  return startServer({
    dbPath: server.dbPath, filesDir: server.filesDir, port: 0, host: '127.0.0.1', seed: false, smtpUrl: null,
    config: { ...LIMITS, cookieSecure: false, sessionSecret, csrfSecret, databaseUrl },
  });
}

function expectLimited(res: ApiResponse<unknown>, maxSeconds: number): void {
  expect(res.status).toBe(429);
  expect((res.body as ApiErrorBody).error.code).toBe('rate_limited');
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
}

describe('sends', () => {
  it('refuses a fourth send with one contact e-mail address in an hour, from any address and either instance', async () => {
    const victim = 'uhri.postilaatikko@example.fi';
    for (const address of ['203.0.113.10', '203.0.113.11', '203.0.113.12']) {
      const res = await send(new ClientAt(server.url, address), { serviceId: 'event-noise', municipality: '091', email: victim });
      expect(res.status).toBe(201);
    }
    const again = await send(new ClientAt(second.url, '203.0.113.13'), { serviceId: 'event-noise', municipality: '091', email: victim });
    expectLimited(again, 3600);
    expect((again.body as unknown as ApiErrorBody).error.message).toMatch(/contact e-mail address/);
    const receipts = (await server.outbox()).filter((r) => r.kind === 'receipt' && r.toEmail === victim);
    expect(receipts).toHaveLength(3);
  });

  it('refuses a fifth send from one address in ten minutes, while another address still sends', async () => {
    const flooder = new ClientAt(server.url, '203.0.113.20');
    for (let i = 0; i < 4; i++) {
      const res = await send(flooder, { serviceId: 'event-noise', municipality: '091', email: `lahettaja${i}@example.fi` });
      expect(res.status).toBe(201);
    }
    const fifth = await send(new ClientAt(second.url, '203.0.113.20'), { serviceId: 'event-noise', municipality: '091', email: 'lahettaja5@example.fi' });
    expectLimited(fifth, 600);
    const other = await send(new ClientAt(server.url, '203.0.113.21'), { serviceId: 'event-noise', municipality: '091', email: 'toinen@example.fi' });
    expect(other.status).toBe(201);
  });

  it('counts nothing for an allow-listed address', async () => {
    const bench = new ClientAt(server.url, '198.51.100.7');
    for (let i = 0; i < 6; i++) {
      const res = await send(bench, { serviceId: 'event-noise', municipality: '091', email: 'kuormitus@example.fi' });
      expect(res.status).toBe(201);
    }
  });

  it('keeps hashes in its counters, never the address or the e-mail address', async () => {
    const keys = (await server.sql<{ key: string }>('SELECT key FROM rate_limits')).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toMatch(/203\.0\.113|example\.fi/);
  });
});

describe('uploads', () => {
  it('refuses uploads past the bytes an address may send in an hour, before reading a body that would pass it', async () => {
    const uploader = new ClientAt(server.url, '203.0.113.30');
    const file = Buffer.concat([PDF, Buffer.alloc(25 * 1024, 0x20)]);
    const form = () => {
      const f = new FormData();
      f.append('file', new Blob([new Uint8Array(file)], { type: 'application/pdf' }), 'asemapiirros.pdf');
      return f;
    };
    expect((await uploader.request('POST', '/api/attachments', { raw: form() })).status).toBe(201);
    expect((await uploader.request('POST', '/api/attachments', { raw: form() })).status).toBe(201);
    const third = await new ClientAt(second.url, '203.0.113.30').request<ApiErrorBody>('POST', '/api/attachments', { raw: form() });
    expectLimited(third, 3600);
    expect(third.body.error.message).toBe('This address has reached its upload quota of 0.06 MiB an hour; try again later');
    expect((await new ClientAt(server.url, '203.0.113.31').request('POST', '/api/attachments', { raw: form() })).status).toBe(201);
  });
});

describe('sign-ins', () => {
  it('refuses the eleventh failed staff sign-in in a minute on the other instance too, and counts no successful one', async () => {
    const guesser = new ClientAt(server.url, '203.0.113.40');
    for (let i = 0; i < 10; i++) {
      const res = await guesser.post('/api/auth/login', { email: HELSINKI_HANDLER, password: `arvaus-${i}` });
      expect(res.status).toBe(401);
    }
    const eleventh = await new ClientAt(second.url, '203.0.113.40').post('/api/auth/login', { email: HELSINKI_HANDLER, password: DEMO_PASSWORD });
    expectLimited(eleventh, 60);
    const handler = new ClientAt(server.url, '203.0.113.41');
    for (let i = 0; i < 12; i++) expect((await handler.post('/api/auth/login', { email: HELSINKI_HANDLER, password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('refuses the eleventh customer sign-in attempt from one address and e-mail address', async () => {
    const guesser = new ClientAt(server.url, '203.0.113.50');
    for (let i = 0; i < 10; i++) {
      const res = await guesser.post('/api/customer/session', { email: 'aino.virtanen@example.fi', code: String(100000 + i) });
      expect(res.status).toBe(401);
    }
    expectLimited(await guesser.post('/api/customer/session', { email: 'aino.virtanen@example.fi', code: '123456' }), 900);
  });
});

describe('the counters survive a restart', () => {
  it('still refuses the flooding address after the instance is restarted on the same database', async () => {
    await second.close();
    second = await secondInstance();
    const res = await send(new ClientAt(second.url, '203.0.113.20'), { serviceId: 'event-noise', municipality: '091', email: 'lahettaja6@example.fi' });
    expectLimited(res, 600);
    const receipt = res.body as unknown as Receipt;
    expect(receipt.reference).toBeUndefined();
  });
});
