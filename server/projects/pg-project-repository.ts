/** Customers' projects in PostgreSQL (tables projects, project_permits, project_events; the link columns of submissions). */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import { unitOfWork, type PgDatabase } from '../db/postgres/unit-of-work';
import type { PermitRecord, PlaceNames, ProjectRepository } from './project-repository';
import { EVENT_COLUMNS, eventOf, OWNER_COLUMN, ownerColumns, ownerValue, PERMIT_COLUMNS, PROJECT_COLUMNS, projectOf, TALLY_COLUMNS, tallyOf, type EventRow, type ProjectRow, type TallyRow } from './project-rows';

const PERMITS_FROM = 'FROM project_permits pp JOIN deployments d ON d.id = pp.deployment_id LEFT JOIN submissions s ON s.id = pp.submission_id';

/** A permit's state, its row locked until the unit of work ends (a save and a send of one draft take their turns). */
async function permitState(client: PgQueryable, permitId: number) {
  return (
    await client.query<{ projectId: number; version: number; submissionId: number | null }>(
      'SELECT project_id AS "projectId", version, submission_id AS "submissionId" FROM project_permits WHERE id = $1 FOR UPDATE',
      [permitId],
    )
  ).rows[0];
}

const touchProject = (client: PgQueryable, at: string, projectId: number) => client.query('UPDATE projects SET updated_at = $1 WHERE id = $2', [at, projectId]);

async function insertPermit(client: PgQueryable, projectId: number, permit: { deploymentId: number; serviceId: string; idempotencyKey: string }, at: string): Promise<number> {
  const inserted = await client.query<{ id: number }>(
    `INSERT INTO project_permits (project_id, deployment_id, service_id, draft_json, idempotency_key, created_at, updated_at)
     VALUES ($1, $2, $3, '{}', $4, $5, $5) RETURNING id`,
    [projectId, permit.deploymentId, permit.serviceId, permit.idempotencyKey, at],
  );
  return inserted.rows[0].id;
}

export function createPgProjectRepository(db: PgDatabase): Promised<ProjectRepository> {
  const unit = unitOfWork(db);
  const rows = async <R extends object>(text: string, values: unknown[]) => (await db.query<R>(text, values)).rows;
  // Reference rows are only ever inserted, never renamed: a name once read stays right.
  const authorities = new Map<string, { nameFi: string; nameSv: string; nameEn: string }>();
  const places = new Map<string, PlaceNames>();

  return {
    async authorityNames(id) {
      let names = authorities.get(id);
      if (!names && (names = (await rows<{ nameFi: string; nameSv: string; nameEn: string }>('SELECT name_fi AS "nameFi", name_sv AS "nameSv", name_en AS "nameEn" FROM authorities WHERE id = $1', [id]))[0])) {
        authorities.set(id, names);
      }
      return names;
    },
    async municipalityNames(code) {
      let names = places.get(code);
      if (!names && (names = (await rows<PlaceNames>('SELECT name_fi AS "nameFi", name_sv AS "nameSv" FROM municipalities WHERE code = $1', [code]))[0])) places.set(code, names);
      return names;
    },
    projectsOf: async (owner) =>
      (await rows<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM projects p WHERE ${OWNER_COLUMN[owner.kind]} = $1 ORDER BY p.updated_at DESC, p.id DESC`, [ownerValue(owner)])).map(projectOf),
    permitTalliesOf: async (owner) =>
      (
        await rows<TallyRow>(
          `SELECT ${TALLY_COLUMNS} FROM projects p JOIN project_permits pp ON pp.project_id = p.id LEFT JOIN submissions s ON s.id = pp.submission_id
            WHERE ${OWNER_COLUMN[owner.kind]} = $1`,
          [ownerValue(owner)],
        )
      ).map(tallyOf),
    async project(id) {
      const row = (await rows<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM projects p WHERE p.id = $1`, [id]))[0];
      return row ? projectOf(row) : undefined;
    },
    createProject: (project, permits) =>
      unit(async (client) => {
        const [ownerEmail, ownerPersonKey, ownerBusinessId] = ownerColumns(project.owner);
        const inserted = await client.query<{ id: number }>(
          `INSERT INTO projects (owner_email, owner_person_key, owner_business_id, owner_business_name, created_by_person_key, contact_email,
             name, municipality_code, pack_id, pack_slug, pack_version, data_json, contact_name, contact_phone,
             consent, consent_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id`,
          [
            ownerEmail, ownerPersonKey, ownerBusinessId, project.companyName, project.createdByPersonKey, ownerEmail === null ? project.contactEmail : null,
            project.name, project.municipalityCode, project.packId, project.packSlug, project.packVersion, project.dataJson,
            project.contactName, project.contactPhone, project.consent, project.consent ? project.at : null, project.at,
          ],
        );
        const id = inserted.rows[0].id;
        for (const p of permits) await insertPermit(client, id, p, project.at);
        return id;
      }),
    removeProject: (id) =>
      unit(async (client) => {
        if (!(await client.query('SELECT 1 FROM projects WHERE id = $1 FOR UPDATE', [id])).rowCount) return 'gone';
        if ((await client.query('SELECT 1 FROM project_permits WHERE project_id = $1 AND submission_id IS NOT NULL LIMIT 1', [id])).rowCount) return 'sent';
        await client.query('DELETE FROM project_events WHERE project_id = $1', [id]);
        await client.query('DELETE FROM project_permits WHERE project_id = $1', [id]);
        await client.query('DELETE FROM projects WHERE id = $1', [id]);
        return 'removed';
      }),
    permitsOf: (projectId) => rows<PermitRecord>(`SELECT ${PERMIT_COLUMNS} ${PERMITS_FROM} WHERE pp.project_id = $1 ORDER BY pp.id`, [projectId]),
    permit: async (projectId, permitId) => (await rows<PermitRecord>(`SELECT ${PERMIT_COLUMNS} ${PERMITS_FROM} WHERE pp.project_id = $1 AND pp.id = $2`, [projectId, permitId]))[0],
    addPermit: (projectId, permit, packId, at) =>
      unit(async (client) => {
        // The project's row locked: two adds of one service take their turns.
        await client.query('SELECT 1 FROM projects WHERE id = $1 FOR UPDATE', [projectId]);
        const same = await client.query(
          'SELECT pp.id FROM project_permits pp JOIN deployments d ON d.id = pp.deployment_id WHERE pp.project_id = $1 AND d.pack_id = $2 AND pp.service_id = $3 LIMIT 1',
          [projectId, packId, permit.serviceId],
        );
        if (same.rowCount) return { ok: false, reason: 'duplicate' };
        const permitId = await insertPermit(client, projectId, permit, at);
        await touchProject(client, at, projectId);
        return { ok: true, permitId };
      }),
    saveDraft: (permitId, expectedVersion, draftJson, at) =>
      unit(async (client) => {
        const now = await permitState(client, permitId);
        if (!now) return { ok: false, reason: 'gone' };
        if (now.submissionId !== null) return { ok: false, reason: 'sent' };
        if (now.version !== expectedVersion) return { ok: false, reason: 'stale' };
        await client.query('UPDATE project_permits SET draft_json = $1, version = version + 1, updated_at = $2 WHERE id = $3', [draftJson, at, permitId]);
        await touchProject(client, at, now.projectId);
        return { ok: true, version: now.version + 1 };
      }),
    removeDraft: (permitId) =>
      unit(async (client) => {
        const now = await permitState(client, permitId);
        if (!now) return 'gone';
        if (now.submissionId !== null) return 'sent';
        await client.query('DELETE FROM project_permits WHERE id = $1', [permitId]);
        return 'removed';
      }),
    linkSent: (permitId, submissionId, projectDataJson, at) =>
      unit(async (client) => {
        const linked = await client.query<{ projectId: number }>(
          'UPDATE project_permits SET submission_id = $1, updated_at = $2 WHERE id = $3 AND submission_id IS NULL RETURNING project_id AS "projectId"',
          [submissionId, at, permitId],
        );
        const projectId = linked.rows[0]?.projectId;
        if (projectId === undefined) throw new Error(`Permit ${permitId} was sent already`);
        await client.query('UPDATE submissions SET project_permit_id = $1, project_data_json = $2 WHERE id = $3', [permitId, projectDataJson, submissionId]);
        await touchProject(client, at, projectId);
      }),
    changeData: (projectId, change) =>
      unit(async (client) => {
        const now = (await client.query<{ version: number }>('SELECT version FROM projects WHERE id = $1 FOR UPDATE', [projectId])).rows[0];
        if (!now) return { ok: false, reason: 'gone' };
        if (now.version !== change.expectedVersion) return { ok: false, reason: 'stale' };
        // An e-mail customer's receipts go to their own address: contact_email stays null for their projects.
        await client.query(
          `UPDATE projects SET data_json = $1, name = $2, contact_name = $3, contact_phone = $4,
             contact_email = CASE WHEN owner_email IS NULL THEN $5 ELSE NULL END, updated_at = $6, version = version + 1 WHERE id = $7`,
          [change.dataJson, change.name, change.contactName, change.contactPhone, change.contactEmail, change.at, projectId],
        );
        const version = now.version + 1;
        if (change.fields.length) {
          await client.query("INSERT INTO project_events (project_id, at, kind, version, details_json) VALUES ($1, $2, 'data_changed', $3, $4)", [
            projectId, change.at, version, JSON.stringify({ fields: change.fields }),
          ]);
        }
        return { ok: true, version };
      }),
    eventsOf: async (projectId, afterVersion = 0) =>
      (await rows<EventRow>(`SELECT ${EVENT_COLUMNS} FROM project_events WHERE project_id = $1 AND version > $2 ORDER BY id`, [projectId, afterVersion])).map(eventOf),
    async recordSentData(submissionId, projectDataJson) {
      await db.query('UPDATE submissions SET project_data_json = $1 WHERE id = $2', [projectDataJson, submissionId]);
    },
    async projectOfCase(submissionId) {
      const link = (await rows<{ permitId: number | null; sentDataJson: string | null }>(
        'SELECT project_permit_id AS "permitId", project_data_json AS "sentDataJson" FROM submissions WHERE id = $1',
        [submissionId],
      ))[0];
      if (!link || link.permitId === null) return undefined;
      const row = (await rows<ProjectRow>(`SELECT ${PROJECT_COLUMNS} FROM project_permits pp JOIN projects p ON p.id = pp.project_id WHERE pp.id = $1`, [link.permitId]))[0];
      return row ? { project: projectOf(row), permitId: link.permitId, sentDataJson: link.sentDataJson } : undefined;
    },
  };
}
