/**
 * Kevyt as an OpenID Connect relying party (`openid-client`): the provider's configuration found
 * once by discovery, the client authenticating with `private_key_jwt`, ID tokens' signatures checked
 * against the provider's published keys (non-repudiation checks), besides issuer, audience, expiry
 * and nonce, which openid-client checks on every ID token. Plain http is allowed only for a
 * loopback issuer (the local test provider).
 */
import * as oidc from 'openid-client';
import { isLoopback } from '../config';
import { type ClientJwk, signingKey } from './client-key';

export interface RelyingPartySettings {
  issuer: string;
  clientId: string;
  clientKey: ClientJwk;
  redirectUrl: string;
  postLogoutRedirectUrl: string;
  scope: string;
  personalIdClaims: string[];
  /** Replaces fetch for every request to the provider (tests: tampering with its answers). */
  fetch?: oidc.CustomFetch;
}

export interface RelyingParty {
  settings: RelyingPartySettings;
  configuration(): Promise<oidc.Configuration>;
}

export function relyingParty(settings: RelyingPartySettings): RelyingParty {
  let found: Promise<oidc.Configuration> | null = null;
  const discover = async (): Promise<oidc.Configuration> => {
    const issuer = new URL(settings.issuer);
    const insecureAllowed = issuer.protocol === 'http:' && isLoopback(issuer.hostname);
    const auth = oidc.PrivateKeyJwt({ key: await signingKey(settings.clientKey), kid: settings.clientKey.kid });
    const config = await oidc.discovery(
      issuer,
      settings.clientId,
      { id_token_signed_response_alg: 'RS256', token_endpoint_auth_method: 'private_key_jwt' },
      auth,
      {
        execute: [...(insecureAllowed ? [oidc.allowInsecureRequests] : []), oidc.enableNonRepudiationChecks],
        ...(settings.fetch ? { [oidc.customFetch]: settings.fetch } : {}),
      },
    );
    if (settings.fetch) config[oidc.customFetch] = settings.fetch;
    return config;
  };
  return {
    settings,
    configuration() {
      // A failed discovery (provider not up yet) is tried again on the next sign-in.
      found ??= discover().catch((err: unknown) => {
        found = null;
        throw err;
      });
      return found;
    },
  };
}
