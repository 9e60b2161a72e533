/**
 * Customers' sign-in codes in PostgreSQL. Each call is one transaction; several instances share
 * the rows, so an address's issues are taken one at a time (a transaction-scoped advisory lock on
 * the address: two instances cannot both pass the recent-codes limit) and a redemption locks the
 * address's live codes (a code is used once, a wrong guess counted once).
 */
import type pg from 'pg';
import { createPgOutboxWriter } from '../alerts/pg-outbox-writer';
import type { Promised } from '../db/promised';
import { inTransaction } from '../db/postgres/transaction';
import type { SignInCodeRepository } from './sign-in-code-repository';

const LOCK_ADDRESS = `SELECT pg_advisory_xact_lock(hashtext('customer_codes:' || $1))`;

export function createPgSignInCodeRepository(pool: pg.Pool): Promised<SignInCodeRepository> {
  return {
    issue: (code, limit, mail, dropSecretsBefore) =>
      inTransaction(pool, async (client) => {
        await client.query(LOCK_ADDRESS, [code.email]);
        const recent = await client.query<{ n: number }>('SELECT count(*) AS n FROM customer_codes WHERE email = $1 AND created_at > $2', [code.email, limit.recentSince]);
        if ((recent.rows[0]?.n ?? 0) >= limit.maxRecent) return false;
        await client.query('INSERT INTO customer_codes (email, code_hash, expires_at, created_at) VALUES ($1, $2, $3, $4)', [code.email, code.codeHash, code.expiresAt, code.createdAt]);
        await client.query('UPDATE outbox SET secret = NULL WHERE secret IS NOT NULL AND created_at < $1', [dropSecretsBefore]);
        await createPgOutboxWriter(client).insert(mail);
        return true;
      }),
    redeem: (email, at, maxAttempts, matches) =>
      inTransaction(pool, async (client) => {
        const live = await client.query<{ id: number; codeHash: string }>(
          `SELECT id, code_hash AS "codeHash" FROM customer_codes
           WHERE email = $1 AND used_at IS NULL AND expires_at > $2 AND attempts < $3 ORDER BY id DESC FOR UPDATE`,
          [email, at, maxAttempts],
        );
        if (live.rows.length === 0) return false;
        const match = live.rows.find((row) => matches(row.codeHash));
        if (match) {
          await client.query('UPDATE customer_codes SET used_at = $1 WHERE id = $2', [at, match.id]);
          return true;
        }
        // A wrong guess counts against every live code of the address, so more codes buy no more guesses.
        await client.query('UPDATE customer_codes SET attempts = attempts + 1 WHERE email = $1 AND used_at IS NULL AND expires_at > $2', [email, at]);
        return false;
      }),
  };
}
