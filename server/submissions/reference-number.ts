/**
 * Submission reference numbers: `KV-<year>-<sequence>`, the sequence counting from 1 within each
 * year and zero-padded to six digits (it simply grows wider past 999 999). The counter lives in
 * `reference_counters` and moves only inside the transaction that stores the numbered submission,
 * so the numbers have no gaps (a rolled-back send gives its number back) and two processes can
 * never hand out the same number.
 *
 * Inside a group-commit write (every send) the counter is a batch state: read once per batch
 * inside its transaction (so it sees other processes' sends too), counted up in memory, rolled
 * back with a write that throws, and written once just before the batch's COMMIT. Anywhere else
 * each call bumps the row itself.
 */
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import type { BatchState, GroupCommit } from '../db/group-commit';

const PATTERN = /^KV-(\d{4})-(\d{6,})$/;

export function formatReference(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Bad reference year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Bad reference sequence ${sequence}`);
  return `KV-${year}-${String(sequence).padStart(6, '0')}`;
}

export function parseReference(reference: string): { year: number; sequence: number } | null {
  const m = PATTERN.exec(reference.trim().toUpperCase());
  if (!m) return null;
  return { year: Number(m[1]), sequence: Number(m[2]) };
}

/**
 * Year of a moment in Finnish time: a send at 00:30 on 1 January in Helsinki belongs to the new
 * year. New Year always falls in winter time (EET, UTC+2), so adding two hours is exact, and far
 * cheaper than a time-zone formatter on the hot path.
 */
export function referenceYear(at: Date): number {
  return new Date(at.getTime() + 2 * 3600_000).getUTCFullYear();
}

interface CounterStatements {
  bump: Statement<[number], { last: number }>;
  read: Statement<[number], { last: number }>;
  store: Statement<[number, number]>;
  /** The last number taken per year in the batch being written. */
  batch: BatchState<Map<number, number>>;
}

/** Takes the next number of the year of `at`. Call inside the transaction that inserts the submission. */
export type ReferenceCounter = (at: Date) => string;

/** The reference counter of a connection, its statements prepared once; numbers taken in a group-commit write are batch state. */
export function createReferenceCounter(sqlite: Sqlite, group: GroupCommit): ReferenceCounter {
  const read = sqlite.prepare<[number], { last: number }>('SELECT last FROM reference_counters WHERE year = ?');
  const store = sqlite.prepare<[number, number]>(
    'INSERT INTO reference_counters (year, last) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET last = excluded.last',
  );
  const s: CounterStatements = {
    bump: sqlite.prepare<[number], { last: number }>(
      `INSERT INTO reference_counters (year, last) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
    ),
    read,
    store,
    batch: group.state<Map<number, number>>({
      load: () => new Map(),
      copy: (taken) => new Map(taken),
      store: (taken) => {
        for (const [year, last] of taken) store.run(year, last);
      },
    }),
  };
  return (at) => {
    const year = referenceYear(at);
    if (!group.writing) {
      const row = s.bump.get(year);
      if (!row) throw new Error('reference counter did not return a value');
      return formatReference(year, row.last);
    }
    const taken = s.batch.current();
    const last = (taken.get(year) ?? s.read.get(year)?.last ?? 0) + 1;
    taken.set(year, last);
    return formatReference(year, last);
  };
}
