/**
 * One OpenID Connect provider as Kevyt's relying party sees it, shared by customers' strong
 * identification (server/identification) and staff single sign-on (server/staff-sso): the
 * provider's configuration found once by discovery (and tried again after a failure, so a provider
 * that starts later is still found), the client authenticating with `private_key_jwt` or
 * `client_secret_basic`, ID tokens' signatures checked against the provider's published keys
 * besides issuer, audience, expiry and nonce, which openid-client checks on every ID token. With
 * `idTokenEncryption` the client asks for ID tokens encrypted to its key (JWE) and decrypts them;
 * login-round-trip.ts then refuses one that came unencrypted. Plain http is allowed only for a
 * loopback issuer (the local test providers).
 */
import * as oidc from 'openid-client';
import { isLoopback } from '../config';
import { type ClientJwk, signingKey } from '../identification/client-key';
import { decryptionKey, type IdTokenEncryption } from '../identification/encryption-key';

export type ClientAuthentication =
  | { method: 'private_key_jwt'; key: ClientJwk }
  | { method: 'client_secret_basic'; secret: string };

export interface ProviderSettings {
  issuer: string;
  clientId: string;
  authentication: ClientAuthentication;
  /** ID tokens encrypted to this key with this content encryption; absent: signed only. */
  idTokenEncryption?: IdTokenEncryption;
  /** Replaces fetch for every request to the provider (tests: tampering with its answers). */
  fetch?: oidc.CustomFetch;
}

/** The provider's configuration, discovered on first use. */
export type ProviderConfiguration = () => Promise<oidc.Configuration>;

async function clientAuth(auth: ClientAuthentication): Promise<oidc.ClientAuth> {
  if (auth.method === 'client_secret_basic') return oidc.ClientSecretBasic(auth.secret);
  return oidc.PrivateKeyJwt({ key: await signingKey(auth.key), kid: auth.key.kid });
}

export function providerConfiguration(settings: ProviderSettings): ProviderConfiguration {
  let found: Promise<oidc.Configuration> | null = null;
  const encryption = settings.idTokenEncryption;
  const discover = async (): Promise<oidc.Configuration> => {
    const issuer = new URL(settings.issuer);
    const insecureAllowed = issuer.protocol === 'http:' && isLoopback(issuer.hostname);
    const config = await oidc.discovery(
      issuer,
      settings.clientId,
      {
        id_token_signed_response_alg: 'RS256',
        token_endpoint_auth_method: settings.authentication.method,
        ...(encryption ? { id_token_encrypted_response_alg: encryption.key.alg, id_token_encrypted_response_enc: encryption.enc } : {}),
      },
      await clientAuth(settings.authentication),
      {
        execute: [...(insecureAllowed ? [oidc.allowInsecureRequests] : []), oidc.enableNonRepudiationChecks],
        ...(settings.fetch ? { [oidc.customFetch]: settings.fetch } : {}),
      },
    );
    if (settings.fetch) config[oidc.customFetch] = settings.fetch;
    // Only the content encryption asked for; the key management algorithm is the key's own.
    if (encryption) oidc.enableDecryptingResponses(config, [encryption.enc], await decryptionKey(encryption.key));
    return config;
  };
  return () => {
    found ??= discover().catch((err: unknown) => {
      found = null;
      throw err;
    });
    return found;
  };
}
