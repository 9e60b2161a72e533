/** A strong identification under way as identification_logins keeps it, whichever database holds the table. */
import type { IdentificationLogin } from './identification-login-repository';

export const IDENTIFICATION_LOGIN_INSERT_COLUMNS = 'id, state, nonce, code_verifier, return_to, lang, expires_at';

/** Quoted aliases: PostgreSQL folds bare ones to lower case. */
export const IDENTIFICATION_LOGIN_COLUMNS = 'id, state, nonce, code_verifier AS "codeVerifier", return_to AS "returnTo", lang, expires_at AS "expiresAt"';

export function identificationLoginValues(login: IdentificationLogin): [string, string, string, string, string, string, string] {
  return [login.id, login.state, login.nonce, login.codeVerifier, login.returnTo, login.lang, login.expiresAt];
}
