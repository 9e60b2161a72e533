import { describe, expect, it } from 'vitest';
import { staffSsoConfigFromEnv } from './staff-sso-config';

const ENTRA = {
  authority: 'municipality-091',
  issuer: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
  clientId: 'kevyt-staff',
  clientAuthentication: 'client_secret_basic',
  clientSecretFile: '/run/secrets/helsinki-sso-secret',
};

describe('staff single sign-on’s configuration', () => {
  it('runs the local stand-in for Helsinki’s provider outside production by default, and not when turned off', () => {
    expect(staffSsoConfigFromEnv({})).toEqual({ providers: [], testProvider: { authorityId: 'municipality-091', port: 3002 }, testOtherClientId: null });
    expect(staffSsoConfigFromEnv({ TEST_IDENTITY_PROVIDER: 'off' }).testProvider).toBeNull();
    expect(staffSsoConfigFromEnv({ TEST_STAFF_PROVIDER_PORT: '0' }).testProvider).toEqual({ authorityId: 'municipality-091', port: 0 });
  });

  it('never runs the stand-in in production', () => {
    expect(staffSsoConfigFromEnv({ NODE_ENV: 'production' }).testProvider).toBeNull();
  });

  it('reads an Entra ID provider with a client secret, with the group claim and scope defaulted', () => {
    const config = staffSsoConfigFromEnv({ NODE_ENV: 'production', STAFF_OIDC_PROVIDERS: JSON.stringify([ENTRA]) });
    expect(config.providers).toEqual([{
      authorityId: 'municipality-091', issuer: ENTRA.issuer, clientId: 'kevyt-staff',
      clientAuthentication: { method: 'client_secret_basic', secretFile: '/run/secrets/helsinki-sso-secret' },
      groupClaim: 'groups', scope: 'openid profile email', redirectUrl: null, groupsSource: null, idTokenEncryption: null,
    }]);
    expect(config.testProvider).toBeNull();
  });

  it('reads a provider with private_key_jwt, the default client authentication', () => {
    const [p] = staffSsoConfigFromEnv({ STAFF_OIDC_PROVIDERS: JSON.stringify([{ authority: 'rescue-helsinki', issuer: 'https://idp.example/', clientId: 'k', clientKeyFile: '/k.json', groupClaim: 'roles' }]) }).providers;
    expect(p.clientAuthentication).toEqual({ method: 'private_key_jwt', keyFile: '/k.json' });
    expect(p.groupClaim).toBe('roles');
  });

  it('reads Entra ID’s groups source for a person in too many groups, and encrypted ID tokens', () => {
    const [p] = staffSsoConfigFromEnv({
      STAFF_OIDC_PROVIDERS: JSON.stringify([{ ...ENTRA, groupsSource: 'https://graph.microsoft.com/v1.0/me/getMemberObjects', idTokenEncryptionKeyFile: '/enc.jwk' }]),
    }).providers;
    expect(p.groupsSource).toBe('https://graph.microsoft.com/v1.0/me/getMemberObjects');
    expect(p.idTokenEncryption).toEqual({ keyFile: '/enc.jwk', enc: 'A256GCM' });
    expect(() => staffSsoConfigFromEnv({ STAFF_OIDC_PROVIDERS: JSON.stringify([{ ...ENTRA, groupsSource: 'graph' }]) })).toThrow(/groupsSource is not a URL/);
    expect(() => staffSsoConfigFromEnv({ STAFF_OIDC_PROVIDERS: JSON.stringify([{ ...ENTRA, idTokenEncryptionKeyFile: '/e.jwk', idTokenEncryptionEnc: 'X' }]) })).toThrow(/idTokenEncryptionEnc/);
  });

  it('lets the stand-in know a second test client, never in production', () => {
    expect(staffSsoConfigFromEnv({ TEST_STAFF_PROVIDER_OTHER_CLIENT: 'kevyt-other' }).testOtherClientId).toBe('kevyt-other');
    expect(() => staffSsoConfigFromEnv({ NODE_ENV: 'production', TEST_STAFF_PROVIDER_OTHER_CLIENT: 'kevyt-other' })).toThrow(/never run in production/);
  });

  it('names what is wrong in a bad list', () => {
    expect(() => staffSsoConfigFromEnv({ STAFF_OIDC_PROVIDERS: '{' })).toThrow(/not valid JSON/);
    expect(() => staffSsoConfigFromEnv({ STAFF_OIDC_PROVIDERS: '{}' })).toThrow(/JSON list/);
    expect(() => staffSsoConfigFromEnv({ STAFF_OIDC_PROVIDERS: JSON.stringify([{ ...ENTRA, clientSecretFile: undefined }]) })).toThrow(/\[0\]\.clientSecretFile/);
    expect(() => staffSsoConfigFromEnv({ STAFF_OIDC_PROVIDERS: JSON.stringify([{ ...ENTRA, clientAuthentication: 'client_secret_post' }]) })).toThrow(/private_key_jwt or client_secret_basic/);
    expect(() => staffSsoConfigFromEnv({ STAFF_OIDC_PROVIDERS: JSON.stringify([{ ...ENTRA, issuer: 'nope' }]) })).toThrow(/not a URL/);
    expect(() => staffSsoConfigFromEnv({ STAFF_OIDC_PROVIDERS: JSON.stringify([ENTRA, ENTRA]) })).toThrow(/twice/);
    expect(() => staffSsoConfigFromEnv({ TEST_STAFF_PROVIDER_PORT: 'x' })).toThrow(/TEST_STAFF_PROVIDER_PORT/);
  });
});
