/**
 * The events a webhook endpoint may subscribe to, as a plain value: the builder's webhook console
 * lists them, so it imports this module itself (it holds no schema code). The server derives them
 * from a case's history (server/webhooks/webhook-events.ts).
 */
export const WEBHOOK_EVENT_TYPES = ['case.submitted', 'case.supplemented', 'case.cancelled', 'case.status_changed', 'message.received'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The states of a delivery in the console: queued (or retrying), delivered, failed for good. */
export const WEBHOOK_DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryState = (typeof WEBHOOK_DELIVERY_STATES)[number];
