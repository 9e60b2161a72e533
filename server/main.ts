/** `npm start`: serves the built apps and the API with demo data (see README "Configuration"). */
import { startKeptAlertEcho } from './alerts/console-echo';
import { startServer } from './app';
import { configFromEnv } from './config';
import { describeDatabase } from './db/database';

const config = configFromEnv();
const server = await startServer({ seed: 'demo-with-submissions' });
// Without SMTP, outside production, a developer reads alerts (e.g. a customer's sign-in code) here.
const stopEcho = await startKeptAlertEcho(server.ctx, { smtpUrl: config.smtpUrl, nodeEnv: process.env.NODE_ENV });
const alerts = config.smtpUrl ? 'alerts by SMTP' : stopEcho ? 'alerts kept in the outbox and printed here' : 'alerts kept in the outbox';
console.log(`Kevyt is running on ${server.url} (${describeDatabase(server.ctx.database, config)}, attachments ${config.filesDir}, ${alerts})`);
if (server.testStaffProvider) console.log(`Local stand-in for Helsinki's staff sign-in (single sign-on, test staff only) on ${server.testStaffProvider}`);
if (server.testIdentityProvider) console.log(`Local test identity provider (strong identification, test persons only) on ${server.testIdentityProvider}`);
if (server.ctx.mandates?.source === 'test') console.log('Mandates to act for a company: the local test companies (README "Acting for a company")');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    stopEcho?.();
    void server.close().then(() => process.exit(0));
  });
}
