/**
 * The integration API for an authority's case-management system (asianhallinta): with an API key
 * of the authority (`Authorization: Bearer kvt_…`), pull its cases in a stable order with a cursor
 * and read each with its answers and the reference of its submission contract. Another authority's
 * case is 404.
 */
import { Type, type Static } from '@sinclair/typebox';
import { route } from './route';
import { Body, ExactText, JsonObject, PathId, Text } from './schema-kit';

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

export const CaseManagementAck = Type.Object({
  caseManagementId: Type.String({ description: 'the case’s reference in the case-management system (diaarinumero)' }),
  acknowledgedAt: Type.String(),
});
export type CaseManagementAck = Static<typeof CaseManagementAck>;

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
};
