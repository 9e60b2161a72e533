/** The real Kevyt server on a fresh benchmark database, in its own process. */
import { startServer } from '../../server/app';

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: kevyt-server.ts <db path> <files dir>');
const running = await startServer({ dbPath, filesDir: process.argv[3], port: 0, host: '127.0.0.1', seed: 'demo' });
process.stdout.write(`READY ${running.url}\n`);
