/**
 * Keyset cursors for the inbox. A cursor names the sort it was made for (and the language, when the
 * order depends on it), the last row's sort key and its id; it is opaque to clients so the paging
 * key can change without breaking them.
 */
import type { Lang } from '../../form-library/format/types';
import { isLang } from './request-lang';

export interface InboxCursor {
  /** The sort's API name, e.g. `-received` or `customer`. */
  sort: string;
  /** Set when the order depends on the handler's language. */
  lang?: Lang;
  /** The last row's sort key; absent for orders by id. */
  key?: string;
  /** The last row's id. */
  id: number;
}

const VERSION = 2;

export function encodeInboxCursor(cursor: InboxCursor): string {
  const body: unknown[] = [VERSION, cursor.sort, cursor.lang ?? null, cursor.key ?? null, cursor.id];
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** The position to continue after, or null when the cursor was not made by `encodeInboxCursor`. */
export function decodeInboxCursor(cursor: string): InboxCursor | null {
  if (!/^[A-Za-z0-9_-]{1,1200}$/.test(cursor)) return null;
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(body) || body.length !== 5 || body[0] !== VERSION) return null;
  const [, sort, lang, key, id] = body as unknown[];
  if (typeof sort !== 'string' || !/^-?[a-zA-Z]{1,20}$/.test(sort)) return null;
  if (lang !== null && !isLang(lang)) return null;
  if (key !== null && (typeof key !== 'string' || key.length > 400)) return null;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return null;
  return { sort, id, ...(lang !== null ? { lang } : {}), ...(key !== null ? { key } : {}) };
}
