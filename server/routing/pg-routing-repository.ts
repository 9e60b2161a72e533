/**
 * Routing's reads in PostgreSQL. The offering and a send's responsible deployment are the hottest
 * queries: named statements, so each connection parses and plans them once.
 */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import { DEPLOYMENT_COLUMNS, deploymentOf, type StoredDeployment } from '../deployments/deployment-row';
import type { CoverageRow, OfferingRow, ResponsibleDeployment, RoutingRepository } from './routing-repository';

const OFFERING = `SELECT d.id AS "deploymentId", d.pack_id AS "packId", d.pack_version AS "packVersion", d.service_id AS "serviceId",
        p.slug AS "packSlug", a.id AS "authorityId", a.kind AS "authorityKind", a.name_fi AS "nameFi", a.name_sv AS "nameSv", a.name_en AS "nameEn"
   FROM deployment_municipalities dm
   JOIN deployments d ON d.id = dm.deployment_id
   JOIN authorities a ON a.id = d.authority_id
   JOIN packs p ON p.id = d.pack_id
  WHERE dm.municipality_code = $1 AND dm.active = true AND d.active = true`;

const BY_DEPLOYMENT = `SELECT d.id, d.authority_id AS "authorityId", d.pack_id AS "packId", d.pack_version AS "packVersion", d.service_id AS "serviceId",
        d.respond_within_days AS "respondWithinDays"
   FROM deployment_municipalities dm
   JOIN deployments d ON d.id = dm.deployment_id
  WHERE dm.deployment_id = $1 AND dm.municipality_code = $2 AND dm.active = true AND d.active = true`;

const BY_SERVICE = `SELECT ${DEPLOYMENT_COLUMNS}
   FROM deployment_municipalities dm
   JOIN deployments d ON d.id = dm.deployment_id
  WHERE dm.pack_id = $1 AND dm.service_id = $2 AND dm.municipality_code = $3 AND dm.active = true`;

const COVERAGE = `SELECT dm.deployment_id AS "deploymentId", dm.municipality_code AS code, a.id AS "authorityId", a.name_fi AS "nameFi", a.name_sv AS "nameSv", a.name_en AS "nameEn"
   FROM deployment_municipalities dm
   JOIN deployments d ON d.id = dm.deployment_id
   JOIN authorities a ON a.id = d.authority_id
  WHERE dm.pack_id = $1 AND dm.service_id = $2 AND dm.active = true
    AND dm.municipality_code = ANY($3::text[]) AND dm.deployment_id <> $4`;

const DEPLOYED_VERSION = `SELECT d.pack_id AS "packId"
   FROM deployments d
   JOIN packs p ON p.id = d.pack_id
  WHERE p.slug = $1 AND d.pack_version = $2 AND d.service_id = $3 AND d.active = true
  LIMIT 1`;

export function createPgRoutingRepository(db: PgQueryable): Promised<RoutingRepository> {
  return {
    offering: async (municipality) => (await db.query<OfferingRow>({ name: 'routing.offering', text: OFFERING, values: [municipality] })).rows,
    responsibleDeployment: async (deploymentId, municipality) =>
      (await db.query<ResponsibleDeployment>({ name: 'routing.responsible', text: BY_DEPLOYMENT, values: [deploymentId, municipality] })).rows[0],
    async responsibleForService(packId, serviceId, municipality) {
      const row = (await db.query<StoredDeployment>({ name: 'routing.for_service', text: BY_SERVICE, values: [packId, serviceId, municipality] })).rows[0];
      return row && deploymentOf(row);
    },
    coverage: async (packId, serviceId, codes, excludeDeploymentId) =>
      (await db.query<CoverageRow>(COVERAGE, [packId, serviceId, [...codes], excludeDeploymentId ?? -1])).rows,
    // COLLATE "C": codes in SQLite's (binary) order, whatever the database's locale.
    authorityArea: async (authorityId) =>
      (await db.query<{ code: string }>('SELECT municipality_code AS code FROM authority_municipalities WHERE authority_id = $1 ORDER BY municipality_code COLLATE "C"', [authorityId])).rows.map(
        (r) => r.code,
      ),
    deployedPackVersion: async (slug, version, serviceId) => (await db.query<{ packId: number }>(DEPLOYED_VERSION, [slug, version, serviceId])).rows[0]?.packId,
  };
}
