/**
 * Starts strong identification as configured (identification-config.ts): outside production by
 * default the local test identity provider (identity/test-provider) on its own port, with this
 * server registered as its client (and, for tests, a second client of another service); otherwise
 * the configured provider (OIDC_ISSUER). The relying party discovers the provider on first use, so a
 * provider that starts later is still found.
 */
import { dirname, join } from 'node:path';
import type { AppContext, IdentificationRuntime } from '../context';
import { clientJwks, clientKeyMadeOnce, readClientKey } from './client-key';
import { encryptionKeyMadeOnce, readEncryptionKey } from './encryption-key';
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
  const dataDir = dirname(ctx.config.databasePath);
  const redirectUrl = config.redirectUrl ?? `${base}/fi/tunnistautuminen`;
  const postLogoutRedirectUrl = config.postLogoutRedirectUrl ?? `${base}/fi`;
  const keyFile = config.clientKeyFile ?? join(dataDir, 'oidc-client-key.json');
  const encryptionKeyFile = config.idTokenEncryption?.keyFile ?? join(dataDir, 'oidc-encryption-key.json');
  const common = { clientId: config.clientId, redirectUrl, postLogoutRedirectUrl, scope: config.scope, personalIdClaims: config.personalIdClaims };
  if (config.testProvider) {
    const clientKey = clientKeyMadeOnce(keyFile);
    const idTokenEncryption = config.idTokenEncryption ? { key: encryptionKeyMadeOnce(encryptionKeyFile), enc: config.idTokenEncryption.enc } : undefined;
    const registration = {
      jwks: clientJwks(clientKey, idTokenEncryption),
      idTokenEncryption: idTokenEncryption ? { alg: idTokenEncryption.key.alg, enc: idTokenEncryption.enc } : null,
      redirectUris: [redirectUrl],
      postLogoutRedirectUris: [postLogoutRedirectUrl],
    };
    // Loaded only when it runs: a production server never loads the test provider at all.
    const { startTestIdentityProvider } = await import('../../identity/test-provider/test-provider');
    const provider = await startTestIdentityProvider({
      host: ctx.config.host,
      port: config.testProvider.port,
      keyDir: join(dataDir, 'test-identity-provider'),
      clients: [
        { clientId: config.clientId, clientName: 'Kevyt', ...registration },
        // Another service at the same provider, with the same keys: a token issued to it must not sign anyone in here.
        ...(config.testOtherClientId ? [{ clientId: config.testOtherClientId, clientName: 'Toinen palvelu', ...registration }] : []),
      ],
    });
    const rp = relyingParty({ ...common, issuer: provider.issuer, clientKey, ...(idTokenEncryption ? { idTokenEncryption } : {}) });
    return { runtime: { relyingParty: rp }, testProviderIssuer: provider.issuer, close: () => provider.close() };
  }
  if (!config.issuer) return { runtime: { relyingParty: null }, testProviderIssuer: null, close: async () => {} };
  const idTokenEncryption = config.idTokenEncryption ? { key: readEncryptionKey(encryptionKeyFile), enc: config.idTokenEncryption.enc } : undefined;
  const rp = relyingParty({ ...common, issuer: config.issuer, clientKey: readClientKey(keyFile), ...(idTokenEncryption ? { idTokenEncryption } : {}) });
  return { runtime: { relyingParty: rp }, testProviderIssuer: null, close: async () => {} };
}
