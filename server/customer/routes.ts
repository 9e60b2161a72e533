import { Router } from 'express';
import type { AppContext } from '../context';

export function customerRoutes(ctx: AppContext): Router {
  const router = Router();
  void ctx;
  return router;
}
