/**
 * "The database is busy": another connection (a backup, a second instance, a long migration)
 * holds the write lock. The server waits for it only briefly on the event loop (BUSY_TIMEOUT_MS,
 * SQLite's busy_timeout), so that one stuck writer cannot freeze every request; longer waits happen
 * off the loop (the group commit retries on a timer), and what still cannot write answers 503 with
 * Retry-After (server/http/errors.ts). Reads are not blocked by a writer in WAL mode.
 */

/** SQLite's own wait for a lock, on the event loop, per attempt. */
export const BUSY_TIMEOUT_MS = 20;

/** How long a batch of sends keeps retrying a busy database before it answers 503. */
export const BUSY_RETRY_MS = 2000;

/** Whether `err` is SQLite saying the database is locked by another connection (SQLITE_BUSY or SQLITE_LOCKED, any variant). */
export function isBusy(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err) || typeof err.code !== 'string') return false;
  return /^SQLITE_(BUSY|LOCKED)(_|$)/.test(err.code);
}
