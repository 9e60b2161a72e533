/**
 * Kevyt as the OpenID Connect relying party of customers' strong identification: the provider is
 * discovered and the client authenticates with `private_key_jwt`, as the Finnish identification
 * brokers require, and takes ID tokens encrypted to its own key when so configured, through the
 * provider configuration staff single sign-on shares (server/oidc/provider-configuration.ts).
 */
import type * as oidc from 'openid-client';
import { providerConfiguration } from '../oidc/provider-configuration';
import type { ClientJwk } from './client-key';
import type { IdTokenEncryption } from './encryption-key';

export interface RelyingPartySettings {
  issuer: string;
  clientId: string;
  clientKey: ClientJwk;
  /** ID tokens must come encrypted to this key; absent: signed only. */
  idTokenEncryption?: IdTokenEncryption;
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
  const configuration = providerConfiguration({
    issuer: settings.issuer,
    clientId: settings.clientId,
    authentication: { method: 'private_key_jwt', key: settings.clientKey },
    ...(settings.idTokenEncryption ? { idTokenEncryption: settings.idTokenEncryption } : {}),
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
  });
  return { settings, configuration };
}
