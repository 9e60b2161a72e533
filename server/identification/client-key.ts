/**
 * The client's key pair for `private_key_jwt`: a private JWK read from OIDC_CLIENT_KEY_FILE. For
 * the local test provider it is made at the first start and kept in the data folder (never in
 * git); for a real broker the operator makes it, registers the public half (GET
 * /api/identification/jwks serves it) and points OIDC_CLIENT_KEY_FILE at the private one.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { publicEncryptionJwk, type IdTokenEncryption } from './encryption-key';

export type ClientJwk = JsonWebKey & { kid: string; alg: 'ES256' | 'RS256' };

function isClientJwk(value: unknown): value is ClientJwk {
  return (
    typeof value === 'object' && value !== null && 'kid' in value && typeof value.kid === 'string' && 'd' in value &&
    'alg' in value && (value.alg === 'ES256' || value.alg === 'RS256')
  );
}

export function readClientKey(file: string): ClientJwk {
  const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isClientJwk(stored)) throw new Error(`${file} is not a private JWK with kid and alg ES256 or RS256`);
  return stored;
}

/** The key in `file`, made (EC P-256, ES256) when there is none yet. */
export function clientKeyMadeOnce(file: string): ClientJwk {
  if (existsSync(file)) return readClientKey(file);
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const key: ClientJwk = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'ES256' };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
  return key;
}

/** The public half, as the provider is told it (no private members). */
export function publicJwk(key: ClientJwk): JsonWebKey & { kid: string; alg: string; use: 'sig' } {
  const { kty, crv, x, y, n, e, kid, alg } = key;
  return { kty, ...(crv ? { crv, x, y } : { n, e }), kid, alg, use: 'sig' };
}

/** The client's public keys as the provider is told them (and GET /api/identification/jwks serves them): the signing key, and the encryption key when ID tokens are encrypted. */
export function clientJwks(clientKey: ClientJwk, encryption: IdTokenEncryption | undefined): { keys: JsonWebKey[] } {
  return { keys: [publicJwk(clientKey), ...(encryption ? [publicEncryptionJwk(encryption.key)] : [])] };
}

export async function signingKey(key: ClientJwk): Promise<CryptoKey> {
  const algorithm = key.alg === 'ES256' ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const { kid: _kid, alg: _alg, ...jwk } = key;
  return crypto.subtle.importKey('jwk', jwk, algorithm, false, ['sign']);
}
