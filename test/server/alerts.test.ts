import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raiseDeadlineAlerts } from '../../server/alerts/deadline-alerts';
import { retryDelayMs } from '../../server/alerts/delivery';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import { COORDINATOR, DEMO_PASSWORD, ESPOO_HANDLER, HELSINKI_ADMIN, HELSINKI_HANDLER, send, signInCustomer, type Receipt } from './case-fixtures';

interface Mail {
  from: string;
  to: string[];
  raw: string;
}

let smtp: SMTPServer;
let server: TestServer;
let failuresLeft = 1;
const received: Mail[] = [];
let customer: ApiClient;
let sent: Receipt;

async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (failuresLeft > 0) {
          failuresLeft--;
          callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
          return;
        }
        const from = session.envelope.mailFrom;
        received.push({ from: from ? from.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  server = await startTestServer({ smtpUrl: `smtp://127.0.0.1:${port}` });
  customer = new ApiClient(server.url);
  sent = (await send(customer, { serviceId: 'wastewater-exemption', municipality: '091', email: 'erik.holmstrom@example.fi', lang: 'en' })).body;
}, 120_000);

afterAll(async () => {
  await server?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('alert delivery by SMTP', () => {
  it('retries a failed send with backoff and then delivers every alert', async () => {
    const rows = async () => (await server.outbox()).filter((r) => r.submissionId === sent.id);
    await until(async () => (await rows()).every((r) => r.attempts >= 1), 'the first delivery round');
    const failed = (await rows()).filter((r) => r.status === 'pending');
    expect(failed).toHaveLength(1);
    expect(failed[0].lastError).toContain('Mailbox busy');
    const retryAt = new Date(failed[0].nextAttemptAt ?? '').getTime();
    expect(retryAt - new Date(failed[0].createdAt).getTime()).toBeGreaterThanOrEqual(retryDelayMs(1) - 1000);

    // Time passes: the retry falls due.
    const realNow = server.ctx.now;
    server.ctx.now = () => new Date(Date.now() + retryDelayMs(1) + 1000);
    try {
      await until(async () => (await rows()).every((r) => r.status === 'sent'), 'the retry');
    } finally {
      server.ctx.now = realNow;
    }
    const done = await rows();
    expect(done.find((r) => r.id === failed[0].id)?.attempts).toBe(2);

    const toAuthority = received.find((m) => m.raw.includes(`New submission "`) && m.raw.includes(sent.reference));
    expect(toAuthority?.to.sort()).toEqual([HELSINKI_ADMIN, HELSINKI_HANDLER].sort());
    expect(toAuthority?.raw).not.toMatch(/^To:/m);
    const receipt = received.find((m) => m.to.includes('erik.holmstrom@example.fi'));
    expect(receipt?.raw).toMatch(/Subject: Your submission has been received/);
  });

  it('backs off exponentially up to six hours', () => {
    expect([1, 2, 3].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000]);
    expect(retryDelayMs(30)).toBe(6 * 3600_000);
  });
});

const CODE_SUBJECT = /Subject: (?:Kirjautumiskoodisi|Din inloggningskod|Your sign-in code): (\d{6})/;

/** The code of the newest sign-in mail the SMTP server received for `email` (waits for it). */
async function mailedCode(email: string): Promise<string | undefined> {
  const before = received.length;
  let code: string | undefined;
  await until(() => {
    const mail = received.slice(before).find((m) => m.to.includes(email) && CODE_SUBJECT.test(m.raw));
    code = mail && CODE_SUBJECT.exec(mail.raw)?.[1];
    return code !== undefined;
  }, `the sign-in mail to ${email}`);
  return code;
}

describe('sign-in codes by SMTP', () => {
  it('mails the code, and keeps it in the outbox row only encrypted, and only until it is delivered', async () => {
    const email = 'saara.virtanen@aurajoenkulttuuri.fi';
    const client = new ApiClient(server.url);
    const waiting = mailedCode(email);
    expect((await client.post('/api/customer/code', { email, lang: 'fi' })).status).toBe(202);
    const row = async () =>
      (await server.sql<{ subject: string; body: string; secret: string | null; status: string }>(
        "SELECT subject, body, secret, status FROM outbox WHERE kind = 'sign_in_code' AND to_email = ? ORDER BY id DESC LIMIT 1",
        email,
      ))[0];
    const queued = await row();
    expect(queued.subject).toBe('Kirjautumiskoodisi: {secret}');
    expect(queued.body).not.toMatch(/\d{6}/);
    expect(queued.secret).toEqual(expect.any(String));
    const code = await waiting;
    expect(code).toMatch(/^\d{6}$/);
    await until(async () => (await row()).status === 'sent', 'the sent mark');
    expect(await row()).toMatchObject({ secret: null, subject: 'Kirjautumiskoodisi: {secret}' });
    expect(JSON.stringify(await row())).not.toContain(code);
    expect((await client.post('/api/customer/session', { email, code })).status).toBe(200);
  });
});

describe('deadline-near alerts', () => {
  it('alerts the authority once when two days or less remain, never for a closed case', async () => {
    const cancelled = (await send(customer, { serviceId: 'wastewater-exemption', municipality: '091', email: 'aino.virtanen@example.fi' })).body;
    const aino = new ApiClient(server.url);
    await signInCustomer(server, aino, 'aino.virtanen@example.fi', () => mailedCode('aino.virtanen@example.fi'));
    expect((await aino.post(`/api/my/submissions/${cancelled.id}/cancel`, {})).status).toBe(200);

    expect(await raiseDeadlineAlerts(server.ctx)).toBe(0);
    const realNow = server.ctx.now;
    server.ctx.now = () => new Date(Date.now() + 12.5 * 24 * 3600_000);
    try {
      expect(await raiseDeadlineAlerts(server.ctx)).toBe(1);
      expect(await raiseDeadlineAlerts(server.ctx)).toBe(0);
    } finally {
      server.ctx.now = realNow;
    }
    const alerts = (await server.outbox()).filter((r) => r.kind === 'deadline_near');
    expect(alerts.map((a) => a.submissionId)).toEqual([sent.id]);
    expect(alerts[0].body).toContain('(2 pv)');
  });
});

describe('desk alerts and the admin outbox', () => {
  it('shows the authority’s alerts unread first, and marks one read', async () => {
    const handler = new ApiClient(server.url);
    await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
    const list = await handler.get<{ items: Array<{ id: number; kind: string; reference: string | null; readAt: string | null }>; unread: number }>('/api/desk/alerts');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.unread).toBe(list.body.items.filter((i) => i.readAt === null).length);
    const first = list.body.items.find((i) => i.kind === 'new_submission' && i.reference === sent.reference);
    expect(first).toBeDefined();
    const read = await handler.post<{ readAt: string }>(`/api/desk/alerts/${first?.id}/read`);
    expect(read.status).toBe(200);
    const after = await handler.get<{ items: Array<{ id: number; readAt: string | null }>; unread: number }>('/api/desk/alerts');
    expect(after.body.unread).toBe(list.body.unread - 1);
    expect(after.body.items.at(-1)?.id).toBe(first?.id);

    const espoo = new ApiClient(server.url);
    await espoo.loginStaff(ESPOO_HANDLER, DEMO_PASSWORD);
    expect((await espoo.post<ApiErrorBody>(`/api/desk/alerts/${first?.id}/read`)).status).toBe(404);
    expect((await espoo.get<{ items: unknown[] }>('/api/desk/alerts')).body.items).toEqual([]);
  });

  it('lets an admin see the own authority’s alerts and a coordinator all, sign-in codes hidden', async () => {
    const admin = new ApiClient(server.url);
    await admin.loginStaff(HELSINKI_ADMIN, DEMO_PASSWORD);
    const mine = await admin.get<{ items: Array<{ authorityId: string | null; status: string }> }>('/api/admin/outbox');
    expect(mine.status).toBe(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    expect(mine.body.items.every((i) => i.authorityId === 'municipality-091')).toBe(true);
    const coordinator = new ApiClient(server.url);
    await coordinator.loginStaff(COORDINATOR, DEMO_PASSWORD);
    const all = await coordinator.get<{ items: Array<{ kind: string; subject: string; body: string }> }>('/api/admin/outbox');
    const code = all.body.items.find((i) => i.kind === 'sign_in_code');
    expect(code?.body).toBe('(hidden)');
    expect(code?.subject).not.toMatch(/\d{6}/);
    const handler = new ApiClient(server.url);
    await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
    expect((await handler.get('/api/admin/outbox')).status).toBe(403);
  });
});
