/**
 * When a failed delivery is tried again, when it is given up, and when an endpoint that keeps
 * failing is paused: plain rules over the configuration (webhook-config.ts).
 */
import type { WebhookConfig } from './webhook-config';

/**
 * After `attempts` failed attempts of this round, the wait before the next one in ms, or null
 * when the delivery has failed for good (the schedule is used up).
 */
export function retryDelayMs(attempts: number, delaysMs: readonly number[]): number | null {
  if (attempts < 1) return 0;
  return attempts <= delaysMs.length ? delaysMs[attempts - 1] : null;
}

/** A 2xx answer is a delivery; anything else (3xx included: redirects are not followed) a failure. */
export function isDelivered(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}

export interface FailureRecord {
  /** Deliveries that failed for good since the last success, this one included. */
  consecutiveFailures: number;
  /** The first failed attempt since the last success. */
  failingSince: string | null;
}

/**
 * Whether an endpoint is paused after a delivery failed for good: after `pauseAfterFailures` such
 * deliveries in a row, or when it has failed without a single success for `pauseAfterMs`.
 */
export function shouldPause(record: FailureRecord, now: Date, config: Pick<WebhookConfig, 'pauseAfterFailures' | 'pauseAfterMs'>): boolean {
  if (record.consecutiveFailures >= config.pauseAfterFailures) return true;
  return record.failingSince !== null && now.getTime() - new Date(record.failingSince).getTime() >= config.pauseAfterMs;
}
