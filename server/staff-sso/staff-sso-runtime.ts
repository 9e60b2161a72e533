/**
 * Starts staff single sign-on as configured (staff-sso-config.ts): one relying party per
 * authority's provider, and outside production the local stand-in for Helsinki's provider
 * (identity/staff-provider) on its own port, with this server registered as its client
 * (`client_secret_basic`, as Entra ID's web apps commonly authenticate; the secret is made at the
 * first start and kept by the database). Providers are discovered on first use.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AppContext } from '../context';
import { readClientKey } from '../identification/client-key';
import { readEncryptionKey } from '../identification/encryption-key';
import type { ClientAuthentication } from '../oidc/provider-configuration';
import { staffRelyingParty, type StaffRelyingParty, type StaffSsoRuntime } from './staff-relying-party';
import type { StaffOidcProvider } from './staff-sso-config';
import { postLogoutRedirectUrls } from './staff-sign-out';
import { isSafeGroupsSource } from './groups-source';

export interface StartedStaffSso {
  runtime: StaffSsoRuntime;
  /** The stand-in's issuer URL when it runs here, else null. */
  testProviderIssuer: string | null;
  close(): Promise<void>;
}

/** The staff return page of the desk app, where every provider sends the browser back. */
export const STAFF_SSO_RETURN_PATH = '/fi/virkailija/kertakirjautuminen';

export const TEST_STAFF_CLIENT_ID = 'kevyt-staff';

function secretMadeOnce(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function authenticationOf(p: StaffOidcProvider): ClientAuthentication {
  if (p.clientAuthentication.method === 'client_secret_basic') {
    const secret = readFileSync(p.clientAuthentication.secretFile, 'utf8').trim();
    if (!secret) throw new Error(`The client secret file of ${p.authorityId}'s provider is empty`);
    return { method: 'client_secret_basic', secret };
  }
  return { method: 'private_key_jwt', key: readClientKey(p.clientAuthentication.keyFile) };
}

export async function startStaffSso(ctx: AppContext, publicUrl: string): Promise<StartedStaffSso> {
  const config = ctx.config.staffSso;
  const base = publicUrl.replace(/\/+$/, '');
  const defaultRedirect = `${base}${STAFF_SSO_RETURN_PATH}`;
  const providers = new Map<string, StaffRelyingParty>();
  for (const p of config.providers) {
    if (p.groupsSource && !isSafeGroupsSource(p.groupsSource))
      throw new Error(`The groups source of ${p.authorityId}'s provider must be https (it is sent the person's access token): ${p.groupsSource}`);
    providers.set(p.authorityId, staffRelyingParty({
      authorityId: p.authorityId, issuer: p.issuer, clientId: p.clientId, groupClaim: p.groupClaim, scope: p.scope,
      redirectUrl: p.redirectUrl ?? defaultRedirect, groupsSource: p.groupsSource, authentication: authenticationOf(p),
      ...(p.idTokenEncryption ? { idTokenEncryption: { key: readEncryptionKey(p.idTokenEncryption.keyFile), enc: p.idTokenEncryption.enc } } : {}),
    }));
  }
  if (!config.testProvider) return { runtime: { providers }, testProviderIssuer: null, close: async () => {} };

  const dataDir = dirname(ctx.config.databasePath);
  const secret = secretMadeOnce(join(dataDir, 'staff-sso-client-secret'));
  // Loaded only when it runs: a production server never loads the stand-in at all.
  const { startStaffProvider, GROUPS_ENDPOINT_PATH } = await import('../../identity/staff-provider/staff-provider');
  const provider = await startStaffProvider({
    host: ctx.config.host,
    port: config.testProvider.port,
    keyDir: join(dataDir, 'test-staff-provider'),
    clients: [
      { clientId: TEST_STAFF_CLIENT_ID, clientName: 'Kevyt', authentication: { secret }, redirectUris: [defaultRedirect], postLogoutRedirectUris: postLogoutRedirectUrls(base) },
      // Another application of the city at the same provider: a token issued to it must not sign anyone in here.
      ...(config.testOtherClientId ? [{ clientId: config.testOtherClientId, clientName: 'Toinen sovellus', authentication: { secret }, redirectUris: [defaultRedirect] }] : []),
    ],
  });
  providers.set(config.testProvider.authorityId, staffRelyingParty({
    authorityId: config.testProvider.authorityId, issuer: provider.issuer, clientId: TEST_STAFF_CLIENT_ID, groupClaim: 'groups',
    scope: 'openid profile email', redirectUrl: defaultRedirect, groupsSource: `${provider.issuer}${GROUPS_ENDPOINT_PATH}`,
    authentication: { method: 'client_secret_basic', secret },
  }));
  return { runtime: { providers }, testProviderIssuer: provider.issuer, close: () => provider.close() };
}
