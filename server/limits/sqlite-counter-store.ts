/**
 * The counter store on the server's own SQLite database (table `rate_limits`). Additions join the
 * connection's group commit (server/db/group-commit.ts): counts of requests arriving together are
 * written in one transaction, so a flood of requests costs one commit per event-loop turn, not one
 * each. Keys are hashed: the table never holds an address or an e-mail address.
 */
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import type { GroupCommit } from '../db/group-commit';
import { hashedCounterKey as hashed } from './counter-key';
import type { CounterStore, WindowCount } from './counter-store';

interface Statements {
  add: Statement<[string, number, number, number, number], WindowCount>;
  peek: Statement<[string, number], WindowCount>;
  sweep: Statement<[number]>;
}

/** The counter store of a connection; its additions join the connection's group commit. */
export function createSqliteCounterStore(sqlite: Sqlite, group: GroupCommit): CounterStore {
  const st: Statements = {
    // A live window (window_ends > now) grows; an ended one starts again from this addition.
    add: sqlite.prepare(
      `INSERT INTO rate_limits (key, window_ends, count) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN window_ends > ? THEN count + excluded.count ELSE excluded.count END,
         window_ends = CASE WHEN window_ends > ? THEN window_ends ELSE excluded.window_ends END
       RETURNING count, window_ends AS windowEnds`,
    ) as Statement<[string, number, number, number, number], WindowCount>,
    peek: sqlite.prepare('SELECT count, window_ends AS windowEnds FROM rate_limits WHERE key = ? AND window_ends > ?'),
    sweep: sqlite.prepare('DELETE FROM rate_limits WHERE window_ends <= ?'),
  };
  return {
    add(key, amount, windowMs, now) {
      const k = hashed(key);
      return group.run(() => st.add.get(k, now + windowMs, amount, now, now) as WindowCount);
    },
    peek(key, now) {
      return Promise.resolve(st.peek.get(hashed(key), now) ?? { count: 0, windowEnds: now });
    },
    sweep(now) {
      return Promise.resolve(st.sweep.run(now).changes);
    },
  };
}
