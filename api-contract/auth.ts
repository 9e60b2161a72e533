/** Staff sign-in, the signed-in person, their own password, and the CSRF token every change needs. */
import { Type, type Static } from '@sinclair/typebox';
import { Lang, Names } from './common';
import { MAX_PASSWORD_LENGTH } from './limits';
import { route } from './route';
import { STAFF_ROLES } from '../permissions/permissions';
import { Body, ExactText, OneOf, OrNull, Text } from './schema-kit';

export const StaffRole = OneOf(STAFF_ROLES);
export type StaffRole = Static<typeof StaffRole>;

export const StaffMe = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  role: StaffRole,
  authority: Type.Union([Type.Object({ id: Type.String(), name: Names }), Type.Null()], { description: 'null for coordinators, who are global' }),
  mustChangePassword: Type.Boolean({ description: 'signed in with a temporary password: the apps ask for a new one before anything else' }),
  twoFactor: Type.Object({
    enabled: Type.Boolean({ description: 'the person has a confirmed authenticator (TOTP)' }),
    required: Type.Boolean({ description: 'their role requires it (authority admins, project coordinators)' }),
    step: OneOf(['none', 'code', 'enrol'] as const, {
      description: 'what this session still owes: nothing, a code (or a recovery code), or setting up an authenticator; until none, every other staff route answers 403 second_factor_required',
    }),
    recoveryCodesLeft: Type.Integer({ minimum: 0, description: 'unused recovery codes' }),
  }),
});
export type StaffMe = Static<typeof StaffMe>;

const tag = 'Staff sign-in';

/** A code from an authenticator app (6 digits) or a recovery code (xxxxx-xxxxx); spaces allowed. */
const CodeBody = Body({ code: Text({ minLength: 1, maxLength: 32 }) });

export const TotpEnrolment = Type.Object({
  secret: Type.String({ description: 'the shared secret in base32, in groups of four, for typing into an app' }),
  otpauthUri: Type.String({ description: 'otpauth://totp/… as the QR code holds it' }),
  qrCode: Type.String({ description: 'the URI as a QR code: a data:image/png;base64 URL' }),
});
export type TotpEnrolment = Static<typeof TotpEnrolment>;

export const RecoveryCodes = Type.Object({
  recoveryCodes: Type.Array(Type.String(), { description: 'shown once: only their hashes are kept' }),
});
export type RecoveryCodes = Static<typeof RecoveryCodes>;

export const authRoutes = {
  csrf: route({
    method: 'get', path: '/api/csrf', tag, access: { kind: 'public' },
    summary: 'A CSRF token for the X-CSRF-Token header of every POST, PUT and DELETE',
    description: 'Also sets the cookie the token is bound to.',
    answers: { 200: Type.Object({ token: Type.String() }) }, errors: [],
  }),
  login: route({
    method: 'post', path: '/api/auth/login', tag, access: { kind: 'public' },
    summary: 'Staff sign-in (sets the kevyt_staff cookie)',
    body: Body({ email: Text({ minLength: 1, maxLength: 254 }), password: ExactText({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH, controls: 'any' }) }),
    answers: { 200: StaffMe }, errors: [401, 422, 429],
  }),
  logout: route({
    method: 'post', path: '/api/auth/logout', tag, access: { kind: 'public' },
    summary: 'Staff sign-out; after a single sign-on, also the provider’s address that ends its session',
    description:
      'Ends the staff session either way. For a session started through the authority’s own provider, logoutUrl is its end-session ' +
      'address (RP-initiated logout with id_token_hint) that sends the browser back to the sign-in page of `app` in `lang`; else null.',
    body: Body({
      lang: Type.Optional(Lang),
      app: Type.Optional(OneOf(['builder', 'desk'] as const, { description: 'the app signed out of, whose sign-in page the provider returns to (default desk)' })),
    }),
    answers: { 200: Type.Object({ logoutUrl: OrNull(Type.String(), { description: 'RP-initiated logout at the staff provider, or null' }) }) },
    errors: [422],
  }),
  me: route({
    method: 'get', path: '/api/auth/me', tag, access: { kind: 'staffSignIn' },
    summary: 'The signed-in staff member',
    answers: { 200: StaffMe }, errors: [],
  }),
  changePassword: route({
    method: 'post', path: '/api/auth/password', tag, access: { kind: 'staffSession' },
    summary: 'Change one’s own password',
    description: 'At least 12 characters, at most 1,024, not the current one. Ends the person’s other sessions. 401 naming currentPassword when it is wrong.',
    // The new password's length rule is the domain's (server/auth/password-change.ts), so it names the same limit everywhere.
    body: Body({ currentPassword: ExactText({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH, controls: 'any' }), newPassword: ExactText({ controls: 'any' }) }),
    answers: { 204: 'empty' }, errors: [401, 422, 429],
  }),
  secondFactor: route({
    method: 'post', path: '/api/auth/second-factor', tag, access: { kind: 'staffSignIn' },
    summary: 'The second step of a staff sign-in: a code from the authenticator or a recovery code',
    description: 'A code is accepted in its 30-second step and one either side, once (409 when it was used already); a recovery code once. 401 naming code when wrong. Failed attempts are limited per person (10 in 15 minutes).',
    body: CodeBody,
    answers: { 200: StaffMe }, errors: [401, 409, 422, 429],
  }),
  totpEnrolment: route({
    method: 'post', path: '/api/auth/totp/enrolment', tag, access: { kind: 'staffSignIn' },
    summary: 'Start setting up an authenticator: a new secret as a QR code and as text',
    description: 'Replaces an enrolment not yet confirmed. 409 when two-step verification is already on.',
    answers: { 200: TotpEnrolment }, errors: [409],
  }),
  totpConfirm: route({
    method: 'post', path: '/api/auth/totp/enrolment/confirm', tag, access: { kind: 'staffSignIn' },
    summary: 'Confirm the authenticator with its first code: two-step verification is on, and the recovery codes are shown once',
    description: 'Also passes the second factor for this session. 422 naming code when wrong; 409 without an enrolment started.',
    body: CodeBody,
    answers: { 200: RecoveryCodes }, errors: [409, 422, 429],
  }),
  recoveryCodes: route({
    method: 'post', path: '/api/auth/totp/recovery-codes', tag, access: { kind: 'staffSession' },
    summary: 'New recovery codes (the old ones stop working), after a current code from the authenticator',
    body: CodeBody,
    answers: { 200: RecoveryCodes }, errors: [409, 422, 429],
  }),
  totpDisable: route({
    method: 'post', path: '/api/auth/totp/disable', tag, access: { kind: 'staffSession' },
    summary: 'Turn two-step verification off, after a current code from the authenticator',
    description: '403 for authority admins and project coordinators, whose role requires it.',
    body: CodeBody,
    answers: { 204: 'empty' }, errors: [403, 409, 422, 429],
  }),
};
