/** How a rate limit's key is kept, whichever database holds the counts: the table never holds an address or an e-mail address. */
import { createHash } from 'node:crypto';

/** A short, fixed-length form of a key (the part after the first ':' names who is counted). */
export function hashedCounterKey(key: string): string {
  const cut = key.indexOf(':');
  const scope = cut < 0 ? '' : key.slice(0, cut + 1);
  return scope + createHash('sha256').update(key.slice(cut + 1)).digest('base64url').slice(0, 32);
}
