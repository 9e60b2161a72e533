/**
 * One-time sign-in codes for customers. A customer's identity is the e-mail address their
 * submissions carry; proving it means reading a six-digit code we mail there. Codes are stored as
 * HMACs (a six-digit code is trivial to brute-force from a plain hash), live 15 minutes, allow
 * five guesses each, and at most five are issued per address per hour.
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Lang } from '../../form-library/format/types';
import { SECRET_PLACEHOLDER } from '../alerts/alert-secret';
import { queueCustomerAlert } from '../alerts/outbox';
import type { AppContext } from '../context';
// The customer's identity is the contact email in its one normal form.
import { normalizeEmail } from '../../form-library/contact';

export const CODE_MINUTES = 15;
export const MAX_ATTEMPTS = 5;
export const MAX_CODES_PER_HOUR = 5;


function codeHash(ctx: AppContext, email: string, code: string): string {
  return createHmac('sha256', ctx.config.sessionSecret).update(`${email}\n${code}`).digest('hex');
}

export function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Issues a code and queues its e-mail, unless the address already had its hourly share (then
 * silently nothing: the answer must not tell whether, or how often, an address is used).
 * Returns whether a code was issued.
 */
export function issueCode(ctx: AppContext, rawEmail: string, lang: Lang, code: string = newCode()): boolean {
  const email = normalizeEmail(rawEmail);
  const now = ctx.now();
  const hourAgo = new Date(now.getTime() - 3600_000).toISOString();
  return ctx.sqlite.transaction(() => {
    const recent = ctx.sqlite
      .prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM customer_codes WHERE email = ? AND created_at > ?')
      .get(email, hourAgo);
    if ((recent?.n ?? 0) >= MAX_CODES_PER_HOUR) return false;
    ctx.sqlite
      .prepare('INSERT INTO customer_codes (email, code_hash, expires_at, created_at) VALUES (?, ?, ?, ?)')
      .run(email, codeHash(ctx, email, code), new Date(now.getTime() + CODE_MINUTES * 60_000).toISOString(), now.toISOString());
    dropExpiredCodeMails(ctx);
    // The code goes into the mail at delivery; the outbox row holds it encrypted until then.
    queueCustomerAlert(ctx, { toEmail: email, lang, submissionId: null, authorityId: null, secret: code }, 'sign_in_code', {
      kind: 'sign_in_code',
      code: SECRET_PLACEHOLDER,
      minutes: CODE_MINUTES,
    });
    return true;
  })();
}

/** Drops the encrypted codes of sign-in mails whose code has expired (delivered ones dropped theirs already). */
export function dropExpiredCodeMails(ctx: AppContext): number {
  const cutoff = new Date(ctx.now().getTime() - CODE_MINUTES * 60_000).toISOString();
  return ctx.repos.outbox.dropSecretsBefore(cutoff);
}

/** True when `code` is a live code of this address; every wrong guess uses up an attempt. */
export function redeemCode(ctx: AppContext, rawEmail: string, code: string): boolean {
  const email = normalizeEmail(rawEmail);
  const now = ctx.now().toISOString();
  return ctx.sqlite.transaction(() => {
    const live = ctx.sqlite
      .prepare<[string, string, number], { id: number; codeHash: string }>(
        `SELECT id, code_hash AS codeHash FROM customer_codes
         WHERE email = ? AND used_at IS NULL AND expires_at > ? AND attempts < ? ORDER BY id DESC`,
      )
      .all(email, now, MAX_ATTEMPTS);
    if (live.length === 0) return false;
    const wanted = Buffer.from(codeHash(ctx, email, code), 'hex');
    const match = live.find((row) => timingSafeEqual(Buffer.from(row.codeHash, 'hex'), wanted));
    if (match) {
      ctx.sqlite.prepare('UPDATE customer_codes SET used_at = ? WHERE id = ?').run(now, match.id);
      return true;
    }
    // A wrong guess counts against every live code of the address, so more codes buy no more guesses.
    ctx.sqlite
      .prepare('UPDATE customer_codes SET attempts = attempts + 1 WHERE email = ? AND used_at IS NULL AND expires_at > ?')
      .run(email, now);
    return false;
  })();
}
