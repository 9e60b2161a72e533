/**
 * Acting for a company (server/mandates/): a strongly identified person chooses whom they act for,
 * themselves or a company whose mandate they hold (Suomi.fi-valtuudet, or the local test companies).
 */
import { Type, type Static } from '@sinclair/typebox';
import { route } from './route';
import { Body, Nullable, Text } from './schema-kit';

const tag = 'Acting for a company';

export const CompanyRef = Type.Object({
  businessId: Type.String({ description: 'Y-tunnus, e.g. 7001234-9' }),
  name: Type.String(),
});
export type CompanyRef = Static<typeof CompanyRef>;

export const ActingForState = Type.Object({
  actingFor: Type.Union([
    Type.Object({ kind: Type.Literal('self') }),
    Type.Object({ kind: Type.Literal('company'), businessId: Type.String(), name: Type.String() }),
  ], { description: 'whom the person acts for in this session' }),
  companies: Type.Array(CompanyRef, { description: 'the companies the person holds a mandate for now, by name' }),
});
export type ActingForState = Static<typeof ActingForState>;

const BusinessIdOrSelf = Nullable(Text({
  pattern: '^\\d{7}-\\d$', controls: 'line', message: 'Must be a Y-tunnus such as 7001234-9, or null',
  description: 'the company’s Y-tunnus, or null to act for oneself',
}));

const refusals =
  '403 strong_identification_required (signed in by e-mail code, or not strongly), 403 no_mandate (no mandate for the company), ' +
  '403 mandate_ended (the mandate has ended: the choice is dropped), 404 mandates_unavailable (the mandates source did not answer, or, choosing a company, none is configured). ' +
  'Each refusal is written to the audit log.';

export const mandateRoutes = {
  actingFor: route({
    method: 'get', path: '/api/my/acting-for', tag, access: { kind: 'customer' },
    summary: 'Whom the strongly identified person acts for, and the companies they may act for',
    description: `The mandate of a chosen company is checked again on every request. ${refusals}`,
    answers: { 200: ActingForState }, errors: [401, 403, 404],
  }),
  chooseActingFor: route({
    method: 'put', path: '/api/my/acting-for', tag, access: { kind: 'customer' },
    summary: 'Choose whom to act for: oneself (null) or a company whose mandate one holds',
    description: `422 naming businessId when it is not a Y-tunnus with its check digit. ${refusals}`,
    body: Body({ businessId: BusinessIdOrSelf }),
    answers: { 200: ActingForState }, errors: [401, 403, 404, 422],
  }),
};
