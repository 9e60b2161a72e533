/**
 * A staff member's second factor: setting up an authenticator (a new secret, shown as a QR code
 * and as text, confirmed by a first code, which also passes the session), the second step of a
 * sign-in (a code from the app or a recovery code), new recovery codes and turning it off (both
 * with a current code). Codes are checked by totp.ts and recovery-codes.ts; each accepted step is
 * recorded so that its code is not accepted again.
 */
import { toDataURL } from 'qrcode';
import { auditRecord, type AuditActor } from '../../audit/log';
import type { AppContext } from '../../context';
import { openText, sealText } from '../../crypto/sealed-text';
import { conflict, forbidden, HttpError, unprocessable } from '../../http/errors';
import type { StaffPrincipal } from '../principals';
import { newRecoveryCodes, normalizeRecoveryCode, recoveryCodeHash } from './recovery-codes';
import type { SecondFactorChange, TotpRecord } from './second-factor-repository';
import { mayTurnOffSecondFactor } from './second-factor-step';
import { checkTotp, groupedSecret, newTotpSecret, oldestLiveStep, totpUri } from './totp';

export interface Enrolment {
  /** The secret as text, in groups of four, for those who type it into their app. */
  secret: string;
  otpauthUri: string;
  /** The URI as a QR code: a PNG data URL. */
  qrCode: string;
}

const actorOf = (staff: StaffPrincipal): AuditActor => ({ kind: 'staff', userId: staff.id, email: staff.email });

/** The person's secret; 409 when it was sealed under another session secret (SESSION_SECRET changed). */
function secretOf(ctx: AppContext, row: TotpRecord): string {
  try {
    return openText('staff totp secret', ctx.config.sessionSecret, row.secretSealed);
  } catch {
    throw conflict('Your authenticator cannot be read since the server’s session secret changed; it must be set up again');
  }
}

const wrongCode = (status: 401 | 422) =>
  status === 401
    ? new HttpError(401, 'unauthenticated', 'The code is wrong or has expired', [{ path: 'code', message: 'Wrong or expired code' }])
    : unprocessable('The code is wrong or has expired', [{ path: 'code', message: 'Wrong or expired code' }]);

const replayed = () => conflict('This code was already used; wait for the next one', [{ path: 'code', message: 'Already used' }]);

/**
 * Checks a code from the person's app (throws 401/422 when wrong, 409 when already used), then
 * records its step and writes what it allows in one unit of work.
 */
async function acceptTotp(ctx: AppContext, staff: StaffPrincipal, row: TotpRecord, code: string, wrongStatus: 401 | 422, change: SecondFactorChange): Promise<void> {
  const now = ctx.now();
  const check = checkTotp(secretOf(ctx, row), code, now, await ctx.repos.secondFactor.usedSteps(staff.id));
  if (!check.ok) throw check.reason === 'replayed' ? replayed() : wrongCode(wrongStatus);
  if (!await ctx.repos.secondFactor.acceptStep(staff.id, check.step, oldestLiveStep(now), change)) throw replayed();
}

function audit(ctx: AppContext, staff: StaffPrincipal, action: string) {
  return auditRecord(ctx, { actor: actorOf(staff), action: `staff.second_factor.${action}`, targetType: 'user', targetId: staff.id });
}

/** Starts (or starts again) setting up an authenticator; 409 when one is already on. */
export async function beginEnrolment(ctx: AppContext, staff: StaffPrincipal): Promise<Enrolment> {
  if ((await ctx.repos.secondFactor.totp(staff.id))?.confirmedAt) throw conflict('Two-step verification is already on');
  const secret = newTotpSecret();
  await ctx.repos.secondFactor.keepPendingSecret(staff.id, sealText('staff totp secret', ctx.config.sessionSecret, secret));
  const otpauthUri = totpUri(secret, staff.email);
  return { secret: groupedSecret(secret), otpauthUri, qrCode: await toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 }) };
}

function freshRecoveryCodes(ctx: AppContext): { codes: string[]; hashes: string[] } {
  const codes = newRecoveryCodes();
  const hashes = codes.map((c) => recoveryCodeHash(ctx.config.sessionSecret, normalizeRecoveryCode(c) ?? c));
  return { codes, hashes };
}

/** The first code confirms the authenticator: it is on, the session passed, and the recovery codes (shown once) are made. */
export async function confirmEnrolment(ctx: AppContext, staff: StaffPrincipal, code: string): Promise<string[]> {
  const row = await ctx.repos.secondFactor.totp(staff.id);
  if (!row) throw conflict('Start setting up an authenticator first');
  if (row.confirmedAt) throw conflict('Two-step verification is already on');
  const { codes, hashes } = freshRecoveryCodes(ctx);
  const at = ctx.now().toISOString();
  await acceptTotp(ctx, staff, row, code, 422, { confirmAt: at, recoveryCodeHashes: hashes, passSession: { id: staff.sessionId, at }, audit: audit(ctx, staff, 'enable') });
  return codes;
}

async function confirmedTotpOf(ctx: AppContext, staff: StaffPrincipal): Promise<TotpRecord> {
  const row = await ctx.repos.secondFactor.totp(staff.id);
  if (!row?.confirmedAt) throw conflict('Two-step verification is not on');
  return row;
}

/** The second step of a sign-in: a code from the app, or one of the recovery codes (each once). */
export async function passSecondFactor(ctx: AppContext, staff: StaffPrincipal, code: string): Promise<{ recoveryCodeUsed: boolean }> {
  const row = await confirmedTotpOf(ctx, staff);
  const at = ctx.now().toISOString();
  const passSession = { id: staff.sessionId, at };
  const recovery = normalizeRecoveryCode(code);
  if (recovery !== null) {
    const hash = recoveryCodeHash(ctx.config.sessionSecret, recovery);
    if (!await ctx.repos.secondFactor.spendRecoveryCode(staff.id, hash, at, { passSession, audit: audit(ctx, staff, 'recovery_code') })) throw wrongCode(401);
    return { recoveryCodeUsed: true };
  }
  await acceptTotp(ctx, staff, row, code, 401, { passSession, audit: audit(ctx, staff, 'pass') });
  return { recoveryCodeUsed: false };
}

/** New recovery codes (the old ones stop working), after a current code from the app. */
export async function regenerateRecoveryCodes(ctx: AppContext, staff: StaffPrincipal, code: string): Promise<string[]> {
  const row = await confirmedTotpOf(ctx, staff);
  const { codes, hashes } = freshRecoveryCodes(ctx);
  await acceptTotp(ctx, staff, row, code, 422, { recoveryCodeHashes: hashes, audit: audit(ctx, staff, 'recovery_codes') });
  return codes;
}

/** Turns the authenticator off after a current code; 403 in a role that requires it. */
export async function turnOffSecondFactor(ctx: AppContext, staff: StaffPrincipal, code: string): Promise<void> {
  if (!mayTurnOffSecondFactor(staff.role)) throw forbidden('Two-step verification is required in your role');
  const row = await confirmedTotpOf(ctx, staff);
  await acceptTotp(ctx, staff, row, code, 422, { remove: true, audit: audit(ctx, staff, 'disable') });
}
