/**
 * A strongly identified person's key: an HMAC of their henkilötunnus under a secret kept in the
 * database (`settings`, read into the configuration at start), so the same person gets the same key in every session and instance,
 * while the key itself reveals nothing. Submissions (and projects, later mandates) refer to a
 * person by this key, never by the henkilötunnus.
 */
import { createHmac } from 'node:crypto';
import type { AppContext } from '../context';

export function personKey(ctx: AppContext, personalId: string): string {
  return `p_${createHmac('sha256', ctx.config.personKeySecret).update(personalId.toUpperCase()).digest('base64url')}`;
}
