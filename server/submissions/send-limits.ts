/**
 * How many forms one client may send: per client address (SEND_LIMIT_PER_ADDRESS in 10 minutes)
 * and per contact e-mail address (SEND_LIMIT_PER_EMAIL in an hour). Every send queues a receipt to
 * its contact address and an alert to every handler of the authority, so without the second limit
 * anyone could flood a victim's mailbox (and a desk) with receipts. Each attempt counts, accepted or
 * not; allow-listed addresses (RATE_LIMIT_ALLOW) are not counted at all.
 */
import type { Request } from 'express';
import { normalizeEmail } from '../../form-library/contact';
import type { AppContext } from '../context';
import { allowListOf, appLimiter, clientAddress } from '../limits/rate-limit';

/** The contact address of a send's body as the limit counts it (its check comes later, form-library's checkContact). */
function contactEmailOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('contact' in body)) return null;
  const contact = body.contact;
  if (typeof contact !== 'object' || contact === null || !('email' in contact) || typeof contact.email !== 'string') return null;
  const email = normalizeEmail(contact.email).slice(0, 254);
  return email === '' ? null : email;
}

/**
 * Counts a send; rejects with 429 and Retry-After past either limit. Null for an allow-listed
 * client. `email`: the contact address when the body does not carry it (a project's sends go
 * with the signed-in customer's own address).
 */
export type SendLimit = (req: Request, email?: string) => Promise<void> | null;

export function sendLimit(ctx: AppContext): SendLimit {
  const allowed = allowListOf(ctx.config.rateLimitAllow);
  const perAddress = appLimiter(ctx, {
    name: 'sends',
    limit: ctx.config.sendLimitPerAddress,
    windowMs: 10 * 60_000,
    message: 'Too many forms sent from this address; wait a while and try again',
  });
  const perEmail = appLimiter(ctx, {
    name: 'sends-to',
    limit: ctx.config.sendLimitPerEmail,
    windowMs: 60 * 60_000,
    message: 'Too many forms sent with this contact e-mail address in an hour; try again later',
  });
  return (req, given) => {
    if (allowed(req)) return null;
    const email = given !== undefined ? normalizeEmail(given).slice(0, 254) || null : contactEmailOf(req.body);
    const counted = [perAddress.take(clientAddress(req))];
    if (email !== null) counted.push(perEmail.take(email));
    return Promise.all(counted).then(() => undefined);
  };
}
