/**
 * Moves committed pages from the WAL into the database file on a worker thread. SQLite's automatic
 * checkpoint otherwise runs inside whichever commit crosses the threshold — on the event loop, with
 * an fsync of the database file — so every ~50th submission paid for copying the others' pages.
 * The worker's own connection checkpoints PASSIVE (never blocks writers); the request connection
 * keeps a high automatic threshold only as a safety net should the worker fall behind or stop.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Sqlite } from './connection';

/** Pages the WAL may reach before a commit on the request connection checkpoints itself. */
export const SAFETY_AUTOCHECKPOINT_PAGES = 16_000;
const INTERVAL_MS = 250;

// Plain CommonJS so the worker needs no TypeScript loader; the driver path comes from the parent.
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const timer = setInterval(() => {
  try { checkpoint.get(); } catch (err) { /* busy or locked: the next tick tries again */ }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

/** Starts background checkpoints of `path` (a file database in WAL mode); returns a stopper. */
export function startCheckpointer(sqlite: Sqlite, path: string): () => Promise<void> {
  if (path === ':memory:' || sqlite.memory) return async () => {};
  sqlite.pragma(`wal_autocheckpoint = ${SAFETY_AUTOCHECKPOINT_PAGES}`);
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, intervalMs: INTERVAL_MS } });
  worker.unref();
  let failed = false;
  worker.on('error', (err) => {
    // Without the worker the request connection checkpoints by itself again, as before.
    failed = true;
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
    console.error('Background WAL checkpoints stopped:', err);
  });
  return async () => {
    if (failed) return;
    const exited = new Promise<void>((resolveExit) => worker.once('exit', () => resolveExit()));
    // The worker is unref'd so it never keeps a process alive; while we wait for it to stop it must
    // be ref'd again, or a process with nothing else to do exits before the wait ends.
    worker.ref();
    worker.postMessage('stop');
    await exited;
  };
}
