/** The reference data in SQLite. */
import type { Sqlite } from '../db/connection';
import type { AuthorityRow, MunicipalityRow, Place, ReferenceRepository, TopicRow } from './reference-repository';

const AUTHORITY = 'id, kind, name_fi AS nameFi, name_sv AS nameSv, name_en AS nameEn';

export function createSqliteReferenceRepository(sqlite: Sqlite): ReferenceRepository {
  const municipalities = sqlite.prepare<[], MunicipalityRow>(
    'SELECT code, name_fi AS nameFi, name_sv AS nameSv, languages, region_code AS regionCode FROM municipalities ORDER BY code',
  );
  const place = sqlite.prepare<[string], Place>('SELECT code, name_fi AS fi, name_sv AS sv FROM municipalities WHERE code = ?');
  const places = sqlite.prepare<[string], Place>('SELECT code, name_fi AS fi, name_sv AS sv FROM municipalities WHERE code IN (SELECT value FROM json_each(?))');
  const authorities = sqlite.prepare<[], AuthorityRow>(`SELECT ${AUTHORITY} FROM authorities ORDER BY id`);
  const authority = sqlite.prepare<[string], AuthorityRow>(`SELECT ${AUTHORITY} FROM authorities WHERE id = ?`);
  const areas = sqlite.prepare<[], { authorityId: string; municipalityCode: string }>(
    'SELECT authority_id AS authorityId, municipality_code AS municipalityCode FROM authority_municipalities ORDER BY municipality_code',
  );
  const topics = sqlite.prepare<[], TopicRow>('SELECT id, name_fi AS nameFi, name_sv AS nameSv, name_en AS nameEn FROM topics ORDER BY id');
  return {
    municipalities: async () => municipalities.all(),
    place: async (code) => place.get(code) ?? null,
    places: async (codes) => places.all(JSON.stringify(codes)),
    authorities: async () => authorities.all(),
    authority: async (id) => authority.get(id),
    async areas() {
      const out = new Map<string, string[]>();
      for (const r of areas.all()) {
        const list = out.get(r.authorityId) ?? [];
        list.push(r.municipalityCode);
        out.set(r.authorityId, list);
      }
      return out;
    },
    topics: async () => topics.all(),
  };
}
