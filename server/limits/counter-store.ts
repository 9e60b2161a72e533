/**
 * Where the rate limits keep their counts: one fixed window per key. The interface is what a
 * limiter needs and no more, so that a PostgreSQL store can stand in for the SQLite one
 * (sqlite-counter-store.ts) and every instance of the server counts in the same place.
 */
export interface WindowCount {
  /** The count in the current window, after the change asked for. */
  count: number;
  /** When the window ends, in ms since the epoch. */
  windowEnds: number;
}

export interface CounterStore {
  /**
   * Adds `amount` to `key`'s count in its current window; a key without a live window starts one
   * of `windowMs` from `now`. Answers the count after the addition.
   */
  add(key: string, amount: number, windowMs: number, now: number): Promise<WindowCount>;
  /** The count of `key`'s live window (0 when it has none), without changing it. */
  peek(key: string, now: number): Promise<WindowCount>;
  /** Forgets windows that ended before `now`; answers how many. */
  sweep(now: number): Promise<number>;
}
