/**
 * TOTP (RFC 6238, through otplib): 6 digits, 30-second steps, SHA-1 as every authenticator app
 * supports. A code is accepted in its own step and one step either side (a clock a little off, a
 * code typed as it changed), and each step's code once per person (replay): the caller keeps the
 * steps used.
 */
import { authenticator } from 'otplib';

export const TOTP_STEP_SECONDS = 30;
/** Steps accepted on either side of the current one. */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = 'Kevyt';

const base = authenticator.clone({ step: TOTP_STEP_SECONDS, window: TOTP_WINDOW, digits: 6 });

function at(time: Date) {
  return base.clone({ epoch: time.getTime() });
}

/** A new shared secret: 20 random bytes in base32 (32 characters), as RFC 4226 recommends. */
export function newTotpSecret(): string {
  return base.generateSecret(20);
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string): string {
  return base.keyuri(account, TOTP_ISSUER, secret);
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The time step of a moment. */
export function stepOf(time: Date): number {
  return Math.floor(time.getTime() / 1000 / TOTP_STEP_SECONDS);
}

/** The code of `secret` at `time` (tests and the demo's code printer). */
export function totpCodeAt(secret: string, time: Date): string {
  return at(time).generate(secret);
}

/** A code as typed: digits only, spaces dropped; null when it is not six digits. */
export function normalizeTotpCode(typed: string): string | null {
  const code = typed.replace(/\s+/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'replayed' };

/** Checks a code at `time` against the window and the steps the person already used. */
export function checkTotp(secret: string, typed: string, time: Date, usedSteps: ReadonlySet<number>): TotpCheck {
  const code = normalizeTotpCode(typed);
  if (code === null) return { ok: false, reason: 'wrong' };
  const delta = at(time).checkDelta(code, secret);
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = stepOf(time) + delta;
  return usedSteps.has(step) ? { ok: false, reason: 'replayed' } : { ok: true, step };
}

/** Used steps older than this can no longer match a code and are swept. */
export function oldestLiveStep(time: Date): number {
  return stepOf(time) - TOTP_WINDOW;
}
