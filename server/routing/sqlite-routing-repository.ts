/**
 * Routing's reads in SQLite: plain prepared statements with positional parameters (the offering
 * and the send's responsible deployment are the hottest queries). `active = 1` is written as a
 * literal, never bound: SQLite re-prepares a statement on every new binding of a parameter that
 * could change its plan, and `active` has a partial index (WHERE active = 1), so a bound value
 * cost a full re-prepare (~50 µs) on every send.
 */
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import { DEPLOYMENT_COLUMNS as DEPLOYMENT, deploymentOf, type StoredDeployment } from '../deployments/deployment-row';
import type { CoverageRow, OfferingRow, ResponsibleDeployment, RoutingRepository } from './routing-repository';

/** The coverage read, also made by the deployment repository inside its create (the overlap check). */
export function createSqliteCoverage(sqlite: Sqlite): Synchronous<Pick<RoutingRepository, 'coverage'>> {
  const coverage = sqlite.prepare<[number, string, string, number], CoverageRow>(
    `SELECT dm.deployment_id AS deploymentId, dm.municipality_code AS code, a.id AS authorityId, a.name_fi AS nameFi, a.name_sv AS nameSv, a.name_en AS nameEn
       FROM deployment_municipalities dm
       JOIN deployments d ON d.id = dm.deployment_id
       JOIN authorities a ON a.id = d.authority_id
      WHERE dm.pack_id = ? AND dm.service_id = ? AND dm.active = 1
        AND dm.municipality_code IN (SELECT value FROM json_each(?)) AND dm.deployment_id <> ?`,
  );
  return {
    coverage: (packId, serviceId, codes, excludeDeploymentId) => coverage.all(packId, serviceId, JSON.stringify(codes), excludeDeploymentId ?? -1),
  };
}

export function createSqliteRoutingRepository(sqlite: Sqlite): RoutingRepository {
  const covered = createSqliteCoverage(sqlite);
  const offering = sqlite.prepare<[string], OfferingRow>(
    `SELECT d.id AS deploymentId, d.pack_id AS packId, d.pack_version AS packVersion, d.service_id AS serviceId,
            p.slug AS packSlug, a.id AS authorityId, a.kind AS authorityKind, a.name_fi AS nameFi, a.name_sv AS nameSv, a.name_en AS nameEn
       FROM deployment_municipalities dm
       JOIN deployments d ON d.id = dm.deployment_id
       JOIN authorities a ON a.id = d.authority_id
       JOIN packs p ON p.id = d.pack_id
      WHERE dm.municipality_code = ? AND dm.active = 1 AND d.active = 1`,
  );
  const byDeployment = sqlite.prepare<[number, string], ResponsibleDeployment>(
    `SELECT d.id, d.authority_id AS authorityId, d.pack_id AS packId, d.pack_version AS packVersion, d.service_id AS serviceId,
            d.respond_within_days AS respondWithinDays
       FROM deployment_municipalities dm
       JOIN deployments d ON d.id = dm.deployment_id
      WHERE dm.deployment_id = ? AND dm.municipality_code = ? AND dm.active = 1 AND d.active = 1`,
  );
  const byService = sqlite.prepare<[number, string, string], StoredDeployment>(
    `SELECT ${DEPLOYMENT}
       FROM deployment_municipalities dm
       JOIN deployments d ON d.id = dm.deployment_id
      WHERE dm.pack_id = ? AND dm.service_id = ? AND dm.municipality_code = ? AND dm.active = 1`,
  );
  const area = sqlite.prepare<[string], { code: string }>(
    'SELECT municipality_code AS code FROM authority_municipalities WHERE authority_id = ? ORDER BY municipality_code',
  );
  const deployedVersion = sqlite.prepare<[string, number, string], { packId: number }>(
    `SELECT d.pack_id AS packId
       FROM deployments d
       JOIN packs p ON p.id = d.pack_id
      WHERE p.slug = ? AND d.pack_version = ? AND d.service_id = ? AND d.active = 1
      LIMIT 1`,
  );
  return {
    offering: async (municipality) => offering.all(municipality),
    responsibleDeployment: async (deploymentId, municipality) => byDeployment.get(deploymentId, municipality),
    async responsibleForService(packId, serviceId, municipality) {
      const row = byService.get(packId, serviceId, municipality);
      return row && deploymentOf(row);
    },
    coverage: async (packId, serviceId, codes, excludeDeploymentId) => covered.coverage(packId, serviceId, codes, excludeDeploymentId),
    authorityArea: async (authorityId) => area.all(authorityId).map((r) => r.code),
    deployedPackVersion: async (slug, version, serviceId) => deployedVersion.get(slug, version, serviceId)?.packId,
  };
}
