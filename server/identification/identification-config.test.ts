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
});
