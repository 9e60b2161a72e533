/**
 * A date range of the inbox as a range of submission ids. Ids are issued in the order submissions
 * are stored, and a send stores submitted_at as no earlier than the last one stored
 * (server/submissions/submit.ts), so submitted_at never decreases with the id: the rows sent in
 * [from, before) are exactly the ids in [firstId, endId). Each bound is a binary search over the
 * rowid, every probe one primary-key seek, so no index on submitted_at is needed on the send path.
 * The inbox keeps the exact submitted_at condition too; the id range only narrows the walk.
 */
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import type { InboxFilters } from './inbox-filters';

/** Ids in [from, before); a missing end is open. */
export interface IdRange {
  from?: number;
  before?: number;
}

interface Probes {
  /** The first row at or after an id (rowids may have gaps). */
  at: Statement<[number], { id: number; submittedAt: string }>;
  last: Statement<[], { id: number }>;
}

/** The smallest id whose row was sent at or after `instant` (one past the last id when none was). */
function firstIdFrom(p: Probes, instant: string, start: number, end: number): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const row = p.at.get(mid);
    if (row === undefined || row.submittedAt >= instant) hi = mid;
    else lo = row.id + 1;
  }
  // lo may fall in a gap; the row after it is the first one.
  return Math.min(p.at.get(lo)?.id ?? end, end);
}

/** The id range of the date filters, or null when there are none. */
export type DateIdRange = (filters: Pick<InboxFilters, 'submittedFrom' | 'submittedBefore'>) => IdRange | null;

/** The date-to-id search of one connection, its probes prepared once. */
export function createDateIdRange(sqlite: Sqlite): DateIdRange {
  const p: Probes = {
    at: sqlite.prepare('SELECT id, submitted_at AS submittedAt FROM submissions WHERE id >= ? ORDER BY id LIMIT 1'),
    last: sqlite.prepare('SELECT id FROM submissions ORDER BY id DESC LIMIT 1'),
  };
  return (filters) => {
    if (filters.submittedFrom === undefined && filters.submittedBefore === undefined) return null;
    const end = (p.last.get()?.id ?? 0) + 1;
    const start = Math.min(p.at.get(0)?.id ?? end, end);
    const range: IdRange = {};
    if (filters.submittedFrom !== undefined) range.from = firstIdFrom(p, filters.submittedFrom, start, end);
    if (filters.submittedBefore !== undefined) range.before = firstIdFrom(p, filters.submittedBefore, start, end);
    return range;
  };
}
