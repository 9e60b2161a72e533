/**
 * A secret an alert carries (a customer's sign-in code) is not stored in its text: the outbox row's
 * subject and body hold SECRET_PLACEHOLDER, and the secret itself is kept beside them encrypted
 * (AES-256-GCM under a key derived from the session secret) until it is delivered or expires, when
 * it is dropped. A copy of the database or of the outbox then holds no usable code; delivery, and
 * the developer's console echo, put the secret into the text just before it is mailed or printed.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export const SECRET_PLACEHOLDER = '{secret}';

function keyOf(sessionSecret: string): Buffer {
  return createHash('sha256').update(`kevyt outbox secret\n${sessionSecret}`).digest();
}

/** The secret encrypted: base64url of IV (12 bytes), tag (16) and ciphertext. */
export function sealSecret(sessionSecret: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(sessionSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The secret again; throws when it was sealed under another key or altered. */
export function openSecret(sessionSecret: string, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(sessionSecret), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
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
