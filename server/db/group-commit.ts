/**
 * Group commit: writes queued during one turn of the event loop are committed together in ONE
 * transaction, and every caller's promise settles only after that COMMIT returned. A commit writes every page the transaction touched to the WAL; sends arriving
 * together touch the same right-edge B-tree pages (ids, references, the per-authority inbox
 * indexes), so committing them together writes those pages once instead of once per send.
 *
 * - A write that throws is rolled back alone; the others still commit. (The batch first runs
 *   without savepoints; after a throw it is rolled back and runs again with one per write, so a
 *   write may run twice and must touch nothing but the database.)
 * - If the COMMIT itself fails (or SQLite rolled the whole transaction back), every write of the
 *   batch is rejected with that error, and none of them is stored.
 * - Writes run synchronously inside the flush, one after another, in the order they were queued,
 *   so each sees what the ones before it wrote (e.g. an idempotency key used twice in one batch).
 */
import type { Sqlite } from './connection';

interface Job {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface GroupCommit {
  /**
   * Runs `write` inside the next group transaction; resolves with its result after the commit.
   * `write` must be synchronous and change nothing outside the database: it may run twice.
   */
  run<T>(write: () => T): Promise<T>;
}

const instances = new WeakMap<Sqlite, GroupCommit>();

/** The group commit of a connection (one per connection, so all its writers share batches). */
export function groupCommitOf(sqlite: Sqlite): GroupCommit {
  let instance = instances.get(sqlite);
  if (!instance) {
    instance = createGroupCommit(sqlite);
    instances.set(sqlite, instance);
  }
  return instance;
}

function createGroupCommit(sqlite: Sqlite): GroupCommit {
  let queue: Job[] = [];
  // The usual batch: no write throws, so none needs a savepoint of its own (each costs a copy of
  // every page it touches into the statement journal).
  const together = sqlite.transaction((jobs: Job[]): Outcome[] => jobs.map((job) => ({ ok: true, value: job.write() })));
  // After a throw the batch runs again, each write in a savepoint (a nested better-sqlite3
  // transaction): a throw rolls back to it and rethrows, and only that write fails.
  const inSavepoint = sqlite.transaction((job: Job) => job.write());
  const isolated = sqlite.transaction((jobs: Job[]): Outcome[] =>
    jobs.map((job) => {
      try {
        return { ok: true, value: inSavepoint(job) };
      } catch (error) {
        // Some errors (e.g. SQLITE_FULL) make SQLite roll back the whole transaction; going on
        // would run the remaining writes in autocommit, outside the batch. Abort the batch instead.
        if (!sqlite.inTransaction) throw error;
        return { ok: false, error };
      }
    }),
  );

  const flush = () => {
    const jobs = queue;
    queue = [];
    let outcomes: Outcome[];
    try {
      try {
        outcomes = together.immediate(jobs);
      } catch {
        // Rolled back as a whole: nothing of it is stored, so the writes may simply run again.
        outcomes = isolated.immediate(jobs);
      }
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) job.resolve(outcome.value);
      else job.reject(outcome.error);
    });
  };

  return {
    run<T>(write: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        // setImmediate runs after the poll phase, i.e. after every request whose body arrived in
        // this turn has been parsed, validated and queued.
        if (queue.length === 0) setImmediate(flush);
        queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
      });
    },
  };
}
