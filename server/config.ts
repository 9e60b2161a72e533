/**
 * Configuration from the environment (see README "Configuration"). Secrets that are not given
 * are generated once and kept in the database (`settings`), so sessions survive a restart.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { Sqlite } from './db/connection';
import { identificationConfigFromEnv, type IdentificationConfig } from './identification/identification-config';
import type { SettingsRepository } from './settings/settings-repository';
import { createSqliteSettings } from './settings/sqlite-settings-repository';
import { mandatesConfigFromEnv, type MandatesConfig } from './mandates/mandates-config';
import { webhookConfigFromEnv, type WebhookConfig } from './webhooks/webhook-config';
import { staffSsoConfigFromEnv, type StaffSsoConfig } from './staff-sso/staff-sso-config';

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  /** DATABASE_URL: postgres://… selects PostgreSQL (several instances on one database); unset = the SQLite file at databasePath. */
  databaseUrl: string | null;
  /** Attachments live here, outside any folder the server serves. */
  filesDir: string;
  /** nodemailer connection URL (smtp://user:pass@host:port); unset = alerts stay in the outbox. */
  smtpUrl: string | null;
  smtpFrom: string;
  /** Base URL used in links inside alerts. */
  publicUrl: string;
  cookieSecure: boolean;
  sessionSecret: string;
  csrfSecret: string;
  /** Folder holding the built apps (dist/runtime, dist/builder). */
  distDir: string;
  staffSessionHours: number;
  /** A staff session unused this long ends (refreshed on use), within its absolute lifetime. */
  staffIdleMinutes: number;
  customerSessionHours: number;
  /** Client addresses or CIDR ranges never rate limited (RATE_LIMIT_ALLOW). */
  rateLimitAllow: string[];
  /** Sends per client address in 10 minutes (SEND_LIMIT_PER_ADDRESS). */
  sendLimitPerAddress: number;
  /** Sends per contact e-mail address in an hour (SEND_LIMIT_PER_EMAIL): each mails a receipt there. */
  sendLimitPerEmail: number;
  /** Upload bytes per client address in an hour (UPLOAD_MB_PER_ADDRESS, in MiB). */
  uploadBytesPerAddress: number;
  /** Strong identification through OpenID Connect (OIDC_*, TEST_IDENTITY_PROVIDER*). */
  identification: IdentificationConfig;
  /** Where mandates to act for a company come from (MANDATES, MANDATES_*). */
  mandates: MandatesConfig;
  /** Webhook delivery: retries, pausing, timeouts (WEBHOOK_*). */
  webhooks: WebhookConfig;
  /** Staff single sign-on through authorities' own OIDC providers (STAFF_OIDC_PROVIDERS, TEST_STAFF_PROVIDER_PORT). */
  staffSso: StaffSsoConfig;
  /** The key of strongly identified persons' keys (server/identification/person-key.ts); kept in the database. */
  personKeySecret: string;
}

/** Config before the database is open: secrets may still be missing. */
export type BaseConfig = Omit<Config, 'sessionSecret' | 'csrfSecret' | 'personKeySecret'> & {
  sessionSecret: string | null;
  csrfSecret: string | null;
};

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}

function parseBool(value: string | undefined): boolean | null {
  if (value === undefined || value === '') return null;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`PORT must be an integer 0–65535, got "${value}"`);
  return n;
}

function parsePositive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, got "${value}"`);
  return n;
}

/** RATE_LIMIT_ALLOW: comma-separated IPv4/IPv6 addresses or CIDR ranges. */
export function parseAllowList(value: string | undefined): string[] {
  const entries = (value ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const version = isIP(address);
    const maxBits = version === 6 ? 128 : 32;
    const okBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (version === 0 || !okBits || extra !== undefined)
      throw new Error(`RATE_LIMIT_ALLOW holds "${entry}", which is not an IP address or CIDR range such as 10.0.0.0/8`);
  }
  return entries;
}

/** DATABASE_URL: only PostgreSQL's URLs; a typo must not silently start on an empty SQLite file. */
export function parseDatabaseUrl(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const url = value.trim();
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error('DATABASE_URL is not a URL; give postgres://user:password@host:5432/database, or leave it unset for the SQLite file at DATABASE_PATH');
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:')
    throw new Error(`DATABASE_URL must be a postgres:// URL, got one starting "${protocol}"; leave it unset for the SQLite file at DATABASE_PATH`);
  return url;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): BaseConfig {
  const host = env.HOST || '127.0.0.1';
  const port = parsePort(env.PORT, 3000);
  const production = env.NODE_ENV === 'production';
  // Browsers drop Secure cookies over plain http, so a loopback dev/test server defaults to insecure.
  const cookieSecure = parseBool(env.COOKIE_SECURE) ?? !(isLoopback(host) && !production);
  const databasePath = env.DATABASE_PATH || './data/kevyt.db';
  const identification = identificationConfigFromEnv(env);
  return {
    port,
    host,
    databasePath,
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    filesDir: env.FILES_DIR || './data/files',
    smtpUrl: env.SMTP_URL || null,
    smtpFrom: env.SMTP_FROM || 'Kevyt <no-reply@kevyt.invalid>',
    publicUrl: env.PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    cookieSecure,
    sessionSecret: env.SESSION_SECRET || null,
    csrfSecret: env.CSRF_SECRET || null,
    distDir: env.DIST_DIR || './dist',
    staffSessionHours: 12,
    staffIdleMinutes: 30,
    customerSessionHours: 24 * 7,
    rateLimitAllow: parseAllowList(env.RATE_LIMIT_ALLOW),
    sendLimitPerAddress: parsePositive('SEND_LIMIT_PER_ADDRESS', env.SEND_LIMIT_PER_ADDRESS, 30),
    sendLimitPerEmail: parsePositive('SEND_LIMIT_PER_EMAIL', env.SEND_LIMIT_PER_EMAIL, 10),
    uploadBytesPerAddress: parsePositive('UPLOAD_MB_PER_ADDRESS', env.UPLOAD_MB_PER_ADDRESS, 200) * 1024 * 1024,
    identification,
    mandates: mandatesConfigFromEnv(env, identification),
    webhooks: webhookConfigFromEnv(env),
    staffSso: staffSsoConfigFromEnv(env),
  };
}

/** The secrets kept in the database when the environment does not give them. */
const STORED_SECRETS = { sessionSecret: 'session_secret', csrfSecret: 'csrf_secret', personKeySecret: 'person_key_secret' } as const;

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The configuration with its secrets, read from (or first stored in) the database's settings. */
export async function completeConfig(base: BaseConfig, settings: SettingsRepository): Promise<Config> {
  const stored = (key: string) => settings.valueOrCreate(key, newSecret);
  return {
    ...base,
    sessionSecret: base.sessionSecret ?? (await stored(STORED_SECRETS.sessionSecret)),
    csrfSecret: base.csrfSecret ?? (await stored(STORED_SECRETS.csrfSecret)),
    personKeySecret: await stored(STORED_SECRETS.personKeySecret),
  };
}

/** The same on an open SQLite connection, at once (fixtures and tools that build a context synchronously). */
export function completeSqliteConfig(base: BaseConfig, sqlite: Sqlite): Config {
  const settings = createSqliteSettings(sqlite);
  const stored = (key: string) => settings.valueOrCreate(key, newSecret);
  return {
    ...base,
    sessionSecret: base.sessionSecret ?? stored(STORED_SECRETS.sessionSecret),
    csrfSecret: base.csrfSecret ?? stored(STORED_SECRETS.csrfSecret),
    personKeySecret: stored(STORED_SECRETS.personKeySecret),
  };
}
