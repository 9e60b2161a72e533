/** What both databases' integration case repositories select (aliases quoted: PostgreSQL folds unquoted ones to lower case). */

/** A changed case of `submissions s` with its latest change `case_events e` and its pack `packs p`. */
export const CHANGED_CASE_COLUMNS = `s.id, s.reference, p.slug AS "packSlug", s.pack_version AS "packVersion", s.service_id AS "serviceId",
  s.municipality_code AS "municipalityCode", s.status, s.submitted_at AS "submittedAt", s.updated_at AS "updatedAt",
  s.change_seq AS "changeSeq", e.kind AS "changeKind", e.at AS "changeAt", e.actor_kind AS "changeBy"`;

export const LAST_CHANGE_COLUMNS = 'e.kind, e.at, e.actor_kind AS "by"';

export const REF_COLUMNS = 'case_management_id AS "caseManagementId", acknowledged_at AS "acknowledgedAt"';
