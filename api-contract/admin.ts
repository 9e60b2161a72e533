/** The authority admin's routes (deployments, staff) and the outbox admins and coordinators read. */
import { Type, type Static } from '@sinclair/typebox';
import { MANAGED_ROLES } from '../permissions/permissions';
import { APPEAL_KINDS } from '../workflows/decision/appeal';
import { Email, LocalizedText, MUNICIPALITY_CODE, Names } from './common';
import { PRIVACY_TEXT_MAX, PRIVACY_URL_MAX } from './limits';
import { ProcessingEstimate } from './processing-estimate';
import { PrivacyNotice } from './reference';
import { route } from './route';
import { Body, Nullable, OneOf, OrNull, PathId, Text } from './schema-kit';
import { OUTBOX_STATES, type OutboxState } from './outbox-states';

export const Deployment = Type.Object({
  id: Type.Integer(),
  authorityId: Type.String(),
  packId: Type.Integer(),
  packVersion: Type.Integer(),
  serviceId: Type.String(),
  municipalities: Type.Array(Type.String()),
  respondWithinDays: OrNull(Type.Integer()),
  /** How long the service usually takes at this authority, as its customers are told. */
  estimate: ProcessingEstimate,
  contactText: OrNull(Type.String()),
  privacyNotice: PrivacyNotice,
  appeal: OrNull(Type.Object({ kind: OneOf(APPEAL_KINDS), text: LocalizedText }), { description: 'the appeal instructions its decisions carry' }),
  active: Type.Boolean({ description: 'false once withdrawn' }),
  createdAt: Type.String(),
  withdrawnAt: OrNull(Type.String()),
});
export type Deployment = Static<typeof Deployment>;

const APPEAL_TEXT = Text({ minLength: 1, maxLength: 5000 });

/** Appeal instructions as an admin sets them: Finnish always, Swedish and English where the authority has them; null removes them. */
const AppealObject = Type.Object(
  {
    kind: OneOf(APPEAL_KINDS, { description: 'oikaisuvaatimus (a request for review to the authority) or valitus (an appeal to the administrative court)' }),
    text: Type.Object({ fi: APPEAL_TEXT, sv: Type.Optional(APPEAL_TEXT), en: Type.Optional(APPEAL_TEXT) }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
// One schema of type object-or-null (not a union), so a bad member is named by its own path only.
const AppealSetting = Type.Unsafe<Static<typeof AppealObject> | null>({ ...AppealObject, type: ['object', 'null'] });

/** What an admin may change of a running deployment: what customers are told and what decisions carry. */
export const DeploymentSettings = Type.Object(
  {
    respondWithinDays: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 365 }))),
    contactText: Type.Optional(Nullable(Text({ maxLength: 2000 }))),
    appeal: Type.Optional(AppealSetting),
  },
  { additionalProperties: false },
);
export type DeploymentSettings = Static<typeof DeploymentSettings>;

export const NewDeployment = Type.Object(
  {
    packId: Type.Integer({ minimum: 1 }),
    version: Type.Integer({ minimum: 1, description: 'a published, not retired version' }),
    serviceId: Text({ minLength: 1, maxLength: 100 }),
    municipalities: Type.Optional(
      Type.Array(Text({ pattern: MUNICIPALITY_CODE, message: 'Must be a 3-digit municipality code' }), {
        minItems: 1,
        maxItems: 400,
        description: 'default: the authority’s whole area; must lie inside it',
      }),
    ),
    respondWithinDays: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 365 }))),
    contactText: Type.Optional(Nullable(Text({ maxLength: 2000 }))),
    privacyNoticeUrl: Type.Optional(Nullable(Text({ maxLength: PRIVACY_URL_MAX, description: 'the authority’s own notice: a full https:// address' }))),
    privacyNoticeText: Type.Optional(Nullable(Text({ maxLength: PRIVACY_TEXT_MAX, description: 'the authority’s own notice as text; not with privacyNoticeUrl' }))),
    appeal: Type.Optional(AppealSetting),
  },
  { additionalProperties: false },
);
export type NewDeployment = Static<typeof NewDeployment>;

/** `error.overlaps` of a refused deployment (409 overlap). */
export const OverlapDetail = Type.Object({
  deploymentId: Type.Integer(),
  authority: Type.Object({ id: Type.String(), name: Names }),
  municipalities: Type.Array(Type.String()),
});
export type OverlapDetail = Static<typeof OverlapDetail>;

/** `error.languageGaps` of the language check (422): the texts a covered municipality's languages lack. */
export const LanguageGapDetail = Type.Object({
  lang: OneOf(['fi', 'sv'] as const),
  municipalities: Type.Array(Type.Object({ code: Type.String(), name: Type.Object({ fi: Type.String(), sv: Type.String() }) })),
  missing: Type.Array(Type.String(), { description: 'paths of the missing texts, e.g. form.pages.0.title' }),
});
export type LanguageGapDetail = Static<typeof LanguageGapDetail>;

export const StaffMember = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  role: Type.String(),
  active: Type.Boolean(),
  mustChangePassword: Type.Boolean({ description: 'still holds the temporary password an admin handed over' }),
  twoFactorEnabled: Type.Boolean({ description: 'has a confirmed authenticator (TOTP)' }),
  singleSignOn: Type.Boolean({ description: 'signs in through the authority’s own identity provider' }),
  createdAt: Type.String(),
});
export type StaffMember = Static<typeof StaffMember>;

/** A person with a confirmed authenticator, as the reset screen lists them. */
export const StaffWithAuthenticator = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  role: Type.String(),
  authority: OrNull(Type.Object({ id: Type.String(), name: Names }), { description: 'null for coordinators' }),
});
export type StaffWithAuthenticator = Static<typeof StaffWithAuthenticator>;

export const NewStaffMember = Body({ email: Email, name: Text({ minLength: 1, maxLength: 200, controls: 'line' }), role: OneOf(MANAGED_ROLES) });
export type NewStaffMember = Static<typeof NewStaffMember>;

export const AddedStaffMember = Type.Composite([StaffMember, Type.Object({ temporaryPassword: Type.String({ description: 'shown once; never emailed nor stored' }) })]);
export type AddedStaffMember = Static<typeof AddedStaffMember>;

export { OUTBOX_STATES, type OutboxState };

export const OutboxItem = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  audience: OneOf(['authority', 'customer', 'admins'] as const, { description: 'admins: to the authority’s admins only (a paused webhook endpoint)' }),
  authorityId: OrNull(Type.String()),
  submissionId: OrNull(Type.Integer()),
  reference: OrNull(Type.String()),
  toEmail: OrNull(Type.String({ description: 'null for an authority alert (mailed to its active handlers and admins)' })),
  subject: Type.String(),
  body: Type.String(),
  status: OneOf(OUTBOX_STATES),
  attempts: Type.Integer(),
  nextAttemptAt: OrNull(Type.String()),
  lastError: OrNull(Type.String()),
  createdAt: Type.String(),
  sentAt: OrNull(Type.String()),
  readAt: OrNull(Type.String()),
});
export type OutboxItem = Static<typeof OutboxItem>;

export const OutboxPage = Type.Object({
  items: Type.Array(OutboxItem, { description: 'newest first' }),
  nextCursor: OrNull(Type.String()),
  smtp: Type.Boolean({ description: 'whether alerts are emailed at all' }),
});
export type OutboxPage = Static<typeof OutboxPage>;

const OwnDeployment = Type.Object({ id: PathId('No such deployment') });
const OwnStaffMember = Type.Object({ id: PathId('No such staff member') });
const deploying = { kind: 'staff', grant: 'deployments.manage' } as const;
const managingStaff = { kind: 'staff', grant: 'staff.manage' } as const;

export const adminRoutes = {
  deployments: route({
    method: 'get', path: '/api/deployments', tag: 'Deployments', access: deploying,
    summary: 'The admin’s authority’s deployments',
    answers: { 200: Type.Array(Deployment) }, errors: [],
  }),
  deploy: route({
    method: 'post', path: '/api/deployments', tag: 'Deployments', access: deploying,
    summary: 'Deploy a service of a published pack version for (part of) the authority’s area',
    description: '409 overlap when another authority serves the service in some of the municipalities (error.overlaps); 422 when the service’s authority kind is not the authority’s, the version is not deployable, or the municipalities’ official languages lack texts (error.languageGaps).',
    body: NewDeployment,
    answers: { 201: Type.Object({ id: Type.Integer() }) }, errors: [409, 422],
  }),
  deployment: route({
    method: 'get', path: '/api/deployments/:id', tag: 'Deployments', access: deploying,
    summary: 'One of the authority’s deployments',
    params: OwnDeployment,
    answers: { 200: Deployment }, errors: [404],
  }),
  settings: route({
    method: 'patch', path: '/api/deployments/:id', tag: 'Deployments', access: deploying,
    summary: 'Change what customers are told (response time, contact text) and the appeal instructions decisions carry',
    description: 'Only the members given change; 422 when none is given.',
    params: OwnDeployment,
    body: DeploymentSettings,
    answers: { 200: Deployment }, errors: [404, 422],
  }),
  upgrade: route({
    method: 'post', path: '/api/deployments/:id/upgrade', tag: 'Deployments', access: deploying,
    summary: 'Move the deployment to another published version',
    params: OwnDeployment,
    body: Body({ version: Type.Integer({ minimum: 1 }) }),
    answers: { 200: Deployment }, errors: [404, 409, 422],
  }),
  withdraw: route({
    method: 'delete', path: '/api/deployments/:id', tag: 'Deployments', access: deploying,
    summary: 'Withdraw: leaves the offering, no new submissions; existing ones keep working',
    params: OwnDeployment,
    answers: { 204: 'empty' }, errors: [404],
  }),
  staff: route({
    method: 'get', path: '/api/staff', tag: 'Staff', access: managingStaff,
    summary: 'The admin’s authority’s staff',
    answers: { 200: Type.Array(StaffMember) }, errors: [],
  }),
  addStaff: route({
    method: 'post', path: '/api/staff', tag: 'Staff', access: managingStaff,
    summary: 'Add a person; the answer holds their one-time temporary password',
    body: NewStaffMember,
    answers: { 201: AddedStaffMember }, errors: [409, 422],
  }),
  resetPassword: route({
    method: 'post', path: '/api/staff/:id/reset-password', tag: 'Staff', access: managingStaff,
    summary: 'A new one-time temporary password; the old one stops working and the person’s sessions end',
    params: OwnStaffMember,
    answers: { 200: Type.Object({ id: Type.Integer(), temporaryPassword: Type.String() }) }, errors: [404],
  }),
  authenticators: route({
    method: 'get', path: '/api/staff/authenticators', tag: 'Staff', access: { kind: 'staff', grant: 'staff.secondFactor.reset' },
    summary: 'The people whose authenticator the caller may reset: an authority admin’s own staff, a project coordinator’s everyone',
    answers: { 200: Type.Array(StaffWithAuthenticator) }, errors: [],
  }),
  resetSecondFactor: route({
    method: 'post', path: '/api/staff/:id/reset-second-factor', tag: 'Staff', access: { kind: 'staff', grant: 'staff.secondFactor.reset' },
    summary: 'Remove a person’s lost authenticator and recovery codes; they set up a new one at their next sign-in when their role requires it',
    description:
      'An authority admin for their own authority’s staff, a project coordinator for anyone; another authority’s person is 404. ' +
      'The person’s sessions end. 409 when they have no authenticator, or for one’s own account (turn it off with a code instead).',
    params: OwnStaffMember,
    answers: { 200: Type.Object({ id: Type.Integer(), twoFactorEnabled: Type.Literal(false) }) }, errors: [404, 409],
  }),
  deactivate: route({
    method: 'post', path: '/api/staff/:id/deactivate', tag: 'Staff', access: managingStaff,
    summary: 'Deactivate a person (their sessions end at once); 409 for oneself',
    params: OwnStaffMember,
    answers: { 200: StaffMember }, errors: [404, 409],
  }),
  reactivate: route({
    method: 'post', path: '/api/staff/:id/reactivate', tag: 'Staff', access: managingStaff,
    summary: 'Reactivate a person',
    params: OwnStaffMember,
    answers: { 200: StaffMember }, errors: [404],
  }),
  outbox: route({
    method: 'get', path: '/api/admin/outbox', tag: 'Alerts', access: { kind: 'staff', grant: 'outbox.read' },
    summary: 'Alerts with their delivery state, newest first (admins: their authority’s and its customers’; coordinators: all)',
    query: Type.Object({
      status: Type.Optional(OneOf(OUTBOX_STATES)),
      cursor: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,14}$', 'x-message': 'Must be a nextCursor of this list' })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, 'x-message': 'Must be 1–200' })),
    }),
    answers: { 200: OutboxPage }, errors: [400],
  }),
  retryAlert: route({
    method: 'post', path: '/api/admin/outbox/:id/retry', tag: 'Alerts', access: { kind: 'staff', grant: 'outbox.read' },
    summary: 'Put a failed alert back in the delivery queue, due now',
    description: '409 unless it failed, or when no SMTP is configured.',
    params: Type.Object({ id: PathId('No such alert') }),
    answers: { 200: OutboxItem }, errors: [404, 409],
  }),
};
