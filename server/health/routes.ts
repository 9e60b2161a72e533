/**
 * `GET /healthz` (the process is up) and `GET /readyz` (it can serve: see readiness.ts), outside
 * /api: no session, no CSRF, never cached, so a load balancer may poll them as often as it likes.
 */
import { Router } from 'express';
import type { AppContext } from '../context';
import { migrationsFolderOf } from '../db/database';
import { readiness, shippedMigrations } from './readiness';

export interface HealthRoutes {
  router: Router;
  /** From now on /readyz answers 503 "draining". */
  drain(): void;
}

export function healthRoutes(ctx: AppContext): HealthRoutes {
  const expected = shippedMigrations(migrationsFolderOf(ctx.database));
  let draining = false;
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const answer = await readiness(ctx.repos.readiness, expected, draining);
    res.status(answer.status === 'ready' ? 200 : 503).set('Cache-Control', 'no-store').json(answer);
  });
  return { router, drain: () => void (draining = true) };
}
