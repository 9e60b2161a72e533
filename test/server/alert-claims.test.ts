/**
 * The outbox is a job queue that every server process on the database works: two delivery loops
 * over one database mail each alert once (each claims an alert with a conditional UPDATE before it
 * sends it), and an alert whose process died mid-send is due again once its lease has run out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ALERT_LEASE_MS, deliverDueAlerts, type OutgoingMail } from '../../server/alerts/delivery';
import type { OutboxInsert } from '../../server/alerts/outbox-repository';
import type { AppContext } from '../../server/context';
import { twoProcessContexts, type TestContext } from './fixtures';

let test: TestContext | null = null;

afterEach(() => {
  test?.close();
  test = null;
});

const DUE = '2026-12-07T10:00:00.000Z';

function alert(n: number): OutboxInsert {
  return {
    kind: 'receipt', audience: 'customer', authorityId: 'municipality-091', submissionId: null, toEmail: `asiakas${n}@example.fi`,
    subject: `Kuittaus ${n}`, body: 'Hakemuksesi on vastaanotettu.', secret: null, status: 'pending', nextAttemptAt: DUE, createdAt: DUE,
  };
}

/** Two app contexts (as two server processes would have) on one database file, holding `count` due alerts. */
async function twoProcesses(count: number, now: () => Date): Promise<{ first: AppContext; second: AppContext }> {
  const both = twoProcessContexts(now);
  test = both;
  expect(await both.first.repos.outbox.insertAll(Array.from({ length: count }, (_, i) => alert(i + 1)))).toBe(count);
  return both;
}

describe('alert delivery from several processes', () => {
  it('mails each alert once when two delivery loops work the same outbox at once', async () => {
    const now = () => new Date('2026-12-07T10:00:05.000Z');
    const { first, second } = await twoProcesses(20, now);
    const mailed: string[] = [];
    // A slow SMTP server: both loops have read the same due rows before either has mailed them.
    const send = async (mail: OutgoingMail) => {
      await new Promise((r) => setTimeout(r, 5));
      mailed.push(mail.to ?? '');
    };
    const [a, b] = await Promise.all([deliverDueAlerts(first, send), deliverDueAlerts(second, send)]);
    expect(a.sent + b.sent).toBe(20);
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect([...mailed].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `asiakas${i + 1}@example.fi`).sort());
    expect(await first.repos.outbox.due('2026-12-08T00:00:00.000Z', 100)).toEqual([]);
  });

  it('leaves an alert claimed by a process that died due again when its lease has run out, and not before', async () => {
    let clock = new Date('2026-12-07T10:00:05.000Z');
    const { first, second } = await twoProcesses(1, () => clock);
    const [due] = await first.repos.outbox.due(clock.toISOString(), 10);
    // The first process claims the alert and dies before it mails it.
    expect(await first.repos.outbox.claim(due, new Date(clock.getTime() + ALERT_LEASE_MS).toISOString())).toBe(true);
    const mailed: string[] = [];
    const send = async (mail: OutgoingMail) => void mailed.push(mail.to ?? '');
    clock = new Date(clock.getTime() + ALERT_LEASE_MS - 1000);
    expect(await deliverDueAlerts(second, send)).toEqual({ sent: 0, failed: 0 });
    clock = new Date(clock.getTime() + 1000);
    expect(await deliverDueAlerts(second, send)).toEqual({ sent: 1, failed: 0 });
    expect(mailed).toEqual(['asiakas1@example.fi']);
  });
});
