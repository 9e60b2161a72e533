/**
 * What the sign-in tests do to a provider's token answer on its way to the relying party (as its
 * fetch): rewrite the ID token's claims and sign it again, with the local provider's own key (kept
 * in `keyDir`) or another (a wrong expiry, nonce or signature); take the encryption off a real token
 * (a downgrade); or put in its place a real token the test got elsewhere (issued to another client,
 * or by another provider). An encrypted token (RSA-OAEP-256, A256GCM, as the local providers make
 * them) is opened with the client's key and, after tampering, sealed again to it, so the tampering
 * is the only fault.
 */
import { constants, createCipheriv, createDecipheriv, createPrivateKey, createPublicKey, privateDecrypt, publicEncrypt, randomBytes, sign, type JsonWebKey as NodeJwk, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as oidc from 'openid-client';
import type { EncryptionJwk } from '../../server/identification/encryption-key';

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** The key's members as node:crypto reads a JWK. */
function nodeJwk(key: EncryptionJwk): NodeJwk {
  const { kty, n, e, d, p, q, dp, dq, qi } = key;
  return { kty, n, e, d, p, q, dp, dq, qi };
}

function isJwe(token: string): boolean {
  return token.split('.').length === 5;
}

/** The inner signed token of a JWE made with RSA-OAEP-256 and A256GCM. */
export function openJwe(jwe: string, key: EncryptionJwk): string {
  const [head, encryptedKey, iv, ciphertext, tag] = jwe.split('.');
  const header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg: string; enc: string };
  if (header.alg !== 'RSA-OAEP-256' || header.enc !== 'A256GCM') throw new Error(`the test opens RSA-OAEP-256/A256GCM only, not ${header.alg}/${header.enc}`);
  const cek = privateDecrypt({ key: createPrivateKey({ key: nodeJwk(key), format: 'jwk' }), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(encryptedKey, 'base64url'));
  const decipher = createDecipheriv('aes-256-gcm', cek, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(head, 'ascii'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}

/** A signed token sealed (RSA-OAEP-256, A256GCM) to the public half of `key`. */
export function sealJwe(jws: string, key: EncryptionJwk): string {
  const head = b64(JSON.stringify({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: key.kid, cty: 'JWT' }));
  const cek = randomBytes(32);
  const iv = randomBytes(12);
  const encryptedKey = publicEncrypt({ key: createPublicKey({ key: nodeJwk(key), format: 'jwk' }), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, cek);
  const cipher = createCipheriv('aes-256-gcm', cek, iv);
  cipher.setAAD(Buffer.from(head, 'ascii'));
  const ciphertext = Buffer.concat([cipher.update(jws, 'utf8'), cipher.final()]);
  return [head, b64(encryptedKey), b64(iv), b64(ciphertext), b64(cipher.getAuthTag())].join('.');
}

/** A fetch passing everything through but the token endpoint's answer, whose ID token `rewrite` replaces. */
export function rewritingIdToken(rewrite: (idToken: string) => string): oidc.CustomFetch {
  return async (url, options) => {
    const { body: sent, ...rest } = options;
    const res = await fetch(url, { ...rest, body: sent instanceof Uint8Array ? new Blob([Buffer.from(sent)]) : sent });
    if (!url.endsWith('/token') || res.status !== 200) return res;
    const body = (await res.json()) as { id_token: string };
    return new Response(JSON.stringify({ ...body, id_token: rewrite(body.id_token) }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

/**
 * Every token answer's ID token with its claims rewritten by `tamper` and signed again with the
 * provider's key in `keyDir` (or `opts.key`); an encrypted one opened and sealed again with `opts.encryption`.
 */
export function tamperingFetch(
  keyDir: string,
  tamper: (claims: Record<string, unknown>) => Record<string, unknown>,
  opts: { key?: KeyObject; encryption?: EncryptionJwk } = {},
): oidc.CustomFetch {
  const providerKey = JSON.parse(readFileSync(join(keyDir, 'signing-key.json'), 'utf8')) as NodeJwk & { kid: string };
  const signer = opts.key ?? createPrivateKey({ key: providerKey, format: 'jwk' });
  return rewritingIdToken((idToken) => {
    const encrypted = isJwe(idToken);
    if (encrypted && !opts.encryption) throw new Error('an encrypted ID token: give the client’s encryption key');
    const jws = encrypted && opts.encryption ? openJwe(idToken, opts.encryption) : idToken;
    const [, payload] = jws.split('.');
    const claims = tamper(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>);
    const head = b64(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: providerKey.kid }));
    const body64 = b64(JSON.stringify(claims));
    const signed = `${head}.${body64}.${sign('sha256', Buffer.from(`${head}.${body64}`), signer).toString('base64url')}`;
    return encrypted && opts.encryption ? sealJwe(signed, opts.encryption) : signed;
  });
}

/** The provider's real token with its encryption taken off: the signed token inside, as if the provider had not encrypted it. */
export function unencryptingFetch(encryption: EncryptionJwk): oidc.CustomFetch {
  return rewritingIdToken((idToken) => openJwe(idToken, encryption));
}

/** Every token answer carries `idToken` (a real token from elsewhere) instead of its own. */
export function substitutingFetch(idToken: string): oidc.CustomFetch {
  return rewritingIdToken(() => idToken);
}
