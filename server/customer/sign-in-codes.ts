/**
 * One-time sign-in codes for customers. A customer's identity is the e-mail address their
 * submissions carry; proving it means reading a six-digit code we mail there. Codes are stored as
 * HMACs (a six-digit code is trivial to brute-force from a plain hash), live 15 minutes, allow
 * five guesses each, and at most five are issued per address per hour.
 */
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Lang } from '../../form-library/format/types';
import { SECRET_PLACEHOLDER } from '../alerts/alert-secret';
import { customerAlertRow } from '../alerts/outbox';
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
export async function issueCode(ctx: AppContext, rawEmail: string, lang: Lang, code: string = newCode()): Promise<boolean> {
  const email = normalizeEmail(rawEmail);
  const now = ctx.now();
  const hourAgo = new Date(now.getTime() - 3600_000).toISOString();
  // The code goes into the mail at delivery; the outbox row holds it encrypted until then.
  const mail = customerAlertRow(ctx, { toEmail: email, lang, submissionId: null, authorityId: null, secret: code }, 'sign_in_code', {
    kind: 'sign_in_code',
    code: SECRET_PLACEHOLDER,
    minutes: CODE_MINUTES,
  });
  return ctx.repos.signInCodes.issue(
    { email, codeHash: codeHash(ctx, email, code), expiresAt: new Date(now.getTime() + CODE_MINUTES * 60_000).toISOString(), createdAt: now.toISOString() },
    { recentSince: hourAgo, maxRecent: MAX_CODES_PER_HOUR },
    mail,
    expiredCodeMailsBefore(ctx),
  );
}

/** Sign-in mails created before this have an expired code. */
function expiredCodeMailsBefore(ctx: AppContext): string {
  return new Date(ctx.now().getTime() - CODE_MINUTES * 60_000).toISOString();
}

/** Drops the encrypted codes of sign-in mails whose code has expired (delivered ones dropped theirs already). */
export async function dropExpiredCodeMails(ctx: AppContext): Promise<number> {
  return ctx.repos.outbox.dropSecretsBefore(expiredCodeMailsBefore(ctx));
}

/** True when `code` is a live code of this address; every wrong guess uses up an attempt. */
export async function redeemCode(ctx: AppContext, rawEmail: string, code: string): Promise<boolean> {
  const email = normalizeEmail(rawEmail);
  const now = ctx.now().toISOString();
  const wanted = Buffer.from(codeHash(ctx, email, code), 'hex');
  return ctx.repos.signInCodes.redeem(email, now, MAX_ATTEMPTS, (hash) => timingSafeEqual(Buffer.from(hash, 'hex'), wanted));
}
