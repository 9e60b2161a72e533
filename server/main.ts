/** `npm start`: serves the built apps and the API with demo data (see README "Configuration"). */
import { startServer } from './app';
import { configFromEnv } from './config';

const config = configFromEnv();
const server = await startServer({ seed: 'demo-with-submissions' });
console.log(`Kevyt is running on ${server.url} (database ${config.databasePath}, attachments ${config.filesDir}${config.smtpUrl ? ', alerts by SMTP' : ', alerts kept in the outbox'})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  });
}
