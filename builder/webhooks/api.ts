/** The admin's webhook endpoints and deliveries (server/webhooks/webhook-admin.ts, contract api-contract/webhooks.ts). */
import type { CreatedWebhookEndpoint, NewWebhookEndpoint, RedeliveredCount, RotatedWebhookSecret, WebhookDelivery, WebhookEndpoint } from '../../api-contract';
import { api } from '../../ui/api/http';

export type { CreatedWebhookEndpoint, NewWebhookEndpoint, WebhookDelivery, WebhookEndpoint };

const base = '/api/admin/webhooks';

export const listEndpoints = () => api<WebhookEndpoint[]>('GET', base);
export const createEndpoint = (body: NewWebhookEndpoint) => api<CreatedWebhookEndpoint>('POST', base, body);
export const deleteEndpoint = (id: number) => api<void>('DELETE', `${base}/${id}`);
export const rotateSecret = (id: number) => api<RotatedWebhookSecret>('POST', `${base}/${id}/secret`);
export const resumeEndpoint = (id: number) => api<WebhookEndpoint>('POST', `${base}/${id}/resume`);
export const listDeliveries = (id: number) => api<WebhookDelivery[]>('GET', `${base}/${id}/deliveries?limit=20`);
export const redeliver = (id: number, deliveryId: number) => api<WebhookDelivery>('POST', `${base}/${id}/deliveries/${deliveryId}/redeliver`);
export const redeliverFailed = (id: number) => api<RedeliveredCount>('POST', `${base}/${id}/redeliver-failed`);
