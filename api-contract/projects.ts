/**
 * The customer's project (hanke): shared project data entered once, permits of many services at many
 * authorities, one timeline. Owned by the signed-in customer: an e-mail-code customer, a strongly
 * identified person acting for themselves, or the company they act for (then every representative
 * acting for it works on it; an ended mandate is refused at the next request, 403 mandate_ended); a handler reaches a project only through
 * a case of their own authority (CaseProject in desk.ts).
 */
import { Type, type Static } from '@sinclair/typebox';
import type { FormData } from '../form-library/format/types';
import { Day, DecisionSchema, FieldProblem, Instant, Lang, LenientLang, MunicipalityCode, StatusRef, SupplementChanges } from './common';
import { FormDefinitionSchema, ServiceKind } from './reference';
import { ProcessingEstimate } from './processing-estimate';
import { route } from './route';
import { Receipt } from './submissions';
import { CompanyRef } from './mandates';
import { Body, JsonObject, OneOf, OrNull, PathId, Text } from './schema-kit';

export { ProcessingEstimate };

/** A kind of project a customer can start in a municipality: a pack that declares project data. */
export const ProjectKind = Type.Object({
  packSlug: Type.String(),
  packVersion: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  /** The project data form (one page) in the form-pack format. */
  definition: FormDefinitionSchema,
  compiled: Type.Object({
    schema: JsonObject('The project data form compiled to JSON Schema in the requested language'),
    uiSchema: JsonObject('Its rjsf uiSchema'),
  }),
  /** The pack's services offered in the municipality, each with its deployment there. */
  services: Type.Array(Type.Object({ deploymentId: Type.Integer(), serviceId: Type.String(), name: Type.String(), authority: Type.Object({ id: Type.String(), name: Type.String() }) })),
});
export type ProjectKind = Static<typeof ProjectKind>;

/** Where a permit stands: a draft kept on the server, or sent (a submission of its own). */
export const ProjectPermit = Type.Object({
  id: Type.Integer(),
  deploymentId: Type.Integer(),
  service: Type.Object({ id: Type.String(), name: Type.String(), kind: ServiceKind, packSlug: Type.String() }),
  authority: Type.Object({ id: Type.String(), name: Type.String() }),
  state: OneOf(['draft', 'sent'] as const),
  /** For a draft: the fields still to fill before it can be sent ([] when complete). */
  missing: Type.Array(FieldProblem),
  submission: OrNull(
    Type.Object({
      id: Type.Integer(),
      reference: Type.String(),
      status: StatusRef,
      submittedAt: Instant,
      dueDate: OrNull(Day, { description: 'the day the authority promised to answer by' }),
      infoRequest: OrNull(Type.Object({ at: Instant, question: OrNull(Type.String()), replyBy: OrNull(Day) })),
      decided: Type.Boolean(),
    }),
  ),
  estimate: ProcessingEstimate,
  updatedAt: Instant,
});
export type ProjectPermit = Static<typeof ProjectPermit>;

/** One event of the project's timeline, in time order; `expected` entries lie ahead (the expected decision). */
export const TimelineEntry = Type.Object({
  at: Type.String({ description: 'an instant, or a day for `expected`' }),
  permitId: OrNull(Type.Integer(), { description: 'null for an event of the project itself (project data changed)' }),
  kind: OneOf(['sent', 'status', 'info_request', 'supplement', 'message', 'decision', 'project_change', 'expected'] as const),
  /** The line as the customer reads it, in the requested language. */
  text: Type.String(),
  status: Type.Optional(StatusRef),
  from: Type.Optional(OneOf(['authority', 'customer'] as const)),
  replyBy: Type.Optional(OrNull(Day)),
  decision: Type.Optional(DecisionSchema),
});
export type TimelineEntry = Static<typeof TimelineEntry>;

export const ProjectContact = Type.Object({
  name: Type.String(),
  phone: OrNull(Type.String()),
  email: Type.String({ description: 'where its permits’ receipts go: the e-mail customer’s own address, or the one a strongly identified starter gave' }),
});
export type ProjectContact = Static<typeof ProjectContact>;

export const ProjectSummary = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  municipality: Type.Object({ code: Type.String(), name: Type.String() }),
  kind: Type.Object({ packSlug: Type.String(), name: Type.String() }),
  permits: Type.Object({ drafts: Type.Integer(), sent: Type.Integer(), waitingForCustomer: Type.Integer(), decided: Type.Integer() }),
  updatedAt: Instant,
});
export type ProjectSummary = Static<typeof ProjectSummary>;

/** One project; its permits listed (the summary's counts of them are the list's alone). */
export const Project = Type.Composite([
  Type.Omit(ProjectSummary, ['permits', 'kind']),
  Type.Object({
    kind: Type.Object({ packSlug: Type.String(), packVersion: Type.Integer(), name: Type.String() }),
    definition: FormDefinitionSchema,
    data: JsonObject<FormData>('the project data'),
    contact: ProjectContact,
    /** Whether the customer let each handler see the project's other permits (service, authority, status, project data). */
    consent: Type.Boolean(),
    company: OrNull(CompanyRef, { description: 'the company whose project it is (every representative acting for it works on it); null for a person’s own' }),
    version: Type.Integer({ description: 'send it back with a change; a stale one gets 409' }),
    createdAt: Instant,
    permits: Type.Array(ProjectPermit),
    timeline: Type.Array(TimelineEntry),
  }),
]);
export type Project = Static<typeof Project>;

/** A sent permit a project data change would reach, and whether its workflow takes a supplement now. */
export const AffectedPermit = Type.Object({
  permitId: Type.Integer(),
  reference: Type.String(),
  service: Type.String(),
  authority: Type.String(),
  changes: SupplementChanges,
  supplement: OneOf(['possible', 'not_possible'] as const),
  reason: OrNull(Type.String(), { description: 'why the workflow takes no supplement now, in the requested language' }),
});
export type AffectedPermit = Static<typeof AffectedPermit>;

/** A permit's draft as its form opens: answers with the project's values in place, and which those are. */
export const PermitDraft = Type.Object({
  permit: ProjectPermit,
  data: JsonObject<FormData>('the draft answers, with every mapped field holding the project’s value'),
  fromProject: Type.Array(Type.Object({ path: Type.String(), projectField: Type.String(), label: Type.String({ description: 'the project data field’s label' }) })),
  fromIdentity: Type.Array(Type.Object({
    path: Type.String(),
    of: OneOf(['person', 'company'] as const, { description: 'the strongly identified person’s, or the company’s they act for' }),
  }), { description: 'the fields filled from the strong identity, read-only; set again on sending' }),
  version: Type.Integer(),
});
export type PermitDraft = Static<typeof PermitDraft>;

export const SendAllAnswer = Type.Object({
  sent: Type.Array(Type.Object({ permitId: Type.Integer(), receipt: Receipt })),
  notReady: Type.Array(Type.Object({ permitId: Type.Integer(), service: Type.String(), fields: Type.Array(FieldProblem) })),
});
export type SendAllAnswer = Static<typeof SendAllAnswer>;

export const DataChangeAnswer = Type.Object({
  version: Type.Integer(),
  supplements: Type.Array(
    Type.Object({
      permitId: Type.Integer(),
      reference: Type.String(),
      outcome: OneOf(['sent', 'not_sent'] as const),
      status: Type.Optional(StatusRef),
      reason: OrNull(Type.String()),
    }),
  ),
});
export type DataChangeAnswer = Static<typeof DataChangeAnswer>;

/** The contact as the customer gives it; `email` is read only for a strongly identified customer (an e-mail customer's is their own). */
const ProjectContactBody = Body({
  name: Text({ minLength: 1, maxLength: 200 }),
  phone: Type.Optional(OrNull(Text({ maxLength: 40 }))),
  email: Type.Optional(Text({ maxLength: 254, description: 'required of a strongly identified customer: where the permits’ receipts go' })),
});

const customer = { kind: 'customer' } as const;
const tag = 'Projects';
const OwnProject = Type.Object({ id: PathId('No such project') });
const OwnPermit = Type.Object({ id: PathId('No such project'), permitId: PathId('No such permit in this project') });
const LangQuery = Type.Object({ lang: Type.Optional(LenientLang) });
const Version = Type.Integer({ minimum: 1, description: 'the version the change was made on' });

export const projectRoutes = {
  kinds: route({
    method: 'get', path: '/api/project-kinds', tag, access: { kind: 'public' },
    summary: 'The kinds of project a customer can start in a municipality',
    description: 'Packs that declare project data and have a service offered in the municipality. 400 for an unknown municipality.',
    query: Type.Object({ municipality: MunicipalityCode, lang: Type.Optional(LenientLang) }),
    answers: { 200: Type.Array(ProjectKind) }, errors: [400],
  }),
  list: route({
    method: 'get', path: '/api/my/projects', tag, access: customer,
    summary: 'The customer’s projects, the latest changed first',
    description:
      'By e-mail code: the projects started with the address. Strongly identified: those the person started for themselves, or, acting for a ' +
      'company (PUT /api/my/acting-for), every project of the company, whichever representative started it. The mandate is checked on every ' +
      'request to a project (403 mandate_ended once it has ended, 404 mandates_unavailable when it cannot be checked); another owner’s project is 404.',
    query: LangQuery,
    answers: { 200: Type.Array(ProjectSummary) }, errors: [403, 404],
  }),
  create: route({
    method: 'post', path: '/api/my/projects', tag, access: customer,
    summary: 'Start a project',
    description:
      '`services`: service ids of the kind’s pack to add at once (e.g. from an assessment’s result); each must be offered in the municipality (422 naming it). ' +
      'The project is the signed-in customer’s, or the company’s the person acts for; a strongly identified customer gives `contact.email` (422 naming it when missing).',
    query: LangQuery,
    body: Body({
      name: Text({ minLength: 1, maxLength: 200 }),
      municipality: MunicipalityCode,
      packSlug: Text({ minLength: 1, maxLength: 100 }),
      data: Type.Optional(JsonObject<FormData>('project data entered so far')),
      contact: ProjectContactBody,
      consent: Type.Boolean({ description: 'may each handler see the project’s other permits (service, authority, status, project data)' }),
      services: Type.Optional(Type.Array(Text({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
      lang: Type.Optional(Lang),
    }),
    answers: { 201: Project }, errors: [403, 404, 422],
  }),
  get: route({
    method: 'get', path: '/api/my/projects/:id', tag, access: customer,
    summary: 'One project: its data, permits and timeline',
    params: OwnProject, query: LangQuery,
    answers: { 200: Project }, errors: [403, 404],
  }),
  remove: route({
    method: 'delete', path: '/api/my/projects/:id', tag, access: customer,
    summary: 'Remove a project that has sent nothing',
    params: OwnProject,
    answers: { 204: 'empty' }, errors: [403, 404, 409],
  }),
  previewData: route({
    method: 'post', path: '/api/my/projects/:id/data/preview', tag, access: customer,
    summary: 'Which sent permits a project data change would reach, and how; nothing is stored',
    params: OwnProject, query: LangQuery,
    body: Body({ data: JsonObject<FormData>('the changed project data'), version: Version, lang: Type.Optional(Lang) }),
    answers: { 200: Type.Object({ affected: Type.Array(AffectedPermit) }) }, errors: [403, 404, 409, 422],
  }),
  changeData: route({
    method: 'put', path: '/api/my/projects/:id/data', tag, access: customer,
    summary: 'Change the project data (and name, contact); sends the change to affected sent permits as supplements',
    description: 'Drafts take the new values at once. Each sent permit the change reaches gets it as a supplement through its own workflow where the workflow takes one now; otherwise `not_sent` with the reason. 409 with `fields` naming what changed meanwhile when `version` is stale.',
    params: OwnProject, query: LangQuery,
    body: Body({
      data: JsonObject<FormData>('the whole project data'),
      name: Type.Optional(Text({ minLength: 1, maxLength: 200 })),
      contact: Type.Optional(ProjectContactBody),
      version: Version,
      lang: Type.Optional(Lang),
    }),
    answers: { 200: DataChangeAnswer }, errors: [403, 404, 409, 422],
  }),
  addPermit: route({
    method: 'post', path: '/api/my/projects/:id/permits', tag, access: customer,
    summary: 'Add a service from the offering of the project’s municipality',
    params: OwnProject, query: LangQuery,
    body: Body({ deploymentId: Type.Integer({ minimum: 1 }) }),
    answers: { 201: ProjectPermit }, errors: [403, 404, 409, 422],
  }),
  permit: route({
    method: 'get', path: '/api/my/projects/:id/permits/:permitId', tag, access: customer,
    summary: 'A permit’s draft, prefilled from the project data',
    params: OwnPermit, query: LangQuery,
    answers: { 200: PermitDraft }, errors: [403, 404],
  }),
  saveDraft: route({
    method: 'put', path: '/api/my/projects/:id/permits/:permitId', tag, access: customer,
    summary: 'Save a permit’s draft answers',
    description: 'A mapped field must hold the project’s value (422 naming it: change it in the project data). 409 when the permit is sent or `version` is stale.',
    params: OwnPermit, query: LangQuery,
    body: Body({ data: JsonObject<FormData>('the draft answers'), version: Version }),
    answers: { 200: Type.Object({ version: Type.Integer(), missing: Type.Array(FieldProblem) }) }, errors: [403, 404, 409, 422],
  }),
  removePermit: route({
    method: 'delete', path: '/api/my/projects/:id/permits/:permitId', tag, access: customer,
    summary: 'Take a draft permit out of the project',
    params: OwnPermit,
    answers: { 204: 'empty' }, errors: [403, 404, 409],
  }),
  sendPermit: route({
    method: 'post', path: '/api/my/projects/:id/permits/:permitId/send', tag, access: customer,
    summary: 'Send one permit to its authority',
    description: 'Idempotent: a permit already sent answers its receipt with 200. 422 names the fields still to fill.',
    params: OwnPermit, query: LangQuery,
    body: Body({ lang: Type.Optional(Lang) }),
    answers: { 201: Receipt, 200: Receipt }, errors: [403, 404, 422],
  }),
  sendAll: route({
    method: 'post', path: '/api/my/projects/:id/send', tag, access: customer,
    summary: 'Send every complete draft permit; each its own reference, each to its own authority',
    description: 'Counts as one send of the customer for the rate limits. Drafts still missing answers are listed in `notReady` with their fields.',
    params: OwnProject, query: LangQuery,
    body: Body({ lang: Type.Optional(Lang) }),
    answers: { 200: SendAllAnswer }, errors: [403, 404],
  }),
};

/**
 * What a handler sees of the project a case was sent from (desk CaseDetail.project). Without the
 * customer's consent: only the project data sent in this case, `permits` null. With it: also the
 * project's other permits, never their answers, attachments or notes.
 */
export const CaseProject = Type.Object({
  name: Type.String(),
  consent: Type.Boolean(),
  data: Type.Array(Type.Object({ label: Type.String(), value: Type.String() }), { description: 'the shared project data as sent in this case, as rows' }),
  permits: OrNull(
    Type.Array(Type.Object({ service: Type.String(), authority: Type.String(), status: OrNull(StatusRef, { description: 'null while a draft' }), reference: OrNull(Type.String()) })),
    { description: 'the project’s other permits; null without the customer’s consent' },
  ),
});
export type CaseProject = Static<typeof CaseProject>;
