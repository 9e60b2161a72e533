/** A session's acting-for choice as both databases select it (aliases quoted: PostgreSQL folds unquoted ones to lower case). */
export const ACTING_FOR_COLUMNS = 'business_id AS "businessId", name, chosen_at AS "chosenAt"';
