/**
 * Keeps the inbox's free-text index (`submissions_fts`, migrations 0002 and 0004) up to date from
 * its queue. Indexing many rows in one transaction writes one FTS segment instead of one per send.
 */
import type { Sqlite } from '../db/connection';

/**
 * Indexes what is queued, all of it or at most `maxRounds` batches (the background loop keeps each
 * tick short); returns how many submissions it indexed. Cheap when nothing is queued.
 */
export type TextIndexer = (opts?: { batch?: number; maxRounds?: number }) => number;

/** The free-text indexer of one connection, its statements prepared once. */
export function createTextIndexer(sqlite: Sqlite): TextIndexer {
  const pending = sqlite.prepare<[], { n: number }>('SELECT EXISTS (SELECT 1 FROM submissions_fts_queue) AS n');
  // The answers' scalar values (not their keys) are what a handler searches for.
  const index = sqlite.prepare<[number]>(
    `INSERT INTO submissions_fts (rowid, reference, customer_name, answers)
     SELECT s.id, s.reference, s.contact_name,
            (SELECT group_concat(value, ' ') FROM json_tree(s.data_json) WHERE type IN ('text', 'integer', 'real'))
     FROM submissions s
     WHERE s.id IN (SELECT submission_id FROM submissions_fts_queue ORDER BY submission_id LIMIT ?)`,
  );
  const dequeue = sqlite.prepare<[number]>(
    'DELETE FROM submissions_fts_queue WHERE submission_id IN (SELECT submission_id FROM submissions_fts_queue ORDER BY submission_id LIMIT ?)',
  );
  const run = sqlite.transaction((batch: number) => {
    const n = index.run(batch).changes;
    dequeue.run(batch);
    return n;
  });
  return (opts = {}) => {
    const batch = opts.batch ?? 5000;
    let rounds = opts.maxRounds ?? Infinity;
    let total = 0;
    // Each round dequeues up to `batch` ids, so the loop ends even if some ids lost their row.
    while (rounds-- > 0 && pending.get()?.n) total += run.immediate(batch);
    return total;
  };
}
