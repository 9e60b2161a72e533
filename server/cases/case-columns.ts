/**
 * The columns the case repositories read, written once for both databases: the aliases are quoted
 * so that PostgreSQL keeps their case, and a flag reads as 0 or 1 from SQLite's integer and from
 * PostgreSQL's boolean alike.
 */

export const SUBMISSION_COLUMNS = `id, reference, deployment_id AS "deploymentId", authority_id AS "authorityId", pack_id AS "packId",
  pack_version AS "packVersion", service_id AS "serviceId", municipality_code AS "municipalityCode", data_json AS "dataJson",
  contact_name AS "contactName", contact_email AS "contactEmail", contact_phone AS "contactPhone", identification,
  identified_person_key AS "identifiedPersonKey", acting_for_business_id AS "actingForBusinessId", acting_for_name AS "actingForName", lang, status,
  status_since AS "statusSince", submitted_at AS "submittedAt", updated_at AS "updatedAt", assignee_id AS "assigneeId",
  due_date AS "dueDate", open_due_date AS "openDueDate", decided_at AS "decidedAt"`;

/** A case's history rows with the acting user's name; a WHERE on `e` follows. */
export const EVENTS_SELECT = `SELECT e.id, e.submission_id AS "submissionId", e.at, e.kind, e.actor_kind AS "actorKind", e.actor_user_id AS "actorUserId",
  e.event, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.body, e.details_json AS "detailsJson",
  CASE WHEN e.customer_visible THEN 1 ELSE 0 END AS "customerVisible", u.name AS "actorName"
  FROM case_events e LEFT JOIN users u ON u.id = e.actor_user_id`;

export const DECISION_COLUMNS = `id, submission_id AS "submissionId", decided_at AS "decidedAt", decided_by AS "decidedBy", text, file_id AS "fileId",
  file_name AS "fileName", file_size AS "fileSize", appeal_kind AS "appealKind", appeal_text_json AS "appealTextJson"`;

export const DEADLINE_CANDIDATE_COLUMNS = `s.id, s.reference, s.authority_id AS "authorityId", s.pack_id AS "packId", s.pack_version AS "packVersion",
  s.service_id AS "serviceId", s.status, s.submitted_at AS "submittedAt"`;

export const DEPLOYED_SERVICE_COLUMNS = `d.service_id AS "serviceId", d.pack_id AS "packId", p.slug AS "packSlug", d.pack_version AS "packVersion", d.active AS active`;

/** The stored details of a change's history row: its decision's id added when the row asks for it. */
export function storedDetailsJson(details: object | null, withDecision: boolean | undefined, decisionId: number | null): string | null {
  const stored = withDecision && decisionId !== null ? { ...details, decisionId } : details;
  return stored ? JSON.stringify(stored) : null;
}
