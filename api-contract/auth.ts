/** Staff sign-in, the signed-in person, their own password, and the CSRF token every change needs. */
import { Type, type Static } from '@sinclair/typebox';
import { Names } from './common';
import { MAX_PASSWORD_LENGTH } from './limits';
import { route } from './route';
import { STAFF_ROLES } from '../permissions/permissions';
import { Body, ExactText, OneOf, Text } from './schema-kit';

export const StaffRole = OneOf(STAFF_ROLES);
export type StaffRole = Static<typeof StaffRole>;

export const StaffMe = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  role: StaffRole,
  authority: Type.Union([Type.Object({ id: Type.String(), name: Names }), Type.Null()], { description: 'null for coordinators, who are global' }),
  mustChangePassword: Type.Boolean({ description: 'signed in with a temporary password: the apps ask for a new one before anything else' }),
});
export type StaffMe = Static<typeof StaffMe>;

const tag = 'Staff sign-in';

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
    summary: 'Staff sign-out',
    answers: { 204: 'empty' }, errors: [],
  }),
  me: route({
    method: 'get', path: '/api/auth/me', tag, access: { kind: 'staffSession' },
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
};
