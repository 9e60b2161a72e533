/** The reference data's columns as its rows name them, whichever database holds the tables (quoted aliases: PostgreSQL folds bare ones to lower case). */
export const MUNICIPALITY_COLUMNS = 'code, name_fi AS "nameFi", name_sv AS "nameSv", languages, region_code AS "regionCode"';
export const PLACE_COLUMNS = 'code, name_fi AS fi, name_sv AS sv';
export const AUTHORITY_COLUMNS = 'id, kind, name_fi AS "nameFi", name_sv AS "nameSv", name_en AS "nameEn"';
export const AREA_COLUMNS = 'authority_id AS "authorityId", municipality_code AS "municipalityCode"';
export const TOPIC_COLUMNS = 'id, name_fi AS "nameFi", name_sv AS "nameSv", name_en AS "nameEn"';

/** Each authority's area from its (authority, municipality) rows in municipality order. */
export function areasOf(rows: ReadonlyArray<{ authorityId: string; municipalityCode: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const list = out.get(r.authorityId) ?? [];
    list.push(r.municipalityCode);
    out.set(r.authorityId, list);
  }
  return out;
}
