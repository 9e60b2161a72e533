/**
 * Submission reference numbers: `KV-<year>-<sequence>`, the sequence counting from 1 within each
 * year and zero-padded to six digits (it simply grows wider past 999 999). The counter lives in
 * `reference_counters` and is bumped inside the submission's own transaction, so a rolled-back
 * send leaves no gap-free promise broken and two processes can never hand out the same number.
 */
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../db/connection';

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

const bumpStatements = new WeakMap<Sqlite, Statement<[number], { last: number }>>();

/** Takes the next number of `year`. Call inside the transaction that inserts the submission. */
export function takeReference(sqlite: Sqlite, at: Date): string {
  let bump = bumpStatements.get(sqlite);
  if (!bump) {
    bump = sqlite.prepare<[number], { last: number }>(
      `INSERT INTO reference_counters (year, last) VALUES (?, 1)
       ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`,
    );
    bumpStatements.set(sqlite, bump);
  }
  const year = referenceYear(at);
  const row = bump.get(year);
  if (!row) throw new Error('reference counter did not return a value');
  return formatReference(year, row.last);
}
