/**
 * The inbox pages newest first by submission id (keyset paging). The cursor handed to clients is
 * opaque so that the paging key can change later without breaking them; today it wraps the last
 * id shown.
 */
const PREFIX = 'i1:';

export function encodeInboxCursor(lastId: number): string {
  return Buffer.from(`${PREFIX}${lastId}`, 'utf8').toString('base64url');
}

/** The id to continue below, or null when the cursor was not made by `encodeInboxCursor`. */
export function decodeInboxCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX)) return null;
  const digits = text.slice(PREFIX.length);
  if (!/^[1-9]\d{0,15}$/.test(digits)) return null;
  const id = Number(digits);
  return Number.isSafeInteger(id) ? id : null;
}
