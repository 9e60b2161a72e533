/** The /api routers of the core part: reference data, offering, packs, deployments. */
import { Router } from 'express';
import type { AppContext } from './context';

export function apiRoutes(ctx: AppContext): Router {
  const router = Router();
  void ctx;
  return router;
}
