/** GET /api/offering: the services a customer can use in one municipality. */
import { Router } from 'express';
import { API } from '../../api-contract/routes';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { badRequest } from '../http/errors';
import { offering } from '../routing/routing';

export function offeringRoutes(ctx: AppContext): Router {
  const router = Router();
  on(router, API.reference.offering, async (_req, res, { query: q }) => {
    const result = await offering(ctx, q.municipality, { lang: q.lang ?? 'fi', ...(q.topic ? { topic: q.topic } : {}) });
    if (!result) throw badRequest(`Unknown municipality code ${q.municipality}`, [{ path: 'municipality', message: 'No such municipality' }]);
    res.json(result);
  });
  return router;
}
