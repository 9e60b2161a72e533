/** The outbox on both databases: the same answers from the same rows, and on PostgreSQL one claim per due alert across instances. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutboxInsert, OutboxRepository } from '../../../server/alerts/outbox-repository';
import { createPgOutboxRepository } from '../../../server/alerts/pg-outbox-repository';
import type { Promised } from '../../../server/db/promised';
import { alternately, POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';

const AUTHORITY = 'municipality-091';
const OTHER = 'municipality-049';
const T0 = '2026-12-07T10:00:00.000Z';

function alert(i: number, over: Partial<OutboxInsert> = {}): OutboxInsert {
  return {
    kind: 'new_submission', audience: 'authority', authorityId: AUTHORITY, submissionId: null, toEmail: null,
    subject: `Alert ${i}`, body: `Body ${i}`, secret: null, status: 'pending', nextAttemptAt: T0, createdAt: T0, ...over,
  };
}

describe.skipIf(!POSTGRES_AVAILABLE)('the outbox on both databases', () => {
  const databases = useBothDatabases('outbox', async ({ ctx }) => {
    const audit = { at: T0, actor: { kind: 'system' as const }, action: 'user.create', targetType: 'user' };
    for (const [email, role, active] of [['k@example.fi', 'handler', true], ['a@example.fi', 'admin', true], ['gone@example.fi', 'admin', false]] as const) {
      const user = await ctx.repos.staff.create({ email, name: email, role, authorityId: AUTHORITY, passwordHash: 'x', mustChangePassword: false }, audit);
      if (user && !active) ctx.sqlite.prepare('UPDATE users SET active = 0 WHERE id = ?').run(user.id);
    }
  });
  let pgOutbox: Promised<OutboxRepository>;
  let sides: Array<OutboxRepository | Promised<OutboxRepository>>;
  /** The same question to both; the answers must agree. */
  const both = async <T>(ask: (repo: OutboxRepository | Promised<OutboxRepository>) => T | Promise<T>): Promise<Awaited<T>> => {
    const [a, b] = [await ask(sides[0]), await ask(sides[1])];
    expect(b).toEqual(a);
    return a;
  };

  beforeAll(() => {
    pgOutbox = createPgOutboxRepository(databases.pool);
    sides = [databases.sqlite.ctx.repos.outbox, pgOutbox];
  });

  it('writes alerts and lists them alike', async () => {
    await both((r) => r.insert(alert(1)));
    await both((r) => r.insertAll([alert(2, { authorityId: OTHER }), alert(3, { status: 'kept', nextAttemptAt: null, secret: 'sealed' }), alert(4, { audience: 'admins' })]));
    expect(await both((r) => r.newestId())).toBe(4);
    for (const q of [
      { authorityId: null, status: null, before: null, limit: 10 },
      { authorityId: AUTHORITY, status: null, before: null, limit: 10 },
      { authorityId: AUTHORITY, status: 'pending' as const, before: 4, limit: 10 },
      { authorityId: null, status: 'kept' as const, before: null, limit: 1 },
    ]) await both((r) => r.page(q));
    expect(await both((r) => r.inScope(2, AUTHORITY))).toBeUndefined();
    expect(await both((r) => r.inScope(2, null))).toMatchObject({ subject: 'Alert 2' });
    expect(await both((r) => r.keptAfter(0))).toMatchObject([{ id: 3, secret: 'sealed' }]);
    expect(await both((r) => r.staffAddresses(AUTHORITY))).toEqual(['k@example.fi', 'a@example.fi']);
    expect(await both((r) => r.adminAddresses(AUTHORITY))).toEqual(['a@example.fi']);
  });

  it("keeps the desk's read marks alike", async () => {
    expect(await both((r) => r.unreadCount(AUTHORITY, 10))).toBe(2);
    const at = await both((r) => r.markRead(1, AUTHORITY, '2026-12-07T11:00:00.000Z'));
    expect(at).toBe('2026-12-07T11:00:00.000Z');
    // Read once: a second mark keeps the first time.
    expect(await both((r) => r.markRead(1, AUTHORITY, '2026-12-07T12:00:00.000Z'))).toBe(at);
    expect(await both((r) => r.markRead(2, AUTHORITY, '2026-12-07T12:00:00.000Z'))).toBeNull();
    expect((await both((r) => r.deskAlerts(AUTHORITY, 10))).map((a) => a.id)).toEqual([3, 1]);
    expect(await both((r) => r.unreadCount(AUTHORITY, 10))).toBe(1);
  });

  it('delivers alike: due, claimed, failed, requeued, sent, secrets dropped', async () => {
    const due = await both((r) => r.due('2026-12-07T10:00:00.000Z', 10));
    expect(due.map((a) => a.id)).toEqual([1, 2, 4]);
    expect(await both((r) => r.claim(due[0], '2026-12-07T10:05:00.000Z'))).toBe(true);
    // The lease moved its due time: a claim on what was read before finds it taken.
    expect(await both((r) => r.claim(due[0], '2026-12-07T10:06:00.000Z'))).toBe(false);
    await both((r) => r.markAttemptFailed(2, 5, 'failed', '2026-12-07T10:10:00.000Z', 'refused'));
    await both((r) => r.requeueFailed(2, '2026-12-07T10:20:00.000Z', { at: T0, actor: { kind: 'system' }, action: 'outbox.requeue', targetType: 'outbox', targetId: 2 }));
    await both((r) => r.markSent(1, '2026-12-07T10:01:00.000Z'));
    expect(await both((r) => r.page({ authorityId: null, status: null, before: null, limit: 10 }))).toMatchObject([
      { id: 4, status: 'pending' }, { id: 3, status: 'kept' }, { id: 2, status: 'pending', nextAttemptAt: '2026-12-07T10:20:00.000Z', attempts: 5 }, { id: 1, status: 'sent' },
    ]);
    expect(await both((r) => r.dropSecretsBefore('2026-12-08T00:00:00.000Z'))).toBe(1);
  });

  it('on PostgreSQL lets one of two instances take a due alert', async () => {
    const [, id] = [await pgOutbox.insert(alert(9, { nextAttemptAt: '2026-12-07T09:00:00.000Z' })), await pgOutbox.newestId()];
    const instances = databases.instances(createPgOutboxRepository);
    for (let round = 0; round < 5; round++) {
      const [mine, theirs] = await alternately(instances, 2, (repo) => repo.due('2026-12-07T23:00:00.000Z', 10));
      const [a, b] = [mine.find((x) => x.id === id), theirs.find((x) => x.id === id)];
      if (!a || !b) throw new Error('not due');
      const lease = `2026-12-07T09:0${round + 1}:00.000Z`;
      const taken = await alternately(instances, 2, (repo, i) => repo.claim(i === 0 ? a : b, lease));
      expect(taken.filter(Boolean)).toHaveLength(1);
    }
  });
});
