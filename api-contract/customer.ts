/** The customer's own side: sign-in by an emailed code, their submissions, supplements, cancelling, messages. */
import { Type, type Static } from '@sinclair/typebox';
import type { FormData } from '../form-library/format/types';
import { CaseManagementAck, Day, DecisionSchema, Done, Email, Lang, LenientLang, StatusRef, SupplementChanges } from './common';
import { FormDefinitionSchema, ServiceKind } from './reference';
import { route } from './route';
import { AttachmentInfo } from './submissions';
import { Body, JsonObject, PathId, PathText, Text } from './schema-kit';

export const MySubmissionSummary = Type.Object({
  id: Type.Integer(),
  reference: Type.String(),
  service: Type.Object({ id: Type.String(), name: Type.String(), kind: ServiceKind }),
  authority: Type.Object({ id: Type.String(), name: Type.String() }),
  status: StatusRef,
  submittedAt: Type.String(),
  updatedAt: Type.String({ description: 'the last change the customer can see' }),
  dueDate: Type.Union([Day, Type.Null()], { description: 'the day the authority promised to answer by, while it waits to answer' }),
});
export type MySubmissionSummary = Static<typeof MySubmissionSummary>;

export const MySubmission = Type.Composite([
  MySubmissionSummary,
  Type.Object({
    packVersion: Type.Integer(),
    lang: Lang,
    data: JsonObject<FormData>('the answers as stored'),
    definition: FormDefinitionSchema,
    history: Type.Array(Type.Object({ at: Type.String(), status: StatusRef, comment: Type.Optional(Type.String()) })),
    messages: Type.Array(Type.Object({ at: Type.String(), from: Type.Union([Type.Literal('authority'), Type.Literal('customer')]), body: Type.String() })),
    attachments: Type.Array(AttachmentInfo),
    actions: Type.Array(Type.Object({ event: Type.String(), label: Type.String() }), { description: 'what the customer may do now (SUPPLEMENT, CANCEL)' }),
    respondWithinDays: Type.Union([Type.Integer(), Type.Null()], { description: 'the deployment’s response time' }),
    contactText: Type.Union([Type.String(), Type.Null()], { description: 'the authority’s contact text for customers' }),
    infoRequest: Type.Union([Type.Object({ at: Type.String(), question: Type.Union([Type.String(), Type.Null()]), replyBy: Type.Union([Day, Type.Null()]) }), Type.Null()], {
      description: 'the open request for more information: what the handler asked and by when',
    }),
    decisions: Type.Array(DecisionSchema),
    caseManagement: Type.Union([CaseManagementAck, Type.Null()], { description: 'once the authority’s case-management system has received the case: its reference there (diaarinumero) and when' }),
  }),
]);
export type MySubmission = Static<typeof MySubmission>;

/** The answer of a customer's action: the status exactly as GET /api/my/submissions/:id now shows it. */
export const CustomerActionAnswer = Type.Object({ status: StatusRef });
export type CustomerActionAnswer = Static<typeof CustomerActionAnswer>;

const OwnSubmission = Type.Object({ id: PathId('No such submission') });
const LangQuery = Type.Object({ lang: Type.Optional(LenientLang) });
const customer = { kind: 'customer' } as const;
const tag = 'Customer';

export const customerRoutes = {
  requestCode: route({
    method: 'post', path: '/api/customer/code', tag, access: { kind: 'public' },
    summary: 'Email a six-digit sign-in code',
    description: 'Always 202, whether the address is known or not.',
    query: LangQuery,
    body: Body({ email: Email, lang: Type.Optional(Lang) }),
    answers: { 202: Type.Object({ sent: Type.Literal(true), validMinutes: Type.Integer({ minimum: 1, description: 'how long the code stays valid, as the sign-in screen says' }) }) }, errors: [422, 429],
  }),
  signIn: route({
    method: 'post', path: '/api/customer/session', tag, access: { kind: 'public' },
    summary: 'Sign in with the emailed code (sets the kevyt_customer cookie)',
    body: Body({ email: Email, code: Text({ minLength: 6, maxLength: 6, pattern: '^\\d{6}$', message: 'Must be the 6-digit code' }) }),
    answers: { 200: Type.Object({ email: Type.String() }) }, errors: [401, 422, 429],
  }),
  signOut: route({
    method: 'post', path: '/api/customer/logout', tag, access: { kind: 'public' },
    summary: 'Sign the customer out',
    answers: { 204: 'empty' }, errors: [],
  }),
  me: route({
    method: 'get', path: '/api/customer/me', tag, access: customer,
    summary: 'The signed-in customer',
    answers: { 200: Type.Object({ email: Type.String() }) }, errors: [],
  }),
  list: route({
    method: 'get', path: '/api/my/submissions', tag, access: customer,
    summary: 'The customer’s submissions, newest first',
    description:
      'By e-mail code: those sent with the address. Strongly identified: those the person sent for themselves, or, acting for a company ' +
      '(PUT /api/my/acting-for), every submission sent for it by any of its representatives; the mandate is checked on every request ' +
      '(403 mandate_ended once it has ended, 404 mandates_unavailable when it cannot be checked).',
    query: LangQuery,
    answers: { 200: Type.Array(MySubmissionSummary) }, errors: [403, 404],
  }),
  get: route({
    method: 'get', path: '/api/my/submissions/:id', tag, access: customer,
    summary: 'One of the customer’s submissions',
    description: 'Only customer-visible statuses and history; never notes.',
    params: OwnSubmission, query: LangQuery,
    answers: { 200: MySubmission }, errors: [403, 404],
  }),
  validator: route({
    method: 'get', path: '/api/my/submissions/:id/validator.js', tag, access: customer,
    summary: 'The submission check of the submission’s own pack version (for the supplement form)',
    params: OwnSubmission,
    answers: {
      200: { file: 'text/javascript', description: 'ES module, as /api/deployments/{id}/validator.js', headers: { ETag: 'the module’s hash', 'Cache-Control': 'private, max-age=31536000, immutable' } },
      304: 'empty',
    },
    errors: [403, 404],
  }),
  attachment: route({
    method: 'get', path: '/api/my/attachments/:id', tag, access: customer,
    summary: 'An attachment of one of the customer’s submissions',
    params: Type.Object({ id: PathText('No such attachment') }),
    answers: { 200: { file: 'application/octet-stream', description: 'the file, with its own media type and Content-Disposition: attachment' } },
    errors: [403, 404],
  }),
  supplement: route({
    method: 'post', path: '/api/my/submissions/:id/supplement', tag, access: customer,
    summary: 'Answer a request for more information (fires SUPPLEMENT)',
    description: '`data` is merged over the answers and checked again. Send changed answers, a message, or both.',
    params: OwnSubmission, query: LangQuery,
    body: Body({
      data: Type.Optional(JsonObject<FormData>('changed answers')),
      message: Type.Optional(Text({ maxLength: 5000 })),
      lang: Type.Optional(Lang),
    }),
    answers: { 200: CustomerActionAnswer }, errors: [403, 404, 409, 422],
  }),
  supplementPreview: route({
    method: 'post', path: '/api/my/submissions/:id/supplement/preview', tag, access: customer,
    summary: 'What a supplement would change, checked as on sending; nothing is stored',
    params: OwnSubmission, query: LangQuery,
    body: Body({ data: JsonObject<FormData>('the changed answers'), lang: Type.Optional(Lang) }),
    answers: { 200: Type.Object({ changes: SupplementChanges }) }, errors: [403, 404, 409, 422],
  }),
  decisionDocument: route({
    method: 'get', path: '/api/my/submissions/:id/decisions/:decisionId/document.pdf', tag, access: customer,
    summary: 'The decision document (PDF, with its appeal instructions)',
    params: Type.Object({ id: PathId('No such submission'), decisionId: PathId('No such decision in this case') }),
    answers: { 200: { file: 'application/pdf', description: 'the decision document' } }, errors: [403, 404],
  }),
  decisionFile: route({
    method: 'get', path: '/api/my/submissions/:id/decisions/:decisionId/file', tag, access: customer,
    summary: 'The PDF attached to a decision',
    params: Type.Object({ id: PathId('No such submission'), decisionId: PathId('No such decision in this case') }),
    answers: { 200: { file: 'application/pdf', description: 'the attached decision' } }, errors: [403, 404],
  }),
  cancel: route({
    method: 'post', path: '/api/my/submissions/:id/cancel', tag, access: customer,
    summary: 'Cancel the submission (fires CANCEL)',
    params: OwnSubmission, query: LangQuery,
    body: Body({ reason: Type.Optional(Text({ maxLength: 5000 })) }),
    answers: { 200: CustomerActionAnswer }, errors: [403, 404, 409, 422],
  }),
  message: route({
    method: 'post', path: '/api/my/submissions/:id/messages', tag, access: customer,
    summary: 'A message to the authority',
    params: OwnSubmission,
    body: Body({ body: Text({ minLength: 1, maxLength: 5000 }) }),
    answers: { 201: Done }, errors: [403, 404, 409, 422],
  }),
};
