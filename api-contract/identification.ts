/**
 * Strong identification of customers through OpenID Connect (server/identification/): start at the
 * identity provider, complete on return, who is identified, sign out (RP-initiated logout), and the
 * client's public keys for `private_key_jwt`.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Lang } from './common';
import { route } from './route';
import { Body, ExactText, OrNull, Text } from './schema-kit';

const tag = 'Identification';

export const IdentifiedPersonAnswer = Type.Object({
  givenName: Type.String(),
  familyName: Type.String(),
  personalId: Type.String({ description: 'the henkilötunnus, sent only to the person themself, to prefill their forms' }),
});

export const IdentificationStatus = Type.Object({
  identification: Type.Union([Type.Literal('none'), Type.Literal('email'), Type.Literal('strong')], {
    description: 'how this browser’s customer is identified: not at all, by an e-mailed code, or strongly',
  }),
  email: OrNull(Type.String(), { description: 'the e-mail address of an e-mail-code sign-in' }),
  person: OrNull(IdentifiedPersonAnswer, { description: 'the strongly identified person' }),
  strongAvailable: Type.Boolean({ description: 'whether this server offers strong identification' }),
});
export type IdentificationStatus = Static<typeof IdentificationStatus>;

const ReturnTo = Text({
  minLength: 1, maxLength: 500, pattern: '^/(fi|sv|en)(/[^/\\\\].*)?$', controls: 'line',
  message: 'Must be a path of the customer app, such as /fi/asioi/091/…',
  description: 'the customer app page to come back to after identifying',
});

export const identificationRoutes = {
  status: route({
    method: 'get', path: '/api/identification/me', tag, access: { kind: 'public' },
    summary: 'How the customer of this browser is identified',
    answers: { 200: IdentificationStatus }, errors: [],
  }),
  start: route({
    method: 'post', path: '/api/identification/start', tag, access: { kind: 'public' },
    summary: 'Start strong identification: the identity provider’s address to send the browser to',
    description:
      'Sets the kevyt_oidc cookie (HttpOnly, 10 minutes) that the return must carry; state, nonce and the PKCE verifier stay on the server. ' +
      '404 identification_unavailable when no provider is configured, provider_unreachable when it does not answer.',
    body: Body({ returnTo: ReturnTo, lang: Lang }),
    answers: { 200: Type.Object({ authorizationUrl: Type.String() }) }, errors: [404, 422, 429],
  }),
  complete: route({
    method: 'post', path: '/api/identification/complete', tag, access: { kind: 'public' },
    summary: 'Complete strong identification with the provider’s answer (sets the kevyt_customer cookie)',
    description:
      'The customer app’s return page posts the query string the provider sent the browser back with. Refusals (401 unless said): ' +
      'login_not_found (no identification under way in this browser, used or expired), state_mismatch, identification_cancelled, ' +
      'code_rejected (replayed, expired or forged code), id_token_issuer, id_token_audience, id_token_signature, id_token_expired, ' +
      'id_token_nonce, id_token_decryption (encrypted to another key), id_token_not_encrypted (encryption is configured but the token came signed only), ' +
      'id_token_invalid; 403 personal_id_missing, personal_id_invalid; 404 identification_unavailable, provider_unreachable. ' +
      'Each is written to the audit log.',
    body: Body({ query: ExactText({ minLength: 1, maxLength: 4000, controls: 'line', description: 'the return URL’s query string, without ?' }) }),
    answers: { 200: Type.Object({ returnTo: Type.String(), lang: Lang, givenName: Type.String(), familyName: Type.String() }) },
    errors: [401, 403, 404, 422, 429],
  }),
  logout: route({
    method: 'post', path: '/api/identification/logout', tag, access: { kind: 'public' },
    summary: 'Sign the customer out; for a strong identification, also the provider’s address that ends its session',
    body: Body({ lang: Type.Optional(Lang) }),
    answers: { 200: Type.Object({ logoutUrl: OrNull(Type.String(), { description: 'RP-initiated logout at the provider, or null' }) }) },
    errors: [422],
  }),
  jwks: route({
    method: 'get', path: '/api/identification/jwks', tag, access: { kind: 'public' },
    summary: 'The client’s public keys (JWKS), to register at the identity provider: the signing key for private_key_jwt (use sig) and, with encrypted ID tokens, the encryption key (use enc)',
    answers: { 200: Type.Object({ keys: Type.Array(Type.Object({}, { additionalProperties: true })) }) }, errors: [404],
  }),
};
