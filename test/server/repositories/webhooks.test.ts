/**
 * Webhook endpoints, deliveries and attempts on SQLite and PostgreSQL from the same data: the same
 * endpoints and deliveries after the same calls, a delivery claimed once by two instances' loops,
 * a failing endpoint paused with its alert and audit row in one unit of work; and the estimates' data alike.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createPgEstimateRepository } from '../../../server/estimates/pg-estimate-repository';
import { createSqliteEstimateRepository } from '../../../server/estimates/sqlite-estimate-repository';
import { createPgWebhookRepository } from '../../../server/webhooks/pg-webhook-repository';
import type { WebhookPayload } from '../../../server/webhooks/webhook-events';
import type { EndpointFailures, WebhookRepository } from '../../../server/webhooks/webhook-repository';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';
import { AUTHORITY, seedCases, type CaseData } from './case-data';

const AT = '2026-12-07T10:00:00.000Z';
const payload = (caseId: number): WebhookPayload => ({ type: 'case.submitted', timestamp: AT, data: { caseId, reference: `KV-2026-00000${caseId}`, status: 'SUBMITTED' } });
const audit = (action: string) => ({ at: AT, actor: { kind: 'system' as const }, action, targetType: 'webhook_endpoint', targetId: 0 });
const AUDIT_ROWS = `SELECT action, target_id AS "targetId" FROM audit_log WHERE action LIKE 'webhook.%' ORDER BY id`;
const ALERTS = `SELECT kind, audience, subject FROM outbox WHERE audience = 'admins' ORDER BY id`;

/** Without the message ids, which each database draws for itself. */
const withoutMsgIds = <T extends { msgId: string }>(rows: T[]) => rows.map(({ msgId: _msgId, ...rest }) => rest);

describe.skipIf(!POSTGRES_AVAILABLE)('webhooks and estimates on both databases', () => {
  const databases = useBothDatabases('webhooks', seedCases);
  let data: CaseData;
  beforeAll(() => {
    data = databases.seeded;
  });

  /** The same calls on both; their answers, compared. */
  async function both<T>(call: (repo: WebhookRepository | ReturnType<typeof createPgWebhookRepository>) => T | Promise<T>): Promise<T> {
    const want = await call(databases.sqlite.ctx.repos.webhooks);
    const got = await call(createPgWebhookRepository(databases.pool));
    expect(got).toEqual(want);
    return got;
  }

  it('keeps the same endpoints and deliveries through create, update, rotate, queue, redeliver and remove', async () => {
    const id = await both((r) =>
      r.create({ authorityId: AUTHORITY, url: 'https://asianhallinta.hel.fi/kevyt', description: 'Asianhallinta', events: ['case.submitted'], secretSealed: 's1', at: AT }, (n) => ({
        ...audit('webhook.endpoint.create'),
        targetId: n,
      })),
    );
    await both((r) => r.update(id, AUTHORITY, { description: 'Uusi', events: ['case.submitted', 'case.status_changed'] }, AT, audit('webhook.endpoint.update')));
    await both((r) => r.update(id, 'municipality-853', { description: 'x' }, AT, audit('webhook.endpoint.update')));
    await both((r) => r.rotateSecret(id, AUTHORITY, { secretSealed: 's2', previousSecretSealed: 's1', previousExpiresAt: AT }, AT, audit('webhook.endpoint.rotate')));
    await both((r) => r.list(AUTHORITY));
    await both((r) => r.byId(id, AUTHORITY));
    await both((r) => r.hasEndpoints(AUTHORITY));
    await both((r) => r.queue(AUTHORITY, data.cases[0], [payload(data.cases[0]), payload(data.cases[1])], AT));
    const sqliteDeliveries = await databases.sqlite.ctx.repos.webhooks.deliveries(id, null, 10);
    const pgDeliveries = await createPgWebhookRepository(databases.pool).deliveries(id, null, 10);
    expect(withoutMsgIds(pgDeliveries)).toEqual(withoutMsgIds(sqliteDeliveries));
    expect(pgDeliveries).toHaveLength(2);
    const due = await both(async (r) => withoutMsgIds(await r.due('2026-12-07T10:00:01.000Z', 10)));
    const first = due[0];
    await both((r) => r.claim(first, '2026-12-07T10:00:41.000Z'));
    await both((r) => r.recordSuccess(first, { at: '2026-12-07T10:00:02.000Z', statusCode: 204, error: null, durationMs: 30 }));
    await both((r) => r.attemptsOf([first.id]));
    await both(async (r) => {
      const d = await r.delivery(id, first.id);
      return d && withoutMsgIds([d]);
    });
    await both((r) => r.redeliver(id, first.id, AT, audit('webhook.delivery.redeliver')));
    await both((r) => r.redeliverFailed(id, AT, (n) => ({ ...audit('webhook.delivery.redeliver_failed'), details: { n } })));
    await both((r) => r.withhold(data.cases[0]));
    await both((r) => r.remove(id, AUTHORITY, audit('webhook.endpoint.remove')));
    await both((r) => r.list(AUTHORITY));
    expect((await databases.pool.query(AUDIT_ROWS)).rows).toEqual(databases.sqlite.ctx.sqlite.prepare(AUDIT_ROWS).all());
  });

  it('lets only one of two instances claim a due delivery', async () => {
    // A database of its own, so that the other tests' ids stay the same on both.
    const own = await databases.mirror('webhook_claims');
    const repos = own.instances(createPgWebhookRepository);
    const id = await repos[0].create({ authorityId: AUTHORITY, url: 'https://a.example/h', description: '', events: ['case.submitted'], secretSealed: 's', at: AT }, (n) => ({
      ...audit('webhook.endpoint.create'),
      targetId: n,
    }));
    await repos[0].queue(AUTHORITY, null, [payload(1), payload(2), payload(3)], AT);
    const now = '2026-12-07T10:00:01.000Z';
    const [seenByFirst, seenBySecond] = await Promise.all(repos.map((r) => r.due(now, 10)));
    expect(seenByFirst.map((d) => d.id)).toEqual(seenBySecond.map((d) => d.id));
    const claims = await Promise.all(seenByFirst.flatMap((d, i) => repos.map((r, j) => r.claim(j === 0 ? d : seenBySecond[i], '2026-12-07T10:00:41.000Z'))));
    // Each delivery taken exactly once.
    for (let i = 0; i < claims.length; i += 2) expect([claims[i], claims[i + 1]].filter(Boolean)).toHaveLength(1);
    expect(await repos[0].due(now, 10)).toEqual([]);
    const attempts = await own.pool.query<{ attempts: number }>('SELECT attempts FROM webhook_deliveries WHERE endpoint_id = $1', [id]);
    expect(attempts.rows.every((r) => r.attempts === 1)).toBe(true);
  });

  it('pauses a failing endpoint with its alert and audit row, holding its deliveries', async () => {
    const pauseIf = (e: EndpointFailures) => ({
      alerts: [{ kind: 'webhook_paused' as const, audience: 'admins' as const, authorityId: e.authorityId, submissionId: null, toEmail: null, subject: `Paused ${e.url}`, body: 'b', secret: null, status: 'pending' as const, nextAttemptAt: AT, createdAt: AT }],
      audit: { ...audit('webhook.endpoint.pause'), targetId: e.id },
    });
    const id = await both((r) =>
      r.create({ authorityId: AUTHORITY, url: 'https://down.example/h', description: '', events: ['case.submitted'], secretSealed: 's', at: AT }, (n) => ({ ...audit('webhook.endpoint.create'), targetId: n })),
    );
    await both((r) => r.queue(AUTHORITY, null, [payload(7), payload(8)], AT));
    const due = await both(async (r) => withoutMsgIds(await r.due('2026-12-07T10:00:01.000Z', 10)));
    const [one] = due.filter((d) => d.endpointId === id);
    await both((r) => r.claim(one, '2026-12-07T10:00:41.000Z'));
    const attempt = { at: '2026-12-07T10:00:02.000Z', statusCode: 503, error: null, durationMs: 12 };
    expect(await both((r) => r.recordFailure(one, attempt, { kind: 'retry', nextAttemptAt: '2026-12-07T10:01:00.000Z' }, pauseIf))).toBe(false);
    expect(await both((r) => r.recordFailure(one, attempt, { kind: 'failed' }, pauseIf))).toBe(true);
    const endpoint = await both((r) => r.byId(id, AUTHORITY));
    expect(endpoint?.pausedAt).toBe(attempt.at);
    await both(async (r) => withoutMsgIds(await r.deliveries(id, 'pending', 10)));
    await both((r) => r.resume(id, AUTHORITY, AT, audit('webhook.endpoint.resume')));
    await both(async (r) => withoutMsgIds(await r.deliveries(id, null, 10)));
    expect((await databases.pool.query(ALERTS)).rows).toEqual(databases.sqlite.ctx.sqlite.prepare(ALERTS).all());
    expect((await databases.pool.query(AUDIT_ROWS)).rows).toEqual(databases.sqlite.ctx.sqlite.prepare(AUDIT_ROWS).all());
    expect((await databases.pool.query(ALERTS)).rows).toHaveLength(1);
  });

  it('keeps and reads the estimates’ data alike', async () => {
    const sqliteEstimates = createSqliteEstimateRepository(databases.sqlite.ctx.sqlite);
    const pgEstimates = createPgEstimateRepository(databases.pool);
    const entries = data.cases.map((submissionId, i) => ({ submissionId, serviceId: 'terrace-permit', authorityId: AUTHORITY, decidedAt: AT, workingMs: (4 - i) * 1000 }));
    await sqliteEstimates.recordAll(entries);
    await pgEstimates.recordAll(entries);
    await pgEstimates.recordAll([]);
    await sqliteEstimates.record({ ...entries[0], workingMs: 1 });
    await pgEstimates.record({ ...entries[0], workingMs: 1 });
    await sqliteEstimates.forget(data.cases[1]);
    await pgEstimates.forget(data.cases[1]);
    expect(await pgEstimates.count('terrace-permit', AUTHORITY)).toBe(await sqliteEstimates.count('terrace-permit', AUTHORITY));
    for (const rank of [0, 1, 2, 3]) expect(await pgEstimates.workingMsAtRank('terrace-permit', AUTHORITY, rank)).toBe(await sqliteEstimates.workingMsAtRank('terrace-permit', AUTHORITY, rank));
    for (const id of data.cases) {
      expect(await pgEstimates.isRecorded(id)).toBe(await sqliteEstimates.isRecorded(id));
      expect(await pgEstimates.statusSteps(id)).toEqual(await sqliteEstimates.statusSteps(id));
    }
    expect(await pgEstimates.untimedSubmissions(0, 10)).toEqual(await sqliteEstimates.untimedSubmissions(0, 10));
    expect(await pgEstimates.olderCasesTimed()).toBe(await sqliteEstimates.olderCasesTimed());
    await sqliteEstimates.markOlderCasesTimed(AT);
    await pgEstimates.markOlderCasesTimed(AT);
    expect(await pgEstimates.olderCasesTimed()).toBe(true);
    expect(await sqliteEstimates.olderCasesTimed()).toBe(true);
  });
});
