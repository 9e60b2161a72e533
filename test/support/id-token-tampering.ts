/**
 * A relying party's fetch that rewrites every token answer's ID token with `tamper` and signs it
 * again, with the local provider's own key (kept in `keyDir`) or another: how the sign-in tests
 * present a token with a wrong audience, issuer, expiry, nonce or signature.
 */
import { createPrivateKey, sign, type JsonWebKey as NodeJwk, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as oidc from 'openid-client';

export function tamperingFetch(keyDir: string, tamper: (claims: Record<string, unknown>) => Record<string, unknown>, key?: KeyObject): oidc.CustomFetch {
  const providerKey = JSON.parse(readFileSync(join(keyDir, 'signing-key.json'), 'utf8')) as NodeJwk & { kid: string };
  const signer = key ?? createPrivateKey({ key: providerKey, format: 'jwk' });
  return async (url, options) => {
    const { body: sent, ...rest } = options;
    const res = await fetch(url, { ...rest, body: sent instanceof Uint8Array ? new Blob([Buffer.from(sent)]) : sent });
    if (!url.endsWith('/token') || res.status !== 200) return res;
    const body = (await res.json()) as { id_token: string };
    const [, payload] = body.id_token.split('.');
    const claims = tamper(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>);
    const head = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: providerKey.kid })).toString('base64url');
    const body64 = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const signature = sign('sha256', Buffer.from(`${head}.${body64}`), signer).toString('base64url');
    return new Response(JSON.stringify({ ...body, id_token: `${head}.${body64}.${signature}` }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}
