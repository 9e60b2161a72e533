/**
 * Another process holds the database's write lock (a backup, a second instance, a long
 * migration): writes answer 503 with Retry-After instead of freezing the server, reads keep being
 * answered meanwhile, and once the lock is gone everything writes again on the same connections.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUSY_RETRY_MS } from '../../server/db/busy';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { DEMO_PASSWORD, deploymentOf, exampleWithUploads, HELSINKI_HANDLER, newKey } from './case-fixtures';

let server: TestServer;
let customer: ApiClient;
let handler: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  customer = new ApiClient(server.url);
  handler = new ApiClient(server.url);
  await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
}, 120_000);
afterAll(() => server?.close());

/** A second connection that takes the write lock and keeps it until released. */
function holdWriteLock(): { release(): void } {
  const other = new Database(server.dbPath);
  other.exec('BEGIN IMMEDIATE');
  other.prepare("INSERT INTO settings (key, value) VALUES ('backup_marker', 'x') ON CONFLICT DO NOTHING").run();
  return {
    release() {
      other.exec('ROLLBACK');
      other.close();
    },
  };
}

describe('while another process holds the write lock', () => {
  it('answers a send 503 with Retry-After after a short wait, while reads keep being answered', async () => {
    const deploymentId = await deploymentOf(customer, '091', 'event-noise');
    const body = () => exampleWithUploads(customer, 'event-noise').then((data) => ({
      deploymentId, municipality: '091', data, contact: { name: 'Aino Virtanen', email: 'aino@example.fi' }, lang: 'fi', idempotencyKey: newKey(),
    }));
    const blocked = await body();
    await customer.token();
    const lock = holdWriteLock();
    try {
      let done = false;
      const reads: Array<{ status: number; ms: number }> = [];
      const reading = (async () => {
        while (!done) {
          const started = performance.now();
          const res = await handler.get('/api/inbox?limit=5');
          reads.push({ status: res.status, ms: performance.now() - started });
          const topics = await customer.get('/api/topics');
          reads.push({ status: topics.status, ms: performance.now() - started });
        }
      })();
      const started = Date.now();
      const res = await customer.post<ApiErrorBody>('/api/submissions', blocked);
      const waited = Date.now() - started;
      done = true;
      await reading;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(res.body.error.code).toBe('busy');
      expect(waited).toBeGreaterThanOrEqual(BUSY_RETRY_MS - 100);
      expect(waited).toBeLessThan(BUSY_RETRY_MS + 3000);
      expect(reads.length).toBeGreaterThan(4);
      expect(reads.every((r) => r.status === 200)).toBe(true);
      expect(Math.max(...reads.map((r) => r.ms))).toBeLessThan(1000);

      // Writes outside the send path answer 503 at once.
      const quick = Date.now();
      const note = await handler.post<ApiErrorBody>('/api/auth/logout');
      expect(note.status).toBe(503);
      expect(note.headers.get('retry-after')).toBe('1');
      expect(Date.now() - quick).toBeLessThan(1000);
    } finally {
      lock.release();
    }
    // The same keep-alive connections write again once the lock is gone.
    const again = await customer.post<{ reference: string }>('/api/submissions', await body());
    expect(again.status).toBe(201);
    expect(again.body.reference).toMatch(/^KV-/);
  });

  it('commits a send that was waiting when the lock is released within the wait', async () => {
    const deploymentId = await deploymentOf(customer, '091', 'event-noise');
    const data = await exampleWithUploads(customer, 'event-noise');
    const lock = holdWriteLock();
    const sending = customer.post<{ reference: string }>('/api/submissions', {
      deploymentId, municipality: '091', data, contact: { name: 'Aino Virtanen', email: 'aino@example.fi' }, lang: 'fi', idempotencyKey: newKey(),
    });
    await new Promise((r) => setTimeout(r, 300));
    lock.release();
    const res = await sending;
    expect(res.status).toBe(201);
  });
});
