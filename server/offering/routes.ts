/** GET /api/offering: the services a customer can use in one municipality. */
import { Router } from 'express';
import type { AppContext } from '../context';
import { badRequest } from '../http/errors';
import { parseQuery, v } from '../http/validate';
import { offering } from '../routing/routing';

const OfferingQuery = v.object({
  municipality: v.string({ min: 1, max: 3, pattern: /^\d{3}$/, patternMessage: 'Must be a 3-digit municipality code such as 091' }),
  topic: v.optional(v.string({ max: 50 })),
  lang: v.optional(v.oneOf(['fi', 'sv', 'en'] as const)),
});

export function offeringRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/offering', (req, res) => {
    const q = parseQuery(OfferingQuery, req.query);
    const result = offering(ctx, q.municipality, { lang: q.lang ?? 'fi', ...(q.topic ? { topic: q.topic } : {}) });
    if (!result) throw badRequest(`Unknown municipality code ${q.municipality}`, [{ path: 'municipality', message: 'No such municipality' }]);
    res.json(result);
  });
  return router;
}
