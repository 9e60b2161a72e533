/** Assessments' reads and kept results in SQLite. */
import type { Sqlite } from '../db/connection';
import type { AssessmentRepository, ContactAuthorityRow, ResponsibleRow, ResultRow } from './assessment-repository';
import { AUTHORITY_COLUMNS as AUTHORITY, RESULT_COLUMNS as RESULT, RESULT_INSERT_COLUMNS, versionOf, type StoredVersion } from './assessment-rows';

export function createSqliteAssessmentRepository(sqlite: Sqlite): AssessmentRepository {
  const ofSlug = sqlite.prepare<[string], StoredVersion>(
    `SELECT v.pack_id AS packId, p.slug, v.version, v.retired_at IS NOT NULL AS retired
       FROM pack_versions v JOIN packs p ON p.id = v.pack_id WHERE p.slug = ? ORDER BY v.version DESC`,
  );
  const newest = sqlite.prepare<[], StoredVersion>(
    `SELECT v.pack_id AS packId, p.slug, MAX(v.version) AS version, 0 AS retired
       FROM pack_versions v JOIN packs p ON p.id = v.pack_id
      WHERE v.retired_at IS NULL GROUP BY v.pack_id ORDER BY p.slug`,
  );
  const topic = sqlite.prepare<[string], { id: string }>('SELECT id FROM topics WHERE id = ?');
  const packId = sqlite.prepare<[string], { id: number }>('SELECT id FROM packs WHERE slug = ?');
  const versions = sqlite.prepare<[number], { version: number }>('SELECT version FROM pack_versions WHERE pack_id = ? ORDER BY version DESC');
  // The routing rule (server/routing): at most one active deployment per service and municipality.
  const responsible = sqlite.prepare<[number, string, string], ResponsibleRow>(
    `SELECT d.id AS deploymentId, d.pack_version AS packVersion, d.respond_within_days AS respondWithinDays,
            a.id AS authorityId, a.name_fi AS nameFi, a.name_sv AS nameSv, a.name_en AS nameEn
       FROM deployment_municipalities dm
       JOIN deployments d ON d.id = dm.deployment_id
       JOIN authorities a ON a.id = d.authority_id
      WHERE dm.pack_id = ? AND dm.service_id = ? AND dm.municipality_code = ? AND dm.active = 1 AND d.active = 1`,
  );
  const byId = sqlite.prepare<[string], ContactAuthorityRow>(`SELECT ${AUTHORITY} FROM authorities a WHERE a.id = ?`);
  const ofArea = sqlite.prepare<[string, string], ContactAuthorityRow>(
    `SELECT ${AUTHORITY} FROM authority_municipalities am JOIN authorities a ON a.id = am.authority_id
      WHERE am.municipality_code = ? AND a.kind = ? ORDER BY a.id LIMIT 1`,
  );
  const deploysService = sqlite.prepare<[number, string], ContactAuthorityRow>(
    `SELECT ${AUTHORITY} FROM deployments d JOIN authorities a ON a.id = d.authority_id
      WHERE d.pack_id = ? AND d.service_id = ? AND a.kind = 'national' ORDER BY d.active DESC, d.id DESC LIMIT 1`,
  );
  const national = sqlite.prepare<[], ContactAuthorityRow>(`SELECT ${AUTHORITY} FROM authorities a WHERE a.kind = 'national' ORDER BY a.id LIMIT 2`);
  const insertResult = sqlite.prepare<[string, number, number, string, string, string, string, string | null, string]>(
    `INSERT INTO assessment_results (${RESULT_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const result = sqlite.prepare<[string], ResultRow>(`SELECT ${RESULT} FROM assessment_results WHERE id = ?`);
  const resultsOf = sqlite.prepare<[string, number], ResultRow>(
    `SELECT ${RESULT} FROM assessment_results WHERE customer_email = ? ORDER BY created_at DESC LIMIT ?`,
  );

  return {
    versionsOfSlug: async (slug) => ofSlug.all(slug).map(versionOf),
    newestVersions: async () => newest.all().map(versionOf),
    topicExists: async (id) => topic.get(id) !== undefined,
    packIdOfSlug: async (slug) => packId.get(slug)?.id,
    versionNumbers: async (id) => versions.all(id).map((r) => r.version),
    responsible: async (id, serviceId, municipality) => responsible.get(id, serviceId, municipality),
    authorityById: async (id) => byId.get(id),
    authorityOfArea: async (municipality, kind) => ofArea.get(municipality, kind),
    nationalDeploying: async (id, serviceId) => deploysService.get(id, serviceId),
    nationalAuthorities: async () => national.all(),
    async saveResult(row) {
      insertResult.run(row.id, row.packId, row.packVersion, row.assessmentId, row.municipalityCode, row.answersJson, row.lang, row.customerEmail, row.createdAt);
      return row;
    },
    resultById: async (id) => result.get(id),
    resultsOf: async (email, limit) => resultsOf.all(email, limit),
  };
}
