/**
 * The integration API's reads in PostgreSQL. The feed walks submissions_changes (authority_id,
 * change_seq); change_seq is the id of the case's latest change in case_events, kept by the
 * case repository's writes, so the change itself is one primary-key look-up. Those numbers are
 * drawn under one lock held to commit (pg-change-order.ts), so a page read after a cursor never
 * misses a change that commits later with a smaller number.
 */
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import type { Promised } from '../db/promised';
import { unitOfWork, type PgDatabase } from '../db/postgres/unit-of-work';
import type { CaseManagementRef, ChangedCaseRow, FeedChange, IntegrationCaseRepository } from './integration-case-repository';
import { CHANGED_CASE_COLUMNS, LAST_CHANGE_COLUMNS, REF_COLUMNS } from './integration-case-rows';

const CHANGED = `SELECT ${CHANGED_CASE_COLUMNS}
   FROM submissions s
   JOIN packs p ON p.id = s.pack_id
   JOIN case_events e ON e.id = s.change_seq
  WHERE s.authority_id = $1 AND s.change_seq > $2 AND s.removed_at IS NULL
  ORDER BY s.change_seq
  LIMIT $3`;

export function createPgIntegrationCaseRepository(db: PgDatabase): Promised<IntegrationCaseRepository> {
  const unit = unitOfWork(db);
  return {
    caseManagementRef: async (submissionId) =>
      (await db.query<CaseManagementRef>(`SELECT ${REF_COLUMNS} FROM case_management_refs WHERE submission_id = $1`, [submissionId])).rows[0],
    acknowledge: (submissionId, ref, apiKeyId, record) =>
      unit(async (client) => {
        const inserted = await client.query(
          'INSERT INTO case_management_refs (submission_id, case_management_id, acknowledged_at, api_key_id) VALUES ($1, $2, $3, $4) ON CONFLICT (submission_id) DO NOTHING',
          [submissionId, ref.caseManagementId, ref.acknowledgedAt, apiKeyId],
        );
        const created = (inserted.rowCount ?? 0) > 0;
        if (created) await createPgAuditRepository(client).write(record);
        const kept = (await client.query<CaseManagementRef>(`SELECT ${REF_COLUMNS} FROM case_management_refs WHERE submission_id = $1`, [submissionId])).rows[0];
        return { ref: kept ?? ref, created };
      }),
    changedAfter: async (authorityId, afterSeq, limit) => (await db.query<ChangedCaseRow>({ name: 'integration.changed', text: CHANGED, values: [authorityId, afterSeq, limit] })).rows,
    lastChange: async (submissionId) =>
      (await db.query<FeedChange>(`SELECT ${LAST_CHANGE_COLUMNS} FROM submissions s JOIN case_events e ON e.id = s.change_seq WHERE s.id = $1`, [submissionId])).rows[0],
    packSlug: async (packId) => (await db.query<{ slug: string }>('SELECT slug FROM packs WHERE id = $1', [packId])).rows[0]?.slug,
  };
}
