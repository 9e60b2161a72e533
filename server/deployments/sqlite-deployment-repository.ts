/** Deployments in SQLite. */
import { createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { Sqlite } from '../db/connection';
import { createSqliteCoverage } from '../routing/sqlite-routing-repository';
import type { DeploymentRepository, DeploymentSettings } from './deployment-repository';
import { DEPLOYMENT_COLUMNS as DEPLOYMENT, deploymentOf, SETTING_COLUMNS, type StoredDeployment } from './deployment-row';

export function createSqliteDeploymentRepository(sqlite: Sqlite): DeploymentRepository {
  const audit = createSqliteAuditWriter(sqlite);
  const coverage = createSqliteCoverage(sqlite);
  const byId = sqlite.prepare<[number], StoredDeployment>(`SELECT ${DEPLOYMENT} FROM deployments d WHERE d.id = ?`);
  const ofAuthority = sqlite.prepare<[string], StoredDeployment>(`SELECT ${DEPLOYMENT} FROM deployments d WHERE d.authority_id = ? ORDER BY d.id`);
  const codes = sqlite.prepare<[number], { code: string }>('SELECT municipality_code AS code FROM deployment_municipalities WHERE deployment_id = ?');
  const insert = sqlite.prepare<[string, number, number, string, number | null, string | null, string | null, string | null, string | null, string | null]>(
    `INSERT INTO deployments (authority_id, pack_id, pack_version, service_id, respond_within_days, contact_text, privacy_notice_url,
       privacy_notice_text, appeal_kind, appeal_text_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMunicipality = sqlite.prepare<[number, string, number, string]>(
    'INSERT INTO deployment_municipalities (deployment_id, municipality_code, pack_id, service_id) VALUES (?, ?, ?, ?)',
  );
  const setVersion = sqlite.prepare<[number, number]>('UPDATE deployments SET pack_version = ? WHERE id = ?');
  const withdraw = sqlite.prepare<[string, number]>('UPDATE deployments SET active = 0, withdrawn_at = ? WHERE id = ?');
  const withdrawMunicipalities = sqlite.prepare<[number]>('UPDATE deployment_municipalities SET active = 0 WHERE deployment_id = ?');
  // One statement per setting, so an update names only the columns it changes.
  const setSetting = Object.fromEntries(
    Object.entries(SETTING_COLUMNS).map(([key, column]) => [key, sqlite.prepare<[string | number | null, number]>(`UPDATE deployments SET ${column} = ? WHERE id = ?`)]),
  ) as Record<keyof DeploymentSettings, ReturnType<typeof sqlite.prepare<[string | number | null, number]>>>;

  const create = sqlite.transaction((...[d, municipalities, check, record]: Parameters<DeploymentRepository['create']>): number => {
    // Checked inside the transaction so two deployments cannot both pass; the unique index on active rows backs this up.
    check(coverage.coverage(d.packId, d.serviceId, municipalities, null));
    const id = Number(
      insert.run(d.authorityId, d.packId, d.packVersion, d.serviceId, d.respondWithinDays, d.contactText, d.privacyNoticeUrl, d.privacyNoticeText, d.appealKind, d.appealTextJson)
        .lastInsertRowid,
    );
    for (const code of municipalities) insertMunicipality.run(id, code, d.packId, d.serviceId);
    audit.write({ ...record, targetId: id });
    return id;
  });
  const upgrade = sqlite.transaction((...[id, version, record]: Parameters<DeploymentRepository['setVersion']>) => {
    setVersion.run(version, id);
    audit.write(record);
  });
  const update = sqlite.transaction((...[id, settings, record]: Parameters<DeploymentRepository['updateSettings']>) => {
    for (const key of Object.keys(SETTING_COLUMNS) as Array<keyof DeploymentSettings>) {
      const value = settings[key];
      if (value !== undefined) setSetting[key].run(value, id);
    }
    audit.write(record);
  });
  const withdrawAll = sqlite.transaction((...[id, at, record]: Parameters<DeploymentRepository['withdraw']>) => {
    withdraw.run(at, id);
    withdrawMunicipalities.run(id);
    audit.write(record);
  });

  return {
    byId: async (id) => {
      const row = byId.get(id);
      return row && deploymentOf(row);
    },
    ofAuthority: async (authorityId) => ofAuthority.all(authorityId).map(deploymentOf),
    municipalityCodes: async (id) => codes.all(id).map((r) => r.code).sort(),
    create: async (...args) => create(...args),
    setVersion: async (...args) => upgrade(...args),
    updateSettings: async (...args) => update(...args),
    withdraw: async (...args) => withdrawAll(...args),
  };
}
