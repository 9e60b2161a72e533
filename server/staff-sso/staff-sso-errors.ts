/**
 * Why a staff single sign-on was refused, each with its own code, status and message (server/API.md).
 * The provider's answer is judged as customers' strong identification judges it (the same codes for
 * state, code and ID token, from server/identification/identification-errors.ts); the rest is staff's own.
 */
import { HttpError } from '../http/errors';
import { REFUSALS as IDENTIFICATION_REFUSALS } from '../identification/identification-errors';

const TOKEN_REFUSALS = {
  login_not_found: IDENTIFICATION_REFUSALS.login_not_found,
  state_mismatch: IDENTIFICATION_REFUSALS.state_mismatch,
  identification_cancelled: IDENTIFICATION_REFUSALS.identification_cancelled,
  code_rejected: IDENTIFICATION_REFUSALS.code_rejected,
  id_token_issuer: IDENTIFICATION_REFUSALS.id_token_issuer,
  id_token_audience: IDENTIFICATION_REFUSALS.id_token_audience,
  id_token_signature: IDENTIFICATION_REFUSALS.id_token_signature,
  id_token_expired: IDENTIFICATION_REFUSALS.id_token_expired,
  id_token_nonce: IDENTIFICATION_REFUSALS.id_token_nonce,
  id_token_decryption: IDENTIFICATION_REFUSALS.id_token_decryption,
  id_token_not_encrypted: IDENTIFICATION_REFUSALS.id_token_not_encrypted,
  id_token_invalid: IDENTIFICATION_REFUSALS.id_token_invalid,
  provider_unreachable: IDENTIFICATION_REFUSALS.provider_unreachable,
} as const;

export const STAFF_SSO_REFUSALS = {
  ...TOKEN_REFUSALS,
  sso_unavailable: [404, 'This authority has no single sign-on configured on this server'],
  groups_missing: [403, 'The identity provider did not say which groups the person belongs to (no group claim)'],
  groups_overage: [403, 'The person is in more groups than the identity provider puts in a token, and no groups source is configured to fetch them from (groupsSource)'],
  groups_source_failed: [403, 'The provider’s groups source did not give the person’s groups, so their role cannot be told; try again later'],
  no_role: [403, 'None of the person’s groups is mapped to a role in this authority'],
  account_conflict: [409, 'An account with this email exists already and is not linked to this identity; an administrator must sort it out'],
  account_other_authority: [403, 'This identity is linked to an account of another authority'],
  account_deactivated: [403, 'This account has been deactivated by an administrator'],
} as const satisfies Record<string, readonly [401 | 403 | 404 | 409, string]>;

export type StaffSsoRefusalCode = keyof typeof STAFF_SSO_REFUSALS;

export class StaffSsoRefused extends HttpError {
  readonly refusal: StaffSsoRefusalCode;
  constructor(code: StaffSsoRefusalCode) {
    const [status, message] = STAFF_SSO_REFUSALS[code];
    super(status, code, message);
    this.refusal = code;
  }
}

/** A refusal code of the token checks, narrowed to those staff sign-in uses. */
export function tokenRefusal(code: keyof typeof IDENTIFICATION_REFUSALS): StaffSsoRefusalCode {
  return code in TOKEN_REFUSALS ? (code as StaffSsoRefusalCode) : 'id_token_invalid';
}
