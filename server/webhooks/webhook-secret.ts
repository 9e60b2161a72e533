/**
 * An endpoint's signing secret, as Standard Webhooks writes it: `whsec_` and the base64 of 32
 * random bytes (the specification asks for 24 to 64). The receiver needs it to verify, so it is
 * kept sealed (AES-256-GCM, server/crypto/sealed-text.ts), never hashed, and shown only once.
 */
import { randomBytes } from 'node:crypto';
import { openText, sealText } from '../crypto/sealed-text';

export const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;

export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

export function sealWebhookSecret(sessionSecret: string, secret: string): string {
  return sealText('webhook secret', sessionSecret, secret);
}

export function openWebhookSecret(sessionSecret: string, sealed: string): string {
  return openText('webhook secret', sessionSecret, sealed);
}

/**
 * The secrets a delivery is signed with now: the current one, and during a rotation's grace
 * period the previous one too, so a receiver that has not switched yet still verifies.
 */
export function signingSecrets(
  sessionSecret: string,
  endpoint: { secretSealed: string; previousSecretSealed: string | null; previousSecretExpiresAt: string | null },
  now: Date,
): string[] {
  const current = openWebhookSecret(sessionSecret, endpoint.secretSealed);
  const previousValid = endpoint.previousSecretSealed !== null && endpoint.previousSecretExpiresAt !== null && new Date(endpoint.previousSecretExpiresAt).getTime() > now.getTime();
  return previousValid ? [current, openWebhookSecret(sessionSecret, endpoint.previousSecretSealed as string)] : [current];
}
