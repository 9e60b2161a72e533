import { describe, expect, it } from 'vitest';
import { readiness, shippedMigrations } from './readiness';

const answering = (n: number | null) => ({ appliedMigrations: async () => n });

describe('readiness', () => {
  it('is ready with every shipped migration applied', async () => {
    const shipped = shippedMigrations();
    expect(shipped).toBeGreaterThan(10);
    expect(await readiness(answering(shipped), shipped, false)).toEqual({ status: 'ready', migrations: shipped });
  });

  it('is not ready while draining, without a database, or with migrations pending', async () => {
    expect(await readiness(answering(5), 5, true)).toEqual({ status: 'not_ready', reason: 'draining' });
    expect(await readiness(answering(null), 5, false)).toEqual({ status: 'not_ready', reason: 'database_unreachable' });
    expect(await readiness(answering(4), 5, false)).toEqual({ status: 'not_ready', reason: 'migrations_pending', applied: 4, expected: 5 });
  });
});
