/**
 * Answers whose URL names something that never changes (a pack version's form, its check): kept by
 * browsers for a year without asking again, and answered 304 when a browser does ask with the ETag.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/** 'private' for what only one signed-in customer may read. */
export type CacheScope = 'public' | 'private';

export const IMMUTABLE = 'max-age=31536000, immutable';

/** A strong ETag of a body (SHA-1, base64url). */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

export interface CacheOptions {
  type: string;
  scope: CacheScope;
  etag?: string;
  /**
   * How long a browser may keep the answer without asking, when less than for ever: for an answer
   * whose URL names an immutable version but which also carries settings that may change.
   */
  maxAgeSeconds?: number;
}

export function sendImmutable(req: Request, res: Response, body: string, opts: CacheOptions): void {
  res.set('Cache-Control', opts.maxAgeSeconds === undefined ? `${opts.scope}, ${IMMUTABLE}` : `${opts.scope}, max-age=${opts.maxAgeSeconds}`);
  res.set('ETag', opts.etag ?? etagOf(body));
  res.type(opts.type);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.send(body);
}
