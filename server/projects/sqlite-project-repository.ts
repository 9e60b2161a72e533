/** Customers' projects in SQLite (tables projects, project_permits, project_events; the link columns of submissions). */
import type { ProjectOwner } from '../../permissions/acting-for';
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import type {
  AddPermitResult, CaseProjectLink, PlaceNames, DataChange, DataChangeResult, DraftSaveResult, NewPermit, NewProject, PermitRecord, ProjectRepository, RemoveResult,
} from './project-repository';
import { EVENT_COLUMNS, eventOf, OWNER_COLUMN, ownerColumns, ownerValue, PERMIT_COLUMNS as PERMIT, PROJECT_COLUMNS as PROJECT, projectOf, TALLY_COLUMNS, tallyOf, type EventRow, type ProjectRow, type TallyRow } from './project-rows';

/** The WHERE clause that finds one owner's projects through its own index. */
const OWNER_MATCH: Record<ProjectOwner['kind'], string> = { email: `${OWNER_COLUMN.email} = ?`, person: `${OWNER_COLUMN.person} = ?`, company: `${OWNER_COLUMN.company} = ?` };


/** One statement per kind of owner, each by its own column (and index). */
function byOwner<T>(make: (match: string) => T): Record<ProjectOwner['kind'], T> {
  return { email: make(OWNER_MATCH.email), person: make(OWNER_MATCH.person), company: make(OWNER_MATCH.company) };
}

/** The project repository, with the link the send writes inside its group-commit transaction. */
export interface SqliteProjectRepository extends ProjectRepository {
  readonly sentLinks: Synchronous<Pick<ProjectRepository, 'linkSent'>>;
}

export function createSqliteProjectRepository(sqlite: Sqlite): SqliteProjectRepository {
  const st = {
    authority: sqlite.prepare<[string], { nameFi: string; nameSv: string; nameEn: string }>(
      'SELECT name_fi AS nameFi, name_sv AS nameSv, name_en AS nameEn FROM authorities WHERE id = ?',
    ),
    municipality: sqlite.prepare<[string], PlaceNames>('SELECT name_fi AS nameFi, name_sv AS nameSv FROM municipalities WHERE code = ?'),
    projectsOf: byOwner((match) => sqlite.prepare<[string], ProjectRow>(`SELECT ${PROJECT} FROM projects p WHERE ${match} ORDER BY p.updated_at DESC, p.id DESC`)),
    tallies: byOwner((match) =>
      sqlite.prepare<[string], TallyRow>(
        `SELECT ${TALLY_COLUMNS}
           FROM projects p JOIN project_permits pp ON pp.project_id = p.id LEFT JOIN submissions s ON s.id = pp.submission_id
          WHERE ${match}`,
      ),
    ),
    project: sqlite.prepare<[number], ProjectRow>(`SELECT ${PROJECT} FROM projects p WHERE p.id = ?`),
    insertProject: sqlite.prepare<
      [string | null, string | null, string | null, string | null, string | null, string | null, string, string, number, string, number, string, string, string | null, number, string | null, string, string]
    >(
      `INSERT INTO projects (owner_email, owner_person_key, owner_business_id, owner_business_name, created_by_person_key, contact_email,
         name, municipality_code, pack_id, pack_slug, pack_version, data_json, contact_name, contact_phone,
         consent, consent_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertPermit: sqlite.prepare<[number, number, string, string, string, string]>(
      `INSERT INTO project_permits (project_id, deployment_id, service_id, draft_json, idempotency_key, created_at, updated_at)
       VALUES (?, ?, ?, '{}', ?, ?, ?)`,
    ),
    sentCount: sqlite.prepare<[number], { n: number }>('SELECT count(*) AS n FROM project_permits WHERE project_id = ? AND submission_id IS NOT NULL'),
    deleteEvents: sqlite.prepare<[number]>('DELETE FROM project_events WHERE project_id = ?'),
    deletePermits: sqlite.prepare<[number]>('DELETE FROM project_permits WHERE project_id = ?'),
    deleteProject: sqlite.prepare<[number]>('DELETE FROM projects WHERE id = ?'),
    permitsOf: sqlite.prepare<[number], PermitRecord>(
      `SELECT ${PERMIT} FROM project_permits pp JOIN deployments d ON d.id = pp.deployment_id LEFT JOIN submissions s ON s.id = pp.submission_id
        WHERE pp.project_id = ? ORDER BY pp.id`,
    ),
    permit: sqlite.prepare<[number, number], PermitRecord>(
      `SELECT ${PERMIT} FROM project_permits pp JOIN deployments d ON d.id = pp.deployment_id LEFT JOIN submissions s ON s.id = pp.submission_id
        WHERE pp.project_id = ? AND pp.id = ?`,
    ),
    sameService: sqlite.prepare<[number, number, string], { id: number }>(
      `SELECT pp.id FROM project_permits pp JOIN deployments d ON d.id = pp.deployment_id
        WHERE pp.project_id = ? AND d.pack_id = ? AND pp.service_id = ? LIMIT 1`,
    ),
    touchProject: sqlite.prepare<[string, number]>('UPDATE projects SET updated_at = ? WHERE id = ?'),
    permitState: sqlite.prepare<[number], { projectId: number; version: number; submissionId: number | null }>(
      'SELECT project_id AS projectId, version, submission_id AS submissionId FROM project_permits WHERE id = ?',
    ),
    saveDraft: sqlite.prepare<[string, string, number]>('UPDATE project_permits SET draft_json = ?, version = version + 1, updated_at = ? WHERE id = ?'),
    deletePermit: sqlite.prepare<[number]>('DELETE FROM project_permits WHERE id = ?'),
    linkPermit: sqlite.prepare<[number, string, number]>('UPDATE project_permits SET submission_id = ?, updated_at = ? WHERE id = ? AND submission_id IS NULL'),
    linkSubmission: sqlite.prepare<[number, string, number]>('UPDATE submissions SET project_permit_id = ?, project_data_json = ? WHERE id = ?'),
    projectVersion: sqlite.prepare<[number], { version: number }>('SELECT version FROM projects WHERE id = ?'),
    // An e-mail customer's receipts go to their own address: contact_email stays null for their projects.
    changeData: sqlite.prepare<[string, string, string, string | null, string, string, number]>(
      `UPDATE projects SET data_json = ?, name = ?, contact_name = ?, contact_phone = ?,
         contact_email = CASE WHEN owner_email IS NULL THEN ? ELSE NULL END, updated_at = ?, version = version + 1 WHERE id = ?`,
    ),
    insertEvent: sqlite.prepare<[number, string, number, string]>(
      "INSERT INTO project_events (project_id, at, kind, version, details_json) VALUES (?, ?, 'data_changed', ?, ?)",
    ),
    events: sqlite.prepare<[number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS}
         FROM project_events WHERE project_id = ? AND version > ? ORDER BY id`,
    ),
    recordSentData: sqlite.prepare<[string, number]>('UPDATE submissions SET project_data_json = ? WHERE id = ?'),
    caseLink: sqlite.prepare<[number], { permitId: number | null; sentDataJson: string | null }>(
      'SELECT project_permit_id AS permitId, project_data_json AS sentDataJson FROM submissions WHERE id = ?',
    ),
    projectOfPermit: sqlite.prepare<[number], ProjectRow>(
      `SELECT ${PROJECT} FROM project_permits pp JOIN projects p ON p.id = pp.project_id WHERE pp.id = ?`,
    ),
  };

  const createProject = sqlite.transaction((project: NewProject, permits: NewPermit[]): number => {
    const [ownerEmail, ownerPersonKey, ownerBusinessId] = ownerColumns(project.owner);
    const id = Number(
      st.insertProject.run(
        ownerEmail, ownerPersonKey, ownerBusinessId, project.companyName, project.createdByPersonKey, ownerEmail === null ? project.contactEmail : null,
        project.name, project.municipalityCode, project.packId, project.packSlug, project.packVersion, project.dataJson,
        project.contactName, project.contactPhone, project.consent ? 1 : 0, project.consent ? project.at : null, project.at, project.at,
      ).lastInsertRowid,
    );
    for (const p of permits) st.insertPermit.run(id, p.deploymentId, p.serviceId, p.idempotencyKey, project.at, project.at);
    return id;
  });

  const removeProject = sqlite.transaction((id: number): RemoveResult => {
    if (!st.project.get(id)) return 'gone';
    if ((st.sentCount.get(id)?.n ?? 0) > 0) return 'sent';
    st.deleteEvents.run(id);
    st.deletePermits.run(id);
    st.deleteProject.run(id);
    return 'removed';
  });

  const addPermit = sqlite.transaction((projectId: number, permit: NewPermit, packId: number, at: string): AddPermitResult => {
    if (st.sameService.get(projectId, packId, permit.serviceId)) return { ok: false, reason: 'duplicate' };
    const permitId = Number(st.insertPermit.run(projectId, permit.deploymentId, permit.serviceId, permit.idempotencyKey, at, at).lastInsertRowid);
    st.touchProject.run(at, projectId);
  return { ok: true, permitId };
  });

  const saveDraft = sqlite.transaction((permitId: number, expectedVersion: number, draftJson: string, at: string): DraftSaveResult => {
    const now = st.permitState.get(permitId);
    if (!now) return { ok: false, reason: 'gone' };
    if (now.submissionId !== null) return { ok: false, reason: 'sent' };
    if (now.version !== expectedVersion) return { ok: false, reason: 'stale' };
    st.saveDraft.run(draftJson, at, permitId);
    st.touchProject.run(at, now.projectId);
    return { ok: true, version: now.version + 1 };
  });

  const removeDraft = sqlite.transaction((permitId: number): RemoveResult => {
    const now = st.permitState.get(permitId);
    if (!now) return 'gone';
    if (now.submissionId !== null) return 'sent';
    st.deletePermit.run(permitId);
    return 'removed';
  });

  const changeData = sqlite.transaction((projectId: number, change: DataChange): DataChangeResult => {
    const now = st.projectVersion.get(projectId);
    if (!now) return { ok: false, reason: 'gone' };
    if (now.version !== change.expectedVersion) return { ok: false, reason: 'stale' };
    st.changeData.run(change.dataJson, change.name, change.contactName, change.contactPhone, change.contactEmail, change.at, projectId);
    const version = now.version + 1;
    if (change.fields.length) st.insertEvent.run(projectId, change.at, version, JSON.stringify({ fields: change.fields }));
    return { ok: true, version };
  });

  // Reference rows are only ever inserted, never renamed: a name once read stays right.
  const authorities = new Map<string, { nameFi: string; nameSv: string; nameEn: string }>();
  const places = new Map<string, PlaceNames>();

  const sentLinks: SqliteProjectRepository['sentLinks'] = {
    linkSent(permitId, submissionId, projectDataJson, at) {
      if (st.linkPermit.run(submissionId, at, permitId).changes !== 1) throw new Error(`Permit ${permitId} was sent already`);
      st.linkSubmission.run(permitId, projectDataJson, submissionId);
      const project = st.permitState.get(permitId);
      if (project) st.touchProject.run(at, project.projectId);
    },
  };
  return {
    async authorityNames(id) {
      let names = authorities.get(id);
      if (!names && (names = st.authority.get(id))) authorities.set(id, names);
      return names;
    },
    async municipalityNames(code) {
      let names = places.get(code);
      if (!names && (names = st.municipality.get(code))) places.set(code, names);
      return names;
    },
    projectsOf: async (owner) => st.projectsOf[owner.kind].all(ownerValue(owner)).map(projectOf),
    permitTalliesOf: async (owner) => st.tallies[owner.kind].all(ownerValue(owner)).map(tallyOf),
    async project(id) {
      const row = st.project.get(id);
      return row ? projectOf(row) : undefined;
    },
    createProject: async (project, permits) => createProject(project, permits),
    removeProject: async (id) => removeProject(id),
    permitsOf: async (projectId) => st.permitsOf.all(projectId),
    permit: async (projectId, permitId) => st.permit.get(projectId, permitId),
    addPermit: async (projectId, permit, packId, at) => addPermit(projectId, permit, packId, at),
    saveDraft: async (permitId, expectedVersion, draftJson, at) => saveDraft(permitId, expectedVersion, draftJson, at),
    removeDraft: async (permitId) => removeDraft(permitId),
    linkSent: async (...args) => sentLinks.linkSent(...args),
    sentLinks,
    changeData: async (projectId, change) => changeData(projectId, change),
    eventsOf: async (projectId, afterVersion = 0) => st.events.all(projectId, afterVersion).map(eventOf),
    async recordSentData(submissionId, projectDataJson) {
      st.recordSentData.run(projectDataJson, submissionId);
    },
    async projectOfCase(submissionId) {
      const link = st.caseLink.get(submissionId);
      if (!link || link.permitId === null) return undefined;
      const row = st.projectOfPermit.get(link.permitId);
      return row ? ({ project: projectOf(row), permitId: link.permitId, sentDataJson: link.sentDataJson } satisfies CaseProjectLink) : undefined;
    },
  };
}
