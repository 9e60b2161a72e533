/** Strong identifications under way, in SQLite (`identification_logins`). */
import type { Sqlite } from '../db/connection';
import type { IdentificationLogin, IdentificationLoginRepository } from './identification-login-repository';

export function createSqliteIdentificationLoginRepository(sqlite: Sqlite): IdentificationLoginRepository {
  const sweep = sqlite.prepare<[string]>('DELETE FROM identification_logins WHERE expires_at < ?');
  const drop = sqlite.prepare<[string]>('DELETE FROM identification_logins WHERE id = ?');
  const insert = sqlite.prepare<[string, string, string, string, string, string, string]>(
    `INSERT INTO identification_logins (id, state, nonce, code_verifier, return_to, lang, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const take = sqlite.prepare<[string], IdentificationLogin>(
    `DELETE FROM identification_logins WHERE id = ?
     RETURNING id, state, nonce, code_verifier AS codeVerifier, return_to AS returnTo, lang, expires_at AS expiresAt`,
  );
  const begin = sqlite.transaction((login: IdentificationLogin, sweepBefore: string, replaces: string | null) => {
    sweep.run(sweepBefore);
    if (replaces) drop.run(replaces);
    insert.run(login.id, login.state, login.nonce, login.codeVerifier, login.returnTo, login.lang, login.expiresAt);
  });
  return {
    begin: async (login, sweepBefore, replaces) => begin(login, sweepBefore, replaces),
    take: async (id) => take.get(id),
  };
}
