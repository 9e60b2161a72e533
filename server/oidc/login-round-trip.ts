/**
 * What the two OpenID Connect sign-ins (customers' strong identification, staff single sign-on)
 * share of the authorization code flow's round trip: the login's secrets (a cookie token, state,
 * nonce, PKCE verifier), the address to send the browser to, the cookie that keeps the login
 * between leaving and coming back (read strictly, compared without leaking by timing), and the
 * code's redemption with every check openid-client makes.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, Request } from 'express';
import * as oidc from 'openid-client';
import type { Lang } from '../../form-library/format/types';
import type { AppContext } from '../context';
import type { ProviderConfiguration } from './provider-configuration';

/** How long a login may take at the provider. */
export const LOGIN_MINUTES = 10;

export interface NewLogin {
  /** The cookie's value; only its hash is stored. */
  token: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export function newLogin(): NewLogin {
  return {
    token: randomBytes(32).toString('base64url'),
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
  };
}

/** The login cookie's options, kept to the sign-in's own API path. */
export function loginCookieOptions(ctx: AppContext, path: string, maxAgeMs?: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: ctx.config.cookieSecure, path, ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
}

/** Where to send the browser: the provider's authorization endpoint with PKCE (S256), state, nonce and the page's language. */
export async function authorizationUrl(config: oidc.Configuration, to: { redirectUrl: string; scope: string; lang: Lang }, login: NewLogin): Promise<string> {
  return oidc
    .buildAuthorizationUrl(config, {
      redirect_uri: to.redirectUrl,
      scope: to.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(login.codeVerifier),
      code_challenge_method: 'S256',
      state: login.state,
      nonce: login.nonce,
      ui_locales: to.lang,
    })
    .toString();
}

/** An ID token that came signed only, where the client asked for it encrypted (a downgrade: refused). */
export class IdTokenNotEncrypted extends Error {
  readonly code = 'KEVYT_ID_TOKEN_NOT_ENCRYPTED';
  constructor() {
    super('The ID token was not encrypted');
  }
}

/**
 * The code exchanged for tokens; throws (for the caller's refusal) on any state, nonce, PKCE or ID
 * token fault. `idTokenEncrypted`: the ID token must have come encrypted (openid-client decrypts a
 * JWE but would take a plain JWS too).
 */
export async function redeemCode(config: oidc.Configuration, callback: URL, login: Pick<NewLogin, 'state' | 'nonce' | 'codeVerifier'>, idTokenEncrypted: boolean) {
  const tokens = await oidc.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: login.codeVerifier,
    expectedState: login.state,
    expectedNonce: login.nonce,
    idTokenExpected: true,
  });
  if (idTokenEncrypted && !oidc.getDecryptedResponses(tokens)?.id_token?.token_endpoint) throw new IdTokenNotEncrypted();
  return tokens;
}

/** A claim's text, trimmed; '' when it is missing or not a text. */
export function claimText(claims: Record<string, unknown>, name: string): string {
  const value = claims[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** The login's cookie, or null when it is missing or not a value this server could have set. */
export function readLoginCookie(req: Request, name: string): string | null {
  const cookies: unknown = req.cookies;
  const value = typeof cookies === 'object' && cookies !== null ? (cookies as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : null;
}

/** Whether two texts (a state, a nonce) are the same, in time that does not depend on where they differ. */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The provider's end-session address for RP-initiated logout with `params`, or null when the
 * provider offers none or cannot be reached now (Kevyt's own session ends either way).
 */
export async function endSessionUrl(configuration: ProviderConfiguration, params: Record<string, string>): Promise<string | null> {
  let config: oidc.Configuration;
  try {
    config = await configuration();
  } catch {
    return null;
  }
  if (!config.serverMetadata().end_session_endpoint) return null;
  return oidc.buildEndSessionUrl(config, params).toString();
}
