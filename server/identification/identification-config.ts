/**
 * Strong identification's configuration from the environment (README "Strong identification").
 * Outside production the local test identity provider (identity/test-provider) is the default;
 * production refuses to start with it configured, and without OIDC_ISSUER it has no strong
 * identification at all (a 'strong' service then answers identification_unavailable).
 */
import { CONTENT_ENCRYPTION_ALGS, isContentEncryptionAlg, type ContentEncryptionAlg } from './encryption-key';

export interface IdentificationConfig {
  /** The local test provider and its port (TEST_IDENTITY_PROVIDER, TEST_IDENTITY_PROVIDER_PORT); null = not started. */
  testProvider: { port: number } | null;
  /** OIDC_ISSUER: the provider's issuer URL; null with the test provider = its own URL. */
  issuer: string | null;
  /** OIDC_CLIENT_ID. */
  clientId: string;
  /** OIDC_CLIENT_KEY_FILE: the client's private key (a JWK) for private_key_jwt; null = oidc-client-key.json by the database (made there for the test provider). */
  clientKeyFile: string | null;
  /**
   * Encrypted ID tokens (OIDC_ID_TOKEN_ENCRYPTION, on by default with the test provider or with
   * OIDC_ENCRYPTION_KEY_FILE): the private key's file (null = oidc-encryption-key.json by the
   * database, made there for the test provider) and the content encryption
   * (OIDC_ID_TOKEN_ENCRYPTION_ENC, A256GCM); null = ID tokens are signed only.
   */
  idTokenEncryption: { keyFile: string | null; enc: ContentEncryptionAlg } | null;
  /** TEST_IDENTITY_PROVIDER_OTHER_CLIENT: a second client the test provider knows (tests: a token issued to another client); null = none. */
  testOtherClientId: string | null;
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
  const encryptionFlag = (env.OIDC_ID_TOKEN_ENCRYPTION ?? '').toLowerCase();
  if (encryptionFlag && !ON.includes(encryptionFlag) && !OFF.includes(encryptionFlag))
    throw new Error(`OIDC_ID_TOKEN_ENCRYPTION must be on or off, got "${env.OIDC_ID_TOKEN_ENCRYPTION}"`);
  // The Finnish brokers require encrypted ID tokens, so the local default does as they do.
  const encrypted = encryptionFlag ? ON.includes(encryptionFlag) : testProviderOn || Boolean(env.OIDC_ENCRYPTION_KEY_FILE);
  if (encrypted && !testProviderOn && env.OIDC_ISSUER && !env.OIDC_ENCRYPTION_KEY_FILE)
    throw new Error('OIDC_ID_TOKEN_ENCRYPTION is on without OIDC_ENCRYPTION_KEY_FILE: the private key the provider encrypts ID tokens to (README "Strong identification")');
  const enc = env.OIDC_ID_TOKEN_ENCRYPTION_ENC || 'A256GCM';
  if (!isContentEncryptionAlg(enc)) throw new Error(`OIDC_ID_TOKEN_ENCRYPTION_ENC must be one of ${CONTENT_ENCRYPTION_ALGS.join(', ')}, got "${enc}"`);
  const otherClient = env.TEST_IDENTITY_PROVIDER_OTHER_CLIENT || null;
  if (otherClient && production)
    throw new Error('TEST_IDENTITY_PROVIDER_OTHER_CLIENT is set, but the test identity provider and its clients never run in production (NODE_ENV=production)');
  const claims = (env.OIDC_PERSONAL_ID_CLAIMS || 'hetu,urn:oid:1.2.246.21').split(',').map((c) => c.trim()).filter(Boolean);
  return {
    testProvider: testProviderOn ? { port } : null,
    issuer: env.OIDC_ISSUER || null,
    clientId: env.OIDC_CLIENT_ID || 'kevyt-local',
    clientKeyFile: env.OIDC_CLIENT_KEY_FILE || null,
    idTokenEncryption: encrypted ? { keyFile: env.OIDC_ENCRYPTION_KEY_FILE || null, enc } : null,
    testOtherClientId: testProviderOn ? otherClient : null,
    redirectUrl: env.OIDC_REDIRECT_URL || null,
    postLogoutRedirectUrl: env.OIDC_POST_LOGOUT_REDIRECT_URL || null,
    scope: env.OIDC_SCOPE || 'openid profile hetu',
    personalIdClaims: claims,
  };
}
