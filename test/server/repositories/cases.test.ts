/**
 * Cases on SQLite and PostgreSQL from the same data: the same reads, the same change written with
 * its history, decision, audit rows, alerts, webhook deliveries and estimate, the same refusals,
 * and a status step pressed on two instances at once moving the case once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseChange } from '../../../server/cases/case-repository';
import { createPgCaseRepository } from '../../../server/cases/pg-case-repository';
import { alternately, POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';
import { AUTHORITY, seedCases, type CaseData } from './case-data';

const AT = '2026-05-20T08:00:00.000Z';

/** What a change leaves in the tables beside the case's own rows, read alike from both databases. */
const SIDE_ROWS = {
  audit: `SELECT at, actor_kind AS "actorKind", action, target_type AS "targetType", target_id AS "targetId", details_json AS "detailsJson" FROM audit_log WHERE action LIKE 'case.%' ORDER BY id`,
  outbox: `SELECT kind, audience, authority_id AS "authorityId", submission_id AS "submissionId", subject, status, read_at AS "readAt" FROM outbox ORDER BY id`,
  webhooks: `SELECT endpoint_id AS "endpointId", event_type AS "eventType", submission_id AS "submissionId", payload_json AS "payloadJson", status, next_attempt_at AS "nextAttemptAt" FROM webhook_deliveries ORDER BY id`,
  times: `SELECT submission_id AS "submissionId", service_id AS "serviceId", working_ms AS "workingMs" FROM processing_times ORDER BY submission_id`,
  reads: `SELECT submission_id AS "submissionId", user_id AS "userId", read_at AS "readAt" FROM case_reads ORDER BY submission_id, user_id`,
  attachments: `SELECT id, submission_id AS "submissionId" FROM attachments ORDER BY id`,
};

function stepChange(data: CaseData, submissionId: number, from: string, to: string): CaseChange {
  return {
    submissionId,
    at: AT,
    status: { from, to, openDueDate: null, decidedAt: to === 'DECIDED' ? AT : null },
    assigneeId: data.handlerId,
    claimAttachments: [{ id: 'att-free', path: 'liite' }],
    decision: to === 'DECIDED' ? { decidedBy: data.handlerId, text: 'Myönnetään', file: null } : undefined,
    events: [
      { kind: 'status', actorKind: 'handler', actorUserId: data.handlerId, event: 'decide', fromStatus: from, toStatus: to, body: null, details: { replyBy: '2026-06-01' }, withDecision: true, customerVisible: 1 },
      { kind: 'note', actorKind: 'handler', actorUserId: data.handlerId, event: null, fromStatus: null, toStatus: null, body: 'Sisäinen muistiinpano', details: null, customerVisible: 0 },
    ],
    audits: [{ at: AT, actor: { kind: 'staff', userId: data.handlerId, email: 'kaisa@hel.example' }, action: 'case.status', targetType: 'submission', targetId: submissionId, details: { to } }],
    alerts: [
      { kind: 'status_changed', audience: 'customer', authorityId: AUTHORITY, submissionId, toEmail: 'aino@example.fi', subject: 'Päätös', body: 'Asiasi on ratkaistu', secret: null, status: 'pending', nextAttemptAt: AT, createdAt: AT },
    ],
    touch: true,
    readBy: data.handlerId,
    caseTime: { kind: 'record', entry: { submissionId, serviceId: 'terrace-permit', authorityId: AUTHORITY, decidedAt: AT, workingMs: 3_600_000 } },
  };
}

describe.skipIf(!POSTGRES_AVAILABLE)('cases on both databases', () => {
  const both = useBothDatabases('cases', seedCases);
  let data: CaseData;
  beforeAll(() => {
    data = both.seeded;
  });

  const sqliteCases = () => both.sqlite.ctx.repos.cases;
  const side = async (name: keyof typeof SIDE_ROWS) => ({ sqlite: both.sqlite.ctx.sqlite.prepare(SIDE_ROWS[name]).all(), pg: (await both.pool.query(SIDE_ROWS[name])).rows });

  it('reads the same cases, lists and deployments', async () => {
    const pgCases = createPgCaseRepository(both.pool);
    const [first, second] = data.cases;
    expect(await pgCases.byId(first)).toEqual(await sqliteCases().byId(first));
    expect(await pgCases.byId(999_999)).toBeUndefined();
    const sortIds = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);
    expect(sortIds(await pgCases.byIds(data.cases))).toEqual(sortIds(await sqliteCases().byIds(data.cases)));
    expect(await pgCases.byIds([])).toEqual([]);
    expect(await pgCases.ofContactEmail('aino@example.fi', 10)).toEqual(await sqliteCases().ofContactEmail('aino@example.fi', 10));
    expect(await pgCases.ofPerson('person-1', 10)).toEqual(await sqliteCases().ofPerson('person-1', 10));
    expect((await pgCases.ofPerson('person-1', 10)).map((r) => r.id)).toEqual([first]);
    expect(await pgCases.ofCompany('1234567-8', 10)).toEqual(await sqliteCases().ofCompany('1234567-8', 10));
    expect((await pgCases.ofCompany('1234567-8', 10)).map((r) => r.id)).toEqual([second]);
    expect(await pgCases.deployedServices(AUTHORITY)).toEqual(await sqliteCases().deployedServices(AUTHORITY));
    expect(await pgCases.deploymentsWithResponseTime()).toEqual(await sqliteCases().deploymentsWithResponseTime());
    const window = ['2026-05-01T00:00:00.000Z', '2026-05-03T12:00:00.000Z'] as const;
    expect(await pgCases.deadlineCandidates(data.deploymentId, ...window)).toEqual(await sqliteCases().deadlineCandidates(data.deploymentId, ...window));
    expect(await pgCases.caseManagementRef(first)).toEqual(await sqliteCases().caseManagementRef(first));
  });

  it('writes a decision step as one unit of work: history, decision, audit, alert, webhook, estimate, read mark', async () => {
    const pgCases = createPgCaseRepository(both.pool);
    const id = data.cases[2];
    const change = stepChange(data, id, 'SUBMITTED', 'DECIDED');
    const onSqlite = await sqliteCases().apply(change);
    const onPg = await pgCases.apply(change);
    expect(onPg).toEqual(onSqlite);
    expect(onPg.applied).toBe(true);
    expect(onPg.decisionId).not.toBeNull();
    expect(await pgCases.byId(id)).toEqual(await sqliteCases().byId(id));
    expect(await pgCases.history(id)).toEqual(await sqliteCases().history(id));
    expect(await pgCases.customerVisibleHistory(id)).toEqual(await sqliteCases().customerVisibleHistory(id));
    expect((await pgCases.customerVisibleHistory(id)).map((e) => e.kind)).toEqual(['status']);
    expect(JSON.parse((await pgCases.history(id))[0].detailsJson ?? '{}')).toEqual({ replyBy: '2026-06-01', decisionId: onPg.decisionId });
    expect(await pgCases.decisions(id)).toEqual(await sqliteCases().decisions(id));
    expect((await pgCases.decisions(id))[0].appealKind).toBe('oikaisuvaatimus');
    expect(await pgCases.decision(id, onPg.decisionId ?? 0)).toEqual(await sqliteCases().decision(id, onSqlite.decisionId ?? 0));
    for (const name of Object.keys(SIDE_ROWS) as Array<keyof typeof SIDE_ROWS>) {
      const rows = await side(name);
      // Payloads carry the message's own id and time; the rest is the same.
      expect(rows.pg, name).toEqual(rows.sqlite);
    }
    expect((await side('webhooks')).pg).toHaveLength(1);
    expect((await side('times')).pg).toHaveLength(1);
  });

  it('writes nothing when the case left the status or a file belongs to another case', async () => {
    const pgCases = createPgCaseRepository(both.pool);
    const id = data.cases[2];
    const moved = stepChange(data, id, 'SUBMITTED', 'RECEIVED');
    expect(await pgCases.apply(moved)).toEqual(await sqliteCases().apply(moved));
    expect((await pgCases.apply(moved)).applied).toBe(false);
    const other = data.cases[3];
    const taken: CaseChange = { ...stepChange(data, other, 'SUBMITTED', 'RECEIVED'), claimAttachments: [{ id: 'att-taken', path: 'liitteet.0' }] };
    const onPg = await pgCases.apply(taken);
    expect(onPg).toEqual(await sqliteCases().apply(taken));
    expect(onPg).toEqual({ applied: false, decisionId: null, attachmentTaken: 'liitteet.0' });
    expect(await pgCases.byId(other)).toEqual(await sqliteCases().byId(other));
    expect((await pgCases.byId(other))?.status).toBe('SUBMITTED');
    expect(await pgCases.history(other)).toEqual([]);
    for (const name of ['audit', 'outbox', 'webhooks', 'attachments'] as const) {
      const rows = await side(name);
      expect(rows.pg, name).toEqual(rows.sqlite);
    }
  });

  it('adds a history row with its webhook, and marks a case read', async () => {
    const pgCases = createPgCaseRepository(both.pool);
    const id = data.cases[1];
    const row = { submissionId: id, at: AT, kind: 'status' as const, actorKind: 'system' as const, actorUserId: null, event: 'receive', fromStatus: 'SUBMITTED', toStatus: 'RECEIVED', body: null, detailsJson: null, customerVisible: 1 as const };
    await sqliteCases().addEvent(row);
    await pgCases.addEvent(row);
    expect(await pgCases.history(id)).toEqual(await sqliteCases().history(id));
    await sqliteCases().markRead(id, data.handlerId, AT);
    await pgCases.markRead(id, data.handlerId, AT);
    await sqliteCases().markRead(id, data.handlerId, '2026-05-21T00:00:00.000Z');
    await pgCases.markRead(id, data.handlerId, '2026-05-21T00:00:00.000Z');
    for (const name of ['webhooks', 'reads'] as const) {
      const rows = await side(name);
      expect(rows.pg, name).toEqual(rows.sqlite);
    }
  });

  it('removes a case as spam once: alerts withheld and read, deliveries dropped, time forgotten, audited', async () => {
    const pgCases = createPgCaseRepository(both.pool);
    const id = data.cases[2];
    const record = (withheld: number) => ({ at: AT, actor: { kind: 'system' as const }, action: 'case.remove_spam', targetType: 'submission', targetId: id, details: { withheld } });
    const onSqlite = await sqliteCases().removeAsSpam(id, data.handlerId, AT, record);
    expect(await pgCases.removeAsSpam(id, data.handlerId, AT, record)).toBe(onSqlite);
    expect(onSqlite).toBe(true);
    expect(await pgCases.removeAsSpam(id, data.handlerId, AT, record)).toBe(false);
    expect(await pgCases.byId(id)).toBeUndefined();
    for (const name of ['audit', 'outbox', 'webhooks', 'times'] as const) {
      const rows = await side(name);
      expect(rows.pg, name).toEqual(rows.sqlite);
    }
  });

  it('moves a case once when two instances step it at once: one wins, the other is refused, one history row', async () => {
    const id = data.cases[3];
    const change: CaseChange = { ...stepChange(data, id, 'SUBMITTED', 'RECEIVED'), claimAttachments: [], caseTime: undefined, decision: undefined };
    const results = await alternately(both.instances(createPgCaseRepository), 2, (repo) => repo.apply(change));
    expect(results.map((r) => r.applied).sort()).toEqual([false, true]);
    const history = await createPgCaseRepository(both.pool).history(id);
    expect(history.filter((e) => e.kind === 'status')).toHaveLength(1);
    expect((await createPgCaseRepository(both.pool).byId(id))?.status).toBe('RECEIVED');
    // SQLite gives the second press the same refusal.
    expect((await sqliteCases().apply(change)).applied).toBe(true);
    expect((await sqliteCases().apply(change)).applied).toBe(false);
    expect(history).toEqual(await sqliteCases().history(id));
  });
});
