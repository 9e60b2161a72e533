/** Customers' sign-in codes in SQLite. */
import { createSqliteOutboxWriter } from '../alerts/sqlite-outbox-repository';
import type { Sqlite } from '../db/connection';
import type { SignInCodeRepository } from './sign-in-code-repository';

export function createSqliteSignInCodeRepository(sqlite: Sqlite): SignInCodeRepository {
  const outbox = createSqliteOutboxWriter(sqlite);
  const recent = sqlite.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM customer_codes WHERE email = ? AND created_at > ?');
  const insert = sqlite.prepare<[string, string, string, string]>('INSERT INTO customer_codes (email, code_hash, expires_at, created_at) VALUES (?, ?, ?, ?)');
  const live = sqlite.prepare<[string, string, number], { id: number; codeHash: string }>(
    `SELECT id, code_hash AS codeHash FROM customer_codes
     WHERE email = ? AND used_at IS NULL AND expires_at > ? AND attempts < ? ORDER BY id DESC`,
  );
  const use = sqlite.prepare<[string, number]>('UPDATE customer_codes SET used_at = ? WHERE id = ?');
  const wrongGuess = sqlite.prepare<[string, string]>('UPDATE customer_codes SET attempts = attempts + 1 WHERE email = ? AND used_at IS NULL AND expires_at > ?');

  const issue = sqlite.transaction((...[code, limit, mail, dropSecretsBefore]: Parameters<SignInCodeRepository['issue']>): boolean => {
    if ((recent.get(code.email, limit.recentSince)?.n ?? 0) >= limit.maxRecent) return false;
    insert.run(code.email, code.codeHash, code.expiresAt, code.createdAt);
    outbox.dropSecretsBefore(dropSecretsBefore);
    outbox.insert(mail);
    return true;
  });
  const redeem = sqlite.transaction((...[email, at, maxAttempts, matches]: Parameters<SignInCodeRepository['redeem']>): boolean => {
    const rows = live.all(email, at, maxAttempts);
    if (rows.length === 0) return false;
    const match = rows.find((row) => matches(row.codeHash));
    if (match) {
      use.run(at, match.id);
      return true;
    }
    // A wrong guess counts against every live code of the address, so more codes buy no more guesses.
    wrongGuess.run(email, at);
    return false;
  });
  return { issue: async (...args) => issue(...args), redeem: async (...args) => redeem(...args) };
}
