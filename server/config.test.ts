import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config';

describe('configuration from the environment', () => {
  it('defaults to 127.0.0.1:3000, ./data/kevyt.db and attachments in ./data/files', () => {
    const c = configFromEnv({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, databasePath: './data/kevyt.db', filesDir: './data/files', smtpUrl: null });
  });

  it('selects PostgreSQL by DATABASE_URL and refuses a URL of anything else', () => {
    expect(configFromEnv({}).databaseUrl).toBeNull();
    expect(configFromEnv({ DATABASE_URL: 'postgres://kevyt:salasana@db.hel.fi:5432/kevyt' }).databaseUrl).toBe('postgres://kevyt:salasana@db.hel.fi:5432/kevyt');
    expect(configFromEnv({ DATABASE_URL: 'postgresql://db/kevyt' }).databaseUrl).toBe('postgresql://db/kevyt');
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://db/kevyt' })).toThrow(/DATABASE_URL must be a postgres:\/\/ URL, got one starting "mysql:"/);
    expect(() => configFromEnv({ DATABASE_URL: 'db.hel.fi/kevyt' })).toThrow(/DATABASE_URL is not a URL/);
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

describe('rate limit settings', () => {
  it('defaults to 30 sends per address in 10 minutes, 10 per contact e-mail in an hour, 200 MiB of uploads per address in an hour, nobody exempt', () => {
    expect(configFromEnv({})).toMatchObject({ sendLimitPerAddress: 30, sendLimitPerEmail: 10, uploadBytesPerAddress: 200 * 1024 * 1024, rateLimitAllow: [] });
  });

  it('reads the limits and an allow-list of addresses and ranges, and refuses what is neither', () => {
    const c = configFromEnv({ SEND_LIMIT_PER_ADDRESS: '100', SEND_LIMIT_PER_EMAIL: '3', UPLOAD_MB_PER_ADDRESS: '50', RATE_LIMIT_ALLOW: '127.0.0.1, 10.20.0.0/16,::1' });
    expect(c).toMatchObject({ sendLimitPerAddress: 100, sendLimitPerEmail: 3, uploadBytesPerAddress: 50 * 1024 * 1024, rateLimitAllow: ['127.0.0.1', '10.20.0.0/16', '::1'] });
    expect(() => configFromEnv({ RATE_LIMIT_ALLOW: 'localhost' })).toThrow(/RATE_LIMIT_ALLOW holds "localhost"/);
    expect(() => configFromEnv({ RATE_LIMIT_ALLOW: '10.0.0.0/33' })).toThrow(/RATE_LIMIT_ALLOW/);
    expect(() => configFromEnv({ SEND_LIMIT_PER_EMAIL: '0' })).toThrow(/SEND_LIMIT_PER_EMAIL/);
  });
});
