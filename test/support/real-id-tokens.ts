/**
 * A real ID token from a local provider, got as a client gets one: the authorization code flow with
 * PKCE and the nonce the test names, a person signing in at the provider's page, the code redeemed.
 * The token is taken as the provider sent it (encrypted, if it encrypts for that client), so a test
 * can present it where it does not belong: to a relying party it was not issued to, or that trusts
 * another issuer.
 */
import { authorizationUrl, newLogin, redeemCode } from '../../server/oidc/login-round-trip';
import { providerConfiguration, type ClientAuthentication } from '../../server/oidc/provider-configuration';
import { rewritingIdToken } from './id-token-tampering';
import { ProviderBrowser } from './strong-identification';

export interface RealIdTokenRequest {
  issuer: string;
  clientId: string;
  authentication: ClientAuthentication;
  /** A redirect URI the provider knows for this client. */
  redirectUrl: string;
  scope: string;
  /** The nonce the token is to carry (the login under test's own, so that only what the test means is wrong). */
  nonce: string;
  /** Whom to sign in on the provider's page. */
  person: string;
}

export async function realIdToken(request: RealIdTokenRequest): Promise<string> {
  const got: { token: string | null } = { token: null };
  const capture = rewritingIdToken((idToken) => {
    got.token = idToken;
    return idToken;
  });
  const configuration = await providerConfiguration({ issuer: request.issuer, clientId: request.clientId, authentication: request.authentication, fetch: capture })();
  const login = { ...newLogin(), nonce: request.nonce };
  const url = await authorizationUrl(configuration, { redirectUrl: request.redirectUrl, scope: request.scope, lang: 'fi' }, login);
  const callback = new URL(request.redirectUrl);
  callback.search = await new ProviderBrowser().signIn(url, request.person);
  try {
    await redeemCode(configuration, callback, login, false);
  } catch (err) {
    // This client need not be able to read the token (it may be encrypted to another's key): the raw answer is the point.
    if (got.token === null) throw err;
  }
  if (got.token === null) throw new Error('the provider gave no ID token');
  return got.token;
}
