/** The handler desk: inbox, cases, their actions, alerts, exports. Own authority only; another authority's case is 404. */
import { Type, type Static } from '@sinclair/typebox';
import type { FormData } from '../form-library/format/types';
import { AppealInstructions, CaseManagementAck, Day, DecisionSchema, Done, LenientLang, MUNICIPALITY_CODE, PersonRef, StatusRef, SupplementChanges } from './common';
import { ProcessingEstimate } from './processing-estimate';
import { FormDefinitionSchema } from './reference';
import { route } from './route';
import { AttachmentInfo } from './submissions';
import { CaseProject } from './projects';
import { Body, JsonObject, Nullable, OneOf, OrNull, PathId, PathText, Text } from './schema-kit';

export const INBOX_SORT_KEYS = ['received', 'statusSince', 'reference', 'customer', 'municipality', 'service', 'status', 'due'] as const;
export const INBOX_SORTS = INBOX_SORT_KEYS.flatMap((k) => [k, `-${k}`]);
export const MAX_INBOX_LIMIT = 200;

const STATUS_ID = '^[A-Z][A-Z0-9_]*$';
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

/** The inbox's filters and sort, also those of its CSV export. */
const inboxFilters = {
  status: Type.Optional(Type.String({ maxLength: 64, pattern: STATUS_ID, 'x-message': 'Must be a workflow status id such as RECEIVED' })),
  service: Type.Optional(Type.String({ maxLength: 100, description: 'a service id' })),
  municipality: Type.Optional(Type.String({ maxLength: 3, pattern: MUNICIPALITY_CODE, 'x-message': 'Must be a 3-digit code such as 091' })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'free text: reference, customer, answers' })),
  assigned: Type.Optional(OneOf(['me'] as const)),
  from: Type.Optional(Type.String({ maxLength: 10, pattern: DATE, 'x-message': 'Must be a date YYYY-MM-DD', description: 'received on or after this day (UTC)' })),
  to: Type.Optional(Type.String({ maxLength: 10, pattern: DATE, 'x-message': 'Must be a date YYYY-MM-DD', description: 'received on or before this day (UTC)' })),
  due: Type.Optional(OneOf(['overdue', 'week'] as const, { description: 'open due dates before today, or from today to the end of this week (Helsinki)' })),
  sort: Type.Optional(OneOf(INBOX_SORTS as readonly string[], { description: 'a leading - sorts descending; default -received' })),
  lang: Type.Optional(LenientLang),
};

export const InboxQuery = Type.Object({
  ...inboxFilters,
  cursor: Type.Optional(Type.String({ maxLength: 1200, description: 'the nextCursor of the previous page (same filters and sort)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_INBOX_LIMIT })),
});
export type InboxQuery = Static<typeof InboxQuery>;

export const InboxItem = Type.Object({
  id: Type.Integer(),
  reference: Type.String(),
  service: Type.Object({ id: Type.String(), name: Type.String() }),
  customerName: Type.String(),
  municipality: Type.String(),
  status: StatusRef,
  submittedAt: Type.String(),
  statusSince: Type.String(),
  assignee: OrNull(PersonRef),
  unread: Type.Boolean(),
  dueDate: OrNull(Day),
  dueOpen: Type.Boolean({ description: 'the case still waits for the authority’s answer' }),
  overdue: Type.Boolean(),
});
export type InboxItem = Static<typeof InboxItem>;

export const InboxPage = Type.Object({
  items: Type.Array(InboxItem),
  nextCursor: OrNull(Type.String()),
  counts: Type.Record(Type.String(), Type.Integer(), { description: 'per status, under every filter but status' }),
  countsExact: Type.Boolean({ description: 'false when free text matched too many cases to count them all' }),
});
export type InboxPage = Static<typeof InboxPage>;

export const DeskService = Type.Object({
  id: Type.String(),
  name: Type.String(),
  pack: Type.Object({ slug: Type.String(), version: Type.Integer() }),
  active: Type.Boolean({ description: 'false when withdrawn (its cases stay in the inbox)' }),
});
export type DeskService = Static<typeof DeskService>;

/** 'apiKey': the authority's case-management system, through the integration API. */
export const ACTOR_KINDS = ['customer', 'handler', 'system', 'apiKey'] as const;
export const HISTORY_KINDS = ['submitted', 'status', 'note', 'message', 'supplement', 'assignment'] as const;

export const HistoryEntry = Type.Object({
  at: Type.String(),
  kind: OneOf(HISTORY_KINDS),
  actor: OneOf(ACTOR_KINDS),
  by: Type.Object({ id: Type.Optional(Type.Integer()), name: Type.String(), kind: OneOf(ACTOR_KINDS) }),
  event: Type.Optional(Type.String()),
  from: Type.Optional(OrNull(StatusRef)),
  to: Type.Optional(OrNull(StatusRef)),
  status: Type.Optional(StatusRef),
  comment: Type.Optional(OrNull(Type.String())),
  body: Type.Optional(OrNull(Type.String())),
  direction: Type.Optional(OneOf(['in', 'out'] as const)),
  assignee: Type.Optional(OrNull(PersonRef)),
  replyBy: Type.Optional(Day),
  changes: Type.Optional(SupplementChanges),
  decisionId: Type.Optional(Type.Integer({ description: 'the decision a decision step recorded' })),
});
export type HistoryEntry = Static<typeof HistoryEntry>;

export const CaseTransition = Type.Object({
  event: Type.String(),
  label: Type.String(),
  to: StatusRef,
  commentRequired: Type.Boolean(),
  customerAlert: OrNull(Type.String()),
  requestsInformation: Type.Boolean({ description: 'a request for more information: its comment is the question, with a reply deadline' }),
  decision: Type.Boolean({ description: 'the decision step: record it with POST /api/cases/:id/decision' }),
});
export type CaseTransition = Static<typeof CaseTransition>;

export const CaseDetail = Type.Object({
  id: Type.Integer(),
  reference: Type.String(),
  service: Type.Object({ id: Type.String(), name: Type.String() }),
  authority: Type.Object({ id: Type.String(), name: Type.String() }),
  municipality: Type.Object({ code: Type.String(), name: Type.String() }),
  contact: Type.Object({ name: Type.String(), email: Type.String(), phone: OrNull(Type.String()) }),
  identification: OneOf(['none', 'email', 'strong'] as const, { description: 'how the customer was identified when sending: not at all, by an e-mailed code, or strongly (OIDC)' }),
  actingFor: OrNull(Type.Object({ businessId: Type.String(), name: Type.String() }), { description: 'the company a strongly identified person sent for (their mandate held then), or null' }),
  customerName: Type.String(),
  lang: OneOf(['fi', 'sv', 'en'] as const),
  packVersion: Type.Integer(),
  pack: Type.Object({ id: Type.Integer(), slug: Type.String(), name: Type.String(), version: Type.Integer() }, { description: 'the form pack and exact version the submission was made with' }),
  status: StatusRef,
  submittedAt: Type.String(),
  statusSince: Type.String(),
  updatedAt: Type.String(),
  assignee: OrNull(PersonRef),
  dueDate: OrNull(Day),
  dueOpen: Type.Boolean(),
  decidedAt: OrNull(Type.String()),
  /** How long the service usually takes at this authority, as the customer is told. */
  estimate: ProcessingEstimate,
  data: JsonObject<FormData>('the answers as stored'),
  definition: FormDefinitionSchema,
  attachments: Type.Array(
    Type.Composite([
      AttachmentInfo,
      Type.Object({
        state: Type.Optional(OneOf(['replaced', 'removed'] as const, { description: 'a supplement took the file out of the answers' })),
        replacedBy: Type.Optional(Type.Object({ id: Type.String(), name: Type.String() })),
      }),
    ]),
  ),
  history: Type.Array(HistoryEntry),
  decisions: Type.Array(DecisionSchema),
  appeal: OrNull(AppealInstructions, { description: 'the appeal instructions a decision made now would carry' }),
  transitions: Type.Array(CaseTransition, { description: 'the steps this handler may take now' }),
  caseManagement: OrNull(CaseManagementAck, { description: 'the authority’s case-management system’s acknowledgement: its reference (diaarinumero) and when it was recorded' }),
  project: Type.Optional(OrNull(CaseProject, { description: 'the customer’s project this case was sent from; null for a case sent on its own' })),
});
export type CaseDetail = Static<typeof CaseDetail>;

export const TransitionAnswer = Type.Object({ status: Type.String({ description: 'the new status id' }), statusRef: StatusRef });
export type TransitionAnswer = Static<typeof TransitionAnswer>;

export const SpamAnswer = Type.Object({ id: Type.Integer(), reference: Type.String(), removed: Type.Literal(true) });
export type SpamAnswer = Static<typeof SpamAnswer>;

export const AssignAnswer = Type.Object({ assignee: OrNull(PersonRef) });
export type AssignAnswer = Static<typeof AssignAnswer>;

export const Colleague = Type.Object({ id: Type.Integer(), name: Type.String(), role: Type.String() });
export type Colleague = Static<typeof Colleague>;

export const DeskAlert = Type.Object({
  id: Type.Integer(),
  kind: Type.String({ description: 'new_submission, supplement, customer_message, deadline_near, …' }),
  submissionId: OrNull(Type.Integer()),
  reference: OrNull(Type.String()),
  subject: Type.String(),
  body: Type.String(),
  createdAt: Type.String(),
  readAt: OrNull(Type.String()),
});
export type DeskAlert = Static<typeof DeskAlert>;

export const DeskAlertList = Type.Object({
  items: Type.Array(DeskAlert, { description: 'unread first, newest first' }),
  unread: Type.Integer(),
  counts: Type.Object({ unread: Type.Integer(), unreadCapped: Type.Boolean({ description: 'counted up to 1,000: show "999+"' }) }),
});
export type DeskAlertList = Static<typeof DeskAlertList>;

const OwnCase = Type.Object({ id: PathId('No such case') });
const LangQuery = Type.Object({ lang: Type.Optional(LenientLang) });
const desk = { kind: 'staff', grant: 'desk.use' } as const;
const tag = 'Handler desk';
const TextBody = Body({ body: Text({ minLength: 1, maxLength: 5000 }) });
/** A message to the customer (the desk's and the integration API's). */
export const MessageBody = TextBody;
/** A status step (the desk's and the integration API's). */
export const StepBody = Body({
  event: Text({ minLength: 1, maxLength: 64, pattern: STATUS_ID, message: 'Must be a workflow event such as RECEIVE' }),
  comment: Type.Optional(Text({ maxLength: 5000, description: 'required by some steps: a request for more information’s question, a decision’s text' })),
  replyBy: Type.Optional(Text({ pattern: DATE, message: 'Must be a date YYYY-MM-DD', description: 'a request for more information’s reply deadline (default two weeks); 422 in the past, beyond a year, or on a step that asks nothing' })),
});
const PageLimit = Type.Integer({ minimum: 1, maximum: 200, 'x-message': 'Must be 1–200' });

export const deskRoutes = {
  inbox: route({
    method: 'get', path: '/api/inbox', tag, access: desk,
    summary: 'The authority’s inbox, one page',
    description: 'Keyset paging: `nextCursor` continues the same filters and sort; a cursor of another sort (or, for municipality and service, another lang) is 400.',
    query: InboxQuery,
    answers: { 200: InboxPage }, errors: [400],
  }),
  services: route({
    method: 'get', path: '/api/desk/services', tag, access: desk,
    summary: 'The services the authority has deployed (for the service filter)',
    query: LangQuery,
    answers: { 200: Type.Array(DeskService) }, errors: [],
  }),
  case: route({
    method: 'get', path: '/api/cases/:id', tag, access: desk,
    summary: 'One case with its answers, history and the steps the handler may take',
    params: OwnCase, query: LangQuery,
    answers: { 200: CaseDetail }, errors: [404],
  }),
  transition: route({
    method: 'post', path: '/api/cases/:id/transitions', tag, access: desk,
    summary: 'Move the case’s status',
    description: '409 illegal_transition names the allowed events (also in `allowed`); 422 when the step needs a comment.',
    params: OwnCase, query: LangQuery,
    body: StepBody,
    answers: { 200: TransitionAnswer }, errors: [404, 409, 422],
  }),
  decision: route({
    method: 'post', path: '/api/cases/:id/decision', tag, access: desk,
    summary: 'Record a decision: the written text, a PDF, or both, with the deployment’s appeal instructions',
    description: 'multipart/form-data: `event` (default DECIDE), `text` (up to 20,000 characters) and `file` (a PDF). 422 without text and file or on a step that records no decision; 415 when the file is not a PDF.',
    params: OwnCase, query: LangQuery,
    upload: { field: 'file', description: 'the decision as a PDF (optional when `text` is given); fields `event` and `text` beside it' },
    answers: { 201: TransitionAnswer }, errors: [400, 404, 409, 413, 415, 422],
  }),
  decisionDocument: route({
    method: 'get', path: '/api/cases/:id/decisions/:decisionId/document.pdf', tag, access: desk,
    summary: 'The decision document (generated PDF, in the case’s language, with its appeal instructions)',
    params: Type.Object({ id: PathId('No such case'), decisionId: PathId('No such decision in this case') }),
    answers: { 200: { file: 'application/pdf', description: 'the decision document' } }, errors: [404],
  }),
  decisionFile: route({
    method: 'get', path: '/api/cases/:id/decisions/:decisionId/file', tag, access: desk,
    summary: 'The PDF attached to a decision',
    params: Type.Object({ id: PathId('No such case'), decisionId: PathId('No such decision in this case') }),
    answers: { 200: { file: 'application/pdf', description: 'the attached decision' } }, errors: [404],
  }),
  note: route({
    method: 'post', path: '/api/cases/:id/notes', tag, access: desk,
    summary: 'An internal note (never shown to the customer)',
    params: OwnCase, body: TextBody,
    answers: { 201: Done }, errors: [404, 422],
  }),
  message: route({
    method: 'post', path: '/api/cases/:id/messages', tag, access: desk,
    summary: 'A message to the customer (alerts them)',
    params: OwnCase, body: TextBody,
    answers: { 201: Done }, errors: [404, 422],
  }),
  assign: route({
    method: 'post', path: '/api/cases/:id/assign', tag, access: desk,
    summary: 'Assign the case to a handler or admin of the authority, or unassign it (null)',
    params: OwnCase,
    body: Body({ userId: Nullable(Type.Integer({ minimum: 1 })) }),
    answers: { 200: AssignAnswer }, errors: [404, 422],
  }),
  spam: route({
    method: 'post', path: '/api/cases/:id/spam', tag, access: desk,
    summary: 'Remove the case as spam',
    description: 'A soft delete: from then on the case is in no inbox, count, export, desk alert or customer view, and its alerts not yet mailed are withheld. The row, its history and attachments stay for the audit log. Cannot be undone in the app.',
    params: OwnCase,
    body: Body({ reason: Type.Optional(Text({ maxLength: 1000 })) }),
    answers: { 200: SpamAnswer }, errors: [404, 422],
  }),
  attachment: route({
    method: 'get', path: '/api/cases/:id/attachments/:attachmentId', tag, access: desk,
    summary: 'An attachment of the case',
    params: Type.Object({ id: PathId('No such case'), attachmentId: PathText('No such attachment in this case') }),
    answers: { 200: { file: 'application/octet-stream', description: 'the file, with its own media type and Content-Disposition: attachment' } },
    errors: [404],
  }),
  colleagues: route({
    method: 'get', path: '/api/desk/colleagues', tag, access: desk,
    summary: 'The active handlers and admins of the authority (for assigning)',
    answers: { 200: Type.Array(Colleague) }, errors: [],
  }),
  alerts: route({
    method: 'get', path: '/api/desk/alerts', tag, access: desk,
    summary: 'The authority’s alerts, unread first',
    query: Type.Object({ limit: Type.Optional(PageLimit), lang: Type.Optional(LenientLang) }),
    answers: { 200: DeskAlertList }, errors: [400],
  }),
  readAlert: route({
    method: 'post', path: '/api/desk/alerts/:id/read', tag, access: desk,
    summary: 'Mark an alert read',
    params: Type.Object({ id: PathId('No such alert') }),
    answers: { 200: Type.Object({ id: Type.Integer(), readAt: Type.String() }) }, errors: [404],
  }),
  casePdf: route({
    method: 'get', path: '/api/cases/:id/export.pdf', tag, access: desk,
    summary: 'The case as a PDF: reference, pack and version, every answer with its label, history',
    params: OwnCase, query: LangQuery,
    answers: { 200: { file: 'application/pdf', description: 'the case', headers: { 'Content-Disposition': 'attachment; filename="<reference>.pdf"' } } },
    errors: [404],
  }),
  inboxCsv: route({
    method: 'get', path: '/api/inbox/export.csv', tag, access: desk,
    summary: 'The filtered inbox as CSV, one row per submission in the inbox’s order, every answer under its label',
    description: 'Semicolon-separated with a BOM by default (Finnish and Swedish Excel); at most 20,000 rows.',
    query: Type.Object({ ...inboxFilters, delimiter: Type.Optional(Type.String({ maxLength: 20, description: 'comma: comma-separated; otherwise semicolons' })) }),
    answers: { 200: { file: 'text/csv', description: 'the cases', headers: { 'X-Kevyt-Truncated': 'present (with the row limit) when rows were cut', 'Content-Disposition': 'attachment; filename="kevyt-<authority>-<day>.csv"' } } },
    errors: [400],
  }),
};
