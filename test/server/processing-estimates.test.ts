/**
 * Processing-time estimates through the real routes: decided cases made with a controlled clock
 * (the server's `ctx.now`, set back in time so the staff's sessions stay fresh), some of which
 * waited for the customer's supplement, one cancelled after its decision and one removed as spam;
 * the estimate read from the public form answer, the desk's case and the admin's deployment list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, helsinkiDay } from '../../server/cases/due-dates';
import { timeOlderCases } from '../../server/estimates/case-times';
import { dropFigures } from '../../server/estimates/estimate-store';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD, HELSINKI_ADMIN, HELSINKI_HANDLER, deploymentOf, send, signInCustomer } from './case-fixtures';

type Estimate = { kind: 'measured'; medianDays: number; p80Days: number; cases: number } | { kind: 'target'; days: number } | null;

const DAY = 24 * 3600_000;
const HOUR = 3600_000;
const SERVICE = 'wastewater-exemption';
/** The working days of the twelve cases that count; shortest first: 3 5 6 8 9 9 10 12 15 21 25 30. */
const WORKING_DAYS = [9, 21, 3, 12, 30, 6, 15, 8, 25, 5, 10, 9];
/** The cases (by index) that waited a week for the customer's supplement before their decision. */
const WAITED = new Set([1, 4]);

let server: TestServer;
let handler: ApiClient;
let admin: ApiClient;
let customer: ApiClient;
let deploymentId: number;
const customerEmail = 'kaisa.lindholm@example.fi';
/** The instant the whole history starts: sixty days ago, so every step lies before the sessions' last use. */
const start = Date.now() - 60 * DAY;

beforeAll(async () => {
  server = await startTestServer({ config: { rateLimitAllow: ['127.0.0.1'] } });
  handler = new ApiClient(server.url);
  admin = new ApiClient(server.url);
  customer = new ApiClient(server.url);
  await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
  await admin.loginStaff(HELSINKI_ADMIN, DEMO_PASSWORD);
  await signInCustomer(server, customer, customerEmail);
  deploymentId = await deploymentOf(customer, '091', SERVICE);
}, 120_000);
afterAll(() => server?.close());

/** Runs `step` with the server's clock at `at`. */
async function at<T>(instant: number, step: () => Promise<T>): Promise<T> {
  server.ctx.now = () => new Date(instant);
  try {
    return await step();
  } finally {
    server.ctx.now = () => new Date();
  }
}

async function fire(id: number, event: string, body: Record<string, unknown> = {}) {
  const res = await handler.post(`/api/cases/${id}/transitions`, { event, ...body });
  expect(res.status, `${event} on case ${id}: ${JSON.stringify(res.body)}`).toBe(200);
}

async function decide(id: number) {
  const form = new FormData();
  form.append('text', 'Vapautus myönnetään.');
  const res = await handler.request('POST', `/api/cases/${id}/decision`, { raw: form });
  expect(res.status).toBe(201);
}

/** Sends a case at `sentAt` and decides it `workingDays` later, after a week's wait for the customer when `waits`. */
async function decidedCase(n: number, sentAt: number, workingDays: number, waits: boolean, email: string): Promise<number> {
  const sent = await at(sentAt, () => send(customer, { serviceId: SERVICE, municipality: '091', email, name: `Asiakas ${n}` }));
  expect(sent.status).toBe(201);
  const id = sent.body.id;
  await at(sentAt + HOUR, () => fire(id, 'RECEIVE'));
  await at(sentAt + 2 * HOUR, () => fire(id, 'START'));
  let waited = 0;
  if (waits) {
    const askedAt = sentAt + 1 * DAY;
    await at(askedAt, () => fire(id, 'REQUEST_INFO', { comment: 'Lisätkää kaivon etäisyys.', replyBy: addDays(helsinkiDay(new Date(askedAt)), 14) }));
    waited = 7 * DAY;
    await at(askedAt + waited, async () => {
      const res = await customer.post(`/api/my/submissions/${id}/supplement`, { data: { residents: 3 }, message: 'Noin 150 metriä.', lang: 'fi' });
      expect(res.status).toBe(200);
    });
  }
  await at(sentAt + workingDays * DAY + waited, () => decide(id));
  return id;
}

const formEstimate = async () => (await customer.get<{ estimate: Estimate }>(`/api/deployments/${deploymentId}/form?lang=fi`)).body.estimate;
const adminEstimate = async () => (await admin.get<Array<{ id: number; estimate: Estimate }>>('/api/deployments')).body.find((d) => d.id === deploymentId)?.estimate;
const caseEstimate = async (id: number) => (await handler.get<{ estimate: Estimate }>(`/api/cases/${id}?lang=fi`)).body.estimate;

describe('processing-time estimates', () => {
  const ids: number[] = [];

  it('before ten decided cases: the deployment’s response time, as a target', async () => {
    expect(await formEstimate()).toEqual({ kind: 'target', days: 14 });
    expect(await adminEstimate()).toEqual({ kind: 'target', days: 14 });
    for (let i = 0; i < 9; i++) {
      // Cases that wait for a supplement are sent by the signed-in customer; the rest by others.
      const email = WAITED.has(i) ? customerEmail : `asiakas.${i}@example.fi`;
      ids.push(await decidedCase(i, start + i * HOUR, WORKING_DAYS[i], WAITED.has(i), email));
    }
    expect(await formEstimate()).toEqual({ kind: 'target', days: 14 });
    expect(await caseEstimate(ids[0])).toEqual({ kind: 'target', days: 14 });
  }, 120_000);

  it('from ten: the median and the 80th percentile of the working time, without the weeks spent waiting for the customer', async () => {
    for (let i = 9; i < WORKING_DAYS.length; i++) ids.push(await decidedCase(i, start + i * HOUR, WORKING_DAYS[i], false, `asiakas.${i}@example.fi`));
    // Twelve cases, shortest first 3 5 6 8 9 9 10 12 15 21 25 30: the 6th is the median, the 10th the 80th percentile.
    const measured = { kind: 'measured', medianDays: 9, p80Days: 21, cases: 12 };
    expect(await formEstimate()).toEqual(measured);
    expect(await adminEstimate()).toEqual(measured);
    expect(await caseEstimate(ids[3])).toEqual(measured);
    const versioned = await customer.get<{ packVersion: number }>(`/api/deployments/${deploymentId}/form?lang=sv`);
    const pinned = await customer.get<{ estimate: Estimate }>(`/api/deployments/${deploymentId}/form?lang=sv&version=${versioned.body.packVersion}`);
    expect(pinned.body.estimate).toEqual(measured);
  }, 120_000);

  it('leaves out a case cancelled after its decision, one removed as spam and cases still open', async () => {
    const cancelled = await decidedCase(20, start + 20 * HOUR, 1, false, customerEmail);
    await at(start + 3 * DAY, async () => {
      const res = await customer.post(`/api/my/submissions/${cancelled}/cancel`, { reason: 'Ei tarpeen.' });
      expect(res.status).toBe(200);
    });
    const spam = await decidedCase(21, start + 21 * HOUR, 1, false, 'roska@example.fi');
    expect((await handler.post(`/api/cases/${spam}/spam`, { reason: 'Roskaa' })).status).toBe(200);
    const open = await send(customer, { serviceId: SERVICE, municipality: '091', email: 'avoin@example.fi' });
    expect(open.status).toBe(201);
    expect(await formEstimate()).toEqual({ kind: 'measured', medianDays: 9, p80Days: 21, cases: 12 });
  }, 120_000);

  it('times the cases decided before the estimates existed once, on start, to the same figures', async () => {
    await server.sql('DELETE FROM processing_times');
    await server.sql(`DELETE FROM settings WHERE key = 'processing_times_filled_at'`);
    dropFigures(server.ctx, SERVICE, 'municipality-091');
    expect(await formEstimate()).toEqual({ kind: 'target', days: 14 });
    await timeOlderCases(server.ctx);
    dropFigures(server.ctx, SERVICE, 'municipality-091');
    expect(await formEstimate()).toEqual({ kind: 'measured', medianDays: 9, p80Days: 21, cases: 12 });
  });

  it('is measured per authority: another authority’s same service still shows its own response time', async () => {
    const espoo = await deploymentOf(customer, '049', SERVICE);
    const form = await customer.get<{ estimate: Estimate; respondWithinDays: number | null; authority: { id: string } }>(`/api/deployments/${espoo}/form?lang=fi`);
    expect(form.body.authority.id).toBe('municipality-049');
    expect(form.body.respondWithinDays).toEqual(expect.any(Number));
    expect(form.body.estimate).toEqual({ kind: 'target', days: form.body.respondWithinDays });
  });
});
