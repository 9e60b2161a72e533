/**
 * Permit-needs assessments: the published ones, one with its questions and their check, answering
 * one for a municipality, and the kept result by its link or among the signed-in customer's own.
 * The result's TypeScript shape is form-library's (assessment/result-view.ts), which the customer's
 * pages read too; the schema here describes it for the document and the tests that hold the server to it.
 */
import { Type, type Static } from '@sinclair/typebox';
import type { AssessmentResultView } from '../form-library/assessment/result-view';
import { ASSESSMENT_LEVELS, type FormData } from '../form-library/format/types';
import { Lang, LenientLang, LocalizedText, MUNICIPALITY_CODE } from './common';
import { AuthorityKind, FormDefinitionSchema, ServiceKind } from './reference';
import { route } from './route';
import { Body, JsonObject, OneOf, OrNull, PathText, Text } from './schema-kit';

const Slug = Text({ minLength: 1, maxLength: 80, pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', message: 'Must be a slug such as event-organising' });
const Place = Type.Object({ code: Type.String(), fi: Type.String(), sv: Type.String() });
const AuthorityRef = Type.Object({ id: Type.String(), name: Type.String() });
const Level = OneOf(ASSESSMENT_LEVELS);

export const AssessmentSummary = Type.Object({
  pack: Type.String({ description: 'the pack’s slug' }),
  id: Type.String(),
  version: Type.Integer({ description: 'the published version the questions come from' }),
  topic: Type.String(),
  name: Type.String(),
  description: Type.String(),
});
export type AssessmentSummary = Static<typeof AssessmentSummary>;

export const AssessmentQuestions = Type.Composite([AssessmentSummary, Type.Object({ definition: FormDefinitionSchema })]);
export type AssessmentQuestions = Static<typeof AssessmentQuestions>;

const ServiceOffer = Type.Union([
  Type.Object({
    kind: Type.Literal('online'),
    deploymentId: Type.Integer(),
    packVersion: Type.Integer(),
    authority: AuthorityRef,
    estimate: OrNull(Type.Object({ kind: Type.Literal('target'), days: Type.Integer() }), { description: 'the deployment’s response time, a target' }),
  }),
  Type.Object({ kind: Type.Literal('contact'), authority: OrNull(AuthorityRef) }),
  Type.Object({ kind: Type.Literal('withdrawn') }),
]);

const ResultService = Type.Object({
  service: Type.Object({ pack: Type.String(), service: Type.String() }),
  kind: OrNull(ServiceKind),
  name: Type.String(),
  description: Type.String(),
  level: Level,
  reasons: Type.Array(Type.Object({ rule: Type.String(), level: Level, reason: Type.String(), legalSource: Type.String() })),
  offer: ServiceOffer,
});

export const AssessmentResult = Type.Unsafe<AssessmentResultView>(
  Type.Object(
    {
      id: Type.String({ description: 'the result’s link id' }),
      createdAt: Type.String(),
      assessment: Type.Object({ pack: Type.String(), id: Type.String(), version: Type.Integer(), name: Type.String(), description: Type.String() }),
      municipality: Place,
      answers: JsonObject<FormData>('the answers as kept (hidden and blank ones dropped)'),
      form: FormDefinitionSchema,
      services: Type.Array(ResultService, { description: 'needed first, then maybe needed' }),
      onlineCount: Type.Integer({ description: 'how many of the services can be started online here' }),
    },
    { title: 'AssessmentResult' },
  ),
);

export const MyAssessmentResult = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  assessment: Type.Object({ name: Type.String() }),
  municipality: Place,
  needed: Type.Integer(),
  maybe: Type.Integer(),
});
export type MyAssessmentResult = Static<typeof MyAssessmentResult>;

export const PublishedService = Type.Object({
  pack: Type.String(),
  packName: LocalizedText,
  service: Type.String(),
  name: LocalizedText,
  authorityKind: AuthorityKind,
});
export type PublishedService = Static<typeof PublishedService>;

const tag = 'Assessments';
const LangQuery = Type.Object({ lang: Type.Optional(LenientLang) });
const OneAssessment = Type.Object({ pack: PathText('No such assessment: it is not published'), id: PathText('No such assessment: it is not published') });

export const assessmentRoutes = {
  list: route({
    method: 'get', path: '/api/assessments', tag, access: { kind: 'public' },
    summary: 'The published assessments',
    query: Type.Object({ topic: Type.Optional(Text({ maxLength: 50 })), lang: Type.Optional(Lang) }),
    answers: { 200: Type.Array(AssessmentSummary) }, errors: [400],
  }),
  questions: route({
    method: 'get', path: '/api/assessments/:pack/:id', tag, access: { kind: 'public' },
    summary: 'One published assessment with its questions (the latest version that holds it)',
    params: OneAssessment, query: LangQuery,
    answers: { 200: AssessmentQuestions }, errors: [404],
  }),
  validator: route({
    method: 'get', path: '/api/assessments/:pack/:id/validator.js', tag, access: { kind: 'public' },
    summary: 'The questions’ check as a JavaScript module, by the version the page answers',
    params: OneAssessment,
    query: Type.Object({ version: Type.Integer({ minimum: 1 }) }),
    answers: {
      200: { file: 'text/javascript', description: 'ES module, as /api/deployments/{id}/validator.js', headers: { ETag: 'the module’s hash', 'Cache-Control': 'public, max-age=31536000, immutable' } },
      304: 'empty',
    },
    errors: [400, 404, 410],
  }),
  answer: route({
    method: 'post', path: '/api/assessment-results', tag, access: { kind: 'public' },
    summary: 'Answer an assessment for a municipality: which permits are needed there, and how to get them',
    description: 'No sign-in needed; a signed-in customer also finds the result among their own. Rate limited per address.',
    query: LangQuery,
    body: Body({
      pack: Slug,
      assessment: Slug,
      version: Type.Integer({ minimum: 1 }),
      municipality: Text({ minLength: 1, maxLength: 3, pattern: MUNICIPALITY_CODE, message: 'Must be a 3-digit municipality code such as 091' }),
      answers: JsonObject<FormData>('the answers to the questions (field errors have paths answers.…)'),
      lang: Type.Optional(Lang),
    }),
    answers: { 201: AssessmentResult }, errors: [404, 410, 422, 429],
  }),
  result: route({
    method: 'get', path: '/api/assessment-results/:id', tag, access: { kind: 'public' },
    summary: 'A kept result, by its link',
    params: Type.Object({ id: PathText('No such result') }), query: LangQuery,
    answers: { 200: AssessmentResult }, errors: [404],
  }),
  mine: route({
    method: 'get', path: '/api/my/assessment-results', tag, access: { kind: 'customer' },
    summary: 'The signed-in customer’s results, newest first',
    query: LangQuery,
    answers: { 200: Type.Array(MyAssessmentResult) }, errors: [],
  }),
  publishedServices: route({
    method: 'get', path: '/api/published-services', tag, access: { kind: 'staff', grant: 'packs.design' },
    summary: 'Every published service, for the rules editor of an assessment',
    answers: { 200: Type.Array(PublishedService) }, errors: [],
  }),
};
