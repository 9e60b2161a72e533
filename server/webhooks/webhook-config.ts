/**
 * How webhooks are delivered (README "Configuration"): the retry schedule, when an endpoint is
 * paused, the timeout of one attempt and whether endpoints may point at this machine or the
 * local network (only outside production, for development and tests).
 */
export interface WebhookConfig {
  /** Wait before each retry after a failed attempt, in ms (WEBHOOK_RETRY_SECONDS); its length + 1 attempts in all. */
  retryDelaysMs: number[];
  /** Consecutive deliveries that failed for good before the endpoint is paused (WEBHOOK_PAUSE_AFTER_FAILURES). */
  pauseAfterFailures: number;
  /** An endpoint failing this long without a success is paused at its next failed delivery. */
  pauseAfterMs: number;
  /** One attempt's time limit. */
  timeoutMs: number;
  /** How often the delivery loop looks for due deliveries. */
  pollMs: number;
  /** How long the replaced secret still signs deliveries after a rotation. */
  secretGraceMs: number;
  /** http:// to loopback and https:// to private addresses allowed: outside production only. */
  localTargets: boolean;
}

/** 5 s, 30 s, 2 min, 10 min, 1 h, 3 h, 6 h, 12 h: nine attempts over about 22 hours. */
export const DEFAULT_RETRY_SECONDS = [5, 30, 120, 600, 3600, 3 * 3600, 6 * 3600, 12 * 3600];

function retrySeconds(value: string | undefined): number[] {
  if (value === undefined || value.trim() === '') return DEFAULT_RETRY_SECONDS;
  const parts = value.split(',').map((p) => p.trim());
  if (parts.some((p) => !/^\d+(\.\d+)?$/.test(p)) || parts.length > 20)
    throw new Error(`WEBHOOK_RETRY_SECONDS must be up to 20 comma-separated numbers of seconds such as 5,30,120, got "${value}"`);
  return parts.map(Number);
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, got "${value}"`);
  return n;
}

export function webhookConfigFromEnv(env: NodeJS.ProcessEnv): WebhookConfig {
  return {
    retryDelaysMs: retrySeconds(env.WEBHOOK_RETRY_SECONDS).map((s) => Math.round(s * 1000)),
    pauseAfterFailures: positive('WEBHOOK_PAUSE_AFTER_FAILURES', env.WEBHOOK_PAUSE_AFTER_FAILURES, 5),
    pauseAfterMs: 24 * 60 * 60_000,
    timeoutMs: 10_000,
    pollMs: 1_000,
    secretGraceMs: 24 * 60 * 60_000,
    localTargets: env.NODE_ENV !== 'production',
  };
}
