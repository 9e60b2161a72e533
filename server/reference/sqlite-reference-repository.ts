/** The reference data in SQLite. */
import type { Sqlite } from '../db/connection';
import type { AuthorityRow, MunicipalityRow, Place, ReferenceRepository, TopicRow } from './reference-repository';
import { AREA_COLUMNS, areasOf, AUTHORITY_COLUMNS, MUNICIPALITY_COLUMNS, PLACE_COLUMNS, TOPIC_COLUMNS } from './reference-row';

export function createSqliteReferenceRepository(sqlite: Sqlite): ReferenceRepository {
  const municipalities = sqlite.prepare<[], MunicipalityRow>(`SELECT ${MUNICIPALITY_COLUMNS} FROM municipalities ORDER BY code`);
  const place = sqlite.prepare<[string], Place>(`SELECT ${PLACE_COLUMNS} FROM municipalities WHERE code = ?`);
  const places = sqlite.prepare<[string], Place>(`SELECT ${PLACE_COLUMNS} FROM municipalities WHERE code IN (SELECT value FROM json_each(?)) ORDER BY code`);
  const authorities = sqlite.prepare<[], AuthorityRow>(`SELECT ${AUTHORITY_COLUMNS} FROM authorities ORDER BY id`);
  const authority = sqlite.prepare<[string], AuthorityRow>(`SELECT ${AUTHORITY_COLUMNS} FROM authorities WHERE id = ?`);
  const areas = sqlite.prepare<[], { authorityId: string; municipalityCode: string }>(`SELECT ${AREA_COLUMNS} FROM authority_municipalities ORDER BY municipality_code`);
  const topics = sqlite.prepare<[], TopicRow>(`SELECT ${TOPIC_COLUMNS} FROM topics ORDER BY id`);
  return {
    municipalities: async () => municipalities.all(),
    place: async (code) => place.get(code) ?? null,
    places: async (codes) => places.all(JSON.stringify(codes)),
    authorities: async () => authorities.all(),
    authority: async (id) => authority.get(id),
    areas: async () => areasOf(areas.all()),
    topics: async () => topics.all(),
  };
}
