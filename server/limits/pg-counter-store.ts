/**
 * The counter store in PostgreSQL (table `rate_limits`): every instance counts in the same row.
 * Each addition is one UPSERT in its own statement; concurrent additions to one key serialise on
 * the row, so none is lost. No group commit: the pool runs additions side by side.
 */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import { hashedCounterKey } from './counter-key';
import type { CounterStore, WindowCount } from './counter-store';

// A live window (window_ends > now) grows; an ended one starts again from this addition.
const ADD = `INSERT INTO rate_limits (key, window_ends, count) VALUES ($1, $2, $3)
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN rate_limits.window_ends > $4 THEN rate_limits.count + excluded.count ELSE excluded.count END,
    window_ends = CASE WHEN rate_limits.window_ends > $4 THEN rate_limits.window_ends ELSE excluded.window_ends END
  RETURNING count, window_ends AS "windowEnds"`;

export function createPgCounterStore(db: PgQueryable): Promised<CounterStore> {
  return {
    async add(key, amount, windowMs, now) {
      const { rows } = await db.query<WindowCount>({ name: 'counters.add', text: ADD, values: [hashedCounterKey(key), now + windowMs, amount, now] });
      return rows[0];
    },
    async peek(key, now) {
      const { rows } = await db.query<WindowCount>({
        name: 'counters.peek',
        text: 'SELECT count, window_ends AS "windowEnds" FROM rate_limits WHERE key = $1 AND window_ends > $2',
        values: [hashedCounterKey(key), now],
      });
      return rows[0] ?? { count: 0, windowEnds: now };
    },
    async sweep(now) {
      return (await db.query('DELETE FROM rate_limits WHERE window_ends <= $1', [now])).rowCount ?? 0;
    },
  };
}
