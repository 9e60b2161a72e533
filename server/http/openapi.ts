/**
 * The OpenAPI 3.1 document of the API, built from the contract (api-contract/) that the server
 * also checks its inputs with, so the two cannot drift. Served at GET /api/openapi.json.
 */
import type { TObject, TSchema } from '@sinclair/typebox';
import { ErrorBody } from '../../api-contract/common';
import { API } from '../../api-contract/routes';
import { WEBHOOK_EVENT_MEANINGS, WEBHOOK_EVENT_TYPES, WebhookPayload } from '../../api-contract/webhooks';
import type { Answer, ErrorStatus, FileAnswer, RouteContract } from '../../api-contract/route';
import { ROLE_GRANTS } from '../../permissions/permissions';

type Json = Record<string, unknown>;

/** What each error status means in this API (codes as in server/http/errors.ts). */
const ERROR_MEANINGS: Record<ErrorStatus, string> = {
  400: 'bad_request (a parameter or the body’s shape, naming each field), or bad_json',
  401: 'unauthenticated: no session, or wrong credentials',
  403: 'forbidden (the role may not do this), password_change_required, second_factor_required (with step: code or enrol), or csrf',
  404: 'not_found: no such row, or one the caller may not see (ids reveal nothing)',
  409: 'conflict, illegal_transition or overlap: the request clashes with the current state',
  410: 'retired: the version asked for is no longer answered (`currentVersion` names the one to use)',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed: field problems with dotted paths in `fields`',
  429: 'rate_limited',
};

/** Drops what JSON cannot hold (TypeBox marks its schemas with symbols) and copies. */
function plain(schema: TSchema): Json {
  return JSON.parse(JSON.stringify(schema)) as Json;
}

function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function isFile(answer: Answer): answer is FileAnswer {
  return typeof answer === 'object' && 'file' in answer;
}

function parameters(schema: TObject | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, s]) => {
    const body = plain(s);
    const description = body.description;
    delete body.description;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: body,
    };
  });
}

function successResponse(status: string, answer: Answer): Json {
  if (answer === 'empty') return { description: status === '304' ? 'Not modified (If-None-Match matched the ETag)' : 'Done, no content' };
  if (isFile(answer)) {
    return {
      description: answer.description,
      content: { [answer.file]: { schema: { type: 'string', contentMediaType: answer.file } } },
      ...(answer.headers
        ? { headers: Object.fromEntries(Object.entries(answer.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }])) }
        : {}),
    };
  }
  return { description: 'OK', content: { 'application/json': { schema: plain(answer) } } };
}

/** The errors a route can answer: its own, those of its access, and those of every change. */
function errorStatuses(route: RouteContract): ErrorStatus[] {
  const all = new Set<ErrorStatus>(route.errors);
  if (route.access.kind !== 'public') all.add(401);
  if (route.access.kind === 'staff' || route.access.kind === 'staffSession' || route.access.kind === 'apiKey') all.add(403);
  if (route.method !== 'get' && route.access.kind !== 'apiKey') all.add(403);
  if (route.body) {
    all.add(400);
    all.add(413);
  }
  return [...all].sort((a, b) => a - b);
}

function security(route: RouteContract): Json[] {
  switch (route.access.kind) {
    case 'public':
      return [];
    case 'customer':
      return [{ customerSession: [] }];
    case 'apiKey':
      return [{ apiKey: [route.access.scope] }];
    default:
      return [{ staffSession: [] }];
  }
}

function accessNote(route: RouteContract): string {
  switch (route.access.kind) {
    case 'public':
      return 'Public.';
    case 'customer':
      return 'A signed-in customer (cookie kevyt_customer: by e-mail code, or strongly identified, then also for the company they act for), for their own submissions only.';
    case 'staffSession':
      return 'Any signed-in staff member, also one who must still change a temporary password (not one who still owes the second factor).';
    case 'staffSignIn':
      return 'Any staff member past the password, also one who still owes the second factor (a code, or setting up an authenticator their role requires).';
    case 'staff':
      return `Staff with role ${ROLE_GRANTS[route.access.grant].join(' or ')}.`;
    case 'apiKey':
      return `An API key of the authority with the scope ${route.access.scope} (Authorization: Bearer kvt_…), from an address its allow-list holds; 401 for a missing, unknown, revoked or expired key, 403 for another scope or address. Every use is audited.`;
  }
}

function operation(id: string, route: RouteContract): Json {
  const description = [route.description, accessNote(route), route.method !== 'get' && route.access.kind !== 'apiKey' ? 'Needs the X-CSRF-Token header (GET /api/csrf).' : undefined]
    .filter(Boolean)
    .join('\n\n');
  const responses: Json = {};
  for (const [status, answer] of Object.entries(route.answers)) if (answer) responses[status] = successResponse(status, answer);
  for (const status of errorStatuses(route)) responses[String(status)] = { $ref: `#/components/responses/E${status}` };
  const requestBody = route.body
    ? { required: true, content: { 'application/json': { schema: plain(route.body) } } }
    : route.upload
      ? {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: [route.upload.field],
                properties: { [route.upload.field]: { type: 'string', contentMediaType: 'application/octet-stream', description: route.upload.description } },
              },
            },
          },
        }
      : undefined;
  return {
    operationId: id,
    tags: [route.tag],
    summary: route.summary,
    description,
    security: security(route),
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

/** The deliveries an endpoint receives (OpenAPI 3.1 `webhooks`), one per event type, signed by Standard Webhooks. */
function outgoingWebhooks(): Json {
  const header = (name: string, description: string) => ({ name, in: 'header', required: true, schema: { type: 'string' }, description });
  return Object.fromEntries(
    WEBHOOK_EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook.${type}`,
          tags: ['Webhooks'],
          summary: WEBHOOK_EVENT_MEANINGS[type],
          description: 'Sent to each endpoint subscribed to the event (POST /api/integration/v1/webhooks). Verify the signature over the raw body with a Standard Webhooks library before trusting it; answer 2xx within 10 s, else it is retried with backoff.',
          parameters: [
            header('webhook-id', 'the message id (msg_…): the same on every retry and redelivery, to deduplicate by'),
            header('webhook-timestamp', 'this attempt’s time in seconds since 1970'),
            header('webhook-signature', 'v1,<base64 HMAC-SHA256 of "id.timestamp.body">, one per valid secret separated by spaces (two during a rotation)'),
          ],
          requestBody: { required: true, content: { 'application/json': { schema: plain(WebhookPayload) } } },
          responses: { '2XX': { description: 'received' } },
        },
      },
    ]),
  );
}

export function openApiDocument(): { openapi: string } & Json {
  const paths: Record<string, Json> = {};
  for (const [area, routes] of Object.entries(API)) {
    for (const [name, route] of Object.entries(routes as Record<string, RouteContract>)) {
      const path = openApiPath(route.path);
      paths[path] = { ...paths[path], [route.method]: operation(`${area}.${name}`, route) };
    }
  }
  const statuses = Object.keys(ERROR_MEANINGS);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kevyt API',
      version: '1',
      description:
        'Kevyt: forms and status workflows for Finnish permit authorities. Every error has one shape ' +
        '(components.schemas.Error); field messages of a submission are in the request’s language. ' +
        'Every POST, PUT and DELETE needs the X-CSRF-Token header from GET /api/csrf. See server/API.md for the prose.',
    },
    paths,
    webhooks: outgoingWebhooks(),
    components: {
      schemas: { Error: plain(ErrorBody) },
      responses: Object.fromEntries(
        statuses.map((s) => [
          `E${s}`,
          { description: ERROR_MEANINGS[Number(s) as ErrorStatus], content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        ]),
      ),
      securitySchemes: {
        staffSession: { type: 'apiKey', in: 'cookie', name: 'kevyt_staff', description: 'POST /api/auth/login' },
        customerSession: { type: 'apiKey', in: 'cookie', name: 'kevyt_customer', description: 'POST /api/customer/session' },
        apiKey: { type: 'http', scheme: 'bearer', bearerFormat: 'kvt_<id>_<secret>', description: 'An authority’s API key for its case-management system' },
      },
    },
  };
}
