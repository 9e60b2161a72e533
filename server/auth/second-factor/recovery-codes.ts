/**
 * Recovery codes: ten per person, shown once when made, each good for one sign-in in place of an
 * authenticator code. A code is ten characters of an alphabet without look-alikes (about 50 bits),
 * shown as `xxxxx-xxxxx`; the database keeps only an HMAC-SHA-256 under a key derived from the
 * session secret, so a copy of the database yields no usable code.
 */
import { createHmac, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 10;

export function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, newRecoveryCode);
}

/** A recovery code as typed (any case, spaces or hyphens anywhere); null when it cannot be one. */
export function normalizeRecoveryCode(typed: string): string | null {
  const code = typed.toLowerCase().replace(/[\s-]+/g, '');
  if (code.length !== LENGTH) return null;
  return [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

/** The stored form of a (normalized) recovery code. */
export function recoveryCodeHash(sessionSecret: string, normalized: string): string {
  return createHmac('sha256', `kevyt recovery code\n${sessionSecret}`).update(normalized).digest('hex');
}
