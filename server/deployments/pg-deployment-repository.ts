/** Deployments in PostgreSQL. */
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import type { Promised } from '../db/promised';
import { unitOfWork, type PgDatabase } from '../db/postgres/unit-of-work';
import type { DeploymentRepository, DeploymentSettings } from './deployment-repository';
import { DEPLOYMENT_COLUMNS, deploymentOf, SETTING_COLUMNS, type StoredDeployment } from './deployment-row';

/**
 * Without `create` for now: its `check` (the overlap check) reads through other repositories
 * synchronously, which a PostgreSQL transaction cannot offer; the interface's reshaping of that
 * check to answer a Promise comes first, and `create` is written against it.
 */
export type PgDeploymentRepository = Omit<Promised<DeploymentRepository>, 'create'>;

export function createPgDeploymentRepository(db: PgDatabase): PgDeploymentRepository {
  const unit = unitOfWork(db);
  return {
    async byId(id) {
      const row = (await db.query<StoredDeployment>(`SELECT ${DEPLOYMENT_COLUMNS} FROM deployments d WHERE d.id = $1`, [id])).rows[0];
      return row && deploymentOf(row);
    },
    ofAuthority: async (authorityId) =>
      (await db.query<StoredDeployment>(`SELECT ${DEPLOYMENT_COLUMNS} FROM deployments d WHERE d.authority_id = $1 ORDER BY d.id`, [authorityId])).rows.map(deploymentOf),
    municipalityCodes: async (id) =>
      (await db.query<{ code: string }>('SELECT municipality_code AS code FROM deployment_municipalities WHERE deployment_id = $1', [id])).rows.map((r) => r.code).sort(),
    setVersion: (id, version, record) =>
      unit(async (client) => {
        await client.query('UPDATE deployments SET pack_version = $1 WHERE id = $2', [version, id]);
        await createPgAuditRepository(client).write(record);
      }),
    updateSettings: (id, settings, record) =>
      unit(async (client) => {
        // Only the settings given are written.
        const keys = (Object.keys(SETTING_COLUMNS) as Array<keyof DeploymentSettings>).filter((key) => settings[key] !== undefined);
        if (keys.length > 0) {
          const assignments = keys.map((key, i) => `${SETTING_COLUMNS[key]} = $${i + 2}`).join(', ');
          await client.query(`UPDATE deployments SET ${assignments} WHERE id = $1`, [id, ...keys.map((key) => settings[key])]);
        }
        await createPgAuditRepository(client).write(record);
      }),
    withdraw: (id, at, record) =>
      unit(async (client) => {
        await client.query('UPDATE deployments SET active = false, withdrawn_at = $1 WHERE id = $2', [at, id]);
        await client.query('UPDATE deployment_municipalities SET active = false WHERE deployment_id = $1', [id]);
        await createPgAuditRepository(client).write(record);
      }),
  };
}
