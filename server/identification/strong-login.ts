/**
 * Strong identification of a customer, one login at a time:
 *
 * 1. `beginStrongLogin`: a random state, nonce and PKCE verifier are kept in `identification_logins`
 *    under the SHA-256 of a random token that only this browser holds (the `kevyt_oidc` cookie,
 *    HttpOnly, ten minutes); the answer is the provider's authorization URL.
 * 2. The provider sends the browser back to the redirect URL (the customer app's return page),
 *    which hands the query to `completeStrongLogin`. The login row is found by the cookie and
 *    deleted at once (a replayed answer finds nothing), the state compared, and openid-client
 *    exchanges the code (PKCE verifier, `private_key_jwt`), decrypts the ID token when encryption is
 *    configured (and refuses one that came unencrypted) and checks it: signature, issuer, audience,
 *    expiry, nonce. The henkilötunnus claim must be there and valid.
 *
 * Every refusal is written to the audit log with its code, never with a token or a henkilötunnus.
 */
import type { Request, Response } from 'express';
import * as oidc from 'openid-client';
import { isValidPersonalId } from '../../form-library/formats/personal-id';
import type { IdentifiedPerson } from '../../form-library/identity/identity-fields';
import type { Lang } from '../../form-library/format/types';
import { sha256 } from '../auth/sessions';
import { writeAudit } from '../audit/log';
import type { AppContext } from '../context';
import { IdentificationRefused, refusalOf, type RefusalCode } from './identification-errors';
import type { RelyingParty } from './relying-party';
import { authorizationUrl, claimText, endSessionUrl, LOGIN_MINUTES, loginCookieOptions, newLogin, readLoginCookie, redeemCode, sameText } from '../oidc/login-round-trip';

export const LOGIN_COOKIE = 'kevyt_oidc';
const COOKIE_PATH = '/api/identification';

async function relyingPartyOf(ctx: AppContext): Promise<RelyingParty> {
  const rp = ctx.identification?.relyingParty;
  if (!rp) throw await refuse(ctx, 'identification_unavailable');
  return rp;
}

/** Writes the refusal to the audit log and returns it to be thrown. */
export async function refuse(ctx: AppContext, code: RefusalCode): Promise<IdentificationRefused> {
  const refusal = new IdentificationRefused(code);
  await writeAudit(ctx, { actor: { kind: 'system' }, action: 'identification.refused', targetType: 'identification', targetId: code, details: { code, message: refusal.message } });
  return refusal;
}

async function configurationOf(ctx: AppContext, rp: RelyingParty): Promise<oidc.Configuration> {
  try {
    return await rp.configuration();
  } catch {
    throw await refuse(ctx, 'provider_unreachable');
  }
}

export async function beginStrongLogin(ctx: AppContext, req: Request, res: Response, input: { returnTo: string; lang: Lang }): Promise<string> {
  const rp = await relyingPartyOf(ctx);
  const config = await configurationOf(ctx, rp);
  const login = newLogin();
  const now = ctx.now();
  // A new start replaces the one this browser had under way.
  const earlier = readLoginCookie(req, LOGIN_COOKIE);
  await ctx.repos.identificationLogins.begin(
    {
      id: sha256(login.token), state: login.state, nonce: login.nonce, codeVerifier: login.codeVerifier, returnTo: input.returnTo, lang: input.lang,
      expiresAt: new Date(now.getTime() + LOGIN_MINUTES * 60_000).toISOString(),
    },
    now.toISOString(),
    earlier ? sha256(earlier) : null,
  );
  res.cookie(LOGIN_COOKIE, login.token, loginCookieOptions(ctx, COOKIE_PATH, LOGIN_MINUTES * 60_000));
  return authorizationUrl(config, { redirectUrl: rp.settings.redirectUrl, scope: rp.settings.scope, lang: input.lang }, login);
}

export interface CompletedLogin {
  person: IdentifiedPerson;
  returnTo: string;
  lang: Lang;
}

/** `query` is the query string the provider sent the browser back with (without '?'). */
export async function completeStrongLogin(ctx: AppContext, req: Request, res: Response, query: string): Promise<CompletedLogin> {
  const rp = await relyingPartyOf(ctx);
  const token = readLoginCookie(req, LOGIN_COOKIE);
  res.clearCookie(LOGIN_COOKIE, loginCookieOptions(ctx, COOKIE_PATH));
  const row = token ? await ctx.repos.identificationLogins.take(sha256(token)) : undefined;
  if (!row || row.expiresAt <= ctx.now().toISOString()) throw await refuse(ctx, 'login_not_found');
  const callback = new URL(rp.settings.redirectUrl);
  callback.search = query;
  const state = callback.searchParams.get('state') ?? '';
  if (!sameText(state, row.state)) throw await refuse(ctx, 'state_mismatch');

  const config = await configurationOf(ctx, rp);
  let claims: Record<string, unknown>;
  try {
    const tokens = await redeemCode(config, callback, row, Boolean(rp.settings.idTokenEncryption));
    claims = { ...(tokens.claims() ?? {}) };
  } catch (err) {
    throw await refuse(ctx, refusalOf(err));
  }
  const personalId = rp.settings.personalIdClaims.map((name) => claimText(claims, name)).find(Boolean)?.toUpperCase() ?? '';
  if (!personalId) throw await refuse(ctx, 'personal_id_missing');
  if (!isValidPersonalId(personalId, ctx.now())) throw await refuse(ctx, 'personal_id_invalid');
  const person: IdentifiedPerson = {
    givenName: claimText(claims, 'given_name').slice(0, 200),
    familyName: claimText(claims, 'family_name').slice(0, 200),
    personalId,
  };
  return { person, returnTo: row.returnTo, lang: row.lang === 'sv' || row.lang === 'en' ? row.lang : 'fi' };
}

/**
 * Where to send the browser to end the provider's session too (RP-initiated logout), if it offers
 * that. By `client_id`, never `id_token_hint`: an ID token carries the henkilötunnus, and a URL is
 * no place for it.
 */
export async function providerLogoutUrl(ctx: AppContext, lang: Lang): Promise<string | null> {
  const rp = ctx.identification?.relyingParty;
  if (!rp) return null;
  return endSessionUrl(rp.configuration, { post_logout_redirect_uri: rp.settings.postLogoutRedirectUrl, client_id: rp.settings.clientId, ui_locales: lang });
}
