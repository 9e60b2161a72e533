/**
 * Reference rows (authorities, topics) keep their names in three columns; the API answers them as
 * one `{ fi, sv, en }` object. One place for that mapping, so a new column is added once.
 */
import type { Lang } from '../../form-library/format/types';

export interface NameColumns {
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export function namesOf(row: NameColumns): Record<Lang, string> {
  return { fi: row.nameFi, sv: row.nameSv, en: row.nameEn };
}
