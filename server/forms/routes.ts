/**
 * GET /api/deployments/:id/validator.js?version=N: the submission check of the form a deployment
 * pins, as an ES module the customer page imports (server/forms/validation-module.ts); and
 * GET /api/packs/:slug/versions/:version/services/:serviceId/schema: the same check as an open
 * contract, a JSON Schema 2020-12 document (form-library/contract/submission-schema.ts).
 */
import { Router, type Request, type Response } from 'express';
import { API } from '../../api-contract/routes';
import type { FormDefinition } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { getDeployment } from '../deployments/deployments';
import { on } from '../http/contract-route';
import { notFound } from '../http/errors';
import { sendImmutable, type CacheScope } from '../http/immutable';
import { serviceOfVersion } from '../routing/pack-content';
import { validationModuleFor } from './validation-module';
import { CONTRACT_MEDIA_TYPE, serviceSubmissionSchema } from '../../form-library/contract/submission-schema';

/**
 * Sends a form's validation module. Its URL names an immutable pack version, so browsers keep it;
 * `scope` is 'private' for what only one signed-in customer may read.
 */
export async function sendValidationModule(req: Request, res: Response, definition: FormDefinition, scope: CacheScope): Promise<void> {
  const module = await validationModuleFor(definition);
  sendImmutable(req, res, module.code, { type: 'text/javascript; charset=utf-8', scope, etag: module.etag });
}

export function formValidatorRoutes(ctx: AppContext): Router {
  const router = Router();
  // The version is in the URL so that an upgrade changes the URL: a page's module map keeps what it
  // once imported, and a check of the old version would misjudge the new form.
  on(router, API.reference.deploymentValidator, async (req, res, { params, query: { version } }) => {
    const d = await getDeployment(ctx, params.id);
    if (!d || !d.active) throw notFound('No such deployment');
    // Only the pinned version: other versions of the pack may not be public.
    if (version !== d.packVersion) throw notFound(`The deployment does not pin version ${version}`);
    const service = await serviceOfVersion(ctx, d.packId, d.packVersion, d.serviceId);
    if (!service) throw notFound('No such deployment');
    await sendValidationModule(req, res, service.form, 'public');
  });
  // Immutable per pack version; built once per process for each that is asked for.
  const documents = new Map<string, string>();
  on(router, API.reference.submissionSchema, async (req, res, { params: { slug, version, serviceId } }) => {
    // Only versions a deployment pins: other versions of a pack may not be public.
    const packId = await ctx.repos.routing.deployedPackVersion(slug, version, serviceId);
    const service = packId === undefined ? null : await serviceOfVersion(ctx, packId, version, serviceId);
    if (!service) throw notFound(`No deployed service ${serviceId} in version ${version} of pack ${slug}`);
    const path = `/api/packs/${encodeURIComponent(slug)}/versions/${version}/services/${encodeURIComponent(serviceId)}/schema`;
    let body = documents.get(path);
    if (body === undefined) {
      body = JSON.stringify(serviceSubmissionSchema(service, { id: new URL(path, ctx.config.publicUrl).href }));
      documents.set(path, body);
    }
    sendImmutable(req, res, body, { type: `${CONTRACT_MEDIA_TYPE}; charset=utf-8`, scope: 'public' });
  });
  return router;
}
