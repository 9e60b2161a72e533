/** The reference data in PostgreSQL. */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { AuthorityRow, MunicipalityRow, Place, ReferenceRepository, TopicRow } from './reference-repository';
import { AREA_COLUMNS, areasOf, AUTHORITY_COLUMNS, MUNICIPALITY_COLUMNS, PLACE_COLUMNS, TOPIC_COLUMNS } from './reference-row';

export function createPgReferenceRepository(db: PgQueryable): Promised<ReferenceRepository> {
  // Codes and ids compare byte-wise, as SQLite's BINARY collation does, whatever the database's locale.
  return {
    municipalities: async () => (await db.query<MunicipalityRow>(`SELECT ${MUNICIPALITY_COLUMNS} FROM municipalities ORDER BY code COLLATE "C"`)).rows,
    place: async (code) => (await db.query<Place>({ name: 'reference.place', text: `SELECT ${PLACE_COLUMNS} FROM municipalities WHERE code = $1`, values: [code] })).rows[0] ?? null,
    places: async (codes) => (await db.query<Place>(`SELECT ${PLACE_COLUMNS} FROM municipalities WHERE code = ANY($1::text[]) ORDER BY code COLLATE "C"`, [codes])).rows,
    authorities: async () => (await db.query<AuthorityRow>(`SELECT ${AUTHORITY_COLUMNS} FROM authorities ORDER BY id COLLATE "C"`)).rows,
    authority: async (id) => (await db.query<AuthorityRow>({ name: 'reference.authority', text: `SELECT ${AUTHORITY_COLUMNS} FROM authorities WHERE id = $1`, values: [id] })).rows[0],
    areas: async () =>
      areasOf((await db.query<{ authorityId: string; municipalityCode: string }>(`SELECT ${AREA_COLUMNS} FROM authority_municipalities ORDER BY municipality_code COLLATE "C"`)).rows),
    topics: async () => (await db.query<TopicRow>(`SELECT ${TOPIC_COLUMNS} FROM topics ORDER BY id COLLATE "C"`)).rows,
  };
}
