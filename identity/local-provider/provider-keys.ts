/**
 * The test provider's signing key: an RSA key pair (RS256, what OpenID Connect requires every
 * provider to offer) generated at its first start and kept in its folder under the data folder,
 * so ID tokens stay verifiable across restarts. Never in git (data/ is ignored).
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A private JSON Web Key as Node exports it, with its key id and use. */
export type PrivateJwk = JsonWebKey & { kid: string; alg: string; use: 'sig' };

function isPrivateJwk(value: unknown): value is PrivateJwk {
  return typeof value === 'object' && value !== null && 'kid' in value && 'd' in value && 'kty' in value;
}

export function newRsaSigningKey(): PrivateJwk {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

/** The signing key kept in `dir/signing-key.json`, made on first use (readable by the owner only). */
export function providerSigningKey(dir: string): PrivateJwk {
  const file = join(dir, 'signing-key.json');
  if (existsSync(file)) {
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isPrivateJwk(stored)) return stored;
  }
  mkdirSync(dir, { recursive: true });
  const key = newRsaSigningKey();
  writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
  return key;
}
