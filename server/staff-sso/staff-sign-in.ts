/**
 * A staff member's single sign-on through their authority's own provider, as customers' strong
 * identification does it (server/identification/strong-login.ts): a random state, nonce and PKCE
 * verifier kept under the SHA-256 of a cookie only this browser holds (`kevyt_staff_sso`, ten
 * minutes), the login taken out once when the browser returns, the state compared, and
 * openid-client exchanging the code and checking the ID token (signature, issuer, audience,
 * expiry, nonce).
 *
 * Then the groups (from the ID token; from the provider's groups source when the token says they
 * did not fit, as Entra ID does for a person in many; or from the userinfo answer when the token has
 * no group claim) give the role by the authority's mappings (permissions/group-roles.ts). No mapped group: refused,
 * and a linked account loses access (deactivated, sessions ended). Otherwise the linked account is
 * updated, or created and linked by issuer and subject. The provider does the second factor, so
 * the session starts past it. Every refusal is in the audit log with its code.
 */
import type { Request, Response } from 'express';
import * as oidc from 'openid-client';
import type { Lang } from '../../form-library/format/types';
import { groupsOfClaim, roleFromGroups } from '../../permissions/group-roles';
import { normalizeEmail } from '../../form-library/contact';
import { sha256 } from '../auth/sessions';
import { writeAudit } from '../audit/log';
import type { AppContext } from '../context';
import { refusalOf } from '../identification/identification-errors';
import { StaffSsoRefused, tokenRefusal, type StaffSsoRefusalCode } from './staff-sso-errors';
import type { StaffRelyingParty } from './staff-relying-party';
import { hasGroupOverage } from './group-overage';
import { groupsFromSource, GroupsSourceFailed } from './groups-source';
import { authorizationUrl, claimText, LOGIN_MINUTES, loginCookieOptions, newLogin, readLoginCookie, redeemCode, sameText } from '../oidc/login-round-trip';

export const STAFF_SSO_COOKIE = 'kevyt_staff_sso';
const COOKIE_PATH = '/api/staff-sso';

/** Writes the refusal to the audit log and returns it to be thrown. */
export async function refuse(ctx: AppContext, code: StaffSsoRefusalCode, authorityId: string | null, details: Record<string, unknown> = {}): Promise<StaffSsoRefused> {
  const refusal = new StaffSsoRefused(code);
  await writeAudit(ctx, {
    actor: { kind: 'system' }, action: 'staff.sso.refused', targetType: 'authority', targetId: authorityId ?? '-',
    details: { code, message: refusal.message, ...details },
  });
  return refusal;
}

async function providerOf(ctx: AppContext, authorityId: string): Promise<StaffRelyingParty> {
  const rp = ctx.staffSso?.providers.get(authorityId);
  if (!rp) throw await refuse(ctx, 'sso_unavailable', authorityId);
  return rp;
}

async function configurationOf(ctx: AppContext, rp: StaffRelyingParty): Promise<oidc.Configuration> {
  try {
    return await rp.configuration();
  } catch {
    throw await refuse(ctx, 'provider_unreachable', rp.authorityId);
  }
}

export interface StaffSsoStart {
  authorityId: string;
  returnTo: string;
  lang: Lang;
}

/** Starts a sign-in at the authority's provider: the address to send the browser to. */
export async function beginStaffSignIn(ctx: AppContext, req: Request, res: Response, input: StaffSsoStart): Promise<string> {
  const rp = await providerOf(ctx, input.authorityId);
  const config = await configurationOf(ctx, rp);
  const login = newLogin();
  const now = ctx.now();
  const earlier = readLoginCookie(req, STAFF_SSO_COOKIE);
  await ctx.repos.staffSso.beginLogin(
    {
      id: sha256(login.token), authorityId: rp.authorityId, state: login.state, nonce: login.nonce, codeVerifier: login.codeVerifier,
      returnTo: input.returnTo, lang: input.lang, expiresAt: new Date(now.getTime() + LOGIN_MINUTES * 60_000).toISOString(),
    },
    now.toISOString(),
    earlier ? sha256(earlier) : null,
  );
  res.cookie(STAFF_SSO_COOKIE, login.token, loginCookieOptions(ctx, COOKIE_PATH, LOGIN_MINUTES * 60_000));
  return authorizationUrl(config, { redirectUrl: rp.redirectUrl, scope: rp.scope, lang: input.lang }, login);
}

/** The person's email: the email claim, else a preferred_username that is an address (Entra ID's UPN), else one made of the subject. */
function emailOf(claims: Record<string, unknown>, subject: string, issuer: string): string {
  const candidate = [claimText(claims, 'email'), claimText(claims, 'preferred_username')].find((c) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(c));
  if (candidate) return normalizeEmail(candidate).slice(0, 254);
  return `${sha256(`${issuer} ${subject}`).slice(0, 24)}@sso.invalid`;
}

export interface CompletedStaffSignIn {
  userId: number;
  /** The provider's ID token (signed), for ending its session on sign-out. */
  idToken: string;
  returnTo: string;
  lang: Lang;
}

/** `query`: the query string the provider sent the browser back with (without '?'). */
export async function completeStaffSignIn(ctx: AppContext, req: Request, res: Response, query: string): Promise<CompletedStaffSignIn> {
  const token = readLoginCookie(req, STAFF_SSO_COOKIE);
  res.clearCookie(STAFF_SSO_COOKIE, loginCookieOptions(ctx, COOKIE_PATH));
  const row = token ? await ctx.repos.staffSso.takeLogin(sha256(token)) : undefined;
  if (!row || row.expiresAt <= ctx.now().toISOString()) throw await refuse(ctx, 'login_not_found', row?.authorityId ?? null);
  const rp = await providerOf(ctx, row.authorityId);
  const callback = new URL(rp.redirectUrl);
  callback.search = query;
  if (!sameText(callback.searchParams.get('state') ?? '', row.state)) throw await refuse(ctx, 'state_mismatch', rp.authorityId);

  const config = await configurationOf(ctx, rp);
  let claims: Record<string, unknown>;
  let accessToken: string;
  let idToken: string;
  try {
    const tokens = await redeemCode(config, callback, row, rp.idTokenEncrypted);
    claims = { ...(tokens.claims() ?? {}) };
    accessToken = tokens.access_token;
    // The signed token inside an encrypted one: what the provider's sign-out takes as its hint.
    idToken = oidc.getDecryptedResponses(tokens)?.id_token?.token_endpoint ?? tokens.id_token ?? '';
  } catch (err) {
    throw await refuse(ctx, tokenRefusal(refusalOf(err)), rp.authorityId);
  }
  const subject = claimText(claims, 'sub');
  if (!subject) throw await refuse(ctx, 'id_token_invalid', rp.authorityId);
  let groups = groupsOfClaim(claims[rp.groupClaim]);
  if (groups === null && hasGroupOverage(claims, rp.groupClaim)) groups = await overageGroups(ctx, rp, accessToken, subject);
  if (groups === null) groups = await groupsFromUserInfo(config, accessToken, subject, rp.groupClaim);
  if (groups === null) throw await refuse(ctx, 'groups_missing', rp.authorityId, { subject });

  const issuer = config.serverMetadata().issuer;
  const at = ctx.now().toISOString();
  const role = roleFromGroups(rp.authorityId, groups, await ctx.repos.staffSso.mappings(rp.authorityId));
  if (!role) {
    // Whoever no longer holds a mapped group loses access now: the account is deactivated and its sessions end.
    const suspended = await ctx.repos.staffSso.suspend(issuer, subject, rp.authorityId, at, {
      at, actor: { kind: 'system' }, action: 'staff.sso.suspend', targetType: 'user', details: { authorityId: rp.authorityId, groups: groups.slice(0, 50) },
    });
    throw await refuse(ctx, 'no_role', rp.authorityId, { subject, groups: groups.slice(0, 50), ...(suspended ? { suspendedUserId: suspended } : {}) });
  }
  const name = (claimText(claims, 'name') || `${claimText(claims, 'given_name')} ${claimText(claims, 'family_name')}`.trim() || subject).slice(0, 200);
  const email = emailOf(claims, subject, issuer);
  const admission = await ctx.repos.staffSso.admit(
    { issuer, subject, authorityId: rp.authorityId, email, name, role, at },
    { at, actor: { kind: 'system' }, action: 'staff.sso.login', targetType: 'user', details: { authorityId: rp.authorityId, role, email } },
  );
  if (!admission.admitted) {
    const code = admission.reason === 'email' ? 'account_conflict' : admission.reason === 'other_authority' ? 'account_other_authority' : 'account_deactivated';
    throw await refuse(ctx, code, rp.authorityId, { subject });
  }
  return { userId: admission.userId, idToken, returnTo: row.returnTo, lang: row.lang === 'sv' || row.lang === 'en' ? row.lang : 'fi' };
}

/** The groups of a person in too many for the token, from the provider's groups source; refused without one or when it fails. */
async function overageGroups(ctx: AppContext, rp: StaffRelyingParty, accessToken: string, subject: string): Promise<string[]> {
  if (!rp.groupsSource) throw await refuse(ctx, 'groups_overage', rp.authorityId, { subject });
  try {
    return await groupsFromSource(rp.groupsSource, accessToken);
  } catch (err) {
    throw await refuse(ctx, 'groups_source_failed', rp.authorityId, { subject, reason: err instanceof GroupsSourceFailed ? err.reason : 'error' });
  }
}

/** The group claim from the userinfo endpoint, for providers that leave it out of the ID token. */
async function groupsFromUserInfo(config: oidc.Configuration, accessToken: string, subject: string, claim: string): Promise<string[] | null> {
  if (!config.serverMetadata().userinfo_endpoint) return null;
  try {
    const info = await oidc.fetchUserInfo(config, accessToken, subject);
    return groupsOfClaim(info[claim]);
  } catch {
    return null;
  }
}
