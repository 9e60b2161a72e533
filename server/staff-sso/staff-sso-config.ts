/**
 * Staff single sign-on's configuration from the environment (README "Staff single sign-on"):
 * STAFF_OIDC_PROVIDERS is a JSON list, one entry per authority that signs its staff in through its
 * own OpenID Connect provider. Outside production, unless that list is set or the test providers
 * are turned off (TEST_IDENTITY_PROVIDER=off), a local stand-in for Helsinki's provider
 * (identity/staff-provider) runs on TEST_STAFF_PROVIDER_PORT (3002) for the Helsinki authority;
 * production refuses to start with it.
 */
import { CONTENT_ENCRYPTION_ALGS, isContentEncryptionAlg, type ContentEncryptionAlg } from '../identification/encryption-key';

export type StaffClientAuthentication =
  | { method: 'private_key_jwt'; keyFile: string }
  | { method: 'client_secret_basic'; secretFile: string };

export interface StaffOidcProvider {
  /** The authority whose staff sign in here, e.g. municipality-091. */
  authorityId: string;
  issuer: string;
  clientId: string;
  clientAuthentication: StaffClientAuthentication;
  /** The claim holding the person's groups (Entra ID: groups). */
  groupClaim: string;
  scope: string;
  /** Where the provider sends the browser back; null = PUBLIC_URL + /fi/virkailija/kertakirjautuminen. */
  redirectUrl: string | null;
  /**
   * Where the person's groups are fetched when the ID token says they did not fit in it (Entra ID's
   * group overage): an address answering as Microsoft Graph's POST /me/getMemberObjects, asked with
   * the sign-in's access token; null = such a sign-in is refused (groups_overage).
   */
  groupsSource: string | null;
  /** Encrypted ID tokens: the private key's file (idTokenEncryptionKeyFile) and the content encryption (idTokenEncryptionEnc, A256GCM); null = signed only. */
  idTokenEncryption: { keyFile: string; enc: ContentEncryptionAlg } | null;
}

export interface StaffSsoConfig {
  providers: StaffOidcProvider[];
  /** The local stand-in for a city's provider, for this authority on this port (0: any free one); null = not started. */
  testProvider: { authorityId: string; port: number } | null;
  /** TEST_STAFF_PROVIDER_OTHER_CLIENT: a second client the stand-in knows (tests: a token issued to another client); null = none. */
  testOtherClientId: string | null;
}

/** The authority the local stand-in signs in for (Helsinki, as in the demo data). */
export const TEST_STAFF_PROVIDER_AUTHORITY = 'municipality-091';

const ON = ['1', 'true', 'yes', 'on'];
const OFF = ['0', 'false', 'no', 'off'];

function text(entry: Record<string, unknown>, name: string, at: number, fallback?: string): string {
  const value = entry[name] ?? fallback;
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`STAFF_OIDC_PROVIDERS[${at}].${name} must be a non-empty string`);
  return value.trim();
}

function providerOf(entry: unknown, at: number): StaffOidcProvider {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new Error(`STAFF_OIDC_PROVIDERS[${at}] must be an object`);
  const e = entry as Record<string, unknown>;
  const method = text(e, 'clientAuthentication', at, 'private_key_jwt');
  let clientAuthentication: StaffClientAuthentication;
  if (method === 'private_key_jwt') clientAuthentication = { method, keyFile: text(e, 'clientKeyFile', at) };
  else if (method === 'client_secret_basic') clientAuthentication = { method, secretFile: text(e, 'clientSecretFile', at) };
  else throw new Error(`STAFF_OIDC_PROVIDERS[${at}].clientAuthentication must be private_key_jwt or client_secret_basic, got "${method}"`);
  const issuer = text(e, 'issuer', at);
  try {
    new URL(issuer);
  } catch {
    throw new Error(`STAFF_OIDC_PROVIDERS[${at}].issuer is not a URL: "${issuer}"`);
  }
  let groupsSource: string | null = null;
  if (e.groupsSource !== undefined) {
    groupsSource = text(e, 'groupsSource', at);
    // https is checked when the server starts (staff-sso-runtime.ts): it is sent the person's access token.
    try {
      new URL(groupsSource);
    } catch {
      throw new Error(`STAFF_OIDC_PROVIDERS[${at}].groupsSource is not a URL: "${groupsSource}"`);
    }
  }
  let idTokenEncryption: StaffOidcProvider['idTokenEncryption'] = null;
  if (e.idTokenEncryptionKeyFile !== undefined) {
    const enc = text(e, 'idTokenEncryptionEnc', at, 'A256GCM');
    if (!isContentEncryptionAlg(enc)) throw new Error(`STAFF_OIDC_PROVIDERS[${at}].idTokenEncryptionEnc must be one of ${CONTENT_ENCRYPTION_ALGS.join(', ')}, got "${enc}"`);
    idTokenEncryption = { keyFile: text(e, 'idTokenEncryptionKeyFile', at), enc };
  }
  return {
    authorityId: text(e, 'authority', at),
    issuer,
    clientId: text(e, 'clientId', at),
    clientAuthentication,
    groupClaim: text(e, 'groupClaim', at, 'groups'),
    scope: text(e, 'scope', at, 'openid profile email'),
    redirectUrl: typeof e.redirectUrl === 'string' && e.redirectUrl ? e.redirectUrl : null,
    groupsSource,
    idTokenEncryption,
  };
}

export function staffSsoConfigFromEnv(env: NodeJS.ProcessEnv): StaffSsoConfig {
  let providers: StaffOidcProvider[] = [];
  if (env.STAFF_OIDC_PROVIDERS) {
    let list: unknown;
    try {
      list = JSON.parse(env.STAFF_OIDC_PROVIDERS);
    } catch {
      throw new Error('STAFF_OIDC_PROVIDERS is not valid JSON (README "Staff single sign-on")');
    }
    if (!Array.isArray(list)) throw new Error('STAFF_OIDC_PROVIDERS must be a JSON list of providers');
    providers = list.map(providerOf);
    const seen = new Set<string>();
    for (const p of providers) {
      if (seen.has(p.authorityId)) throw new Error(`STAFF_OIDC_PROVIDERS names ${p.authorityId} twice: one provider per authority`);
      seen.add(p.authorityId);
    }
  }
  const production = env.NODE_ENV === 'production';
  const flag = (env.TEST_IDENTITY_PROVIDER ?? '').toLowerCase();
  // identification-config.ts checks the flag's spelling and refuses it in production.
  const testOn = flag ? ON.includes(flag) && !OFF.includes(flag) : !production && providers.length === 0;
  const portText = env.TEST_STAFF_PROVIDER_PORT ?? '';
  const port = portText === '' ? 3002 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`TEST_STAFF_PROVIDER_PORT must be an integer 0–65535, got "${portText}"`);
  const standInNeeded = testOn && !production && !providers.some((p) => p.authorityId === TEST_STAFF_PROVIDER_AUTHORITY);
  const otherClient = env.TEST_STAFF_PROVIDER_OTHER_CLIENT || null;
  if (otherClient && production)
    throw new Error('TEST_STAFF_PROVIDER_OTHER_CLIENT is set, but the stand-in staff provider and its clients never run in production (NODE_ENV=production)');
  return {
    providers,
    testProvider: standInNeeded ? { authorityId: TEST_STAFF_PROVIDER_AUTHORITY, port } : null,
    testOtherClientId: standInNeeded ? otherClient : null,
  };
}
