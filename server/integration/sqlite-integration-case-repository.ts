/** The integration API's reads in SQLite; the page walks submissions_inbox (authority_id, id). */
import type { Sqlite } from '../db/connection';
import type { IntegrationCaseRepository, IntegrationCaseRow } from './integration-case-repository';

export function createSqliteIntegrationCaseRepository(sqlite: Sqlite): IntegrationCaseRepository {
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
  return {
    casesAfter: (authorityId, afterId, limit) => after.all(authorityId, afterId, limit),
    packSlug: (packId) => slug.get(packId)?.slug,
  };
}
