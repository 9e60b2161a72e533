/**
 * A description's first sentence, for lists where a whole legal description would bury the
 * service names (the customer's offering on a phone, the admin's library): the full text is one
 * click away on the service's own page.
 */

/** The first sentence of a description, cut at a word near `max` characters; null when that is the whole text. */
export function shortDescription(text: string, max = 160): string | null {
  const trimmed = text.trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(trimmed)?.[1] ?? trimmed;
  let short = sentence;
  if (short.length > max) {
    const cut = short.slice(0, max);
    short = `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:–-]+$/, '')}…`;
  }
  return short === trimmed ? null : short;
}
