/**
 * Each delivery is sent once even when several delivery loops (server processes) share one
 * database: a loop claims a due delivery with a conditional UPDATE, and a loop that read the same
 * row a moment earlier finds it taken. A claim is a lease: a loop that died mid-send leaves the
 * delivery due again once its lease has run out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AppContext } from '../../server/context';
import type { WebhookPayload } from '../../server/webhooks/webhook-events';
import { twoProcessContexts, type TestContext } from './fixtures';

let test: TestContext | null = null;

afterEach(() => {
  test?.close();
  test = null;
});

const payload = (caseId: number): WebhookPayload => ({ type: 'case.submitted', timestamp: '2026-12-07T10:00:00.000Z', data: { caseId, reference: `KV-2026-00000${caseId}`, status: 'SUBMITTED' } });

async function setUp(): Promise<{ first: AppContext; second: AppContext }> {
  const both = twoProcessContexts();
  test = both;
  const at = '2026-12-07T10:00:00.000Z';
  await both.first.repos.webhooks.create(
    { authorityId: 'municipality-091', url: 'https://asianhallinta.hel.fi/kevyt', description: '', events: ['case.submitted'], secretSealed: 'sealed', at },
    (id) => ({ at, actor: { kind: 'system' }, action: 'webhook.endpoint.create', targetType: 'webhook_endpoint', targetId: id }),
  );
  await both.first.repos.webhooks.queue('municipality-091', null, [payload(1), payload(2)], at);
  return both;
}

describe('claiming deliveries', () => {
  it('lets only one of two loops that read the same due deliveries take each', async () => {
    const { first, second } = await setUp();
    const now = '2026-12-07T10:00:01.000Z';
    const lease = '2026-12-07T10:00:41.000Z';
    const seenByFirst = await first.repos.webhooks.due(now, 10);
    const seenBySecond = await second.repos.webhooks.due(now, 10);
    expect(seenByFirst.map((d) => d.id)).toEqual(seenBySecond.map((d) => d.id));
    expect(seenByFirst).toHaveLength(2);
    // The first takes one, the second the other; neither gets what the other took.
    expect(await first.repos.webhooks.claim(seenByFirst[0], lease)).toBe(true);
    expect(await second.repos.webhooks.claim(seenBySecond[0], lease)).toBe(false);
    expect(await second.repos.webhooks.claim(seenBySecond[1], lease)).toBe(true);
    expect(await first.repos.webhooks.claim(seenByFirst[1], lease)).toBe(false);
    expect(await first.repos.webhooks.due(now, 10)).toEqual([]);
  });

  it('makes a claimed delivery due again when its lease runs out without an answer', async () => {
    const { first, second } = await setUp();
    const [delivery] = await first.repos.webhooks.due('2026-12-07T10:00:01.000Z', 1);
    expect(await first.repos.webhooks.claim(delivery, '2026-12-07T10:00:41.000Z')).toBe(true);
    expect((await second.repos.webhooks.due('2026-12-07T10:00:40.000Z', 10)).map((d) => d.id)).not.toContain(delivery.id);
    const again = (await second.repos.webhooks.due('2026-12-07T10:00:41.000Z', 10)).find((d) => d.id === delivery.id);
    expect(again?.attempts).toBe(1);
    expect(again && await second.repos.webhooks.claim(again, '2026-12-07T10:01:21.000Z')).toBe(true);
  });
});
