/** Assessments' reads and kept results in PostgreSQL. */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { AssessmentRepository, ContactAuthorityRow, ResponsibleRow, ResultRow } from './assessment-repository';
import { AUTHORITY_COLUMNS, RESULT_COLUMNS, RESULT_INSERT_COLUMNS, versionOf, type StoredVersion } from './assessment-rows';

// COLLATE "C" on text orderings: SQLite's (binary) order, whatever the database's locale.
const OF_SLUG = `SELECT v.pack_id AS "packId", p.slug, v.version, v.retired_at IS NOT NULL AS retired
   FROM pack_versions v JOIN packs p ON p.id = v.pack_id WHERE p.slug = $1 ORDER BY v.version DESC`;
const NEWEST = `SELECT v.pack_id AS "packId", p.slug, MAX(v.version) AS version, false AS retired
   FROM pack_versions v JOIN packs p ON p.id = v.pack_id
  WHERE v.retired_at IS NULL GROUP BY v.pack_id, p.slug ORDER BY p.slug COLLATE "C"`;
// The routing rule (server/routing): at most one active deployment per service and municipality.
const RESPONSIBLE = `SELECT d.id AS "deploymentId", d.pack_version AS "packVersion", d.respond_within_days AS "respondWithinDays",
        a.id AS "authorityId", a.name_fi AS "nameFi", a.name_sv AS "nameSv", a.name_en AS "nameEn"
   FROM deployment_municipalities dm
   JOIN deployments d ON d.id = dm.deployment_id
   JOIN authorities a ON a.id = d.authority_id
  WHERE dm.pack_id = $1 AND dm.service_id = $2 AND dm.municipality_code = $3 AND dm.active = true AND d.active = true`;
const OF_AREA = `SELECT ${AUTHORITY_COLUMNS} FROM authority_municipalities am JOIN authorities a ON a.id = am.authority_id
  WHERE am.municipality_code = $1 AND a.kind = $2 ORDER BY a.id COLLATE "C" LIMIT 1`;
const NATIONAL_DEPLOYING = `SELECT ${AUTHORITY_COLUMNS} FROM deployments d JOIN authorities a ON a.id = d.authority_id
  WHERE d.pack_id = $1 AND d.service_id = $2 AND a.kind = 'national' ORDER BY d.active DESC, d.id DESC LIMIT 1`;

export function createPgAssessmentRepository(db: PgQueryable): Promised<AssessmentRepository> {
  const rows = async <R extends object>(text: string, values: unknown[] = []) => (await db.query<R>(text, values)).rows;
  return {
    versionsOfSlug: async (slug) => (await rows<StoredVersion>(OF_SLUG, [slug])).map(versionOf),
    newestVersions: async () => (await rows<StoredVersion>(NEWEST)).map(versionOf),
    topicExists: async (id) => (await rows('SELECT 1 FROM topics WHERE id = $1', [id])).length > 0,
    packIdOfSlug: async (slug) => (await rows<{ id: number }>('SELECT id FROM packs WHERE slug = $1', [slug]))[0]?.id,
    versionNumbers: async (id) => (await rows<{ version: number }>('SELECT version FROM pack_versions WHERE pack_id = $1 ORDER BY version DESC', [id])).map((r) => r.version),
    responsible: async (id, serviceId, municipality) => (await rows<ResponsibleRow>(RESPONSIBLE, [id, serviceId, municipality]))[0],
    authorityById: async (id) => (await rows<ContactAuthorityRow>(`SELECT ${AUTHORITY_COLUMNS} FROM authorities a WHERE a.id = $1`, [id]))[0],
    authorityOfArea: async (municipality, kind) => (await rows<ContactAuthorityRow>(OF_AREA, [municipality, kind]))[0],
    nationalDeploying: async (id, serviceId) => (await rows<ContactAuthorityRow>(NATIONAL_DEPLOYING, [id, serviceId]))[0],
    nationalAuthorities: () => rows<ContactAuthorityRow>(`SELECT ${AUTHORITY_COLUMNS} FROM authorities a WHERE a.kind = 'national' ORDER BY a.id COLLATE "C" LIMIT 2`),
    async saveResult(row) {
      await db.query(`INSERT INTO assessment_results (${RESULT_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        row.id, row.packId, row.packVersion, row.assessmentId, row.municipalityCode, row.answersJson, row.lang, row.customerEmail, row.createdAt,
      ]);
      return row;
    },
    resultById: async (id) => (await rows<ResultRow>(`SELECT ${RESULT_COLUMNS} FROM assessment_results WHERE id = $1`, [id]))[0],
    resultsOf: (email, limit) => rows<ResultRow>(`SELECT ${RESULT_COLUMNS} FROM assessment_results WHERE customer_email = $1 ORDER BY created_at DESC LIMIT $2`, [email, limit]),
  };
}
