/** Deployments in PostgreSQL. */
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import type { Promised } from '../db/promised';
import { unitOfWork, type PgDatabase } from '../db/postgres/unit-of-work';
import type { DeploymentRepository, DeploymentSettings } from './deployment-repository';
import { createPgRoutingRepository } from '../routing/pg-routing-repository';
import { DEPLOYMENT_COLUMNS, deploymentOf, SETTING_COLUMNS, type StoredDeployment } from './deployment-row';

export function createPgDeploymentRepository(db: PgDatabase): Promised<DeploymentRepository> {
  const unit = unitOfWork(db);
  return {
    create: (d, municipalities, check, record) =>
      unit(async (client) => {
        // SQLite's one writer orders two deployments of a service; here a lock per pack and service
        // does, so the second sees the first's municipalities in the overlap check (and the unique
        // index on active rows backs this up).
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`deployment:${d.packId}:${d.serviceId}`]);
        check(await createPgRoutingRepository(client).coverage(d.packId, d.serviceId, municipalities, null));
        const inserted = await client.query<{ id: number }>(
          `INSERT INTO deployments (authority_id, pack_id, pack_version, service_id, respond_within_days, contact_text, privacy_notice_url,
             privacy_notice_text, appeal_kind, appeal_text_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [d.authorityId, d.packId, d.packVersion, d.serviceId, d.respondWithinDays, d.contactText, d.privacyNoticeUrl, d.privacyNoticeText, d.appealKind, d.appealTextJson],
        );
        const id = inserted.rows[0].id;
        for (const code of municipalities) {
          await client.query('INSERT INTO deployment_municipalities (deployment_id, municipality_code, pack_id, service_id) VALUES ($1, $2, $3, $4)', [id, code, d.packId, d.serviceId]);
        }
        await createPgAuditRepository(client).write({ ...record, targetId: id });
        return id;
      }),
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
