/**
 * The integration API for an authority's case-management system (asianhallinta): with an API key
 * of the authority (`Authorization: Bearer kvt_…`), pull its cases in a stable order with a cursor
 * and read each with its answers and the reference of its submission contract. Another authority's
 * case is 404.
 */
import { Type, type Static } from '@sinclair/typebox';
import { API_KEY_SCOPES } from '../permissions/permissions';
import { CaseManagementAck, Done, LenientLang } from './common';
import { MessageBody, StepBody, TransitionAnswer } from './desk';
import { route } from './route';
import { Body, ExactText, JsonObject, OneOf, OrNull, PathId, PathText, Text } from './schema-kit';

const tag = 'Integration';
export const MAX_INTEGRATION_LIMIT = 100;

export const IntegrationCaseSummary = Type.Object({
  id: Type.Integer(),
  reference: Type.String({ description: 'the case’s reference, e.g. KV-2026-000123' }),
  service: Type.Object({
    pack: Type.String({ description: 'the pack’s slug' }),
    version: Type.Integer({ description: 'the pack version the case was sent with, forever' }),
    id: Type.String({ description: 'the service’s id in the pack' }),
  }),
  municipality: Type.String({ description: 'the 3-digit code of the municipality the case concerns' }),
  status: Type.String({ description: 'the workflow status id, e.g. RECEIVED' }),
  submittedAt: Type.String(),
  updatedAt: Type.String(),
});
export type IntegrationCaseSummary = Static<typeof IntegrationCaseSummary>;

export const IntegrationCasePage = Type.Object({
  cases: Type.Array(IntegrationCaseSummary),
  cursor: Type.String({ description: 'pass as `after` to continue after the last case of this page (also when it is empty)' }),
  hasMore: Type.Boolean(),
});
export type IntegrationCasePage = Static<typeof IntegrationCasePage>;


export const IntegrationCase = Type.Composite([
  IntegrationCaseSummary,
  Type.Object({
    answers: JsonObject('The answers as stored, valid against `schema`'),
    schema: Type.String({ description: 'URL of the submission contract (JSON Schema 2020-12) of the case’s pack version and service' }),
    contact: Type.Object({ name: Type.String(), email: Type.String(), phone: Type.Union([Type.String(), Type.Null()]) }),
    lang: Type.String({ description: 'the language the customer used: fi, sv or en' }),
    caseManagement: Type.Union([CaseManagementAck, Type.Null()], { description: 'the acknowledgement of the case-management system, once given' }),
  }),
]);
export type IntegrationCase = Static<typeof IntegrationCase>;

export const integrationRoutes = {
  cases: route({
    method: 'get', path: '/api/integration/v1/cases', tag, access: { kind: 'apiKey', scope: 'cases:read' },
    summary: 'The authority’s cases in the order they arrived, after a cursor',
    description: 'Oldest first, by arrival; a page of at most `limit` (default 100). Keep the answer’s `cursor` and ask with `after=<cursor>` for what arrived since: no case is skipped or repeated, also while cases are being sent. Without `after`, from the first case.',
    query: Type.Object({
      after: Type.Optional(ExactText({ maxLength: 100, pattern: '^c[0-9]+$', message: 'Must be a cursor from an earlier page', description: 'the `cursor` of an earlier page' })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_INTEGRATION_LIMIT })),
    }),
    answers: { 200: IntegrationCasePage }, errors: [400],
  }),
  case: route({
    method: 'get', path: '/api/integration/v1/cases/:id', tag, access: { kind: 'apiKey', scope: 'cases:read' },
    summary: 'One case of the authority, with its answers and the reference of its submission contract',
    params: Type.Object({ id: PathId('No such case') }),
    answers: { 200: IntegrationCase }, errors: [404],
  }),
  ack: route({
    method: 'post', path: '/api/integration/v1/cases/:id/ack', tag, access: { kind: 'apiKey', scope: 'cases:read' },
    summary: 'Records that the case reached the case-management system, with its reference there',
    description: 'Part of pulling, so the read scope suffices: it changes no status and sends no message. Idempotent: the same reference again answers the same; the first acknowledgement stays, and another reference for the same case is `409`; a blank reference `422`.',
    params: Type.Object({ id: PathId('No such case') }),
    body: Body({ caseManagementId: Text({ minLength: 1, maxLength: 100, controls: 'line', description: 'the case’s reference in the case-management system (diaarinumero)' }) }),
    answers: { 200: CaseManagementAck }, errors: [404, 409, 422],
  }),
  transition: route({
    method: 'post', path: '/api/integration/v1/cases/:id/transitions', tag, access: { kind: 'apiKey', scope: 'cases:write' },
    summary: 'Move the case’s status, as a handler at the desk would',
    description: 'The workflow’s rules for the handler role: a step the handler may not take is `403`, a step not possible from the current status `409 illegal_transition` naming the status and the allowed events (also in `allowed`); a step that needs a comment (a request for more information’s question, a decision’s text) without one `422`. The customer is alerted as from the desk; the case’s history names the key. `lang` picks the language of the status label in the answer.',
    params: Type.Object({ id: PathId('No such case') }), query: Type.Object({ lang: Type.Optional(LenientLang) }),
    body: StepBody,
    answers: { 200: TransitionAnswer }, errors: [403, 404, 409, 422],
  }),
  message: route({
    method: 'post', path: '/api/integration/v1/cases/:id/messages', tag, access: { kind: 'apiKey', scope: 'cases:write' },
    summary: 'A message to the customer, as from the desk (alerts them)',
    params: Type.Object({ id: PathId('No such case') }),
    body: MessageBody,
    answers: { 201: Done }, errors: [404, 422],
  }),
  decision: route({
    method: 'post', path: '/api/integration/v1/cases/:id/decision', tag, access: { kind: 'apiKey', scope: 'cases:write' },
    summary: 'Record a decision: the written text, a PDF, or both, with the deployment’s appeal instructions',
    description: 'As at the desk. multipart/form-data: `event` (default DECIDE), `text` (up to 20,000 characters) and `file` (a PDF); or JSON `{ event?, text }` for a written decision without a file. 422 without text and file or on a step that records no decision; 409 when the case cannot be decided from its status; 415 when the file is not a PDF.',
    params: Type.Object({ id: PathId('No such case') }), query: Type.Object({ lang: Type.Optional(LenientLang) }),
    upload: { field: 'file', description: 'the decision as a PDF (optional when `text` is given); fields `event` and `text` beside it' },
    answers: { 201: TransitionAnswer }, errors: [400, 403, 404, 409, 413, 415, 422],
  }),
};

export const ApiKeyInfo = Type.Object({
  id: Type.String({ description: 'the key’s public id (the part after kvt_)' }),
  name: Type.String(),
  scopes: Type.Array(OneOf(API_KEY_SCOPES)),
  ipAllowList: OrNull(Type.Array(Type.String()), { description: 'null: from anywhere' }),
  expiresAt: OrNull(Type.String()),
  createdAt: Type.String(),
  revokedAt: OrNull(Type.String()),
  lastUsedAt: OrNull(Type.String()),
});
export type ApiKeyInfo = Static<typeof ApiKeyInfo>;

export const NewApiKey = Body({
  name: Text({ minLength: 1, maxLength: 100, controls: 'line', description: 'what the key is for, e.g. the case-management system’s name' }),
  scopes: Type.Array(OneOf(API_KEY_SCOPES), { minItems: 1, uniqueItems: true }),
  ipAllowList: Type.Optional(Type.Array(Type.String({ maxLength: 64, description: 'an IPv4 or IPv6 address, or an IPv4 range such as 192.0.2.0/24' }), { maxItems: 50 })),
  expiresAt: Type.Optional(ExactText({ maxLength: 40, pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$', message: 'Must be a time such as 2027-12-31T00:00:00Z', description: 'when the key stops working (ISO 8601 with a zone); without it, until revoked' })),
});
export type NewApiKey = Static<typeof NewApiKey>;

export const CreatedApiKey = Type.Composite([ApiKeyInfo, Type.Object({ token: Type.String({ description: 'the whole key, shown this once: only its hash is kept' }) })]);
export type CreatedApiKey = Static<typeof CreatedApiKey>;

const managingKeys = { kind: 'staff', grant: 'integration.manage' } as const;

export const apiKeyRoutes = {
  list: route({
    method: 'get', path: '/api/admin/api-keys', tag: 'Integration', access: managingKeys,
    summary: 'The admin’s authority’s API keys, newest first, revoked ones too (never their secrets)',
    answers: { 200: Type.Array(ApiKeyInfo) }, errors: [],
  }),
  create: route({
    method: 'post', path: '/api/admin/api-keys', tag: 'Integration', access: managingKeys,
    summary: 'Make an API key for the authority; the answer holds the key, shown this once',
    body: NewApiKey,
    answers: { 201: CreatedApiKey }, errors: [422],
  }),
  revoke: route({
    method: 'delete', path: '/api/admin/api-keys/:id', tag: 'Integration', access: managingKeys,
    summary: 'Revoke a key at once: its next request is 401',
    params: Type.Object({ id: PathText('No such API key') }),
    answers: { 204: 'empty' }, errors: [404],
  }),
};
