/**
 * The relying party's key for encrypted ID tokens (JWE), as the Finnish identification brokers
 * require (Traficom's OpenID Connect profile of the Finnish Trust Network): the provider encrypts
 * each ID token to the public half, and only this server, holding the private JWK, can read it.
 * For the local test provider the key is made at the first start beside the database (never in
 * git); for a real broker the operator makes it, registers the public half (GET
 * /api/identification/jwks serves it with `use: enc`) and points OIDC_ENCRYPTION_KEY_FILE at it.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type * as oidc from 'openid-client';

/** The JWE key management algorithms a key may be for: RSA-OAEP for RSA keys, ECDH-ES for P-256 keys. */
export const KEY_MANAGEMENT_ALGS = ['RSA-OAEP-256', 'RSA-OAEP', 'ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A256KW'] as const;
export type KeyManagementAlg = (typeof KEY_MANAGEMENT_ALGS)[number];

/** The JWE content encryption algorithms the server accepts. */
export const CONTENT_ENCRYPTION_ALGS = ['A256GCM', 'A128GCM', 'A192GCM', 'A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512'] as const;
export type ContentEncryptionAlg = (typeof CONTENT_ENCRYPTION_ALGS)[number];

export type EncryptionJwk = JsonWebKey & { kid: string; alg: KeyManagementAlg };

/** Encrypted ID tokens as a client asks for them: its key and the content encryption. */
export interface IdTokenEncryption {
  key: EncryptionJwk;
  enc: ContentEncryptionAlg;
}

export function isContentEncryptionAlg(value: string): value is ContentEncryptionAlg {
  return (CONTENT_ENCRYPTION_ALGS as readonly string[]).includes(value);
}

function isEncryptionJwk(value: unknown): value is EncryptionJwk {
  if (typeof value !== 'object' || value === null || !('kid' in value) || typeof value.kid !== 'string' || !('d' in value) || !('alg' in value)) return false;
  const alg = String(value.alg);
  const kty = 'kty' in value ? value.kty : undefined;
  if (alg.startsWith('RSA-OAEP')) return kty === 'RSA' && (KEY_MANAGEMENT_ALGS as readonly string[]).includes(alg);
  return kty === 'EC' && 'crv' in value && value.crv === 'P-256' && (KEY_MANAGEMENT_ALGS as readonly string[]).includes(alg);
}

export function readEncryptionKey(file: string): EncryptionJwk {
  const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isEncryptionJwk(stored)) throw new Error(`${file} is not a private JWK with kid and alg ${KEY_MANAGEMENT_ALGS.join(', ')} (RSA, or EC P-256 for ECDH-ES)`);
  return stored;
}

/** A new key: RSA 2048 for RSA-OAEP-256, what the brokers commonly ask for. */
export function newEncryptionKey(): EncryptionJwk {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RSA-OAEP-256' };
}

/** The key in `file`, made when there is none yet (readable by the owner only). */
export function encryptionKeyMadeOnce(file: string): EncryptionJwk {
  if (existsSync(file)) return readEncryptionKey(file);
  const key = newEncryptionKey();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(key), { mode: 0o600 });
  return key;
}

/** The public half, as the provider is told it (no private members). */
export function publicEncryptionJwk(key: EncryptionJwk): JsonWebKey & { kid: string; alg: string; use: 'enc' } {
  const { kty, crv, x, y, n, e, kid, alg } = key;
  return { kty, ...(crv ? { crv, x, y } : { n, e }), kid, alg, use: 'enc' };
}

/** The private key as openid-client decrypts with it. */
export async function decryptionKey(key: EncryptionJwk): Promise<oidc.DecryptionKey> {
  const { kid, alg, ...jwk } = key;
  const algorithm = alg.startsWith('RSA-OAEP')
    ? { name: 'RSA-OAEP', hash: alg === 'RSA-OAEP' ? 'SHA-1' : 'SHA-256' }
    : { name: 'ECDH', namedCurve: 'P-256' };
  const usages: KeyUsage[] = alg.startsWith('RSA-OAEP') ? ['decrypt', 'unwrapKey'] : ['deriveBits'];
  const { key_ops: _ops, use: _use, ext: _ext, ...material } = jwk;
  return { key: await crypto.subtle.importKey('jwk', material, algorithm, false, usages), alg, kid };
}
