/**
 * The integration API's reads in SQLite. The feed walks submissions_changes (authority_id,
 * change_seq); change_seq is the id of the case's latest change in case_events, set by the trigger
 * case_events_change_seq (migration 0023) or, for a send, in the submission's own INSERT (migration
 * 0027), so the change itself is one primary-key look-up.
 */
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import type { AuditRecord, AuditRepository } from '../audit/audit-repository';
import type { CaseManagementRef, ChangedCaseRow, FeedChange, IntegrationCaseRepository } from './integration-case-repository';
import { CHANGED_CASE_COLUMNS, LAST_CHANGE_COLUMNS, REF_COLUMNS } from './integration-case-rows';

export function createSqliteIntegrationCaseRepository(sqlite: Sqlite, audit: Synchronous<AuditRepository>): IntegrationCaseRepository {
  const changed = sqlite.prepare<[string, number, number], ChangedCaseRow>(
    `SELECT ${CHANGED_CASE_COLUMNS}
       FROM submissions s INDEXED BY submissions_changes
       JOIN packs p ON p.id = s.pack_id
       JOIN case_events e ON e.id = s.change_seq
      WHERE s.authority_id = ? AND s.change_seq > ? AND s.removed_at IS NULL
      ORDER BY s.change_seq
      LIMIT ?`,
  );
  const lastChange = sqlite.prepare<[number], FeedChange>(
    `SELECT ${LAST_CHANGE_COLUMNS} FROM submissions s JOIN case_events e ON e.id = s.change_seq WHERE s.id = ?`,
  );
  const slug = sqlite.prepare<[number], { slug: string }>('SELECT slug FROM packs WHERE id = ?');
  const refOf = sqlite.prepare<[number], CaseManagementRef>(
    `SELECT ${REF_COLUMNS} FROM case_management_refs WHERE submission_id = ?`,
  );
  const insertRef = sqlite.prepare<[number, string, string, string]>(
    'INSERT INTO case_management_refs (submission_id, case_management_id, acknowledged_at, api_key_id) VALUES (?, ?, ?, ?) ON CONFLICT (submission_id) DO NOTHING',
  );
  const acknowledge = sqlite.transaction((submissionId: number, ref: CaseManagementRef, apiKeyId: string, record: AuditRecord) => {
    const created = insertRef.run(submissionId, ref.caseManagementId, ref.acknowledgedAt, apiKeyId).changes > 0;
    if (created) audit.write(record);
    return { ref: refOf.get(submissionId) ?? ref, created };
  });
  return {
    caseManagementRef: async (submissionId) => refOf.get(submissionId),
    acknowledge: async (submissionId, ref, apiKeyId, record) => acknowledge(submissionId, ref, apiKeyId, record),
    changedAfter: async (authorityId, afterSeq, limit) => changed.all(authorityId, afterSeq, limit),
    lastChange: async (submissionId) => lastChange.get(submissionId),
    packSlug: async (packId) => slug.get(packId)?.slug,
  };
}
