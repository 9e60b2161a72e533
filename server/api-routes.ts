/** The /api routers of the core part: reference data, offering, packs, deployments, their forms' validators, assessments. */
import { Router } from 'express';
import { assessmentRoutes } from './assessments/routes';
import type { AppContext } from './context';
import { deploymentRoutes } from './deployments/routes';
import { formValidatorRoutes } from './forms/routes';
import { offeringRoutes } from './offering/routes';
import { packRoutes } from './packs/routes';
import { referenceRoutes } from './reference/routes';

export function apiRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use(referenceRoutes(ctx));
  router.use(offeringRoutes(ctx));
  router.use(packRoutes(ctx));
  router.use(deploymentRoutes(ctx));
  router.use(formValidatorRoutes(ctx));
  router.use(assessmentRoutes(ctx));
  return router;
}
