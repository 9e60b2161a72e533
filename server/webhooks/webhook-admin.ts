/**
 * Managing an authority's webhook endpoints and their deliveries: the same functions for the
 * admin in the builder and for the case-management system with a `webhooks:manage` key. Each
 * change writes its audit row in its own unit of work; another authority's endpoint is 404.
 */
import type {
  CreatedWebhookEndpoint, NewWebhookEndpoint, RotatedWebhookSecret, WebhookDelivery, WebhookDeliveryState, WebhookEndpoint, WebhookEndpointChanges,
} from '../../api-contract/webhooks';
import type { AuditActor } from '../audit/audit-actor';
import { auditRecord } from '../audit/log';
import type { AppContext } from '../context';
import { conflict, notFound, unprocessable } from '../http/errors';
import { endpointUrlProblem } from './endpoint-url';
import type { WebhookDeliveryRow, WebhookEndpointRow } from './webhook-repository';
import { newWebhookSecret, sealWebhookSecret } from './webhook-secret';

const DEFAULT_DELIVERY_PAGE = 50;

export function endpointInfo(row: WebhookEndpointRow, now: Date): WebhookEndpoint {
  const graceLeft = row.previousSecretExpiresAt !== null && new Date(row.previousSecretExpiresAt).getTime() > now.getTime();
  return {
    id: row.id, url: row.url, description: row.description, events: [...row.events],
    state: row.pausedAt === null ? 'active' : 'paused', pausedAt: row.pausedAt, consecutiveFailures: row.consecutiveFailures,
    previousSecretValidUntil: graceLeft ? row.previousSecretExpiresAt : null, createdAt: row.createdAt, updatedAt: row.updatedAt,
  };
}

async function ownEndpoint(ctx: AppContext, authorityId: string, id: number): Promise<WebhookEndpointRow> {
  const row = await ctx.repos.webhooks.byId(id, authorityId);
  // Another authority's endpoint is as absent as one that never was.
  if (!row) throw notFound('No such webhook endpoint');
  return row;
}

function checkUrl(ctx: AppContext, url: string): string {
  const problem = endpointUrlProblem(url, { localTargets: ctx.config.webhooks.localTargets });
  if (problem !== null) throw unprocessable(`The URL cannot be used: ${problem}`, [{ path: 'url', message: problem }]);
  return url;
}

const target = (id: number) => ({ targetType: 'webhook_endpoint', targetId: id });

export async function listEndpoints(ctx: AppContext, authorityId: string): Promise<WebhookEndpoint[]> {
  const now = ctx.now();
  return (await ctx.repos.webhooks.list(authorityId)).map((row) => endpointInfo(row, now));
}

export async function getEndpoint(ctx: AppContext, authorityId: string, id: number): Promise<WebhookEndpoint> {
  return endpointInfo(await ownEndpoint(ctx, authorityId, id), ctx.now());
}

export async function createEndpoint(ctx: AppContext, authorityId: string, input: NewWebhookEndpoint, actor: AuditActor): Promise<CreatedWebhookEndpoint> {
  const url = checkUrl(ctx, input.url);
  const secret = newWebhookSecret();
  const at = ctx.now().toISOString();
  const id = await ctx.repos.webhooks.create(
    { authorityId, url, description: input.description ?? '', events: input.events, secretSealed: sealWebhookSecret(ctx.config.sessionSecret, secret), at },
    (newId) => auditRecord(ctx, { actor, action: 'webhook.endpoint.create', ...target(newId), details: { url, events: input.events } }),
  );
  return { ...await getEndpoint(ctx, authorityId, id), secret };
}

export async function updateEndpoint(ctx: AppContext, authorityId: string, id: number, changes: WebhookEndpointChanges, actor: AuditActor): Promise<WebhookEndpoint> {
  await ownEndpoint(ctx, authorityId, id);
  if (changes.url === undefined && changes.description === undefined && changes.events === undefined)
    throw unprocessable('Nothing to change', [{ path: 'url', message: 'Give url, description or events' }]);
  if (changes.url !== undefined) checkUrl(ctx, changes.url);
  const at = ctx.now().toISOString();
  await ctx.repos.webhooks.update(id, authorityId, changes, at, auditRecord(ctx, { actor, action: 'webhook.endpoint.update', ...target(id), details: changes }));
  return getEndpoint(ctx, authorityId, id);
}

export async function deleteEndpoint(ctx: AppContext, authorityId: string, id: number, actor: AuditActor): Promise<void> {
  const row = await ownEndpoint(ctx, authorityId, id);
  const removed = await ctx.repos.webhooks.remove(id, authorityId, auditRecord(ctx, { actor, action: 'webhook.endpoint.delete', ...target(id), details: { url: row.url } }));
  if (!removed) throw notFound('No such webhook endpoint');
}

export async function rotateSecret(ctx: AppContext, authorityId: string, id: number, actor: AuditActor): Promise<RotatedWebhookSecret> {
  const row = await ownEndpoint(ctx, authorityId, id);
  const secret = newWebhookSecret();
  const now = ctx.now();
  const previousExpiresAt = new Date(now.getTime() + ctx.config.webhooks.secretGraceMs).toISOString();
  const rotated = await ctx.repos.webhooks.rotateSecret(
    id, authorityId,
    { secretSealed: sealWebhookSecret(ctx.config.sessionSecret, secret), previousSecretSealed: row.secretSealed, previousExpiresAt },
    now.toISOString(),
    auditRecord(ctx, { actor, action: 'webhook.endpoint.rotate_secret', ...target(id), details: { previousSecretValidUntil: previousExpiresAt } }),
  );
  if (!rotated) throw notFound('No such webhook endpoint');
  return { secret, previousSecretValidUntil: previousExpiresAt };
}

export async function resumeEndpoint(ctx: AppContext, authorityId: string, id: number, actor: AuditActor): Promise<WebhookEndpoint> {
  await ownEndpoint(ctx, authorityId, id);
  const resumed = await ctx.repos.webhooks.resume(id, authorityId, ctx.now().toISOString(), auditRecord(ctx, { actor, action: 'webhook.endpoint.resume', ...target(id) }));
  if (!resumed) throw conflict('The endpoint is not paused', [{ path: 'state', message: 'Only a paused endpoint can be resumed' }]);
  return getEndpoint(ctx, authorityId, id);
}

async function deliveryInfo(ctx: AppContext, rows: WebhookDeliveryRow[]): Promise<WebhookDelivery[]> {
  const attempts = await ctx.repos.webhooks.attemptsOf(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, msgId: r.msgId, eventType: r.eventType as WebhookDelivery['eventType'], caseId: r.submissionId, reference: r.reference,
    status: r.status, nextAttemptAt: r.nextAttemptAt, createdAt: r.createdAt, deliveredAt: r.deliveredAt,
    attempts: attempts.filter((a) => a.deliveryId === r.id).map(({ at, statusCode, error, durationMs }) => ({ at, statusCode, error, durationMs })),
  }));
}

export async function listDeliveries(ctx: AppContext, authorityId: string, id: number, query: { status?: WebhookDeliveryState; limit?: number }): Promise<WebhookDelivery[]> {
  await ownEndpoint(ctx, authorityId, id);
  return deliveryInfo(ctx, await ctx.repos.webhooks.deliveries(id, query.status ?? null, query.limit ?? DEFAULT_DELIVERY_PAGE));
}

export async function redeliver(ctx: AppContext, authorityId: string, id: number, deliveryId: number, actor: AuditActor): Promise<WebhookDelivery> {
  await ownEndpoint(ctx, authorityId, id);
  const row = await ctx.repos.webhooks.delivery(id, deliveryId);
  if (!row) throw notFound('No such delivery');
  const audit = auditRecord(ctx, { actor, action: 'webhook.delivery.redeliver', targetType: 'webhook_delivery', targetId: deliveryId, details: { endpointId: id, msgId: row.msgId } });
  if (!await ctx.repos.webhooks.redeliver(id, deliveryId, ctx.now().toISOString(), audit))
    throw conflict('The delivery is queued already', [{ path: 'status', message: 'A pending delivery is sent (or retried) anyway' }]);
  const again = await ctx.repos.webhooks.delivery(id, deliveryId);
  if (!again) throw notFound('No such delivery');
  return (await deliveryInfo(ctx, [again]))[0];
}

export async function redeliverFailed(ctx: AppContext, authorityId: string, id: number, actor: AuditActor): Promise<{ count: number }> {
  await ownEndpoint(ctx, authorityId, id);
  const count = await ctx.repos.webhooks.redeliverFailed(id, ctx.now().toISOString(), (n) =>
    auditRecord(ctx, { actor, action: 'webhook.delivery.redeliver_failed', ...target(id), details: { count: n } }));
  return { count };
}
