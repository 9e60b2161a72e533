import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { referenceContext, type TestContext } from '../../test/server/fixtures';
import { limiter } from './rate-limit';

let t: TestContext;
beforeEach(() => {
  t = referenceContext();
});
afterEach(() => t.close());

describe('counters in the database', () => {
  it('counts within a fixed window from the first hit, then starts a new one', async () => {
    const store = t.ctx.repos.counters;
    expect(await store.add('sends:203.0.113.7', 1, 60_000, 1_000)).toEqual({ count: 1, windowEnds: 61_000 });
    expect(await store.add('sends:203.0.113.7', 2, 60_000, 30_000)).toEqual({ count: 3, windowEnds: 61_000 });
    expect(await store.peek('sends:203.0.113.7', 60_999)).toEqual({ count: 3, windowEnds: 61_000 });
    expect((await store.peek('sends:203.0.113.7', 61_000)).count).toBe(0);
    expect(await store.add('sends:203.0.113.7', 1, 60_000, 70_000)).toEqual({ count: 1, windowEnds: 130_000 });
  });

  it('forgets ended windows when swept, and keeps live ones', async () => {
    const store = t.ctx.repos.counters;
    await store.add('a:1', 1, 1_000, 0);
    await store.add('b:2', 1, 10_000, 0);
    expect(await store.sweep(5_000)).toBe(1);
    expect((await store.peek('b:2', 5_000)).count).toBe(1);
  });

  it('refuses past the limit with the seconds until the window ends', async () => {
    const clock = { now: new Date(0) };
    const sends = limiter(t.ctx.repos.counters, { name: 'sends', limit: 2, windowMs: 600_000, message: 'Too many' }, () => clock.now);
    await sends.take('203.0.113.7');
    await sends.take('203.0.113.7');
    clock.now = new Date(59_500);
    const refused = await sends.take('203.0.113.7').catch((err: unknown) => err);
    expect(refused).toMatchObject({ status: 429, headers: { 'Retry-After': '541' } });
    await expect(sends.check('203.0.113.8')).resolves.toBeUndefined();
  });
});
