import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_SECONDS, webhookConfigFromEnv } from './webhook-config';
import { isDelivered, retryDelayMs, shouldPause } from './delivery-schedule';

const schedule = DEFAULT_RETRY_SECONDS.map((s) => s * 1000);

describe('retries with backoff', () => {
  it('waits 5 s, 30 s, 2 min, 10 min, 1 h … after each failed attempt', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, schedule))).toEqual([5_000, 30_000, 120_000, 600_000, 3_600_000]);
  });

  it('gives up when the schedule is used up: one attempt more than it has waits', () => {
    expect(retryDelayMs(schedule.length, schedule)).toBe(12 * 3_600_000);
    expect(retryDelayMs(schedule.length + 1, schedule)).toBeNull();
    expect(retryDelayMs(1, [])).toBeNull();
  });

  it('takes its schedule and pause limit from the environment, refusing nonsense', () => {
    const config = webhookConfigFromEnv({ WEBHOOK_RETRY_SECONDS: '0.05, 0.1', WEBHOOK_PAUSE_AFTER_FAILURES: '2' });
    expect(config.retryDelaysMs).toEqual([50, 100]);
    expect(config.pauseAfterFailures).toBe(2);
    expect(webhookConfigFromEnv({}).retryDelaysMs).toEqual(schedule);
    expect(() => webhookConfigFromEnv({ WEBHOOK_RETRY_SECONDS: '5,soon' })).toThrow(/WEBHOOK_RETRY_SECONDS/);
    expect(() => webhookConfigFromEnv({ WEBHOOK_PAUSE_AFTER_FAILURES: '0' })).toThrow(/WEBHOOK_PAUSE_AFTER_FAILURES/);
  });

  it('counts only a 2xx answer as delivered (a redirect is not followed)', () => {
    expect([200, 204, 299].every(isDelivered)).toBe(true);
    expect([199, 301, 400, 410, 500, 0].some(isDelivered)).toBe(false);
  });
});

describe('pausing an endpoint that keeps failing', () => {
  const config = { pauseAfterFailures: 5, pauseAfterMs: 24 * 3_600_000 };
  const now = new Date('2026-12-07T12:00:00Z');

  it('pauses after five deliveries in a row failed for good', () => {
    expect(shouldPause({ consecutiveFailures: 4, failingSince: '2026-12-07T08:00:00Z' }, now, config)).toBe(false);
    expect(shouldPause({ consecutiveFailures: 5, failingSince: '2026-12-07T08:00:00Z' }, now, config)).toBe(true);
  });

  it('pauses one failing for a day without a single success, however few its deliveries', () => {
    expect(shouldPause({ consecutiveFailures: 1, failingSince: '2026-12-06T11:59:59Z' }, now, config)).toBe(true);
    expect(shouldPause({ consecutiveFailures: 1, failingSince: '2026-12-06T12:00:01Z' }, now, config)).toBe(false);
  });
});
