/**
 * Cases in PostgreSQL, answering as sqlite-case-repository.ts does. A change is one transaction
 * with its history, audit rows, alerts, webhook deliveries and estimate change. Its status step is
 * a conditional UPDATE on the status it starts from: when two instances step the same case at
 * once, the second waits for the first's row lock, then finds the case moved and writes nothing
 * (`applied` false), as on SQLite. A change that moves the case in the integration feed first takes
 * the feed's change-order lock (server/integration/pg-change-order.ts).
 */
import type pg from 'pg';
import { createPgOutboxWriter } from '../alerts/pg-outbox-writer';
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import type { Promised } from '../db/promised';
import { inTransaction, type PgQueryable } from '../db/postgres/transaction';
import { createPgEstimateRepository } from '../estimates/pg-estimate-repository';
import { movesInFeed, takeChangeOrder } from '../integration/pg-change-order';
import { createPgWebhookQueue } from '../webhooks/pg-webhook-repository';
import { webhookEventsOf, webhookEventTypesOf, type CaseHistoryFact } from '../webhooks/webhook-events';
import { DEADLINE_CANDIDATE_COLUMNS, DECISION_COLUMNS, DEPLOYED_SERVICE_COLUMNS, EVENTS_SELECT, storedDetailsJson, SUBMISSION_COLUMNS } from './case-columns';
import type { CaseChange, CaseEventInsert, CaseEventRow, CaseManagementRefRow, CaseRepository, DeadlineCandidate, DecisionRow, DeployedServiceRow, SubmissionRow } from './case-repository';

/** Thrown inside a change to roll it back when a file to claim belongs to another case. */
class AttachmentTaken extends Error {
  constructor(readonly path: string) {
    super('attachment taken');
  }
}

const INSERT_EVENT = `INSERT INTO case_events (submission_id, at, kind, actor_kind, actor_user_id, event, from_status, to_status, body, details_json, customer_visible)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

const MARK_READ = `INSERT INTO case_reads (submission_id, user_id, read_at) VALUES ($1, $2, $3)
  ON CONFLICT (submission_id, user_id) DO UPDATE SET read_at = excluded.read_at`;

async function insertEvent(db: PgQueryable, row: CaseEventInsert): Promise<void> {
  const values = [row.submissionId, row.at, row.kind, row.actorKind, row.actorUserId, row.event, row.fromStatus, row.toStatus, row.body, row.detailsJson, row.customerVisible === 1];
  await db.query({ name: 'cases.insertEvent', text: INSERT_EVENT, values });
}

/** Queues the webhook events of history rows just written (webhook-events.ts), on the same transaction's client. */
async function queueWebhooks(db: PgQueryable, submissionId: number, rows: readonly CaseHistoryFact[], at: string): Promise<void> {
  const eventful = rows.filter((r) => webhookEventTypesOf(r).length > 0);
  if (eventful.length === 0) return;
  const text = 'SELECT id, reference, status, authority_id AS "authorityId" FROM submissions WHERE id = $1';
  const facts = (await db.query<{ id: number; reference: string; status: string; authorityId: string }>({ name: 'cases.facts', text, values: [submissionId] })).rows[0];
  const webhooks = createPgWebhookQueue(db);
  if (!facts || !(await webhooks.hasEndpoints(facts.authorityId))) return;
  await webhooks.queue(facts.authorityId, submissionId, eventful.flatMap((r) => webhookEventsOf(r, facts, at)), at);
}

const changed = (result: pg.QueryResult): boolean => result.rowCount === 1;

/** The change's writes on its transaction's client; false when its status step found the case moved. */
async function write(client: pg.PoolClient, change: CaseChange): Promise<{ applied: boolean; decisionId: number | null }> {
  const { submissionId: id, at, status } = change;
  // Before any row lock: a change the feed counts takes its number in commit order (pg-change-order.ts).
  if (change.events.some((e) => movesInFeed(e.kind))) await takeChangeOrder(client);
  if (status) {
    const text = 'UPDATE submissions SET status = $1, status_since = $2, updated_at = $2, open_due_date = $3, decided_at = $4 WHERE id = $5 AND status = $6';
    if (!changed(await client.query({ name: 'cases.moveStatus', text, values: [status.to, at, status.openDueDate, status.decidedAt, id, status.from] }))) {
      return { applied: false, decisionId: null };
    }
  }
  if (change.assigneeId !== undefined) await client.query({ name: 'cases.assign', text: 'UPDATE submissions SET assignee_id = $1 WHERE id = $2', values: [change.assigneeId, id] });
  if (change.dataJson !== undefined) await client.query({ name: 'cases.setData', text: 'UPDATE submissions SET data_json = $1 WHERE id = $2', values: [change.dataJson, id] });
  for (const ref of change.claimAttachments ?? []) {
    const text = 'UPDATE attachments SET submission_id = $1 WHERE id = $2 AND (submission_id IS NULL OR submission_id = $1)';
    if (!changed(await client.query({ name: 'cases.claim', text, values: [id, ref.id] }))) throw new AttachmentTaken(ref.path);
  }
  let decisionId: number | null = null;
  if (change.decision) {
    const d = change.decision;
    const text = `INSERT INTO decisions (submission_id, decided_at, decided_by, text, file_id, file_name, file_size, file_sha256, appeal_kind, appeal_text_json)
      SELECT s.id, $2::text, $3::bigint, $4::text, $5::text, $6::text, $7::bigint, $8::text, d.appeal_kind, d.appeal_text_json
      FROM submissions s LEFT JOIN deployments d ON d.id = s.deployment_id WHERE s.id = $1 RETURNING id`;
    const values = [id, at, d.decidedBy, d.text, d.file?.id ?? null, d.file?.name ?? null, d.file?.size ?? null, d.file?.sha256 ?? null];
    decisionId = (await client.query<{ id: number }>({ name: 'cases.insertDecision', text, values })).rows[0]?.id ?? null;
  }
  for (const { details, withDecision, ...e } of change.events) {
    await insertEvent(client, { ...e, submissionId: id, at, detailsJson: storedDetailsJson(details, withDecision, decisionId) });
  }
  await queueWebhooks(client, id, change.events, at);
  const audit = createPgAuditRepository(client);
  for (const record of change.audits) await audit.write(record);
  await createPgOutboxWriter(client).insertAll(change.alerts);
  if (change.touch) await client.query({ name: 'cases.touch', text: 'UPDATE submissions SET updated_at = $1 WHERE id = $2', values: [at, id] });
  if (change.readBy !== undefined) await client.query({ name: 'cases.markRead', text: MARK_READ, values: [id, change.readBy, at] });
  const estimates = createPgEstimateRepository(client);
  if (change.caseTime?.kind === 'record') await estimates.record(change.caseTime.entry);
  else if (change.caseTime?.kind === 'forget') await estimates.forget(change.caseTime.submissionId);
  return { applied: true, decisionId };
}

export function createPgCaseRepository(pool: pg.Pool): Promised<CaseRepository> {
  const rows = async <T extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<T[]> => (await pool.query<T>({ name, text, values })).rows;
  return {
    // A case removed as spam is gone for every reader.
    byId: async (id) => (await rows<SubmissionRow>('cases.byId', `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE id = $1 AND removed_at IS NULL`, [id]))[0],
    byIds: async (ids) =>
      ids.length === 0 ? [] : rows<SubmissionRow>('cases.byIds', `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE id = ANY($1::bigint[]) AND removed_at IS NULL`, [ids]),
    deploymentsWithResponseTime: () =>
      rows<{ id: number; days: number }>('cases.withResponseTime', 'SELECT id, respond_within_days AS days FROM deployments WHERE respond_within_days IS NOT NULL', []),
    deadlineCandidates: (deploymentId, sentAfter, sentUntil) =>
      rows<DeadlineCandidate>(
        'cases.deadlineCandidates',
        `SELECT ${DEADLINE_CANDIDATE_COLUMNS} FROM submissions s
         WHERE s.deployment_id = $1 AND s.submitted_at > $2 AND s.submitted_at <= $3 AND s.removed_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.submission_id = s.id AND o.kind = 'deadline_near')`,
        [deploymentId, sentAfter, sentUntil],
      ),
    ofContactEmail: (email, limit) =>
      rows<SubmissionRow>('cases.ofContactEmail', `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE contact_email = $1 AND removed_at IS NULL ORDER BY id DESC LIMIT $2`, [email, limit]),
    ofPerson: (personKey, limit) =>
      rows<SubmissionRow>(
        'cases.ofPerson',
        `SELECT ${SUBMISSION_COLUMNS} FROM submissions
         WHERE identified_person_key = $1 AND acting_for_business_id IS NULL AND removed_at IS NULL ORDER BY id DESC LIMIT $2`,
        [personKey, limit],
      ),
    ofCompany: (businessId, limit) =>
      rows<SubmissionRow>('cases.ofCompany', `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE acting_for_business_id = $1 AND removed_at IS NULL ORDER BY id DESC LIMIT $2`, [
        businessId,
        limit,
      ]),
    async markRead(submissionId, userId, at) {
      await pool.query({ name: 'cases.markRead', text: MARK_READ, values: [submissionId, userId, at] });
    },
    async apply(change) {
      try {
        return { ...(await inTransaction(pool, (client) => write(client, change))), attachmentTaken: null };
      } catch (err) {
        // The transaction rolled back: nothing of the change is written.
        if (err instanceof AttachmentTaken) return { applied: false, decisionId: null, attachmentTaken: err.path };
        throw err;
      }
    },
    addEvent: (row) =>
      inTransaction(pool, async (client) => {
        if (movesInFeed(row.kind)) await takeChangeOrder(client);
        await insertEvent(client, row);
        await queueWebhooks(client, row.submissionId, [row], row.at);
      }),
    history: (submissionId) => rows<CaseEventRow>('cases.history', `${EVENTS_SELECT} WHERE e.submission_id = $1 ORDER BY e.id`, [submissionId]),
    customerVisibleHistory: (submissionId) =>
      rows<CaseEventRow>('cases.visibleHistory', `${EVENTS_SELECT} WHERE e.submission_id = $1 AND e.customer_visible ORDER BY e.id`, [submissionId]),
    decisions: (submissionId) => rows<DecisionRow>('cases.decisions', `SELECT ${DECISION_COLUMNS} FROM decisions WHERE submission_id = $1 ORDER BY id`, [submissionId]),
    decision: async (submissionId, id) =>
      (await rows<DecisionRow>('cases.decision', `SELECT ${DECISION_COLUMNS} FROM decisions WHERE id = $1 AND submission_id = $2`, [id, submissionId]))[0],
    caseManagementRef: async (submissionId) =>
      (
        await rows<CaseManagementRefRow>(
          'cases.caseManagementRef',
          'SELECT case_management_id AS "caseManagementId", acknowledged_at AS "acknowledgedAt" FROM case_management_refs WHERE submission_id = $1',
          [submissionId],
        )
      )[0],
    removeAsSpam: (id, removedBy, at, record) =>
      inTransaction(pool, async (client) => {
        // Its open due date goes too: it waits for no answer, and the inbox's due ranges are read from that index alone.
        const remove = 'UPDATE submissions SET removed_at = $1, removed_by = $2, open_due_date = NULL WHERE id = $3 AND removed_at IS NULL';
        if (!changed(await client.query({ name: 'cases.remove', text: remove, values: [at, removedBy, id] }))) return false;
        const withhold = `UPDATE outbox SET status = 'withheld', next_attempt_at = NULL WHERE submission_id = $1 AND status IN ('pending', 'kept')`;
        const withheld = (await client.query({ name: 'cases.withholdAlerts', text: withhold, values: [id] })).rowCount ?? 0;
        // Nor are its webhook deliveries not yet delivered.
        await createPgWebhookQueue(client).withhold(id);
        const read = `UPDATE outbox SET read_at = COALESCE(read_at, $1) WHERE submission_id = $2 AND audience = 'authority'`;
        await client.query({ name: 'cases.readAlerts', text: read, values: [at, id] });
        await createPgEstimateRepository(client).forget(id);
        await createPgAuditRepository(client).write(record(withheld));
        return true;
      }),
    deployedServices: (authorityId) =>
      rows<DeployedServiceRow>(
        'cases.deployed',
        // Newest deployment first, so an active or upgraded one wins over an older one of the same service.
        `SELECT ${DEPLOYED_SERVICE_COLUMNS} FROM deployments d JOIN packs p ON p.id = d.pack_id WHERE d.authority_id = $1 ORDER BY d.active DESC, d.id DESC`,
        [authorityId],
      ),
  };
}
