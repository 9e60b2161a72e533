/** An attachment record as both databases select it (aliases quoted: PostgreSQL folds unquoted ones to lower case). */
export const ATTACHMENT_COLUMNS = 'id, submission_id AS "submissionId", name, mime, size, sha256';
