/** Seeding's writes on SQLite (seed-repository.ts). */
import type { Sqlite } from '../db/connection';
import type { ReferenceData, SeedRepository } from './seed-repository';

/** The reference data written at once, in one transaction (fixtures that build a database synchronously). */
export function writeSqliteReference(sqlite: Sqlite, data: ReferenceData): void {
  createReferenceWriter(sqlite).immediate(data);
}

function createReferenceWriter(sqlite: Sqlite) {
  const insertMunicipality = sqlite.prepare(
    `INSERT INTO municipalities (code, name_fi, name_sv, languages, region_code) VALUES (@code, @nameFi, @nameSv, @languages, @regionCode)
     ON CONFLICT (code) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv`,
  );
  const insertAuthority = sqlite.prepare(
    `INSERT INTO authorities (id, kind, name_fi, name_sv, name_en) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv, name_en = excluded.name_en`,
  );
  const insertArea = sqlite.prepare('INSERT OR IGNORE INTO authority_municipalities (authority_id, municipality_code) VALUES (?, ?)');
  const insertTopic = sqlite.prepare(
    `INSERT INTO topics (id, name_fi, name_sv, name_en) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv, name_en = excluded.name_en`,
  );
  return sqlite.transaction((data: ReferenceData) => {
    for (const m of data.municipalities) insertMunicipality.run(m);
    for (const a of data.authorities) {
      insertAuthority.run(a.id, a.kind, a.fi, a.sv, a.en);
      for (const code of a.municipalities) insertArea.run(a.id, code);
    }
    for (const t of data.topics) insertTopic.run(t.id, t.fi, t.sv, t.en);
  });
}

export function createSqliteSeedRepository(sqlite: Sqlite): SeedRepository {
  const writeReference = createReferenceWriter(sqlite);
  const anyStaff = sqlite.prepare('SELECT 1 FROM users LIMIT 1');
  const insertUser = sqlite.prepare<[string, string, string, string | null, string], { id: number }>(
    'INSERT INTO users (email, name, role, authority_id, password_hash) VALUES (?, ?, ?, ?, ?) RETURNING id',
  );
  const insertTotp = sqlite.prepare('INSERT INTO staff_totp (user_id, secret_sealed, confirmed_at) VALUES (?, ?, ?)');
  const anyPack = sqlite.prepare('SELECT 1 FROM packs LIMIT 1');

  const addStaff = sqlite.transaction((...[staff, authenticator]: Parameters<SeedRepository['addStaffToEmpty']>) => {
    if (anyStaff.get()) return false;
    for (const s of staff) {
      const row = insertUser.get(s.email, s.name, s.role, s.authorityId, s.passwordHash);
      if (row && authenticator.enrolled(s.role)) insertTotp.run(row.id, authenticator.secretSealed, authenticator.confirmedAt);
    }
    return true;
  });
  return {
    async writeReference(data) {
      writeReference.immediate(data);
    },
    async addStaffToEmpty(staff, authenticator) {
      return addStaff.immediate(staff, authenticator);
    },
    async hasPacks() {
      return anyPack.get() !== undefined;
    },
    // Processes on one SQLite file share one machine and are started one after the other; each
    // seeding step is its own immediate transaction.
    exclusively: (work) => work(),
  };
}
