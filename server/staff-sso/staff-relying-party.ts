/**
 * One authority's staff identity provider as the server uses it: where it is, which claim holds the
 * groups, where it sends the browser back, and its configuration discovered on first use through
 * the provider configuration customers' identification shares (server/oidc/provider-configuration.ts).
 */
import type * as oidc from 'openid-client';
import type { IdTokenEncryption } from '../identification/encryption-key';
import { providerConfiguration, type ClientAuthentication, type ProviderConfiguration } from '../oidc/provider-configuration';

/** One authority's provider as the server uses it: its settings without the keys, and its configuration. */
export interface StaffRelyingParty extends Omit<StaffRelyingPartySettings, 'authentication' | 'idTokenEncryption'> {
  /** Whether ID tokens must come encrypted to the client's key. */
  idTokenEncrypted: boolean;
  configuration: ProviderConfiguration;
}

export interface StaffSsoRuntime {
  /** By authority id. */
  providers: Map<string, StaffRelyingParty>;
}

export interface StaffRelyingPartySettings {
  authorityId: string;
  issuer: string;
  clientId: string;
  groupClaim: string;
  scope: string;
  redirectUrl: string;
  /** Where the groups are fetched when the ID token says they did not fit (Graph's /me/getMemberObjects shape); null: none. */
  groupsSource: string | null;
  authentication: ClientAuthentication;
  /** ID tokens encrypted to this key (JWE); absent: signed only. */
  idTokenEncryption?: IdTokenEncryption;
}

/** A relying party for one authority's provider; `fetch` replaces fetch towards it (tests). */
export function staffRelyingParty(
  settings: StaffRelyingPartySettings,
  fetch?: oidc.CustomFetch,
): StaffRelyingParty {
  const { authentication, idTokenEncryption, ...rest } = settings;
  return {
    ...rest,
    idTokenEncrypted: Boolean(idTokenEncryption),
    configuration: providerConfiguration({
      issuer: settings.issuer, clientId: settings.clientId, authentication, ...(idTokenEncryption ? { idTokenEncryption } : {}), ...(fetch ? { fetch } : {}),
    }),
  };
}

