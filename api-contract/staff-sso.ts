/**
 * Staff single sign-on (server/staff-sso/): which authorities sign their staff in through their own
 * OpenID Connect provider, start and complete such a sign-in, and the authority admin's mappings
 * of the provider's group claim values to roles.
 */
import { Type, type Static } from '@sinclair/typebox';
import { MANAGED_ROLES } from '../permissions/permissions';
import { Lang, Names } from './common';
import { route } from './route';
import { Body, ExactText, OneOf, OrNull, Text } from './schema-kit';

const tag = 'Staff single sign-on';

export const SsoProvider = Type.Object({
  authorityId: Type.String(),
  name: Names,
});
export type SsoProvider = Static<typeof SsoProvider>;

export const GroupMapping = Type.Object({
  group: Type.String({ description: 'a value of the provider’s group claim, compared exactly' }),
  role: OneOf(MANAGED_ROLES),
});
export type GroupMapping = Static<typeof GroupMapping>;

export const GroupMappings = Type.Object({
  configured: Type.Boolean({ description: 'whether the admin’s authority has a provider on this server' }),
  issuer: OrNull(Type.String()),
  groupClaim: OrNull(Type.String()),
  mappings: Type.Array(GroupMapping),
});
export type GroupMappings = Static<typeof GroupMappings>;

const ReturnTo = Text({
  minLength: 1, maxLength: 500, pattern: '^(/(fi|sv|en)/virkailija|/builder/(fi|sv|en))(/[^/\\\\].*)?$', controls: 'line',
  message: 'Must be a path of the handler desk or the builder, such as /fi/virkailija',
  description: 'the desk or builder page to come back to after signing in',
});

const Group = Text({ minLength: 1, maxLength: 256, controls: 'line', description: 'the group claim’s value, e.g. kevyt-helsinki-handlers or an Entra ID group object id' });
const managing = { kind: 'staff', grant: 'staff.manage' } as const;

export const staffSsoRoutes = {
  providers: route({
    method: 'get', path: '/api/staff-sso/providers', tag, access: { kind: 'public' },
    summary: 'The authorities whose staff may sign in through their own identity provider (for the sign-in pages)',
    answers: { 200: Type.Array(SsoProvider) }, errors: [],
  }),
  start: route({
    method: 'post', path: '/api/staff-sso/start', tag, access: { kind: 'public' },
    summary: 'Start a staff sign-in at the authority’s identity provider: the address to send the browser to',
    description:
      'Sets the kevyt_staff_sso cookie (HttpOnly, 10 minutes) that the return must carry; state, nonce and the PKCE verifier stay on the server. ' +
      '404 sso_unavailable when the authority has no provider, provider_unreachable when it does not answer.',
    body: Body({ authorityId: Text({ minLength: 1, maxLength: 100, controls: 'line' }), returnTo: ReturnTo, lang: Lang }),
    answers: { 200: Type.Object({ authorizationUrl: Type.String() }) }, errors: [404, 422, 429],
  }),
  complete: route({
    method: 'post', path: '/api/staff-sso/complete', tag, access: { kind: 'public' },
    summary: 'Complete a staff sign-in with the provider’s answer (sets the kevyt_staff cookie, past the second factor)',
    description:
      'The desk’s return page (/fi/virkailija/kertakirjautuminen) posts the query string the provider sent the browser back with. ' +
      'The role comes from the group claim by the authority admin’s mappings; the account is created or updated, linked by issuer and subject. ' +
      'Refusals (401 unless said): login_not_found, state_mismatch, identification_cancelled, code_rejected, id_token_issuer, id_token_audience, ' +
      'id_token_signature, id_token_expired, id_token_nonce, id_token_decryption, id_token_not_encrypted, id_token_invalid; 403 groups_missing (no group claim), ' +
      'groups_overage (the token says the groups did not fit, and the provider has no groups source), groups_source_failed (the groups source ' +
      'did not answer a list of the person’s groups), no_role (no mapped group: ' +
      'a linked account is deactivated and its sessions end), account_other_authority, account_deactivated; 409 account_conflict (the email ' +
      'belongs to an account not linked to this identity); 404 sso_unavailable, provider_unreachable. Each is written to the audit log.',
    body: Body({ query: ExactText({ minLength: 1, maxLength: 4000, controls: 'line', description: 'the return URL’s query string, without ?' }) }),
    answers: { 200: Type.Object({ returnTo: Type.String(), lang: Lang }) },
    errors: [401, 403, 404, 409, 422, 429],
  }),
  mappings: route({
    method: 'get', path: '/api/staff-sso/mappings', tag, access: managing,
    summary: 'The admin’s authority’s group → role mappings and its provider',
    answers: { 200: GroupMappings }, errors: [],
  }),
  setMapping: route({
    method: 'put', path: '/api/staff-sso/mappings', tag, access: managing,
    summary: 'Map a group claim value to a role in the admin’s authority (adds it or changes its role)',
    body: Body({ group: Group, role: OneOf(MANAGED_ROLES) }),
    answers: { 200: GroupMappings }, errors: [422],
  }),
  removeMapping: route({
    method: 'delete', path: '/api/staff-sso/mappings', tag, access: managing,
    summary: 'Remove a group’s mapping; its members lose access at their next sign-in unless another group gives them a role',
    query: Type.Object({ group: Group }),
    answers: { 200: GroupMappings }, errors: [404, 422],
  }),
};
