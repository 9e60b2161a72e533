/**
 * A real Kevyt server for API and browser tests: a fresh SQLite file and files folder in a temp
 * directory, listening on 127.0.0.1 on a free port. `ApiClient` talks to it like a browser does
 * (cookie jar, CSRF token on every unsafe request).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startServer } from '../../server/app';
import { completeSqliteConfig, configFromEnv, type BaseConfig } from '../../server/config';
import { openDatabase } from '../../server/db/connection';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../server/seed/demo';
import type { StaffMe, TotpEnrolment } from '../../api-contract';
import { freshTotpCode, rememberEnrolledSecret, secretOf } from './totp';
import { seedDatabase } from '../../server/seed/seed';
import { createAppContext, isSqliteContext, type AppContext, type SqliteAppContext } from '../../server/context';
import { templateDatabase } from './postgres-api-setup';
import { createDatabaseAt, dropDatabaseAt } from './postgres-cluster';
import { OUTBOX_ROWS_SQL, sqlOn } from './sql-on';
import { outbox } from '../../server/db/schema';
import { deliveredText } from '../../server/alerts/alert-secret';
import { contractMismatch } from './contract-answers';
import { removeStaleTempDirs } from './stale-temp-dirs';

export type OutboxRow = typeof outbox.$inferSelect;

export interface TestServer {
  url: string;
  dbPath: string;
  filesDir: string;
  ctx: SqliteAppContext;
  close(): Promise<void>;
  /**
   * Runs one statement on the server's database, SQLite or PostgreSQL (write it in SQL both know, with
   * `?` placeholders); answers the rows it returns (none for a write without RETURNING).
   */
  sql<T = Record<string, unknown>>(text: string, ...params: unknown[]): Promise<T[]>;
  /** Every alert written so far, oldest first. */
  outbox(): Promise<OutboxRow[]>;
  /** An alert as its recipient reads it: a sign-in code in its text, as delivery puts it there. */
  mail(row: OutboxRow): { subject: string; body: string };
}

export interface TestServerOptions {
  /** 'demo' (default): reference data, demo staff and deployed packs; 'reference': places, authorities, topics only. */
  seed?: 'demo' | 'reference';
  smtpUrl?: string;
  /** Serve the built apps from this folder (default ./dist of the repository). */
  distDir?: string;
  /** Overrides of other configuration values (e.g. rate limits). */
  config?: Partial<BaseConfig>;
}

// Seeding (ajv compile of the pack schema, hundreds of deployments) takes a while on a busy
// machine, so each test process seeds one template database per kind and copies it. The template
// is kept in memory (under 1 MB): its folder is gone as soon as it is seeded, because a vitest
// worker is ended without its process's 'exit' event and would leave the folder behind.
const templates = new Map<string, Promise<Buffer>>();

const TEMPLATE_PREFIX = 'kevyt-template-';
const SERVER_PREFIX = 'kevyt-test-';

function seededTemplate(kind: 'demo' | 'reference'): Promise<Buffer> {
  let template = templates.get(kind);
  if (!template) {
    if (templates.size === 0) removeStaleTempDirs(tmpdir(), [TEMPLATE_PREFIX, SERVER_PREFIX]);
    template = (async () => {
      const dir = mkdtempSync(join(tmpdir(), TEMPLATE_PREFIX));
      try {
        const path = join(dir, `${kind}.db`);
        const { sqlite, db } = openDatabase(path);
        const config = completeSqliteConfig({ ...configFromEnv(), databasePath: path }, sqlite);
        await seedDatabase(createAppContext({ sqlite, db, config, now: () => new Date() }), kind);
        sqlite.close(); // checkpoints the WAL into the file
        return readFileSync(path);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    })();
    templates.set(kind, template);
  }
  return template;
}

let databases = 0;

/**
 * Where the test server keeps its data: on the run's PostgreSQL cluster when the API suites run on
 * PostgreSQL (the `api-postgres` project), a fresh copy of the seeded template database; else a
 * copy of the seeded SQLite file.
 */
async function freshDatabase(seed: 'demo' | 'reference', dbPath: string): Promise<{ databaseUrl: string | null; drop(): Promise<void> }> {
  const adminUrl = inject('postgresAdminUrl');
  if (!adminUrl) {
    writeFileSync(dbPath, await seededTemplate(seed));
    return { databaseUrl: null, drop: async () => undefined };
  }
  const name = `kevyt_test_${process.pid}_${++databases}`;
  const databaseUrl = await createDatabaseAt(adminUrl, name, templateDatabase(seed));
  return { databaseUrl, drop: () => dropDatabaseAt(adminUrl, name) };
}

/**
 * The test server's context as the SQLite-reading tests know it. On PostgreSQL there is no file to
 * read: a test that reaches for `ctx.sqlite` or `ctx.db` there is told to use `sql()` instead.
 */
function testContext(ctx: AppContext): SqliteAppContext {
  if (isSqliteContext(ctx)) return ctx;
  const refuse = (): never => {
    throw new Error('this test reads the SQLite connection (ctx.sqlite, ctx.db), and the server runs on PostgreSQL: use the test server\'s sql() to run on both');
  };
  // The server's own context object, so that what a test changes on it (the clock) reaches the server.
  return Object.defineProperties(ctx, { db: { get: refuse }, sqlite: { get: refuse } }) as SqliteAppContext;
}

export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), SERVER_PREFIX));
  const dbPath = join(dir, 'kevyt.db');
  const filesDir = join(dir, 'files');
  const database = await freshDatabase(opts.seed ?? 'demo', dbPath);
  const server = await startServer({
    dbPath,
    filesDir,
    port: 0,
    host: '127.0.0.1',
    smtpUrl: opts.smtpUrl ?? null,
    seed: false,
    // The browser project's global setup builds the apps into a folder of its own run.
    distDir: opts.distDir ?? inject('distDir') ?? join(import.meta.dirname, '../../dist'),
    config: { cookieSecure: false, sessionSecret: null, csrfSecret: null, databaseUrl: database.databaseUrl, ...opts.config },
  });
  const { ctx } = server;
  return {
    url: server.url,
    dbPath,
    filesDir,
    ctx: testContext(ctx),
    async close() {
      await server.close();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
    async outbox() {
      return sqlOn<OutboxRow>(ctx.database, OUTBOX_ROWS_SQL);
    },
    sql(text, ...params) {
      return sqlOn(ctx.database, text, ...params);
    },
    mail(row) {
      return deliveredText(server.ctx.config.sessionSecret, row);
    },
  };
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** The error body every API error has. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields: Array<{ path: string; message: string }>; [extra: string]: unknown };
}

export interface RequestOptions {
  /** JSON body (serialised here) … */
  json?: unknown;
  /** … or a raw body with its own content type (malformed JSON, multipart FormData). */
  raw?: string | FormData | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
  /** Send the X-CSRF-Token header on unsafe methods (default true). */
  csrf?: boolean;
}

/** A browser-like client: keeps cookies, fetches and sends the CSRF token. */
export class ApiClient {
  readonly baseUrl: string;
  readonly cookies = new Map<string, string>();
  private csrfToken: string | null = null;
  /**
   * Whose authenticator steps this client shares: the server's URL by default; a test that starts
   * servers on one database again and again (new ports) names the database, as the server keeps
   * each person's used steps there.
   */
  private readonly totpScope: string;

  constructor(baseUrl: string, options: { totpScope?: string } = {}) {
    this.baseUrl = baseUrl;
    this.totpScope = options.totpScope ?? baseUrl;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = decodeURIComponent(pair.slice(eq + 1).trim());
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || attrs.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async token(): Promise<string> {
    if (!this.csrfToken) {
      const res = await this.get<{ token: string }>('/api/csrf');
      if (res.status !== 200) throw new Error(`GET /api/csrf failed: ${res.status}`);
      this.csrfToken = res.body.token;
    }
    return this.csrfToken;
  }

  async request<T = unknown>(method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
    let body: string | FormData | Blob | undefined;
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers['content-type'] = 'application/json';
    } else if (opts.raw !== undefined) {
      body = opts.raw instanceof Uint8Array ? new Blob([Buffer.from(opts.raw)]) : opts.raw;
      if (opts.contentType) headers['content-type'] = opts.contentType;
    }
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(method);
    if (unsafe && opts.csrf !== false) headers['x-csrf-token'] = await this.token();
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    const res = await fetch(this.baseUrl + path, { method, headers, body, redirect: 'manual' });
    this.remember(res.headers);
    const type = res.headers.get('content-type') ?? '';
    const parsed: unknown = type.includes('application/json') ? await res.json() : await res.text();
    const mismatch = contractMismatch(method, path, res.status, type, parsed);
    if (mismatch) throw new Error(`The answer breaks the API contract (api-contract/): ${mismatch}`);
    return { status: res.status, headers: res.headers, body: parsed as T };
  }

  get<T = unknown>(path: string, opts?: RequestOptions) {
    return this.request<T>('GET', path, opts);
  }
  post<T = unknown>(path: string, json?: unknown, opts: RequestOptions = {}) {
    return this.request<T>('POST', path, { ...opts, ...(json !== undefined ? { json } : {}) });
  }
  put<T = unknown>(path: string, json?: unknown, opts: RequestOptions = {}) {
    return this.request<T>('PUT', path, { ...opts, ...(json !== undefined ? { json } : {}) });
  }
  patch<T = unknown>(path: string, json?: unknown, opts: RequestOptions = {}) {
    return this.request<T>('PATCH', path, { ...opts, ...(json !== undefined ? { json } : {}) });
  }
  delete<T = unknown>(path: string, opts?: RequestOptions) {
    return this.request<T>('DELETE', path, opts);
  }

  /**
   * Signs in a staff member and completes the second step their session asks for: a code of their
   * authenticator (the demo admins' and coordinator's DEMO_TOTP_SECRET, one this helper set up
   * earlier, or `totpSecret`), or, for a person whose role requires one and who has none (an admin
   * a test added), setting one up through the API; throws unless it succeeds.
   */
  async loginStaff(email: string, password: string, totpSecret?: string): Promise<ApiResponse<StaffMe>> {
    const res = await this.post<StaffMe>('/api/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const who = email.toLowerCase();
    if (res.body.twoFactor.step === 'code') return this.passSecondFactor(who, totpSecret ?? secretOf(`${this.totpScope} ${who}`));
    if (res.body.twoFactor.step === 'enrol') {
      const enrolment = await this.post<TotpEnrolment>('/api/auth/totp/enrolment');
      if (enrolment.status !== 200) throw new Error(`enrolment of ${email} failed: ${enrolment.status}`);
      const secret = enrolment.body.secret.replace(/\s+/g, '');
      const confirmed = await this.post('/api/auth/totp/enrolment/confirm', { code: await freshTotpCode(`${this.totpScope} ${who}`, secret) });
      if (confirmed.status !== 200) throw new Error(`enrolment of ${email} failed: ${confirmed.status} ${JSON.stringify(confirmed.body)}`);
      rememberEnrolledSecret(`${this.totpScope} ${who}`, secret);
      return this.get<StaffMe>('/api/auth/me');
    }
    return res;
  }

  async passSecondFactor(who: string, secret: string = DEMO_TOTP_SECRET): Promise<ApiResponse<StaffMe>> {
    // The database may know steps this process does not (a server restarted on the same file, on
    // another port): a code refused as used (409) marks its step used here too, and the next one is tried.
    for (let attempt = 0; ; attempt++) {
      const res = await this.post<StaffMe>('/api/auth/second-factor', { code: await freshTotpCode(`${this.totpScope} ${who}`, secret) });
      if (res.status === 200) return res;
      if (res.status !== 409 || attempt >= 6) throw new Error(`second step failed: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }
}

/**
 * One signed-in client per demo staff account, made on first use and reused by the tests of a file
 * (sign-ins are rate limited). `url` is read at first use: the server starts in `beforeAll`.
 */
export function demoStaffSessions(url: () => string): (email: string) => Promise<ApiClient> {
  const clients = new Map<string, Promise<ApiClient>>();
  return (email) => {
    let client = clients.get(email);
    if (!client) {
      const c = new ApiClient(url());
      client = c.loginStaff(email, DEMO_PASSWORD).then(() => c);
      clients.set(email, client);
    }
    return client;
  };
}
