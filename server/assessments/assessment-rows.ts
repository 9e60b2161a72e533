/** What both databases' assessment repositories select and map alike. */
import type { PackVersionRef } from './assessment-repository';

/** Aliases quoted: PostgreSQL folds unquoted ones to lower case. */
export const AUTHORITY_COLUMNS = 'a.id, a.name_fi AS "nameFi", a.name_sv AS "nameSv", a.name_en AS "nameEn"';

export const RESULT_COLUMNS = `id, pack_id AS "packId", pack_version AS "packVersion", assessment_id AS "assessmentId", municipality_code AS "municipalityCode",
  answers_json AS "answersJson", lang, customer_email AS "customerEmail", created_at AS "createdAt"`;

export const RESULT_INSERT_COLUMNS = 'id, pack_id, pack_version, assessment_id, municipality_code, answers_json, lang, customer_email, created_at';

/** SQLite reads the flag as 0/1, PostgreSQL as a boolean. */
export type StoredVersion = Omit<PackVersionRef, 'retired'> & { retired: number | boolean };
export const versionOf = (row: StoredVersion): PackVersionRef => ({ ...row, retired: row.retired === 1 || row.retired === true });
