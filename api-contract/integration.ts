/**
 * The integration API for an authority's case-management system (asianhallinta): with an API key
 * of the authority (`Authorization: Bearer kvt_…`), pull its new and changed cases in a stable order
 * with a cursor, read each with its answers, attachments and the reference of its submission
 * contract, and download the attachments. Another authority's case is 404. The examples here are
 * what the OpenAPI document shows (server/http/openapi.ts); the openapi test checks each against its
 * schema.
 */
import { Type, type Static } from '@sinclair/typebox';
import { API_KEY_SCOPES } from '../permissions/permissions';
import { CaseManagementAck, Done, LenientLang } from './common';
import { MessageBody, StepBody, TransitionAnswer } from './desk';
import { route } from './route';
import { Body, ExactText, JsonObject, OneOf, OrNull, PathId, PathText, Text, WithExamples } from './schema-kit';

const tag = 'Integration';
export const MAX_INTEGRATION_LIMIT = 100;

/** What made a case new or changed in the feed: the kind of its latest history row that counts. */
export const FEED_CHANGE_KINDS = ['submitted', 'status', 'supplement', 'message'] as const;
export const CHANGE_ACTORS = ['customer', 'handler', 'system', 'apiKey'] as const;

const EXAMPLE_HOST = 'https://kevyt.hel.fi';
const EXAMPLE_FILE = '3f9c1e52-7a4b-4d0e-9b61-2c8d5f0a1e77';

const exampleSummary = {
  id: 4711,
  reference: 'KV-2026-004711',
  service: { pack: 'event-organising', version: 4, id: 'event-noise' },
  municipality: '091',
  status: 'INFO_REQUESTED',
  submittedAt: '2026-12-01T08:15:02.114Z',
  updatedAt: '2026-12-02T10:03:40.500Z',
  lastChange: { kind: 'status', at: '2026-12-02T10:03:40.500Z', by: 'handler' },
} as const;

export const IntegrationCaseChange = Type.Object(
  {
    kind: OneOf(FEED_CHANGE_KINDS, {
      description: 'submitted: the case arrived; status: a status step (a decision, a cancellation by the customer among them); supplement: the customer changed the answers; message: a message to or from the customer',
    }),
    at: Type.String({ description: 'when, ISO 8601' }),
    by: OneOf(CHANGE_ACTORS, { description: 'who made it: apiKey is a write-back through this API (yours, or another key’s of the authority)' }),
  },
  { description: 'the case’s latest change, the one that put it at its place in the list' },
);
export type IntegrationCaseChange = Static<typeof IntegrationCaseChange>;

export const IntegrationCaseSummary = Type.Object(
  {
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
    updatedAt: Type.String({ description: 'when the case last changed in any way, also in the desk’s own work (a note, an assignment)' }),
    lastChange: IntegrationCaseChange,
  },
  { examples: [exampleSummary] },
);
export type IntegrationCaseSummary = Static<typeof IntegrationCaseSummary>;

export const IntegrationCasePage = Type.Object(
  {
    cases: Type.Array(IntegrationCaseSummary),
    cursor: Type.String({ description: 'pass as `after` to continue after the last case of this page (also when it is empty)' }),
    hasMore: Type.Boolean(),
  },
  {
    examples: [
      {
        cases: [
          exampleSummary,
          {
            id: 4790, reference: 'KV-2026-004790', service: { pack: 'event-organising', version: 4, id: 'public-event-police' }, municipality: '091',
            status: 'SUBMITTED', submittedAt: '2026-12-02T10:05:11.020Z', updatedAt: '2026-12-02T10:05:11.020Z',
            lastChange: { kind: 'submitted', at: '2026-12-02T10:05:11.020Z', by: 'customer' },
          },
        ],
        cursor: 's90215',
        hasMore: false,
      },
    ],
  },
);
export type IntegrationCasePage = Static<typeof IntegrationCasePage>;

export const IntegrationAttachment = Type.Object({
  id: Type.String({ description: 'the file’s id' }),
  path: OrNull(Type.String(), {
    description: 'where `answers` names the file, e.g. noiseSourceMap.0; null when a supplement took it out of the answers (the file stays with the case)',
  }),
  name: Type.String({ description: 'the file name as stored and downloaded (cleaned of folders and control characters)' }),
  type: Type.String({ description: 'the media type, checked against the content at upload' }),
  size: Type.Integer({ description: 'bytes' }),
  sha256: Type.String({ description: 'SHA-256 of the content, hex: compare it with what you downloaded' }),
  href: Type.String({ description: 'where to download it (needs the attachments:read scope)' }),
});
export type IntegrationAttachment = Static<typeof IntegrationAttachment>;

export const IntegrationCase = Type.Composite(
  [
    IntegrationCaseSummary,
    Type.Object({
      answers: JsonObject('The answers as stored, valid against `schema`'),
      schema: Type.String({ description: 'URL of the submission contract (JSON Schema 2020-12) of the case’s pack version and service' }),
      contact: Type.Object({ name: Type.String(), email: Type.String(), phone: Type.Union([Type.String(), Type.Null()]) }),
      lang: Type.String({ description: 'the language the customer used: fi, sv or en' }),
      caseManagement: Type.Union([CaseManagementAck, Type.Null()], { description: 'the acknowledgement of the case-management system, once given' }),
      attachments: Type.Array(IntegrationAttachment, { description: 'the case’s files, in upload order' }),
    }),
  ],
  {
    examples: [
      {
        ...exampleSummary,
        answers: {
          organiser: { organiserType: 'association', organiserName: 'Kallion Kulttuuriyhdistys ry', organiserBusinessId: '1618033-3' },
          event: { eventName: 'Kallion kesäsoitto', eventPlace: 'Karhupuisto', eventMunicipality: '091', eventDates: { start: '2027-06-11', end: '2027-06-12' } },
          nearestDwellingMetres: 180,
          noiseSourceMap: [EXAMPLE_FILE],
        },
        schema: `${EXAMPLE_HOST}/api/packs/event-organising/versions/4/services/event-noise/schema`,
        contact: { name: 'Saara Virtanen', email: 'saara.virtanen@example.fi', phone: '+358 40 765 4321' },
        lang: 'fi',
        caseManagement: { caseManagementId: 'HEL 2026-012345', acknowledgedAt: '2026-12-01T08:20:41.003Z' },
        attachments: [
          {
            id: EXAMPLE_FILE, path: 'noiseSourceMap.0', name: 'melulähteet.pdf', type: 'application/pdf', size: 48213,
            sha256: '9f2b5c0e4d8a7f61c3b2e1d0a9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c',
            href: `${EXAMPLE_HOST}/api/integration/v1/cases/4711/attachments/${EXAMPLE_FILE}`,
          },
        ],
      },
    ],
  },
);
export type IntegrationCase = Static<typeof IntegrationCase>;

const exampleTransition = { status: 'INFO_REQUESTED', statusRef: { id: 'INFO_REQUESTED', label: 'Lisätietoja pyydetty' } };

export const integrationRoutes = {
  cases: route({
    method: 'get', path: '/api/integration/v1/cases', tag, access: { kind: 'apiKey', scope: 'cases:read' },
    summary: 'The authority’s new and changed cases, in the order of their latest change, after a cursor',
    description: 'A case is listed at its latest change: its arrival, a status step, a supplement of its answers, or a message to or from the customer (`lastChange` says which; a note or an assignment at the desk is no change here). A page holds at most `limit` cases (default 100), oldest change first. Keep the answer’s `cursor` and ask with `after=<cursor>` for what is new or changed since: no case is skipped, and none comes twice unless it changed again in between, also while cases are being sent and handled. Without `after`, every case of the authority once, at its latest change. A case removed as spam leaves the list (and its GET is 404). The first cursors of this API (`c…`, by arrival) are refused with 400.',
    query: Type.Object({
      after: Type.Optional(ExactText({ maxLength: 100, pattern: '^[a-z][0-9]+$', message: 'Must be a cursor from an earlier page', description: 'the `cursor` of an earlier page', examples: ['s90215'] })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_INTEGRATION_LIMIT, examples: [100] })),
    }),
    answers: { 200: IntegrationCasePage }, errors: [400],
  }),
  case: route({
    method: 'get', path: '/api/integration/v1/cases/:id', tag, access: { kind: 'apiKey', scope: 'cases:read' },
    summary: 'One case of the authority, with its answers, its attachments and the reference of its submission contract',
    params: Type.Object({ id: PathId('No such case') }),
    answers: { 200: IntegrationCase }, errors: [404],
  }),
  attachment: route({
    method: 'get', path: '/api/integration/v1/cases/:id/attachments/:attachmentId', tag, access: { kind: 'apiKey', scope: 'attachments:read' },
    summary: 'Download one attachment of the case',
    description: 'The file as stored, with its media type (`type` in the case’s `attachments`), `Content-Disposition: attachment` with its name, `X-Content-Type-Options: nosniff`; check it against `sha256`. 404 for a file of another case, or for another authority’s case. Each download is audited.',
    params: Type.Object({ id: PathId('No such case'), attachmentId: PathText('No such attachment in this case', 'the attachment’s `id` in the case') }),
    answers: {
      200: {
        file: 'application/octet-stream',
        description: 'the file, with its own media type',
        headers: { 'Content-Disposition': 'attachment; filename="<name>"; filename*=UTF-8\'\'<name>', 'X-Content-Type-Options': 'nosniff' },
      },
    },
    errors: [404],
  }),
  ack: route({
    method: 'post', path: '/api/integration/v1/cases/:id/ack', tag, access: { kind: 'apiKey', scope: 'cases:read' },
    summary: 'Records that the case reached the case-management system, with its reference there',
    description: 'Part of pulling, so the read scope suffices: it changes no status and sends no message. Idempotent: the same reference again answers the same; the first acknowledgement stays, and another reference for the same case is `409`; a blank reference `422`.',
    params: Type.Object({ id: PathId('No such case') }),
    body: Body(
      { caseManagementId: Text({ minLength: 1, maxLength: 100, controls: 'line', description: 'the case’s reference in the case-management system (diaarinumero)' }) },
      { examples: [{ caseManagementId: 'HEL 2026-012345' }] },
    ),
    answers: { 200: WithExamples(CaseManagementAck, [{ caseManagementId: 'HEL 2026-012345', acknowledgedAt: '2026-12-01T08:20:41.003Z' }]) }, errors: [404, 409, 422],
  }),
  transition: route({
    method: 'post', path: '/api/integration/v1/cases/:id/transitions', tag, access: { kind: 'apiKey', scope: 'cases:write' },
    summary: 'Move the case’s status, as a handler at the desk would',
    description: 'The workflow’s rules for the handler role: a step the handler may not take is `403`, a step not possible from the current status `409 illegal_transition` naming the status and the allowed events (also in `allowed`); a step that needs a comment (a request for more information’s question, a decision’s text) without one `422`. The customer is alerted as from the desk; the case’s history names the key. `lang` picks the language of the status label in the answer.',
    params: Type.Object({ id: PathId('No such case') }), query: Type.Object({ lang: Type.Optional(LenientLang) }),
    body: WithExamples(StepBody, [{ event: 'REQUEST_INFO', comment: 'Lisätkää karttaan melulähteiden sijainnit ja kaiuttimien suunnat.', replyBy: '2026-12-21' }, { event: 'RECEIVE' }]),
    answers: { 200: WithExamples(TransitionAnswer, [exampleTransition]) }, errors: [403, 404, 409, 422],
  }),
  message: route({
    method: 'post', path: '/api/integration/v1/cases/:id/messages', tag, access: { kind: 'apiKey', scope: 'cases:write' },
    summary: 'A message to the customer, as from the desk (alerts them)',
    params: Type.Object({ id: PathId('No such case') }),
    body: WithExamples(MessageBody, [{ body: 'Hakemuksenne on kirjattu asianhallintaan diaarinumerolla HEL 2026-012345.' }]),
    answers: { 201: WithExamples(Done, [{ ok: true }]) }, errors: [404, 422],
  }),
  decision: route({
    method: 'post', path: '/api/integration/v1/cases/:id/decision', tag, access: { kind: 'apiKey', scope: 'cases:write' },
    summary: 'Record a decision: the written text, a PDF, or both, with the deployment’s appeal instructions',
    description: 'As at the desk. multipart/form-data: `event` (default DECIDE), `text` (up to 20,000 characters) and `file` (a PDF); or JSON `{ event?, text }` for a written decision without a file. 422 without text and file or on a step that records no decision; 409 when the case cannot be decided from its status; 415 when the file is not a PDF.',
    params: Type.Object({ id: PathId('No such case') }), query: Type.Object({ lang: Type.Optional(LenientLang) }),
    upload: { field: 'file', description: 'the decision as a PDF (optional when `text` is given); fields `event` and `text` beside it' },
    answers: { 201: WithExamples(TransitionAnswer, [{ status: 'DECIDED', statusRef: { id: 'DECIDED', label: 'Päätös tehty' } }]) }, errors: [400, 403, 404, 409, 413, 415, 422],
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
