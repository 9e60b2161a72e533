/** Form packs: drafts, publication and versions. Designers: own authority's packs; coordinators: all; admins read published packs to deploy them. */
import { Type, type Static } from '@sinclair/typebox';
import type { FormPackContent } from '../form-library/format/types';
import { LenientLang, LocalizedText, Names } from './common';
import { AuthorityKind } from './reference';
import { route } from './route';
import { Body, JsonObject, OneOf, OrNull, PathId, Text } from './schema-kit';

export const PackContent = JsonObject<FormPackContent>(
  'A form pack’s content in the form-pack format (form-library/format/types.ts FormPackContent; JSON Schema in form-library/format/pack-schema.ts). Field errors have paths content.…',
  'FormPackContent',
);

export const VersionSummary = Type.Object({ version: Type.Integer(), publishedAt: Type.String(), retired: Type.Boolean() });
export type VersionSummary = Static<typeof VersionSummary>;

export const VersionWithChangelog = Type.Composite([VersionSummary, Type.Object({ changelog: Type.String() })]);
export type VersionWithChangelog = Static<typeof VersionWithChangelog>;

/** A designer's open request that a coordinator review and publish the draft. */
export const ReviewRequest = Type.Object({
  requestedAt: Type.String(),
  requestedBy: OrNull(Type.Object({ id: Type.Integer(), name: Type.String() })),
  message: OrNull(Type.String()),
  changedSince: Type.Boolean({ description: 'the draft was saved again after the request' }),
});
export type ReviewRequest = Static<typeof ReviewRequest>;

export const PackSummary = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  name: LocalizedText,
  ownerAuthority: OrNull(Type.Object({ id: Type.String(), name: Names }), { description: 'null: a library pack of the coordinators' }),
  draftUpdatedAt: OrNull(Type.String(), { description: 'null for someone who may read only the published versions' }),
  editable: Type.Boolean({ description: 'whether this staff member may edit the draft' }),
  services: Type.Array(Type.Object({ id: Type.String(), name: LocalizedText, authorityKind: AuthorityKind })),
  versions: Type.Array(VersionSummary),
  draftStatus: OrNull(OneOf(['unpublished', 'changed', 'unchanged'] as const), {
    description: 'the draft against the latest version (form-library packChanged); null for someone who may read only the published versions',
  }),
  review: OrNull(ReviewRequest, { description: 'the open review request, for those who may edit the pack' }),
});
export type PackSummary = Static<typeof PackSummary>;

export const PROBLEM_SOURCES = ['format', 'form', 'workflow', 'translation', 'assessment'] as const;

export const PackProblem = Type.Object({
  path: Type.String(),
  message: Type.String({ description: 'in ?lang= (English without it)' }),
  code: Type.String(),
  source: OneOf(PROBLEM_SOURCES),
  /** 'error' stops publishing; 'warning' (what concerns English) does not. */
  severity: OneOf(['error', 'warning'] as const),
  lang: Type.Optional(OneOf(['fi', 'sv', 'en'] as const)),
  elementId: Type.Optional(Type.String()),
  serviceIndex: Type.Optional(Type.Integer({ description: 'the service it is in; absent for the pack’s own texts and rules' })),
});
export type PackProblem = Static<typeof PackProblem>;

export const PackDraft = Type.Object({
  content: PackContent,
  updatedAt: Type.String(),
  problems: Type.Array(PackProblem),
  review: OrNull(ReviewRequest, { description: 'the open review request, for those who may edit the pack' }),
});
export type PackDraft = Static<typeof PackDraft>;

export const SavedDraft = Type.Object({ updatedAt: Type.String(), problems: Type.Array(PackProblem) });
export type SavedDraft = Static<typeof SavedDraft>;

export const PackVersion = Type.Object({
  version: Type.Integer(),
  content: PackContent,
  changelog: Type.String(),
  publishedAt: Type.String(),
  retired: Type.Boolean(),
});
export type PackVersion = Static<typeof PackVersion>;

const Pack = Type.Object({ id: PathId('No such pack') });
const PackAndVersion = Type.Object({ id: PathId('No such pack'), version: PathId('No such version') });
const FieldLang = Type.Object({ lang: Type.Optional(LenientLang) });
const packStaff = { kind: 'staff', grant: 'packs.read' } as const;
const tag = 'Packs';

export const packRoutes = {
  list: route({
    method: 'get', path: '/api/packs', tag, access: packStaff,
    summary: 'The packs this staff member may see',
    answers: { 200: Type.Array(PackSummary) }, errors: [],
  }),
  create: route({
    method: 'post', path: '/api/packs', tag, access: { kind: 'staff', grant: 'packs.create' },
    summary: 'A new pack (a designer’s belongs to their authority; a coordinator’s is a library pack)',
    query: FieldLang,
    body: Body({ content: PackContent }),
    answers: { 201: Type.Object({ id: Type.Integer() }) }, errors: [409, 422],
  }),
  draft: route({
    method: 'get', path: '/api/packs/:id/draft', tag, access: packStaff,
    summary: 'The pack’s draft with what stops it from being published',
    description: 'The draft is the owning authority’s and the coordinators’: another authority’s admin gets 403 and reads the published versions.',
    params: Pack, query: FieldLang,
    answers: { 200: PackDraft }, errors: [403, 404],
  }),
  saveDraft: route({
    method: 'put', path: '/api/packs/:id/draft', tag, access: packStaff,
    summary: 'Save the draft',
    description: '409 when baseUpdatedAt is not the draft’s current updatedAt (someone saved in between; error.updatedAt holds the current one); 422 if the slug changes or the format fails.',
    params: Pack, query: FieldLang,
    body: Body({ content: PackContent, baseUpdatedAt: Type.Optional(Text({ maxLength: 40 })) }),
    answers: { 200: SavedDraft }, errors: [404, 409, 422],
  }),
  publish: route({
    method: 'post', path: '/api/packs/:id/publish', tag, access: { kind: 'staff', grant: 'packs.publish' },
    summary: 'Publish the draft as the next version (project coordinators)',
    description: '422 with the problems as fields when the checks or the fi/sv language gate fail; 409 when the draft is the same as the latest version.',
    params: Pack, query: FieldLang,
    body: Body({ changelog: Text({ minLength: 1, maxLength: 4000 }) }),
    answers: { 201: Type.Object({ version: Type.Integer() }) }, errors: [404, 409, 422],
  }),
  requestReview: route({
    method: 'post', path: '/api/packs/:id/review-request', tag, access: { kind: 'staff', grant: 'packs.design' },
    summary: 'Ask a coordinator to review and publish the draft (the pack’s designers)',
    description: '403 for anyone but a designer who may edit the pack; 422 with the problems while the publishing gate would refuse the draft; 409 when it is the same as the latest version.',
    params: Pack, query: FieldLang,
    body: Body({ message: Type.Optional(Text({ maxLength: 2000 })) }),
    answers: { 201: Type.Object({ requestedAt: Type.String() }) }, errors: [403, 404, 409, 422],
  }),
  withdrawReview: route({
    method: 'delete', path: '/api/packs/:id/review-request', tag, access: { kind: 'staff', grant: 'packs.design' },
    summary: 'Withdraw the open review request (the pack’s designers)',
    params: Pack,
    answers: { 204: 'empty' }, errors: [403, 404],
  }),
  versions: route({
    method: 'get', path: '/api/packs/:id/versions', tag, access: packStaff,
    summary: 'The pack’s published versions',
    params: Pack,
    answers: { 200: Type.Array(VersionWithChangelog) }, errors: [404],
  }),
  version: route({
    method: 'get', path: '/api/packs/:id/versions/:version', tag, access: packStaff,
    summary: 'One published version',
    params: PackAndVersion,
    answers: { 200: PackVersion }, errors: [404],
  }),
  retire: route({
    method: 'post', path: '/api/packs/:id/versions/:version/retire', tag, access: { kind: 'staff', grant: 'packs.retire' },
    summary: 'Retire a version: no new deployments or upgrades to it (project coordinators)',
    params: PackAndVersion,
    answers: { 200: Type.Object({ version: Type.Integer(), retired: Type.Literal(true) }) }, errors: [404, 409],
  }),
};

