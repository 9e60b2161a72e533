/** Projects, their permits and events as their tables keep them, whichever database holds them. */
import type { ProjectOwner } from '../../permissions/acting-for';
import type { PermitTally, ProjectEventRecord, ProjectRecord } from './project-repository';

/** The columns of `projects p` (aliases quoted: PostgreSQL folds unquoted ones to lower case). */
export const PROJECT_COLUMNS = `p.id, p.owner_email AS "ownerEmail", p.owner_person_key AS "ownerPersonKey", p.owner_business_id AS "ownerBusinessId",
  p.owner_business_name AS "companyName", p.created_by_person_key AS "createdByPersonKey", coalesce(p.contact_email, p.owner_email) AS "contactEmail", p.name,
  p.municipality_code AS "municipalityCode", p.pack_id AS "packId", p.pack_slug AS "packSlug",
  p.pack_version AS "packVersion", p.data_json AS "dataJson", p.contact_name AS "contactName", p.contact_phone AS "contactPhone", p.consent,
  p.consent_at AS "consentAt", p.version, p.created_at AS "createdAt", p.updated_at AS "updatedAt"`;

/** A permit of `project_permits pp` with its deployment `d` and its submission `s` (left joined). */
export const PERMIT_COLUMNS = `pp.id, pp.project_id AS "projectId", pp.deployment_id AS "deploymentId", pp.service_id AS "serviceId", pp.draft_json AS "draftJson",
  pp.version, pp.idempotency_key AS "idempotencyKey", pp.submission_id AS "submissionId", pp.created_at AS "createdAt", pp.updated_at AS "updatedAt",
  s.project_data_json AS "sentDataJson", d.authority_id AS "authorityId", d.respond_within_days AS "respondWithinDays", d.pack_id AS "packId", d.pack_version AS "packVersion"`;

/** What the list counts of a permit `pp` with its submission `s` (left joined). */
export const TALLY_COLUMNS = `pp.project_id AS "projectId", pp.submission_id AS "submissionId", s.pack_id AS "packId", s.pack_version AS "packVersion",
  pp.service_id AS "serviceId", s.status, s.decided_at IS NOT NULL AS decided`;

export const EVENT_COLUMNS = 'id, project_id AS "projectId", at, kind, version, details_json AS "detailsJson"';

/** Flags read as 0/1 in SQLite, as booleans in PostgreSQL. */
const flag = (value: number | boolean): boolean => value === 1 || value === true;

export type ProjectRow = Omit<ProjectRecord, 'consent' | 'owner'> & {
  consent: number | boolean;
  ownerEmail: string | null;
  ownerPersonKey: string | null;
  ownerBusinessId: string | null;
};
export type TallyRow = Omit<PermitTally, 'decided'> & { decided: number | boolean };
export type EventRow = Omit<ProjectEventRecord, 'fields' | 'kind'> & { kind: string; detailsJson: string };

function ownerOf(row: ProjectRow): ProjectOwner {
  // The table's check holds exactly one of the three.
  if (row.ownerBusinessId !== null) return { kind: 'company', businessId: row.ownerBusinessId };
  if (row.ownerPersonKey !== null) return { kind: 'person', personKey: row.ownerPersonKey };
  return { kind: 'email', email: row.ownerEmail ?? '' };
}

export function projectOf(row: ProjectRow): ProjectRecord {
  return {
    id: row.id, owner: ownerOf(row), companyName: row.companyName, createdByPersonKey: row.createdByPersonKey, contactEmail: row.contactEmail,
    name: row.name, municipalityCode: row.municipalityCode, packId: row.packId, packSlug: row.packSlug, packVersion: row.packVersion,
    dataJson: row.dataJson, contactName: row.contactName, contactPhone: row.contactPhone, consent: flag(row.consent), consentAt: row.consentAt,
    version: row.version, createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

export const tallyOf = (row: TallyRow): PermitTally => ({ ...row, decided: flag(row.decided) });

/** The owner's three columns: the one that is theirs set, the others null. */
export function ownerColumns(owner: ProjectOwner): [string | null, string | null, string | null] {
  switch (owner.kind) {
    case 'email':
      return [owner.email, null, null];
    case 'person':
      return [null, owner.personKey, null];
    case 'company':
      return [null, null, owner.businessId];
  }
}

/** The column that finds one owner's projects through its own index. */
export const OWNER_COLUMN: Record<ProjectOwner['kind'], string> = { email: 'p.owner_email', person: 'p.owner_person_key', company: 'p.owner_business_id' };

export function ownerValue(owner: ProjectOwner): string {
  return owner.kind === 'email' ? owner.email : owner.kind === 'person' ? owner.personKey : owner.businessId;
}

export function eventOf(row: EventRow): ProjectEventRecord {
  const details = JSON.parse(row.detailsJson) as { fields?: unknown };
  const fields = Array.isArray(details.fields) ? details.fields.filter((f): f is string => typeof f === 'string') : [];
  return { id: row.id, projectId: row.projectId, at: row.at, kind: 'data_changed', version: row.version, fields };
}
