/**
 * The Express app and the server around it. `createApp` wires security, the /api routers and the
 * built apps; `startServer` opens the database, seeds it if asked and listens.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import express, { type Express } from 'express';
import { alertRoutes } from './alerts/routes';
import { startAlertDelivery } from './alerts/delivery';
import { attachmentRoutes } from './attachments/routes';
import { authRoutes } from './auth/routes';
import { passwordRoutes } from './auth/password-routes';
import { secondFactorRoutes } from './auth/second-factor/routes';
import { loadSessions } from './auth/sessions';
import { caseRoutes } from './cases/routes';
import { completeConfig, configFromEnv, type BaseConfig } from './config';
import { contextOn, type AppContext } from './context';
import { customerRoutes } from './customer/routes';
import { identificationRoutes } from './identification/routes';
import { mandateRoutes } from './mandates/routes';
import { startIdentification } from './identification/identification-runtime';
import { startMandates } from './mandates/mandates-runtime';
import { staffSsoRoutes } from './staff-sso/routes';
import { startStaffSso } from './staff-sso/staff-sso-runtime';
import { projectRoutes } from './projects/routes';
import { exportRoutes } from './exports/routes';
import { closeDatabase, openConfiguredDatabase, repositoriesOf } from './db/database';
import { startCheckpointer } from './db/checkpointer';
import { appPages } from './http/app-pages';
import { apiNotFound, errorHandler } from './http/errors';
import { apiKeyAdminRoutes, integrationRoutes } from './integration/routes';
import { csrfProtection, directApiMiddleware, noStore, securityMiddleware } from './http/security';
import { sendSubmissionHandlers } from './submissions/routes';
import { staffRoutes } from './staff/routes';
import { apiRoutes } from './api-routes';
import { seedDatabase, type SeedKind } from './seed/seed';
import { timeOlderCases } from './estimates/case-times';
import { readLibrary } from '../form-library/library/read-library';
import { healthRoutes } from './health/routes';
import { webhookAdminRoutes, webhookIntegrationRoutes } from './webhooks/routes';
import { startWebhookDelivery } from './webhooks/webhook-delivery';

export function createApp(ctx: AppContext, health = healthRoutes(ctx)): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // The API answers Cache-Control: no-store, so an ETag (a SHA-1 of every JSON body) buys nothing;
  // static files keep theirs (serve-static computes its own).
  app.set('etag', false);

  const csrf = csrfProtection(ctx);
  // The busiest route first, on the app itself: a send goes through the same protections as any
  // /api route (directApiMiddleware) without walking the routers below. It needs no session
  // (customers send without signing in). Its errors fall through to errorHandler at the end.
  app.post('/api/submissions', ...directApiMiddleware(ctx, csrf), ...sendSubmissionHandlers(ctx));

  // Before everything else but the send: a load balancer's polls need no session, CSRF token or page.
  app.use(health.router);

  app.use(securityMiddleware(ctx));
  // Answers of 1 kB and more (a form definition, the offering) compressed on the fly; the send
  // route above stays out of it (its answers are small, and it is the one that must stay fast).
  const compressAnswers = compression({ threshold: 1024 });
  const api = express.Router();
  api.use(compressAnswers);
  api.use(noStore);
  // An API key in a header is no ambient credential, so the integration API needs no CSRF token.
  api.use(integrationRoutes(ctx));
  api.use(webhookIntegrationRoutes(ctx));
  api.use(csrf.routes);
  api.use(csrf.protect);
  api.use(loadSessions(ctx));
  api.use(authRoutes(ctx));
  api.use(passwordRoutes(ctx));
  api.use(secondFactorRoutes(ctx));
  api.use(apiRoutes(ctx));
  api.use(attachmentRoutes(ctx));
  api.use(customerRoutes(ctx));
  api.use(identificationRoutes(ctx));
  api.use(mandateRoutes(ctx));
  api.use(staffSsoRoutes(ctx));
  api.use(projectRoutes(ctx));
  api.use(caseRoutes(ctx));
  api.use(exportRoutes(ctx));
  api.use(alertRoutes(ctx));
  api.use(staffRoutes(ctx));
  api.use(apiKeyAdminRoutes(ctx));
  api.use(webhookAdminRoutes(ctx));
  api.use(apiNotFound);
  app.use('/api', api);

  app.use(compressAnswers, appPages(ctx));
  app.use(errorHandler());
  return app;
}

export interface StartOptions {
  dbPath?: string;
  port?: number;
  host?: string;
  filesDir?: string;
  smtpUrl?: string | null;
  distDir?: string;
  seed?: SeedKind | false;
  /** The ready library's folder (default form-library/library); tests start on a library of their own. */
  libraryDir?: string;
  /** Overrides of any other configuration value (tests). */
  config?: Partial<BaseConfig>;
}

export interface RunningServer {
  url: string;
  ctx: AppContext;
  /** The local test identity provider's issuer URL when it runs with this server, else null. */
  testIdentityProvider: string | null;
  /** The local stand-in for Helsinki's staff identity provider when it runs with this server, else null. */
  testStaffProvider: string | null;
  /**
   * Stops gracefully: /readyz answers 503 at once, no new connection is taken, idle ones are
   * closed, and requests in flight are answered (for at most `graceMs`, 10 s by default) before
   * the database closes.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const env = configFromEnv();
  const base: BaseConfig = {
    ...env,
    ...opts.config,
    ...(opts.dbPath !== undefined ? { databasePath: opts.dbPath } : {}),
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.host !== undefined ? { host: opts.host } : {}),
    ...(opts.filesDir !== undefined ? { filesDir: opts.filesDir } : {}),
    ...(opts.smtpUrl !== undefined ? { smtpUrl: opts.smtpUrl } : {}),
    ...(opts.distDir !== undefined ? { distDir: opts.distDir } : {}),
  };
  mkdirSync(base.filesDir, { recursive: true });
  const database = await openConfiguredDatabase(base);
  const repos = repositoriesOf(database);
  const config = await completeConfig(base, repos.settings);
  const ctx = contextOn(database, repos, config);
  if (opts.seed) await seedDatabase(ctx, opts.seed, opts.libraryDir === undefined ? undefined : readLibrary(opts.libraryDir));
  await timeOlderCases(ctx);

  const health = healthRoutes(ctx);
  const app = createApp(ctx, health);
  const server = app.listen(config.port, config.host);
  await new Promise<void>((resolveListen, reject) => {
    server.once('listening', resolveListen);
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  if (!process.env.PUBLIC_URL && opts.config?.publicUrl === undefined) config.publicUrl = url;
  const identification = await startIdentification(ctx, config.publicUrl);
  ctx.identification = identification.runtime;
  ctx.mandates = await startMandates(ctx);
  const staffSso = await startStaffSso(ctx, config.publicUrl);
  ctx.staffSso = staffSso.runtime;
  const stopAlerts = startAlertDelivery(ctx);
  const stopWebhooks = startWebhookDelivery(ctx);
  // PostgreSQL checkpoints itself; the SQLite file's WAL is moved into it off the event loop.
  const stopCheckpoints = database.kind === 'sqlite' ? startCheckpointer(database.sqlite, config.databasePath) : async () => undefined;

  let closed = false;
  return {
    url,
    ctx,
    testIdentityProvider: identification.testProviderIssuer,
    testStaffProvider: staffSso.testProviderIssuer,
    async close({ graceMs = 10_000 } = {}) {
      if (closed) return;
      closed = true;
      health.drain();
      stopAlerts();
      stopWebhooks();
      await identification.close();
      await staffSso.close();
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // Kept-alive connections between requests would hold the close open; busy ones finish first.
        server.closeIdleConnections();
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        const cut = setTimeout(() => server.closeAllConnections(), graceMs);
        server.once('close', () => {
          clearInterval(idle);
          clearTimeout(cut);
        });
      });
      await stopCheckpoints();
      await closeDatabase(database);
    },
  };
}
