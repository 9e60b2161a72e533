/**
 * An authority sees and removes spam: a handler (or the authority's admin) removes a case as spam,
 * and it leaves the inbox, its counts, the exports and the customer's list; its alerts not yet
 * mailed are withheld; the audit log keeps who removed it, when and why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, startTestServer, type ApiErrorBody, type TestServer } from '../support/server';
import {
  DEMO_PASSWORD, DESIGNER, ESPOO_HANDLER, HELSINKI_ADMIN, HELSINKI_HANDLER, send, signInCustomer, type Receipt,
} from './case-fixtures';
import type { InboxPage as InboxBody } from '../../api-contract';

const VICTIM = 'uhri@example.fi';

let server: TestServer;
let handler: ApiClient;
let spam: Receipt[];

beforeAll(async () => {
  server = await startTestServer();
  handler = new ApiClient(server.url);
  await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
  const sender = new ApiClient(server.url);
  spam = [];
  for (let i = 0; i < 3; i++) spam.push((await send(sender, { serviceId: 'event-noise', municipality: '091', email: VICTIM, name: `Roska ${i}` })).body);
}, 120_000);
afterAll(() => server?.close());

describe('removing a case as spam', () => {
  it('takes the case out of the inbox and its counts, withholds its unsent alerts and records it in the audit log', async () => {
    const before = await handler.get<InboxBody>('/api/inbox');
    const [first] = spam;
    const res = await handler.post<{ id: number; reference: string; removed: boolean }>(`/api/cases/${first.id}/spam`, { reason: 'Sama roskalähetys kolmesti' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: first.id, reference: first.reference, removed: true });

    const after = await handler.get<InboxBody>('/api/inbox');
    expect(after.body.items.map((i) => i.id)).not.toContain(first.id);
    expect(after.body.counts.SUBMITTED).toBe(before.body.counts.SUBMITTED - 1);
    expect((await handler.get<InboxBody>(`/api/inbox?q=${first.reference}`)).body.items).toEqual([]);
    expect((await handler.get(`/api/cases/${first.id}`)).status).toBe(404);
    expect((await handler.post(`/api/cases/${first.id}/spam`, {})).status).toBe(404);
    const csv = await handler.get<string>('/api/inbox/export.csv');
    expect(csv.body).not.toContain(first.reference);
    expect(csv.body).toContain(spam[1].reference);

    const alerts = (await server.outbox()).filter((r) => r.submissionId === first.id);
    expect(alerts.map((a) => [a.kind, a.status])).toEqual([['new_submission', 'withheld'], ['receipt', 'withheld']]);
    expect(alerts.every((a) => a.audience !== 'authority' || a.readAt !== null)).toBe(true);
    const desk = await handler.get<{ items: Array<{ submissionId: number | null }> }>('/api/desk/alerts');
    expect(desk.body.items.some((i) => i.submissionId === first.id)).toBe(false);

    const [audit] = await server.sql<{ actor: string; details: string }>(
      "SELECT actor_email AS actor, details_json AS details FROM audit_log WHERE action = 'case.remove_spam' AND target_id = ?",
      String(first.id),
    );
    expect(audit.actor).toBe(HELSINKI_HANDLER);
    expect(JSON.parse(audit.details)).toMatchObject({ reference: first.reference, contactEmail: VICTIM, reason: 'Sama roskalähetys kolmesti' });
    // Nothing is erased: the row is kept, marked.
    const [row] = await server.sql<{ removedAt: string | null }>('SELECT removed_at AS "removedAt" FROM submissions WHERE id = ?', first.id);
    expect(row.removedAt).not.toBeNull();
  });

  it('lets the authority’s admin remove one too, and no one else', async () => {
    const admin = new ApiClient(server.url);
    await admin.loginStaff(HELSINKI_ADMIN, DEMO_PASSWORD);
    const espoo = new ApiClient(server.url);
    await espoo.loginStaff(ESPOO_HANDLER, DEMO_PASSWORD);
    expect((await espoo.post<ApiErrorBody>(`/api/cases/${spam[1].id}/spam`, {})).status).toBe(404);
    const designer = new ApiClient(server.url);
    await designer.loginStaff(DESIGNER, DEMO_PASSWORD);
    expect((await designer.post(`/api/cases/${spam[1].id}/spam`, {})).status).toBe(403);
    expect((await new ApiClient(server.url).post(`/api/cases/${spam[1].id}/spam`, {})).status).toBe(401);
    expect((await admin.post(`/api/cases/${spam[1].id}/spam`)).status).toBe(200);
    const long = await admin.post<ApiErrorBody>(`/api/cases/${spam[2].id}/spam`, { reason: 'x'.repeat(1001) });
    expect(long.status).toBe(422);
    expect(long.body.error.fields[0].path).toBe('reason');
  });

  it('hides a removed case from the customer whose address it used', async () => {
    const victim = new ApiClient(server.url);
    await signInCustomer(server, victim, VICTIM);
    const mine = await victim.get<Array<{ id: number }>>('/api/my/submissions');
    expect(mine.body.map((s) => s.id)).toEqual([spam[2].id]);
    expect((await victim.get(`/api/my/submissions/${spam[0].id}`)).status).toBe(404);
  });
});
