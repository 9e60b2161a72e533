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
 * - A busy database (another connection holds the write lock) is waited for off the event loop:
 *   the batch is tried again on a timer, with the writes queued meanwhile, for up to BUSY_RETRY_MS;
 *   then its writes are rejected with the busy error (answered 503). Nothing of a batch that could
 *   not begin was written, so running it again is safe.
 * - Batch state (`state`): memory that lives for one attempt at a batch and follows its writes'
 *   rollbacks, stored in the database once just before COMMIT: a value every send would otherwise
 *   read and write again (a counter) costs one write per batch instead of one per send.
 */
import { BUSY_RETRY_MS, isBusy } from './busy';
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
   * `write` must be synchronous and change nothing outside the database (or a batch state): it may run twice.
   */
  run<T>(write: () => T): Promise<T>;
  /** Whether a write of this group commit is running now (so `BatchState.current` may be called). */
  readonly writing: boolean;
  /** A state kept beside each batch (see BatchStateSpec); create it once per connection. */
  state<T extends object>(spec: BatchStateSpec<T>): BatchState<T>;
}

/**
 * How a batch state starts, survives a rollback and is stored. Every attempt at a batch (a batch
 * may run twice, see above) starts from `load`, read inside its transaction on first use, so it
 * also sees what other connections committed. A write that throws leaves the state as `copy` took
 * it just before that write ran. `store` writes it inside the transaction just before COMMIT, so
 * it is stored exactly when the writes that changed it are.
 */
export interface BatchStateSpec<T> {
  load(): T;
  copy(state: T): T;
  store(state: T): void;
}

export interface BatchState<T> {
  /** The state of the batch being written; call it only inside a write (see `writing`). */
  current(): T;
}

/** The state of one attempt; `value` is undefined until a write first asks for it. */
interface StateSlot {
  spec: BatchStateSpec<unknown>;
  value: unknown;
}

/**
 * The group commit of a connection. Make one per connection (the repositories make it with the
 * app context), so all its writers share batches.
 */
export function createGroupCommit(sqlite: Sqlite): GroupCommit {
  let queue: Job[] = [];
  let writing = false;
  const slots: StateSlot[] = [];
  const runWrite = (job: Job): unknown => {
    writing = true;
    try {
      return job.write();
    } finally {
      writing = false;
    }
  };
  // Each attempt at a batch starts every state afresh and stores them all just before COMMIT.
  const attempt = (jobs: Job[], each: (job: Job) => Outcome): Outcome[] => {
    for (const slot of slots) slot.value = undefined;
    const outcomes = jobs.map(each);
    for (const slot of slots) if (slot.value !== undefined) slot.spec.store(slot.value);
    return outcomes;
  };
  // The usual batch: no write throws, so none needs a savepoint of its own (each costs a copy of
  // every page it touches into the statement journal).
  const together = sqlite.transaction((jobs: Job[]): Outcome[] => attempt(jobs, (job) => ({ ok: true, value: runWrite(job) })));
  // After a throw the batch runs again, each write in a savepoint (a nested better-sqlite3
  // transaction): a throw rolls back to it and rethrows, and only that write fails; the batch
  // states go back to copies taken before it.
  const inSavepoint = sqlite.transaction((job: Job) => runWrite(job));
  const isolated = sqlite.transaction((jobs: Job[]): Outcome[] =>
    attempt(jobs, (job) => {
      const before = slots.map((slot) => (slot.value === undefined ? undefined : slot.spec.copy(slot.value)));
      try {
        return { ok: true, value: inSavepoint(job) };
      } catch (error) {
        // Some errors (e.g. SQLITE_FULL) make SQLite roll back the whole transaction; going on
        // would run the remaining writes in autocommit, outside the batch. Abort the batch instead.
        if (!sqlite.inTransaction) throw error;
        slots.forEach((slot, i) => (slot.value = before[i]));
        return { ok: false, error };
      }
    }),
  );

  // While a busy database is waited for: the timer of the next try, and when the waiting began.
  let retry: NodeJS.Timeout | null = null;
  let busySince: number | null = null;

  const flush = () => {
    retry = null;
    const jobs = queue;
    queue = [];
    let outcomes: Outcome[];
    try {
      try {
        outcomes = together.immediate(jobs);
      } catch (error) {
        // Busy: the transaction never began. Otherwise it was rolled back as a whole: nothing of
        // it is stored, so the writes may simply run again.
        if (isBusy(error)) throw error;
        outcomes = isolated.immediate(jobs);
      }
    } catch (error) {
      if (isBusy(error)) {
        const now = Date.now();
        busySince ??= now;
        if (now - busySince < BUSY_RETRY_MS) {
          // Try again shortly with these writes first, then any queued meanwhile.
          queue = jobs.concat(queue);
          retry = setTimeout(flush, Math.min(200, 10 + (now - busySince) / 4));
          return;
        }
      }
      busySince = null;
      for (const job of jobs) job.reject(error);
      return;
    }
    busySince = null;
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
        if (queue.length === 0 && retry === null) setImmediate(flush);
        queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
      });
    },
    get writing() {
      return writing;
    },
    state<T extends object>(spec: BatchStateSpec<T>): BatchState<T> {
      const slot: StateSlot = { spec: spec as BatchStateSpec<unknown>, value: undefined };
      slots.push(slot);
      return {
        current(): T {
          if (!writing) throw new Error('a batch state is only available inside a group-commit write');
          if (slot.value === undefined) slot.value = spec.load();
          return slot.value as T;
        },
      };
    },
  };
}
