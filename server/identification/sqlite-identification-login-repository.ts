/** Strong identifications under way, in SQLite (`identification_logins`). */
import type { Sqlite } from '../db/connection';
import type { IdentificationLogin, IdentificationLoginRepository } from './identification-login-repository';
import { IDENTIFICATION_LOGIN_COLUMNS, IDENTIFICATION_LOGIN_INSERT_COLUMNS, identificationLoginValues } from './identification-login-row';

export function createSqliteIdentificationLoginRepository(sqlite: Sqlite): IdentificationLoginRepository {
  const sweep = sqlite.prepare<[string]>('DELETE FROM identification_logins WHERE expires_at < ?');
  const drop = sqlite.prepare<[string]>('DELETE FROM identification_logins WHERE id = ?');
  const insert = sqlite.prepare<ReturnType<typeof identificationLoginValues>>(`INSERT INTO identification_logins (${IDENTIFICATION_LOGIN_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const take = sqlite.prepare<[string], IdentificationLogin>(`DELETE FROM identification_logins WHERE id = ? RETURNING ${IDENTIFICATION_LOGIN_COLUMNS}`);
  const begin = sqlite.transaction((login: IdentificationLogin, sweepBefore: string, replaces: string | null) => {
    sweep.run(sweepBefore);
    if (replaces) drop.run(replaces);
    insert.run(...identificationLoginValues(login));
  });
  return {
    begin: async (login, sweepBefore, replaces) => begin(login, sweepBefore, replaces),
    take: async (id) => take.get(id),
  };
}
