/**
 * Starts strong identification as configured (identification-config.ts): outside production by
 * default the local test identity provider (identity/test-provider) on its own port, with this
 * server registered as its client; otherwise the configured provider (OIDC_ISSUER). The relying
 * party discovers the provider on first use, so a provider that starts later is still found.
 */
import { dirname, join } from 'node:path';
import type { AppContext, IdentificationRuntime } from '../context';
import { clientKeyMadeOnce, publicJwk, readClientKey } from './client-key';
import { relyingParty } from './relying-party';

export interface StartedIdentification {
  runtime: IdentificationRuntime;
  /** The test provider's issuer URL when it runs here, else null. */
  testProviderIssuer: string | null;
  close(): Promise<void>;
}

/** `publicUrl`: where browsers reach this server (the return page and the post-logout page are under it). */
export async function startIdentification(ctx: AppContext, publicUrl: string): Promise<StartedIdentification> {
  const config = ctx.config.identification;
  const base = publicUrl.replace(/\/+$/, '');
  const redirectUrl = config.redirectUrl ?? `${base}/fi/tunnistautuminen`;
  const postLogoutRedirectUrl = config.postLogoutRedirectUrl ?? `${base}/fi`;
  const keyFile = config.clientKeyFile ?? join(dirname(ctx.config.databasePath), 'oidc-client-key.json');
  if (config.testProvider) {
    const clientKey = clientKeyMadeOnce(keyFile);
    // Loaded only when it runs: a production server never loads the test provider at all.
    const { startTestIdentityProvider } = await import('../../identity/test-provider/test-provider');
    const provider = await startTestIdentityProvider({
      host: ctx.config.host,
      port: config.testProvider.port,
      keyDir: join(dirname(ctx.config.databasePath), 'test-identity-provider'),
      clients: [{
        clientId: config.clientId,
        clientName: 'Kevyt',
        jwks: { keys: [publicJwk(clientKey)] },
        redirectUris: [redirectUrl],
        postLogoutRedirectUris: [postLogoutRedirectUrl],
      }],
    });
    const rp = relyingParty({
      issuer: provider.issuer, clientId: config.clientId, clientKey, redirectUrl, postLogoutRedirectUrl,
      scope: config.scope, personalIdClaims: config.personalIdClaims,
    });
    return { runtime: { relyingParty: rp }, testProviderIssuer: provider.issuer, close: () => provider.close() };
  }
  if (!config.issuer) return { runtime: { relyingParty: null }, testProviderIssuer: null, close: async () => {} };
  const rp = relyingParty({
    issuer: config.issuer, clientId: config.clientId, clientKey: readClientKey(keyFile), redirectUrl, postLogoutRedirectUrl,
    scope: config.scope, personalIdClaims: config.personalIdClaims,
  });
  return { runtime: { relyingParty: rp }, testProviderIssuer: null, close: async () => {} };
}
