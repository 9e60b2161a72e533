/**
 * The delivery loop: in the server process, like the alert delivery, it posts each due delivery
 * signed by Standard Webhooks, records every attempt, retries on the schedule, gives up when it is
 * used up, and pauses an endpoint that keeps failing with an alert to the authority's admins.
 * A delivery is claimed with a conditional UPDATE before it is sent, so two loops (two processes
 * on one database) never send it twice; a loop that dies mid-send leaves it due after its lease.
 */
import { isOpen } from '../db/database';
import { performance } from 'node:perf_hooks';
import { adminAlertRow } from '../alerts/outbox';
import { builderLink } from '../alerts/links';
import { auditRecord } from '../audit/log';
import type { AppContext } from '../context';
import { isDelivered, retryDelayMs, shouldPause } from './delivery-schedule';
import { postWebhook } from './post-webhook';
import type { DueDelivery, EndpointFailures, PauseWrite, WebhookAttempt } from './webhook-repository';
import { signingSecrets } from './webhook-secret';
import { signedHeaders } from './webhook-signature';

/** Deliveries sent at once in one round. */
const ROUND_SIZE = 20;
/** Beyond the timeout, how long a claimed delivery is left to its loop before another may take it. */
const LEASE_MARGIN_MS = 30_000;

export interface WebhookRound {
  delivered: number;
  failed: number;
}

function pauseWrite(ctx: AppContext, endpoint: EndpointFailures): PauseWrite {
  return {
    alerts: [adminAlertRow(ctx, endpoint.authorityId, { kind: 'webhook_paused', url: endpoint.url, failures: endpoint.consecutiveFailures, link: builderLink(ctx.config, 'webhooks') })],
    audit: auditRecord(ctx, {
      actor: { kind: 'system' }, action: 'webhook.endpoint.pause', targetType: 'webhook_endpoint', targetId: endpoint.id,
      details: { consecutiveFailures: endpoint.consecutiveFailures, failingSince: endpoint.failingSince },
    }),
  };
}

/** Sends one claimed delivery; whether it was delivered. */
async function send(ctx: AppContext, d: DueDelivery): Promise<boolean> {
  const config = ctx.config.webhooks;
  const started = ctx.now();
  let outcome: Awaited<ReturnType<typeof postWebhook>>;
  const t0 = performance.now();
  try {
    const secrets = signingSecrets(ctx.config.sessionSecret, d, started);
    outcome = await postWebhook(d.url, { ...signedHeaders(d.msgId, started, d.payloadJson, secrets) }, d.payloadJson, config);
  } catch (err) {
    outcome = { statusCode: null, error: err instanceof Error ? err.message : String(err) };
  }
  const attempt: WebhookAttempt = { at: started.toISOString(), statusCode: outcome.statusCode, error: outcome.error, durationMs: Math.round(performance.now() - t0) };
  // The server may have stopped while the request was under way; the claim's lease runs out and the delivery is due again.
  if (!isOpen(ctx.database)) return false;
  if (outcome.statusCode !== null && isDelivered(outcome.statusCode)) {
    await ctx.repos.webhooks.recordSuccess(d, attempt);
    return true;
  }
  const now = ctx.now();
  const delay = retryDelayMs(d.attempts + 1, config.retryDelaysMs);
  await ctx.repos.webhooks.recordFailure(
    d, attempt,
    delay === null ? { kind: 'failed' } : { kind: 'retry', nextAttemptAt: new Date(now.getTime() + delay).toISOString() },
    (endpoint) => (shouldPause(endpoint, now, config) ? pauseWrite(ctx, endpoint) : null),
  );
  return false;
}

/** One round: every delivery due now (up to a round's size), sent side by side. */
export async function deliverDueWebhooks(ctx: AppContext): Promise<WebhookRound> {
  const now = ctx.now();
  const lease = new Date(now.getTime() + ctx.config.webhooks.timeoutMs + LEASE_MARGIN_MS).toISOString();
  const claimed = [];
  for (const d of await ctx.repos.webhooks.due(now.toISOString(), ROUND_SIZE)) if (await ctx.repos.webhooks.claim(d, lease)) claimed.push(d);
  const results = await Promise.all(claimed.map((d) => send(ctx, d)));
  return { delivered: results.filter(Boolean).length, failed: results.filter((r) => !r).length };
}

/** Starts the loop; returns the function that stops it. */
export function startWebhookDelivery(ctx: AppContext): () => void {
  let stopped = false;
  let busy = false;
  const tick = () => {
    if (busy || stopped || !isOpen(ctx.database)) return;
    busy = true;
    deliverDueWebhooks(ctx)
      .catch((err: unknown) => console.error('Webhook delivery failed:', err))
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, ctx.config.webhooks.pollMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
