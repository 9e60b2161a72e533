/**
 * Text kept encrypted at rest: AES-256-GCM under a key derived from the session secret and a
 * purpose (so the outbox's codes and the staff's authenticator secrets never share a key). The
 * sealed form is base64url of IV (12 bytes), tag (16) and ciphertext.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Each purpose has its own key; the labels are fixed (changing one makes its sealed texts unreadable). */
export type SealPurpose = 'outbox secret' | 'staff totp secret' | 'webhook secret' | 'session person id' | 'session sso id token';

function keyOf(purpose: SealPurpose, sessionSecret: string): Buffer {
  return createHash('sha256').update(`kevyt ${purpose}\n${sessionSecret}`).digest();
}

export function sealText(purpose: SealPurpose, sessionSecret: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(purpose, sessionSecret), iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The text again; throws when it was sealed under another key or purpose, or altered. */
export function openText(purpose: SealPurpose, sessionSecret: string, sealed: string): string {
  const raw = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(purpose, sessionSecret), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}
