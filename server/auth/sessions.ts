/**
 * Server-side sessions. The cookie holds a random token; the database keeps only its SHA-256,
 * so a leaked database does not yield usable cookies. A staff session ends after its absolute
 * lifetime (12 h) or after `staffIdleMinutes` (30) without use, whichever comes first; a
 * customer session lasts its 7 days.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CookieOptions, Request, RequestHandler, Response } from 'express';
import type { AppContext } from '../context';
import { isStaffRole } from '../../permissions/permissions';
import { isBusy } from '../db/busy';
import type { CustomerPrincipal, PersonPrincipal, StaffPrincipal } from './principals';
import type { IdentifiedPerson } from '../../form-library/identity/identity-fields';
import { secondFactorStep } from './second-factor/second-factor-step';
import { openText, sealText } from '../crypto/sealed-text';

export const STAFF_COOKIE = 'kevyt_staff';
export const CUSTOMER_COOKIE = 'kevyt_customer';

/**
 * Whose session: a staff member, a customer identified by an e-mailed code, or a person identified
 * strongly. Both customer kinds live in the customer cookie (one customer per browser); the row's
 * `identification` says which.
 */
export type SessionSubject =
  /**
   * `singleSignOn`: signed in through the authority's own provider, which did the second factor;
   * `idToken`: its ID token, kept sealed for ending the provider's session on sign-out.
   */
  | { kind: 'staff'; userId: number; singleSignOn?: boolean; idToken?: string }
  | { kind: 'customer'; email: string }
  | { kind: 'person'; person: IdentifiedPerson; personKey: string };

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function sessionCookieOptions(ctx: AppContext, maxAgeMs?: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: ctx.config.cookieSecure, path: '/', ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
}

function cookieName(kind: SessionSubject['kind']): string {
  return kind === 'staff' ? STAFF_COOKIE : CUSTOMER_COOKIE;
}

/** A strongly identified person's columns; the henkilötunnus sealed, so the sessions table never holds it readable. */
function personColumns(ctx: AppContext, subject: SessionSubject) {
  if (subject.kind !== 'person') return {};
  const { person, personKey } = subject;
  const personId = sealText('session person id', ctx.config.sessionSecret, person.personalId);
  return { personKey, personGivenName: person.givenName, personFamilyName: person.familyName, personId };
}

/** The henkilötunnus again; null when it cannot be opened (sealed under another SESSION_SECRET): as signed out. */
function openPersonId(ctx: AppContext, sealed: string): string | null {
  try {
    return openText('session person id', ctx.config.sessionSecret, sealed);
  } catch {
    return null;
  }
}

/**
 * Starts a session: ends the session of the same kind the request already carries (a new sign-in
 * rotates it, so a cookie planted before, or left by an earlier user of the browser, no longer
 * works), then creates the new row and sets its cookie. Returns the session id (the token's hash).
 */
export async function createSession(ctx: AppContext, subject: SessionSubject, req: Request, res: Response): Promise<string> {
  await endSession(ctx, subject.kind, req);
  const token = randomBytes(32).toString('base64url');
  const id = sha256(token);
  const hours = subject.kind === 'staff' ? ctx.config.staffSessionHours : ctx.config.customerSessionHours;
  const maxAgeMs = hours * 3600_000;
  // Sweep expired sessions whenever a new one starts, so the table stays small without a timer.
  await ctx.repos.sessions.start(
    {
      id,
      kind: subject.kind === 'staff' ? 'staff' : 'customer',
      userId: subject.kind === 'staff' ? subject.userId : null,
      customerEmail: subject.kind === 'customer' ? subject.email.toLowerCase() : null,
      identification: subject.kind === 'staff' ? null : subject.kind === 'person' ? 'strong' : 'email',
      ...personColumns(ctx, subject),
      secondFactorAt: subject.kind === 'staff' && subject.singleSignOn ? ctx.now().toISOString() : null,
      ssoIdToken: subject.kind === 'staff' && subject.idToken ? sealText('session sso id token', ctx.config.sessionSecret, subject.idToken) : null,
      expiresAt: new Date(ctx.now().getTime() + maxAgeMs).toISOString(),
      lastSeenAt: ctx.now().toISOString(),
    },
    ctx.now().toISOString(),
  );
  res.cookie(cookieName(subject.kind), token, sessionCookieOptions(ctx, maxAgeMs));
  return id;
}

/** Deletes the session row of `kind` that the request's cookie names, if any. */
async function endSession(ctx: AppContext, kind: SessionSubject['kind'], req: Request): Promise<void> {
  const token = readCookie(req, cookieName(kind));
  if (token) await ctx.repos.sessions.end(sha256(token));
}

/** The single sign-on ID token of the staff session the request carries; null without one, or when it cannot be opened. */
export async function staffSessionIdToken(ctx: AppContext, req: Request): Promise<string | null> {
  const token = readCookie(req, STAFF_COOKIE);
  const sealed = token ? await ctx.repos.sessions.ssoIdToken(sha256(token)) : null;
  if (!sealed) return null;
  try {
    return openText('session sso id token', ctx.config.sessionSecret, sealed);
  } catch {
    return null;
  }
}

/** Ends the session of `kind` that the request carries (if any) and clears its cookie. */
export async function destroySession(ctx: AppContext, kind: SessionSubject['kind'], req: Request, res: Response): Promise<void> {
  await endSession(ctx, kind, req);
  res.clearCookie(cookieName(kind), sessionCookieOptions(ctx));
}

function readCookie(req: Request, name: string): string | null {
  const cookies: unknown = req.cookies;
  if (typeof cookies !== 'object' || cookies === null) return null;
  const value = (cookies as Record<string, unknown>)[name];
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : null;
}

/** Use is written down at most this often, so that a busy desk does not write on every request. */
const LAST_SEEN_STEP_MS = 60_000;

/** Whether a staff session was idle too long at `now` (last used, or started, before the idle limit). */
export function idleTooLong(lastUsed: string, now: Date, idleMinutes: number): boolean {
  return Date.parse(lastUsed) <= now.getTime() - idleMinutes * 60_000;
}

/** Notes a staff session's use; skipped when the database is busy (the next request notes it). */
async function touchStaffSession(ctx: AppContext, id: string, lastUsed: string, now: Date): Promise<void> {
  if (now.getTime() - Date.parse(lastUsed) < LAST_SEEN_STEP_MS) return;
  try {
    await ctx.repos.sessions.touch(id, now.toISOString());
  } catch (err) {
    if (!isBusy(err)) throw err;
  }
}

/** Loads `req.staff` and `req.customer` from their cookies; expired, idle or unknown sessions are ignored. */
export function loadSessions(ctx: AppContext): RequestHandler {
  return async (req, _res, next) => {
    const clock = ctx.now();
    const now = clock.toISOString();
    const staffToken = readCookie(req, STAFF_COOKIE);
    if (staffToken) {
      const id = sha256(staffToken);
      const row = await ctx.repos.sessions.staffSession(id);
      const lastUsed = row ? (row.lastSeenAt ?? row.createdAt) : '';
      if (row && row.expiresAt > now && !idleTooLong(lastUsed, clock, ctx.config.staffIdleMinutes) && row.user.active && isStaffRole(row.user.role)) {
        await touchStaffSession(ctx, id, lastUsed, clock);
        const principal: StaffPrincipal = {
          id: row.user.id,
          email: row.user.email,
          name: row.user.name,
          role: row.user.role,
          authorityId: row.user.authorityId,
          sessionId: id,
        };
        // The second factor comes first: until it is passed, not even a temporary password is changed.
        const step = secondFactorStep({ role: row.user.role, enrolled: row.totpConfirmedAt !== null, passed: row.secondFactorAt !== null });
        if (step !== 'none') req.staffAwaitingSecondFactor = { principal, step };
        else if (row.user.mustChangePassword) req.staffMustChangePassword = principal;
        else req.staff = principal;
      }
    }
    const customer = await customerSessionOf(ctx, req);
    if (customer.customer) req.customer = customer.customer;
    if (customer.person) req.person = customer.person;
    next();
  };
}

export interface CustomerSession {
  /** Identified by an e-mailed code (exactly as before strong identification came). */
  customer?: CustomerPrincipal;
  /** Identified strongly. */
  person?: PersonPrincipal;
}

/** The customer cookie's live session: an e-mail customer, a strongly identified person, or neither. */
export async function customerSessionOf(ctx: AppContext, req: Request): Promise<CustomerSession> {
  const customerToken = readCookie(req, CUSTOMER_COOKIE);
  if (!customerToken) return {};
  const id = sha256(customerToken);
  const row = await ctx.repos.sessions.customerSession(id);
  if (!row || row.expiresAt <= ctx.now().toISOString()) return {};
  if (row.identification === 'strong') {
    const personalId = row.personId ? openPersonId(ctx, row.personId) : null;
    if (!personalId || !row.personKey) return {};
    return {
      person: {
        givenName: row.personGivenName ?? '',
        familyName: row.personFamilyName ?? '',
        personalId,
        personKey: row.personKey,
        sessionId: id,
      },
    };
  }
  return row.customerEmail ? { customer: { email: row.customerEmail, sessionId: id } } : {};
}
