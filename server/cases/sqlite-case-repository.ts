/** Cases in SQLite. */
import { createSqliteOutboxWriter } from '../alerts/sqlite-outbox-repository';
import { createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { Sqlite } from '../db/connection';
import { createSqliteEstimateWriter } from '../estimates/sqlite-estimate-repository';
import { createSqliteWebhookQueue } from '../webhooks/sqlite-webhook-repository';
import { webhookEventsOf, webhookEventTypesOf, type CaseHistoryFact } from '../webhooks/webhook-events';
import { DEADLINE_CANDIDATE_COLUMNS, DECISION_COLUMNS as DECISION, DEPLOYED_SERVICE_COLUMNS, EVENTS_SELECT as EVENTS, storedDetailsJson, SUBMISSION_COLUMNS } from './case-columns';
import type { CaseChange, CaseEventInsert, CaseManagementRefRow, CaseEventRow, CaseRepository, DeadlineCandidate, DecisionRow, DeployedServiceRow, SubmissionRow } from './case-repository';

/** Thrown inside a change to roll it back when a file to claim belongs to another case. */
class AttachmentTaken extends Error {
  constructor(readonly path: string) {
    super('attachment taken');
  }
}

type DecisionValues = [number, string, number | null, string | null, string | null, string | null, number | null, string | null, number];

export function createSqliteCaseRepository(sqlite: Sqlite): CaseRepository {
  const audit = createSqliteAuditWriter(sqlite);
  const outbox = createSqliteOutboxWriter(sqlite);
  const estimates = createSqliteEstimateWriter(sqlite);
  const webhooks = createSqliteWebhookQueue(sqlite);
  const caseFacts = sqlite.prepare<[number], { id: number; reference: string; status: string; authorityId: string }>(
    'SELECT id, reference, status, authority_id AS authorityId FROM submissions WHERE id = ?',
  );
  /** Queues the webhook events of history rows just written (webhook-events.ts), in the same transaction. */
  const queueWebhooks = (submissionId: number, rows: readonly CaseHistoryFact[], at: string): void => {
    const eventful = rows.filter((r) => webhookEventTypesOf(r).length > 0);
    if (eventful.length === 0) return;
    const facts = caseFacts.get(submissionId);
    if (!facts || !webhooks.hasEndpoints(facts.authorityId)) return;
    webhooks.queue(facts.authorityId, submissionId, eventful.flatMap((r) => webhookEventsOf(r, facts, at)), at);
  };
  // A case removed as spam is gone for every reader.
  const byId = sqlite.prepare<[number], SubmissionRow>(`SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE id = ? AND removed_at IS NULL`);
  const byIds = sqlite.prepare<[string], SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE id IN (SELECT value FROM json_each(?)) AND removed_at IS NULL`,
  );
  const withResponseTime = sqlite.prepare<[], { id: number; days: number }>(
    'SELECT id, respond_within_days AS days FROM deployments WHERE respond_within_days IS NOT NULL',
  );
  const deadlineCandidates = sqlite.prepare<[number, string, string], DeadlineCandidate>(
    `SELECT ${DEADLINE_CANDIDATE_COLUMNS}
     FROM submissions s
     WHERE s.deployment_id = ? AND s.submitted_at > ? AND s.submitted_at <= ? AND s.removed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.submission_id = s.id AND o.kind = 'deadline_near')`,
  );
  const ofContactEmail = sqlite.prepare<[string, number], SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE contact_email = ? AND removed_at IS NULL ORDER BY id DESC LIMIT ?`,
  );
  const ofPerson = sqlite.prepare<[string, number], SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM submissions
      WHERE identified_person_key = ? AND acting_for_business_id IS NULL AND removed_at IS NULL ORDER BY id DESC LIMIT ?`,
  );
  const ofCompany = sqlite.prepare<[string, number], SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM submissions WHERE acting_for_business_id = ? AND removed_at IS NULL ORDER BY id DESC LIMIT ?`,
  );
  const touch = sqlite.prepare<[string, number]>('UPDATE submissions SET updated_at = ? WHERE id = ?');
  const markRead = sqlite.prepare<[number, number, string]>(
    `INSERT INTO case_reads (submission_id, user_id, read_at) VALUES (?, ?, ?)
     ON CONFLICT (submission_id, user_id) DO UPDATE SET read_at = excluded.read_at`,
  );
  const insertEvent = sqlite.prepare<[CaseEventInsert]>(
    `INSERT INTO case_events (submission_id, at, kind, actor_kind, actor_user_id, event, from_status, to_status, body, details_json, customer_visible)
     VALUES (@submissionId, @at, @kind, @actorKind, @actorUserId, @event, @fromStatus, @toStatus, @body, @detailsJson, @customerVisible)`,
  );
  const history = sqlite.prepare<[number], CaseEventRow>(`${EVENTS} WHERE e.submission_id = ? ORDER BY e.id`);
  const visibleHistory = sqlite.prepare<[number], CaseEventRow>(`${EVENTS} WHERE e.submission_id = ? AND e.customer_visible = 1 ORDER BY e.id`);
  const moveStatus = sqlite.prepare<[string, string, string, string | null, string | null, number, string]>(
    'UPDATE submissions SET status = ?, status_since = ?, updated_at = ?, open_due_date = ?, decided_at = ? WHERE id = ? AND status = ?',
  );
  const setData = sqlite.prepare<[string, number]>('UPDATE submissions SET data_json = ? WHERE id = ?');
  const claim = sqlite.prepare<[number, string, number]>('UPDATE attachments SET submission_id = ? WHERE id = ? AND (submission_id IS NULL OR submission_id = ?)');
  const assign = sqlite.prepare<[number | null, number]>('UPDATE submissions SET assignee_id = ? WHERE id = ?');
  const insertDecision = sqlite.prepare<DecisionValues>(
    `INSERT INTO decisions (submission_id, decided_at, decided_by, text, file_id, file_name, file_size, file_sha256, appeal_kind, appeal_text_json)
     SELECT ?, ?, ?, ?, ?, ?, ?, ?, d.appeal_kind, d.appeal_text_json
     FROM submissions s LEFT JOIN deployments d ON d.id = s.deployment_id WHERE s.id = ?`,
  );
  const decisions = sqlite.prepare<[number], DecisionRow>(`SELECT ${DECISION} FROM decisions WHERE submission_id = ? ORDER BY id`);
  const decision = sqlite.prepare<[number, number], DecisionRow>(`SELECT ${DECISION} FROM decisions WHERE id = ? AND submission_id = ?`);
  const caseManagementRef = sqlite.prepare<[number], CaseManagementRefRow>(
    'SELECT case_management_id AS caseManagementId, acknowledged_at AS acknowledgedAt FROM case_management_refs WHERE submission_id = ?',
  );
  // Its open due date goes too: it waits for no answer, and the inbox's due ranges are read from that index alone.
  const remove = sqlite.prepare<[string, number, number]>(
    'UPDATE submissions SET removed_at = ?, removed_by = ?, open_due_date = NULL WHERE id = ? AND removed_at IS NULL',
  );
  const withhold = sqlite.prepare<[number]>(`UPDATE outbox SET status = 'withheld', next_attempt_at = NULL WHERE submission_id = ? AND status IN ('pending', 'kept')`);
  const readAlerts = sqlite.prepare<[string, number]>(`UPDATE outbox SET read_at = COALESCE(read_at, ?) WHERE submission_id = ? AND audience = 'authority'`);
  const deployed = sqlite.prepare<[string], Omit<DeployedServiceRow, 'active'> & { active: number }>(
    // Newest deployment first, so an active or upgraded one wins over an older one of the same service.
    `SELECT ${DEPLOYED_SERVICE_COLUMNS}
     FROM deployments d JOIN packs p ON p.id = d.pack_id
     WHERE d.authority_id = ? ORDER BY d.active DESC, d.id DESC`,
  );

  const write = sqlite.transaction((change: CaseChange): { applied: boolean; decisionId: number | null } => {
    const { submissionId: id, at, status } = change;
    if (status && moveStatus.run(status.to, at, at, status.openDueDate, status.decidedAt, id, status.from).changes !== 1) return { applied: false, decisionId: null };
    if (change.assigneeId !== undefined) assign.run(change.assigneeId, id);
    if (change.dataJson !== undefined) setData.run(change.dataJson, id);
    for (const ref of change.claimAttachments ?? []) {
      if (claim.run(id, ref.id, id).changes !== 1) throw new AttachmentTaken(ref.path);
    }
    let decisionId: number | null = null;
    if (change.decision) {
      const d = change.decision;
      decisionId = Number(
        insertDecision.run(id, at, d.decidedBy, d.text, d.file?.id ?? null, d.file?.name ?? null, d.file?.size ?? null, d.file?.sha256 ?? null, id).lastInsertRowid,
      );
    }
    for (const { details, withDecision, ...e } of change.events) {
      insertEvent.run({ ...e, submissionId: id, at, detailsJson: storedDetailsJson(details, withDecision, decisionId) });
    }
    queueWebhooks(id, change.events, at);
    for (const record of change.audits) audit.write(record);
    for (const alert of change.alerts) outbox.insert(alert);
    if (change.touch) touch.run(at, id);
    if (change.readBy !== undefined) markRead.run(id, change.readBy, at);
    if (change.caseTime?.kind === 'record') estimates.record(change.caseTime.entry);
    else if (change.caseTime?.kind === 'forget') estimates.forget(change.caseTime.submissionId);
    return { applied: true, decisionId };
  });
  const apply = (change: CaseChange): Awaited<ReturnType<CaseRepository['apply']>> => {
    try {
      return { ...write(change), attachmentTaken: null };
    } catch (err) {
      // The transaction rolled back: nothing of the change is written.
      if (err instanceof AttachmentTaken) return { applied: false, decisionId: null, attachmentTaken: err.path };
      throw err;
    }
  };
  const addEvent = sqlite.transaction((row: CaseEventInsert) => {
    insertEvent.run(row);
    queueWebhooks(row.submissionId, [row], row.at);
  });
  const removeAsSpam = sqlite.transaction((...[id, removedBy, at, record]: Parameters<CaseRepository['removeAsSpam']>): boolean => {
    if (remove.run(at, removedBy, id).changes !== 1) return false;
    const withheld = withhold.run(id).changes;
    // Nor are its webhook deliveries not yet delivered.
    webhooks.withhold(id);
    readAlerts.run(at, id);
    estimates.forget(id);
    audit.write(record(withheld));
    return true;
  });

  return {
    byId: async (id) => byId.get(id),
    byIds: async (ids) => (ids.length === 0 ? [] : byIds.all(JSON.stringify(ids))),
    deploymentsWithResponseTime: async () => withResponseTime.all(),
    deadlineCandidates: async (deploymentId, sentAfter, sentUntil) => deadlineCandidates.all(deploymentId, sentAfter, sentUntil),
    ofContactEmail: async (email, limit) => ofContactEmail.all(email, limit),
    ofPerson: async (personKey, limit) => ofPerson.all(personKey, limit),
    ofCompany: async (businessId, limit) => ofCompany.all(businessId, limit),
    markRead: async (submissionId, userId, at) => void markRead.run(submissionId, userId, at),
    apply: async (change) => apply(change),
    addEvent: async (row) => addEvent(row),
    history: async (submissionId) => history.all(submissionId),
    customerVisibleHistory: async (submissionId) => visibleHistory.all(submissionId),
    decisions: async (submissionId) => decisions.all(submissionId),
    decision: async (submissionId, id) => decision.get(id, submissionId),
    caseManagementRef: async (submissionId) => caseManagementRef.get(submissionId),
    removeAsSpam: async (...args) => removeAsSpam(...args),
    deployedServices: async (authorityId) => deployed.all(authorityId).map((r) => ({ ...r, active: r.active === 1 })),
  };
}
