/** POST /api/submissions: a customer sends a form (no sign-in needed). */
import type { RequestHandler } from 'express';
import { LANGS } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { parseBody, v } from '../http/validate';
import { sendLimit } from './send-limits';
import { submit } from './submit';

const SubmissionBody = v.object({
  deploymentId: v.integer({ min: 1 }),
  municipality: v.string({ pattern: /^\d{3}$/, patternMessage: 'Must be a 3-digit municipality code such as 091' }),
  data: v.record(),
  contact: v.record(),
  lang: v.optional(v.oneOf(LANGS)),
  idempotencyKey: v.string({ min: 8, max: 100, trim: false, pattern: /^[\x21-\x7e]+$/, patternMessage: 'Must be 8–100 visible ASCII characters' }),
});

/**
 * The handler of POST /api/submissions. server/app.ts mounts it on the app itself, behind
 * `directApiMiddleware`: the busiest route should not walk every router to be matched.
 */
export function sendSubmissionHandler(ctx: AppContext): RequestHandler {
  const limit = sendLimit(ctx);
  return async (req, res) => {
    const counted = limit(req);
    if (counted) await counted;
    const body = parseBody(SubmissionBody, req.body);
    const queryLang = typeof req.query.lang === 'string' && (LANGS as readonly string[]).includes(req.query.lang) ? req.query.lang : undefined;
    const lang = body.lang ?? LANGS.find((l) => l === queryLang) ?? 'fi';
    const result = await submit(ctx, { ...body, lang });
    // Written directly rather than through res.status().json(): Express would validate the status,
    // look the type up, parse it again to add the charset and recount the length on every send.
    // The headers are the same (Node adds Content-Length for a body given whole to end()).
    res.statusCode = result.created ? 201 : 200;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(result.receipt));
  };
}
