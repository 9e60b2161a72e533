/**
 * A secret an alert carries (a customer's sign-in code) is not stored in its text: the outbox row's
 * subject and body hold SECRET_PLACEHOLDER, and the secret itself is kept beside them encrypted
 * (AES-256-GCM under a key derived from the session secret) until it is delivered or expires, when
 * it is dropped. A copy of the database or of the outbox then holds no usable code; delivery, and
 * the developer's console echo, put the secret into the text just before it is mailed or printed.
 */
import { openText, sealText } from '../crypto/sealed-text';

export const SECRET_PLACEHOLDER = '{secret}';

/** The secret encrypted (see server/crypto/sealed-text.ts). */
export function sealSecret(sessionSecret: string, secret: string): string {
  return sealText('outbox secret', sessionSecret, secret);
}

/** The secret again; throws when it was sealed under another key or altered. */
export function openSecret(sessionSecret: string, sealed: string): string {
  return openText('outbox secret', sessionSecret, sealed);
}

export interface StoredText {
  subject: string;
  body: string;
  /** The sealed secret, or null (none, or already dropped). */
  secret: string | null;
}

/** The text as it is mailed: the secret in place of its placeholder (left as it is without one). */
export function deliveredText(sessionSecret: string, row: StoredText): { subject: string; body: string } {
  if (row.secret === null) return { subject: row.subject, body: row.body };
  const secret = openSecret(sessionSecret, row.secret);
  return { subject: row.subject.replaceAll(SECRET_PLACEHOLDER, secret), body: row.body.replaceAll(SECRET_PLACEHOLDER, secret) };
}
