/**
 * The real Kevyt server on a fresh benchmark database, in its own process. With
 * BENCH_CPU_PROFILE=<file> it records a CPU profile from SIGUSR2 (the suite sends it after the
 * warm-up) and writes it when stopped (SIGTERM); open it in Chrome DevTools (Performance).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { startServer } from '../../server/app';

const dbPath = process.argv[2];
if (!dbPath) throw new Error('usage: kevyt-server.ts <db path> <files dir>');
const running = await startServer({ dbPath, filesDir: process.argv[3], port: 0, host: '127.0.0.1', seed: 'demo' });

const profilePath = process.env.BENCH_CPU_PROFILE;
if (profilePath) {
  const inspector = new Session();
  inspector.connect();
  await inspector.post('Profiler.enable');
  process.on('SIGUSR2', () => void inspector.post('Profiler.start'));
  process.on('SIGTERM', () => {
    void inspector
      .post('Profiler.stop')
      .then(({ profile }) => writeFileSync(profilePath, JSON.stringify(profile)))
      .then(() => running.close())
      .finally(() => process.exit(0));
  });
}
process.stdout.write(`READY ${running.url}\n`);
