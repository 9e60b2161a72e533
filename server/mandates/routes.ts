/** Acting for a company (api-contract/mandates.ts): whom the person acts for, and choosing it. */
import { Router } from 'express';
import { API } from '../../api-contract/routes';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { actingForState, chooseActingFor } from './acting-for';

export function mandateRoutes(ctx: AppContext): Router {
  const router = Router();
  on(router, API.mandates.actingFor, async (req, res) => {
    res.json(await actingForState(ctx, req));
  });
  on(router, API.mandates.chooseActingFor, async (req, res, { body }) => {
    res.json(await chooseActingFor(ctx, req, body.businessId));
  });
  return router;
}
