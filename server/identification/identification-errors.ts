/**
 * Why a strong identification was refused, each with its own error code, status and message
 * (server/API.md). Messages are ours, never the library's (those may quote token contents).
 */
import { HttpError } from '../http/errors';

export const REFUSALS = {
  identification_unavailable: [404, 'Strong identification is not configured on this server'],
  login_not_found: [401, 'No identification under way in this browser, or it was already used or expired: start again'],
  state_mismatch: [401, 'The identification answer does not belong to the identification this browser started (state)'],
  identification_cancelled: [401, 'The identification was cancelled or refused at the identity provider'],
  code_rejected: [401, 'The identity provider refused the authorization code (used already, expired or forged)'],
  id_token_issuer: [401, 'The ID token was not issued by the configured identity provider'],
  id_token_audience: [401, 'The ID token was issued for another client'],
  id_token_signature: [401, 'The ID token’s signature is not valid for the identity provider’s keys'],
  id_token_expired: [401, 'The ID token has expired'],
  id_token_nonce: [401, 'The ID token does not belong to this identification (nonce)'],
  id_token_decryption: [401, 'The ID token could not be decrypted with this service’s key (encrypted to another key, or damaged)'],
  id_token_not_encrypted: [401, 'The ID token came unencrypted, but this service accepts only encrypted ID tokens'],
  id_token_invalid: [401, 'The identity provider’s answer is not a valid ID token'],
  personal_id_missing: [403, 'The identity provider did not give a henkilötunnus, which strong identification needs'],
  personal_id_invalid: [403, 'The henkilötunnus the identity provider gave is not valid'],
  provider_unreachable: [404, 'The identity provider could not be reached; try again later'],
} as const satisfies Record<string, readonly [401 | 403 | 404, string]>;

export type RefusalCode = keyof typeof REFUSALS;

export class IdentificationRefused extends HttpError {
  readonly refusal: RefusalCode;
  constructor(code: RefusalCode) {
    const [status, message] = REFUSALS[code];
    super(status, code, message);
    this.refusal = code;
  }
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && name in value ? (value as Record<string, unknown>)[name] : undefined;
}

/** The error and its causes, outermost first (openid-client wraps the errors of oauth4webapi under it). */
function causes(err: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let at = err; at !== undefined && at !== null && chain.length < 5; at = field(at, 'cause')) chain.push(at);
  return chain;
}

/** The refusal an error of openid-client (or oauth4webapi under it) stands for. */
export function refusalOf(err: unknown): RefusalCode {
  const chain = causes(err);
  const codes = chain.map((c) => field(c, 'code'));
  const names = chain.map((c) => field(c, 'name'));
  const messages = chain.map((c) => String(field(c, 'message') ?? '')).join(' | ');
  const claim = chain.map((c) => field(c, 'claim')).find((c) => typeof c === 'string');
  if (codes.includes('OAUTH_DECRYPTION_FAILED')) return 'id_token_decryption';
  if (codes.includes('KEVYT_ID_TOKEN_NOT_ENCRYPTED')) return 'id_token_not_encrypted';
  if (names.includes('AuthorizationResponseError') || codes.includes('OAUTH_AUTHORIZATION_RESPONSE_ERROR')) return 'identification_cancelled';
  if (names.includes('ResponseBodyError') || codes.includes('OAUTH_RESPONSE_BODY_ERROR')) return 'code_rejected';
  if (codes.includes('OAUTH_JWT_TIMESTAMP_CHECK_FAILED')) return 'id_token_expired';
  if (codes.includes('OAUTH_JWT_CLAIM_COMPARISON_FAILED')) {
    if (claim === 'iss') return 'id_token_issuer';
    if (claim === 'aud' || claim === 'azp') return 'id_token_audience';
    if (claim === 'nonce') return 'id_token_nonce';
    return 'id_token_invalid';
  }
  if (codes.includes('OAUTH_KEY_SELECTION_FAILED') || codes.includes('ERR_JWS_SIGNATURE_VERIFICATION_FAILED') || /signature verification failed/i.test(messages)) return 'id_token_signature';
  if (codes.includes('OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') && messages.includes('state')) return 'state_mismatch';
  if (codes.includes('ECONNREFUSED') || (err instanceof TypeError && /fetch failed/i.test(messages))) return 'provider_unreachable';
  return 'id_token_invalid';
}
