/**
 * Strong identification's configuration from the environment (README "Strong identification").
 * Outside production the local test identity provider (identity/test-provider) is the default;
 * production refuses to start with it configured, and without OIDC_ISSUER it has no strong
 * identification at all (a 'strong' service then answers identification_unavailable).
 */
export interface IdentificationConfig {
  /** The local test provider and its port (TEST_IDENTITY_PROVIDER, TEST_IDENTITY_PROVIDER_PORT); null = not started. */
  testProvider: { port: number } | null;
  /** OIDC_ISSUER: the provider's issuer URL; null with the test provider = its own URL. */
  issuer: string | null;
  /** OIDC_CLIENT_ID. */
  clientId: string;
  /** OIDC_CLIENT_KEY_FILE: the client's private key (a JWK) for private_key_jwt; null = oidc-client-key.json by the database (made there for the test provider). */
  clientKeyFile: string | null;
  /** OIDC_REDIRECT_URL; null = PUBLIC_URL + /tunnistautuminen. */
  redirectUrl: string | null;
  /** OIDC_POST_LOGOUT_REDIRECT_URL; null = PUBLIC_URL + /fi. */
  postLogoutRedirectUrl: string | null;
  /** OIDC_SCOPE. */
  scope: string;
  /** OIDC_PERSONAL_ID_CLAIMS: claim names of the henkilötunnus, tried in order. */
  personalIdClaims: string[];
}

const ON = ['1', 'true', 'yes', 'on'];
const OFF = ['0', 'false', 'no', 'off'];

export function identificationConfigFromEnv(env: NodeJS.ProcessEnv): IdentificationConfig {
  const production = env.NODE_ENV === 'production';
  const flag = (env.TEST_IDENTITY_PROVIDER ?? '').toLowerCase();
  if (flag && !ON.includes(flag) && !OFF.includes(flag))
    throw new Error(`TEST_IDENTITY_PROVIDER must be on or off, got "${env.TEST_IDENTITY_PROVIDER}"`);
  if (production && ON.includes(flag))
    throw new Error('TEST_IDENTITY_PROVIDER is on, but the test identity provider never runs in production (NODE_ENV=production): set OIDC_ISSUER to a real provider');
  if (env.OIDC_ISSUER && !env.OIDC_CLIENT_KEY_FILE && !ON.includes(flag))
    throw new Error('OIDC_ISSUER is set without OIDC_CLIENT_KEY_FILE: the client authenticates with private_key_jwt and needs its private key (README "Strong identification")');
  if (env.OIDC_ISSUER && !env.OIDC_CLIENT_ID)
    throw new Error('OIDC_ISSUER is set without OIDC_CLIENT_ID: the client id the identity provider registered for this service');
  const testProviderOn = flag ? ON.includes(flag) : !production && !env.OIDC_ISSUER;
  const portText = env.TEST_IDENTITY_PROVIDER_PORT ?? '';
  const port = portText === '' ? 3001 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`TEST_IDENTITY_PROVIDER_PORT must be an integer 0–65535, got "${portText}"`);
  const claims = (env.OIDC_PERSONAL_ID_CLAIMS || 'hetu,urn:oid:1.2.246.21').split(',').map((c) => c.trim()).filter(Boolean);
  return {
    testProvider: testProviderOn ? { port } : null,
    issuer: env.OIDC_ISSUER || null,
    clientId: env.OIDC_CLIENT_ID || 'kevyt-local',
    clientKeyFile: env.OIDC_CLIENT_KEY_FILE || null,
    redirectUrl: env.OIDC_REDIRECT_URL || null,
    postLogoutRedirectUrl: env.OIDC_POST_LOGOUT_REDIRECT_URL || null,
    scope: env.OIDC_SCOPE || 'openid profile hetu',
    personalIdClaims: claims,
  };
}
