/** Reference data and the offering: public routes a customer's page starts from. */
import { Type, type Static } from '@sinclair/typebox';
import { AUTHORITY_KINDS, type FormDefinition } from '../form-library/format/types';
import { Lang, MunicipalityCode, Names } from './common';
import { ProcessingEstimate } from './processing-estimate';
import { route } from './route';
import { JsonObject, OneOf, OrNull, PathId, PathText, Text } from './schema-kit';

export const MUNICIPALITY_LANGUAGES = ['fi', 'sv', 'fi-sv', 'sv-fi'] as const;

export const Municipality = Type.Object({
  code: Type.String(),
  fi: Type.String(),
  sv: Type.String(),
  languages: OneOf(MUNICIPALITY_LANGUAGES, { description: 'official languages, the majority language first' }),
});
export type Municipality = Static<typeof Municipality>;

export const AuthorityKind = OneOf(AUTHORITY_KINDS);

export const Authority = Type.Object({
  id: Type.String(),
  kind: AuthorityKind,
  name: Names,
  municipalities: Type.Array(Type.String(), { description: 'the area of operation: municipality codes' }),
});
export type Authority = Static<typeof Authority>;

export const Topic = Type.Object({ id: Type.String(), name: Names });
export type Topic = Static<typeof Topic>;

export const ServiceKind = OneOf(['application', 'notification'] as const);

export const OfferedService = Type.Object({
  deploymentId: Type.Integer(),
  serviceId: Type.String(),
  packSlug: Type.String(),
  packVersion: Type.Integer(),
  kind: ServiceKind,
  name: Type.String(),
  description: Type.String(),
  topics: Type.Array(Type.String()),
  authority: Type.Object({
    id: Type.String(),
    name: Type.String(),
    kind: Type.String({ description: 'municipality, rescue, police, wellbeing or national: tells the municipality’s own services from those every municipality has' }),
  }),
});
export type OfferedService = Static<typeof OfferedService>;

export const Offering = Type.Object({
  municipality: Type.Object({
    code: Type.String(),
    fi: Type.String(),
    sv: Type.String(),
    web: OrNull(Type.String(), { description: 'the municipality’s own web address, for what is not offered here' }),
  }),
  services: Type.Array(OfferedService),
});
export type Offering = Static<typeof Offering>;

export const FormDefinitionSchema = JsonObject<FormDefinition>('A form in the form-pack format (form-library/format/types.ts FormDefinition; JSON Schema in form-library/format/pack-schema.ts)', 'FormDefinition');

/** The handling authority's own privacy notice for a service (a link or a text); null: Kevyt's general notice only. */
export const PrivacyNotice = OrNull(
  Type.Union([
    Type.Object({ kind: Type.Literal('url'), url: Type.String() }),
    Type.Object({ kind: Type.Literal('text'), text: Type.String() }),
  ]),
);
export type PrivacyNotice = Static<typeof PrivacyNotice>;

export const DeploymentForm = Type.Object({
  deploymentId: Type.Integer(),
  service: Type.Object({
    id: Type.String(), kind: ServiceKind, name: Type.String(), description: Type.String(),
    identification: OneOf(['none', 'email', 'strong'] as const, { description: 'how surely the customer must be identified to send (the pack’s setting)' }),
  }),
  authority: Type.Object({ id: Type.String(), name: Type.String() }),
  packVersion: Type.Integer(),
  municipalities: Type.Array(Type.String()),
  respondWithinDays: Type.Union([Type.Integer(), Type.Null()]),
  contactText: Type.Union([Type.String(), Type.Null()]),
  privacyNotice: PrivacyNotice,
  /** How long the service usually takes at this authority (measured, or the response time as a target). */
  estimate: ProcessingEstimate,
  definition: FormDefinitionSchema,
  compiled: Type.Object({
    schema: JsonObject('The form compiled to JSON Schema in the requested language'),
    uiSchema: JsonObject('The rjsf uiSchema of the compiled form'),
  }),
});
export type DeploymentForm = Static<typeof DeploymentForm>;

const DeploymentParams = Type.Object({ id: PathId('No such deployment') });

export const referenceRoutes = {
  municipalities: route({
    method: 'get', path: '/api/municipalities', tag: 'Reference data', access: { kind: 'public' },
    summary: 'The 308 municipalities with their official languages',
    answers: { 200: Type.Array(Municipality) }, errors: [],
  }),
  authorities: route({
    method: 'get', path: '/api/authorities', tag: 'Reference data', access: { kind: 'public' },
    summary: 'Authorities with their areas of operation',
    answers: { 200: Type.Array(Authority) }, errors: [],
  }),
  topics: route({
    method: 'get', path: '/api/topics', tag: 'Reference data', access: { kind: 'public' },
    summary: 'Service packages by topic',
    answers: { 200: Type.Array(Topic) }, errors: [],
  }),
  offering: route({
    method: 'get', path: '/api/offering', tag: 'Offering', access: { kind: 'public' },
    summary: 'The e-services offered in one municipality',
    description: 'Every service some authority has deployed for an area containing the municipality. 400 for an unknown municipality code.',
    query: Type.Object({
      municipality: MunicipalityCode,
      topic: Type.Optional(Text({ maxLength: 50 })),
      lang: Type.Optional(Lang),
    }),
    answers: { 200: Offering }, errors: [400],
  }),
  deploymentForm: route({
    method: 'get', path: '/api/deployments/:id/form', tag: 'Offering', access: { kind: 'public' },
    summary: 'The compiled form of the pack version a deployment pins',
    description: 'With `version` (the packVersion the deployment pins) the answer never changes: cached a year as immutable, with an ETag; another version is 404. Without it the answer is the current form, not cached.',
    params: DeploymentParams,
    query: Type.Object({ lang: Type.Optional(Lang), version: Type.Optional(Type.Integer({ minimum: 1, description: 'the packVersion the deployment pins' })) }),
    answers: { 200: DeploymentForm, 304: 'empty' }, errors: [400, 404],
  }),
  submissionSchema: route({
    method: 'get', path: '/api/packs/:slug/versions/:version/services/:serviceId/schema', tag: 'Offering', access: { kind: 'public' },
    summary: 'The submission contract of a deployed service: JSON Schema 2020-12',
    description:
      'Everything the send route checks in `data`, for one service of one pack version: sections, groups, conditions as `if`/`then` '
      + '(a field shown and required only when an earlier answer says so; the answer of a hidden field is dropped, never refused), '
      + 'attachment fields marked `x-kevyt-attachment: true` (lists of ids from POST /api/attachments, with `x-kevyt-accept` and '
      + '`x-kevyt-maxSizeMb`), Finnish identifiers as `pattern` plus `format` (`fi-business-id`, `fi-personal-id`, `fi-postal-code`, '
      + '`fi-phone`, `fi-municipality`, `fi-time`), date limits as `formatMinimum`/`formatMaximum` and a date range’s order as '
      + '`x-kevyt-endNotBeforeStart` (form-library/contract/submission-schema.ts). Answered for a pack version some authority has '
      + 'deployed the service with (its form is public then); a version never changes, so the answer is cached as immutable.',
    params: Type.Object({
      slug: PathText('No such pack', 'the pack’s slug, e.g. event-organising'),
      version: PathId('No such pack version', 'a published version of the pack'),
      serviceId: PathText('No such service', 'the service’s id in the pack, e.g. public-event-police'),
    }),
    answers: {
      200: {
        file: 'application/schema+json',
        description: 'a JSON Schema 2020-12 document whose `$id` is its URL',
        headers: { ETag: 'the document’s hash', 'Cache-Control': 'public, max-age=31536000, immutable' },
      },
      304: 'empty',
    },
    errors: [404],
  }),
  deploymentValidator: route({
    method: 'get', path: '/api/deployments/:id/validator.js', tag: 'Offering', access: { kind: 'public' },
    summary: 'The form’s submission check as a JavaScript module',
    description: 'ajv standalone code of the schema the server checks a submission with. `version` must be the version the deployment pins, so the content of the URL never changes (immutable, with an ETag).',
    params: DeploymentParams,
    query: Type.Object({ version: Type.Integer({ minimum: 1, description: 'the packVersion of /form' }) }),
    answers: {
      200: { file: 'text/javascript', description: 'ES module; default export `(data) => boolean` with ajv’s `errors`', headers: { ETag: 'the module’s hash', 'Cache-Control': 'public, max-age=31536000, immutable' } },
      304: 'empty',
    },
    errors: [400, 404],
  }),
};
