import { describe, expect, it } from 'vitest';
import { identificationConfigFromEnv } from './identification-config';

describe('strong identification’s configuration', () => {
  it('starts the local test provider by default outside production only', () => {
    expect(identificationConfigFromEnv({}).testProvider).toEqual({ port: 3001 });
    expect(identificationConfigFromEnv({ NODE_ENV: 'production' }).testProvider).toBeNull();
    expect(identificationConfigFromEnv({ TEST_IDENTITY_PROVIDER: 'off' }).testProvider).toBeNull();
    expect(identificationConfigFromEnv({ TEST_IDENTITY_PROVIDER_PORT: '0' }).testProvider).toEqual({ port: 0 });
  });

  it('refuses to start production with the test provider configured', () => {
    expect(() => identificationConfigFromEnv({ NODE_ENV: 'production', TEST_IDENTITY_PROVIDER: 'on' })).toThrow(/never runs in production/);
  });

  it('takes a real provider from OIDC_*, and refuses one without its client id or key', () => {
    const env = { NODE_ENV: 'production', OIDC_ISSUER: 'https://broker.example.fi', OIDC_CLIENT_ID: 'kevyt', OIDC_CLIENT_KEY_FILE: '/etc/kevyt/key.jwk' };
    expect(identificationConfigFromEnv(env)).toMatchObject({ testProvider: null, issuer: 'https://broker.example.fi', clientId: 'kevyt', clientKeyFile: '/etc/kevyt/key.jwk' });
    expect(identificationConfigFromEnv({}).testProvider).not.toBeNull();
    expect(identificationConfigFromEnv({ OIDC_ISSUER: env.OIDC_ISSUER, OIDC_CLIENT_ID: 'kevyt', OIDC_CLIENT_KEY_FILE: 'k.jwk' }).testProvider).toBeNull();
    expect(() => identificationConfigFromEnv({ ...env, OIDC_CLIENT_KEY_FILE: '' })).toThrow(/OIDC_CLIENT_KEY_FILE/);
    expect(() => identificationConfigFromEnv({ ...env, OIDC_CLIENT_ID: '' })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => identificationConfigFromEnv({ TEST_IDENTITY_PROVIDER: 'maybe' })).toThrow(/on or off/);
  });

  it('asks for encrypted ID tokens with the test provider and with an encryption key, as the Finnish brokers require', () => {
    expect(identificationConfigFromEnv({}).idTokenEncryption).toEqual({ keyFile: null, enc: 'A256GCM' });
    expect(identificationConfigFromEnv({ OIDC_ID_TOKEN_ENCRYPTION: 'off' }).idTokenEncryption).toBeNull();
    const real = { OIDC_ISSUER: 'https://broker.example.fi', OIDC_CLIENT_ID: 'kevyt', OIDC_CLIENT_KEY_FILE: 'k.jwk' };
    expect(identificationConfigFromEnv(real).idTokenEncryption).toBeNull();
    expect(identificationConfigFromEnv({ ...real, OIDC_ENCRYPTION_KEY_FILE: 'e.jwk', OIDC_ID_TOKEN_ENCRYPTION_ENC: 'A128CBC-HS256' }).idTokenEncryption)
      .toEqual({ keyFile: 'e.jwk', enc: 'A128CBC-HS256' });
    expect(() => identificationConfigFromEnv({ ...real, OIDC_ID_TOKEN_ENCRYPTION: 'on' })).toThrow(/OIDC_ENCRYPTION_KEY_FILE/);
    expect(() => identificationConfigFromEnv({ OIDC_ID_TOKEN_ENCRYPTION_ENC: 'A999GCM' })).toThrow(/A256GCM/);
    expect(() => identificationConfigFromEnv({ OIDC_ID_TOKEN_ENCRYPTION: 'sometimes' })).toThrow(/on or off/);
  });

  it('registers a second test client only at the test provider, and refuses one in production', () => {
    expect(identificationConfigFromEnv({ TEST_IDENTITY_PROVIDER_OTHER_CLIENT: 'kevyt-other' }).testOtherClientId).toBe('kevyt-other');
    expect(identificationConfigFromEnv({}).testOtherClientId).toBeNull();
    expect(() => identificationConfigFromEnv({ NODE_ENV: 'production', OIDC_ISSUER: 'https://broker.example.fi', OIDC_CLIENT_ID: 'k', OIDC_CLIENT_KEY_FILE: 'k.jwk', TEST_IDENTITY_PROVIDER_OTHER_CLIENT: 'x' }))
      .toThrow(/never run in production/);
  });
});
