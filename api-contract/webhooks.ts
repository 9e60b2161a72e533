/**
 * Webhooks (Standard Webhooks): an authority's endpoints, each subscribed to some of the case
 * events, signed with a secret shown once, and the delivery console (every attempt, redelivery).
 * The same routes twice: for the authority admin in the builder, and for the case-management
 * system with an API key of the scope `webhooks:manage`. Another authority's endpoint is 404.
 */
import { Type, type Static } from '@sinclair/typebox';
import { route, type Access } from './route';
import { Body, ExactText, OneOf, OrNull, PathId, Text } from './schema-kit';
import { WEBHOOK_DELIVERY_STATES, WEBHOOK_EVENT_TYPES } from './webhook-event-types';

export { WEBHOOK_DELIVERY_STATES, WEBHOOK_EVENT_TYPES, type WebhookDeliveryState, type WebhookEventType } from './webhook-event-types';

export const MAX_WEBHOOK_URL = 2000;
export const MAX_DELIVERY_PAGE = 100;

const EventTypes = Type.Array(OneOf(WEBHOOK_EVENT_TYPES), {
  minItems: 1, uniqueItems: true,
  description: 'case.submitted, case.supplemented (the customer answered a request for more information), case.cancelled (by the customer), case.status_changed (every status step), message.received (a message from the customer)',
});

export const WebhookEndpoint = Type.Object({
  id: Type.Integer(),
  url: Type.String(),
  description: Type.String(),
  events: Type.Array(OneOf(WEBHOOK_EVENT_TYPES)),
  state: OneOf(['active', 'paused'] as const, { description: 'paused: after repeated failed deliveries; events wait in the queue until resumed' }),
  pausedAt: OrNull(Type.String()),
  consecutiveFailures: Type.Integer({ description: 'deliveries failed for good since the last success' }),
  previousSecretValidUntil: OrNull(Type.String(), { description: 'after a rotation, until when the replaced secret still signs each delivery beside the new one' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type WebhookEndpoint = Static<typeof WebhookEndpoint>;

const Secret = Type.String({ description: 'the signing secret (whsec_…), shown this once: keep it where the receiver verifies signatures' });

export const CreatedWebhookEndpoint = Type.Composite([WebhookEndpoint, Type.Object({ secret: Secret })]);
export type CreatedWebhookEndpoint = Static<typeof CreatedWebhookEndpoint>;

const Url = ExactText({
  minLength: 1, maxLength: MAX_WEBHOOK_URL, controls: 'line',
  description: 'https URL of the receiver (plain http only to 127.0.0.1 or localhost outside production); no credentials in it, and in production no private or link-local address',
});
const Description = Text({ maxLength: 200, controls: 'line', description: 'what the endpoint is, e.g. the case-management system’s name' });

export const NewWebhookEndpoint = Body({ url: Url, description: Type.Optional(Description), events: EventTypes });
export type NewWebhookEndpoint = Static<typeof NewWebhookEndpoint>;

export const WebhookEndpointChanges = Body({ url: Type.Optional(Url), description: Type.Optional(Description), events: Type.Optional(EventTypes) });
export type WebhookEndpointChanges = Static<typeof WebhookEndpointChanges>;

export const RotatedWebhookSecret = Type.Object({
  secret: Secret,
  previousSecretValidUntil: Type.String({ description: 'until then deliveries carry a signature by the old secret too' }),
});
export type RotatedWebhookSecret = Static<typeof RotatedWebhookSecret>;

export const WebhookAttempt = Type.Object({
  at: Type.String(),
  statusCode: OrNull(Type.Integer(), { description: 'the receiver’s HTTP status; null when no answer came (see error)' }),
  error: OrNull(Type.String()),
  durationMs: Type.Integer(),
});
export type WebhookAttempt = Static<typeof WebhookAttempt>;

export const WebhookDelivery = Type.Object({
  id: Type.Integer(),
  msgId: Type.String({ description: 'the webhook-id header: the same on every retry and redelivery' }),
  eventType: OneOf(WEBHOOK_EVENT_TYPES),
  caseId: OrNull(Type.Integer()),
  reference: OrNull(Type.String()),
  status: OneOf(WEBHOOK_DELIVERY_STATES, { description: 'pending: queued or waiting for a retry (or held while the endpoint is paused)' }),
  nextAttemptAt: OrNull(Type.String()),
  createdAt: Type.String(),
  deliveredAt: OrNull(Type.String()),
  attempts: Type.Array(WebhookAttempt, { description: 'every attempt, oldest first, redeliveries included' }),
});
export type WebhookDelivery = Static<typeof WebhookDelivery>;

export const RedeliveredCount = Type.Object({ count: Type.Integer({ description: 'how many failed deliveries were queued again' }) });
export type RedeliveredCount = Static<typeof RedeliveredCount>;

const EndpointId = Type.Object({ id: PathId('No such webhook endpoint') });

/** What each event means, for the OpenAPI document's `webhooks`. */
export const WEBHOOK_EVENT_MEANINGS: Record<(typeof WEBHOOK_EVENT_TYPES)[number], string> = {
  'case.submitted': 'A customer sent a case to the authority.',
  'case.supplemented': 'The customer supplemented a case (answered a request for more information); read its new answers.',
  'case.cancelled': 'The customer cancelled a case (also sent as case.status_changed).',
  'case.status_changed': 'A case’s status changed, by a handler, the case-management system or the customer; `previousStatus` and `event` name the step.',
  'message.received': 'The customer sent a message about a case; read it with the key.',
};

/** The body of every delivery: thin, as Standard Webhooks advises; the receiver reads the case with its API key. */
export const WebhookPayload = Type.Object({
  type: OneOf(WEBHOOK_EVENT_TYPES),
  timestamp: Type.String({ description: 'when the event happened (ISO 8601)' }),
  data: Type.Object({
    caseId: Type.Integer({ description: 'GET /api/integration/v1/cases/{caseId}' }),
    reference: Type.String({ description: 'e.g. KV-2026-000123' }),
    status: Type.String({ description: 'the case’s workflow status after the event' }),
    previousStatus: Type.Optional(Type.String({ description: 'a status step’s status before it' })),
    event: Type.Optional(Type.String({ description: 'a status step’s workflow event, e.g. RECEIVE, CANCEL' })),
  }),
});
export type WebhookPayload = Static<typeof WebhookPayload>;

const PAYLOAD_NOTE =
  'Each delivery is a POST of `{ type, timestamp, data: { caseId, reference, status, previousStatus?, event? } }` (never answers, messages or personal data: ' +
  'read the case with an API key), signed by the Standard Webhooks specification: headers `webhook-id`, `webhook-timestamp` and `webhook-signature`. ' +
  'A 2xx answer within 10 s is a delivery; anything else is retried with backoff, and after repeated failures the endpoint is paused and the authority’s admins are alerted.';

/** The webhook routes under `base`, for one kind of caller. */
function webhookRoutes<const B extends string>(base: B, access: Access, tag: string) {
  return {
    list: route({
      method: 'get', path: `${base}`, tag, access,
      summary: 'The authority’s webhook endpoints, newest first (never their secrets)',
      answers: { 200: Type.Array(WebhookEndpoint) }, errors: [],
    }),
    create: route({
      method: 'post', path: `${base}`, tag, access,
      summary: 'Register a webhook endpoint; the answer holds its signing secret, shown this once',
      description: `${PAYLOAD_NOTE} A URL that may not be used is 422 naming \`url\` and why.`,
      body: NewWebhookEndpoint,
      answers: { 201: CreatedWebhookEndpoint }, errors: [422],
    }),
    get: route({
      method: 'get', path: `${base}/:id`, tag, access,
      summary: 'One webhook endpoint',
      params: EndpointId,
      answers: { 200: WebhookEndpoint }, errors: [404],
    }),
    update: route({
      method: 'patch', path: `${base}/:id`, tag, access,
      summary: 'Change an endpoint’s URL, description or events (its secret stays)',
      params: EndpointId, body: WebhookEndpointChanges,
      answers: { 200: WebhookEndpoint }, errors: [404, 422],
    }),
    remove: route({
      method: 'delete', path: `${base}/:id`, tag, access,
      summary: 'Delete an endpoint with its queued deliveries and their history',
      params: EndpointId,
      answers: { 204: 'empty' }, errors: [404],
    }),
    rotateSecret: route({
      method: 'post', path: `${base}/:id/secret`, tag, access,
      summary: 'A new signing secret, shown this once; the old one keeps signing for a grace period (24 h)',
      description: 'During the grace period each delivery’s `webhook-signature` holds two signatures separated by a space, one by each secret, so the receiver may switch at any time in between.',
      params: EndpointId,
      answers: { 200: RotatedWebhookSecret }, errors: [404],
    }),
    resume: route({
      method: 'post', path: `${base}/:id/resume`, tag, access,
      summary: 'Resume a paused endpoint: the events queued meanwhile are delivered',
      params: EndpointId,
      answers: { 200: WebhookEndpoint }, errors: [404, 409],
    }),
    deliveries: route({
      method: 'get', path: `${base}/:id/deliveries`, tag, access,
      summary: 'The endpoint’s newest deliveries, each with every attempt (time, status code or error, duration)',
      params: EndpointId,
      query: Type.Object({
        status: Type.Optional(OneOf(WEBHOOK_DELIVERY_STATES)),
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_DELIVERY_PAGE, description: 'default 50' })),
      }),
      answers: { 200: Type.Array(WebhookDelivery) }, errors: [400, 404],
    }),
    redeliver: route({
      method: 'post', path: `${base}/:id/deliveries/:deliveryId/redeliver`, tag, access,
      summary: 'Send a delivered or failed delivery again, with the same webhook-id',
      params: Type.Object({ id: PathId('No such webhook endpoint'), deliveryId: PathId('No such delivery') }),
      answers: { 200: WebhookDelivery }, errors: [404, 409],
    }),
    redeliverFailed: route({
      method: 'post', path: `${base}/:id/redeliver-failed`, tag, access,
      summary: 'Send every failed delivery of the endpoint again',
      params: EndpointId,
      answers: { 200: RedeliveredCount }, errors: [404],
    }),
  };
}

/** The authority admin's, in the builder (signed in, CSRF token). */
export const webhookAdminRoutes = webhookRoutes('/api/admin/webhooks', { kind: 'staff', grant: 'webhooks.manage' }, 'Webhooks');
/** The case-management system's, with an API key of the scope `webhooks:manage`. */
export const webhookIntegrationRoutes = webhookRoutes('/api/integration/v1/webhooks', { kind: 'apiKey', scope: 'webhooks:manage' }, 'Webhooks');
