import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config';

describe('configuration from the environment', () => {
  it('defaults to 127.0.0.1:3000, ./data/kevyt.db and attachments in ./data/files', () => {
    const c = configFromEnv({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, databasePath: './data/kevyt.db', filesDir: './data/files', smtpUrl: null });
  });

  it('marks cookies Secure except on a loopback host outside production', () => {
    expect(configFromEnv({}).cookieSecure).toBe(false);
    expect(configFromEnv({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
    expect(configFromEnv({ HOST: '0.0.0.0' }).cookieSecure).toBe(true);
    expect(configFromEnv({ COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
    expect(configFromEnv({ HOST: 'kevyt.hel.fi', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it('reads every setting and refuses a port that is not a number', () => {
    const c = configFromEnv({ PORT: '8080', HOST: '0.0.0.0', DATABASE_PATH: '/var/lib/kevyt/kevyt.db', FILES_DIR: '/var/lib/kevyt/files', SMTP_URL: 'smtp://mail.hel.fi:587', SMTP_FROM: 'Kevyt <kevyt@hel.fi>', PUBLIC_URL: 'https://kevyt.hel.fi' });
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', databasePath: '/var/lib/kevyt/kevyt.db', filesDir: '/var/lib/kevyt/files', smtpUrl: 'smtp://mail.hel.fi:587', smtpFrom: 'Kevyt <kevyt@hel.fi>', publicUrl: 'https://kevyt.hel.fi' });
    expect(() => configFromEnv({ PORT: 'kolmetuhatta' })).toThrow(/PORT/);
  });
});
