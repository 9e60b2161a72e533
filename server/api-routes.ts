/** The /api routers of the core part: the contract, reference data, offering, packs, deployments, their forms' validators, assessments. */
import { Router } from 'express';
import { API } from '../api-contract/routes';
import { assessmentRoutes } from './assessments/routes';
import type { AppContext } from './context';
import { deploymentRoutes } from './deployments/routes';
import { formValidatorRoutes } from './forms/routes';
import { on } from './http/contract-route';
import { openApiDocument } from './http/openapi';
import { offeringRoutes } from './offering/routes';
import { packRoutes } from './packs/routes';
import { referenceRoutes } from './reference/routes';

export function apiRoutes(ctx: AppContext): Router {
  const router = Router();
  // Built once: the document changes only with a new release.
  const contract = openApiDocument();
  on(router, API.meta.openapi, (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').json(contract);
  });
  router.use(referenceRoutes(ctx));
  router.use(offeringRoutes(ctx));
  router.use(packRoutes(ctx));
  router.use(deploymentRoutes(ctx));
  router.use(formValidatorRoutes(ctx));
  router.use(assessmentRoutes(ctx));
  return router;
}
