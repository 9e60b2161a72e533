/**
 * An authority's API keys for its case-management system: what a key is allowed (scopes), from
 * where (an optional IP allow-list) and until when (an optional expiry). A key is shown once as
 * `kvt_<id>_<secret>`; only the SHA-256 of its secret is kept, so a lost key is revoked and a new
 * one made. These rules are plain: the repository keeps the keys, the routes ask `keyDecision`.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

import type { ApiKeyScope } from '../../permissions/permissions';

export { API_KEY_SCOPES, type ApiKeyScope } from '../../permissions/permissions';

/** What the rules need of a kept key. */
export interface KeptApiKey {
  id: string;
  authorityId: string;
  secretHash: string;
  scopes: readonly ApiKeyScope[];
  /** Addresses (IPv4 or IPv6) and IPv4 ranges in CIDR form ('192.0.2.0/24'); null: from anywhere. */
  ipAllowList: readonly string[] | null;
  /** ISO time after which the key is refused; null: until revoked. */
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface IssuedApiKey {
  id: string;
  /** The whole key, shown once to the admin who made it. */
  token: string;
  secretHash: string;
}

const TOKEN = /^kvt_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A new key: a public id (for lists and the audit log) and a 256-bit secret. */
export function issueApiKey(random: (bytes: number) => Buffer = randomBytes): IssuedApiKey {
  const id = random(16).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 12).padEnd(12, '0');
  const secret = random(32).toString('base64url');
  return { id, token: `kvt_${id}_${secret}`, secretHash: hashSecret(secret) };
}

/** The key of an `Authorization: Bearer kvt_…` header, split, or null. */
export function readApiKey(authorization: string | undefined): { id: string; secret: string } | null {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  const token = match ? TOKEN.exec(match[1]) : null;
  return token ? { id: token[1], secret: token[2] } : null;
}

/** An IPv4-mapped IPv6 address ('::ffff:192.0.2.1', as Node gives it) as plain IPv4. */
export function plainAddress(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return mapped ? mapped[1] : ip.toLowerCase();
}

function ipv4Number(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** Whether an allow-list entry is one the rules understand: an address, or an IPv4 range. */
export function isAllowListEntry(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length > 0) return false;
  if (bits === undefined) return isIP(address) !== 0;
  return isIP(address) === 4 && /^\d{1,2}$/.test(bits) && Number(bits) <= 32;
}

export function ipAllowed(ip: string, allowList: readonly string[] | null): boolean {
  if (allowList === null) return true;
  const address = plainAddress(ip);
  return allowList.some((entry) => {
    const [base, bits] = entry.split('/');
    if (bits === undefined) return plainAddress(base) === address;
    if (isIP(address) !== 4 || isIP(base) !== 4) return false;
    const width = Number(bits);
    const mask = width === 0 ? 0 : (0xffffffff << (32 - width)) >>> 0;
    return ((ipv4Number(address) & mask) >>> 0) === ((ipv4Number(base) & mask) >>> 0);
  });
}

export type KeyDecision =
  | { ok: true }
  /** 401: no such key, a wrong secret, revoked or expired — the caller is not who a key says. */
  | { ok: false; status: 401; reason: 'unknown' | 'revoked' | 'expired' }
  /** 403: a good key used beyond what it allows. */
  | { ok: false; status: 403; reason: 'scope' | 'address' };

/** Whether `key` (found by the id of `secret`'s token, or undefined) may do `scope` from `ip` at `now`. */
export function keyDecision(key: KeptApiKey | undefined, secret: string, need: { scope: ApiKeyScope; ip: string; now: Date }): KeyDecision {
  if (!key) return { ok: false, status: 401, reason: 'unknown' };
  const given = Buffer.from(hashSecret(secret), 'hex');
  const kept = Buffer.from(key.secretHash, 'hex');
  if (given.length !== kept.length || !timingSafeEqual(given, kept)) return { ok: false, status: 401, reason: 'unknown' };
  if (key.revokedAt !== null && key.revokedAt <= need.now.toISOString()) return { ok: false, status: 401, reason: 'revoked' };
  if (key.expiresAt !== null && key.expiresAt <= need.now.toISOString()) return { ok: false, status: 401, reason: 'expired' };
  if (!ipAllowed(need.ip, key.ipAllowList)) return { ok: false, status: 403, reason: 'address' };
  if (!key.scopes.includes(need.scope)) return { ok: false, status: 403, reason: 'scope' };
  return { ok: true };
}
