/** The rate limits' counts on both databases, and on PostgreSQL shared by every instance. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Promised } from '../../../server/db/promised';
import type { CounterStore } from '../../../server/limits/counter-store';
import { createPgCounterStore } from '../../../server/limits/pg-counter-store';
import { alternately, POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';

describe.skipIf(!POSTGRES_AVAILABLE)('rate-limit counts on both databases', () => {
  const both = useBothDatabases('counters');
  let stores: Array<[string, CounterStore | Promised<CounterStore>]>;
  beforeAll(() => {
    stores = [['SQLite', both.sqlite.ctx.repos.counters], ['PostgreSQL', createPgCounterStore(both.pool)]];
  });

  it('count within a fixed window from the first hit, then start a new one', async () => {
    for (const [, store] of stores) {
      expect(await store.add('sends:203.0.113.7', 1, 60_000, 1_000)).toEqual({ count: 1, windowEnds: 61_000 });
      expect(await store.add('sends:203.0.113.7', 2, 60_000, 30_000)).toEqual({ count: 3, windowEnds: 61_000 });
      expect(await store.peek('sends:203.0.113.7', 60_999)).toEqual({ count: 3, windowEnds: 61_000 });
      expect((await store.peek('sends:203.0.113.7', 61_000)).count).toBe(0);
      expect(await store.add('sends:203.0.113.7', 1, 60_000, 70_000)).toEqual({ count: 1, windowEnds: 130_000 });
    }
  });

  it('forget ended windows when swept, and keep live ones', async () => {
    for (const [, store] of stores) {
      await store.add('a:1', 1, 1_000, 0);
      await store.add('b:2', 1, 10_000, 0);
      expect(await store.sweep(5_000)).toBe(1);
      expect((await store.peek('b:2', 5_000)).count).toBe(1);
    }
  });

  it('keep the same hashed keys, never the address itself', async () => {
    const keys = both.sqlite.ctx.sqlite.prepare<[], { key: string }>('SELECT key FROM rate_limits ORDER BY key').all();
    expect((await both.pool.query<{ key: string }>('SELECT key FROM rate_limits ORDER BY key')).rows).toEqual(keys);
    expect(keys.some((k) => k.key.includes('203.0.113.7'))).toBe(false);
  });

  it('on PostgreSQL count across instances: no addition lost between two pools', async () => {
    const instances = both.instances(createPgCounterStore);
    const counts = await alternately(instances, 40, (store) => store.add('code:maija@example.fi', 1, 60_000, 100_000));
    expect(counts.map((c) => c.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await instances[1].peek('code:maija@example.fi', 100_001)).toEqual({ count: 40, windowEnds: 160_000 });
  });
});
