/** What the estimates' repositories read and keep, written once for both databases. */

/** The settings row that says when the cases decided before the estimates existed were timed. */
export const OLDER_CASES_TIMED = 'processing_times_filled_at';

export const STATUS_STEP_COLUMNS = 'at, event, to_status AS "toStatus"';

export const TIMED_SUBMISSION_COLUMNS = `s.id, s.service_id AS "serviceId", s.authority_id AS "authorityId", s.pack_id AS "packId",
  s.pack_version AS "packVersion", s.submitted_at AS "submittedAt"`;

/** Submissions not removed, with a status step and no kept time (the WHERE after the id bound). */
export const UNTIMED_TERMS = `s.removed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM processing_times p WHERE p.submission_id = s.id)
       AND EXISTS (SELECT 1 FROM case_events e WHERE e.submission_id = s.id AND e.kind = 'status')`;
