/** The integration API's reads in SQLite; the page walks submissions_inbox (authority_id, id). */
import type { Sqlite } from '../db/connection';
import type { AuditRecord, AuditRepository } from '../audit/audit-repository';
import type { CaseManagementRef, IntegrationCaseRepository, IntegrationCaseRow } from './integration-case-repository';

export function createSqliteIntegrationCaseRepository(sqlite: Sqlite, audit: AuditRepository): IntegrationCaseRepository {
  const after = sqlite.prepare<[string, number, number], IntegrationCaseRow>(
    `SELECT s.id, s.reference, p.slug AS packSlug, s.pack_version AS packVersion, s.service_id AS serviceId,
            s.municipality_code AS municipalityCode, s.status, s.submitted_at AS submittedAt, s.updated_at AS updatedAt
       FROM submissions s INDEXED BY submissions_inbox
       JOIN packs p ON p.id = s.pack_id
      WHERE s.authority_id = ? AND s.id > ? AND s.removed_at IS NULL
      ORDER BY s.id
      LIMIT ?`,
  );
  const slug = sqlite.prepare<[number], { slug: string }>('SELECT slug FROM packs WHERE id = ?');
  const refOf = sqlite.prepare<[number], CaseManagementRef>(
    'SELECT case_management_id AS caseManagementId, acknowledged_at AS acknowledgedAt FROM case_management_refs WHERE submission_id = ?',
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
    caseManagementRef: (submissionId) => refOf.get(submissionId),
    acknowledge: (submissionId, ref, apiKeyId, record) => acknowledge(submissionId, ref, apiKeyId, record),
    casesAfter: (authorityId, afterId, limit) => after.all(authorityId, afterId, limit),
    packSlug: (packId) => slug.get(packId)?.slug,
  };
}
