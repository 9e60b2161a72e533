/**
 * What the two OpenID Connect sign-ins (customers' strong identification, staff single sign-on)
 * keep between leaving for the provider and coming back: a short random id in a cookie, read
 * strictly, and compared with what came back without leaking by timing.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

/** The login's cookie, or null when it is missing or not a value this server could have set. */
export function readLoginCookie(req: Request, name: string): string | null {
  const cookies: unknown = req.cookies;
  const value = typeof cookies === 'object' && cookies !== null ? (cookies as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' && value.length > 0 && value.length < 200 ? value : null;
}

/** Whether two texts (a state, a nonce) are the same, in time that does not depend on where they differ. */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
