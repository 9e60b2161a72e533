/** The staff's second factor as its reads answer it, whichever database holds the tables (quoted aliases: PostgreSQL folds bare ones to lower case). */
export const TOTP_COLUMNS = 'secret_sealed AS "secretSealed", confirmed_at AS "confirmedAt"';

/** The people with a confirmed authenticator; the caller adds the authority filter and the order. */
export const ENROLLED_PEOPLE_SQL = `SELECT u.id, u.email, u.name, u.role, u.authority_id AS "authorityId",
       a.name_fi AS "authorityNameFi", a.name_sv AS "authorityNameSv", a.name_en AS "authorityNameEn"
  FROM staff_totp t JOIN users u ON u.id = t.user_id LEFT JOIN authorities a ON a.id = u.authority_id
 WHERE t.confirmed_at IS NOT NULL`;
