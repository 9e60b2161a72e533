/** /api/deployments (authority admin) and the public form of a deployment. */
import { Router, type Request } from 'express';
import type { Deployment } from '../../api-contract';
import { API } from '../../api-contract/routes';
import { mayManageDeployment } from '../../permissions/permissions';
import { staffActor } from '../audit/log';
import { ownAuthorityOf, staffOf } from '../auth/guards';
import type { AppContext } from '../context';
import { estimateFor } from '../estimates/estimate-for';
import { on } from '../http/contract-route';
import { notFound, unprocessable } from '../http/errors';
import { sendImmutable } from '../http/immutable';
import { privacyNoticeOf } from './privacy-notice';
import { deploymentForm } from './deployment-form';
import {
  appealSettings, createDeployment, deploymentMunicipalityCodes, getDeployment, updateDeploymentSettings, upgradeDeployment, withdrawDeployment,
  type DeploymentRow,
} from './deployments';

/** How long a browser keeps a deployment's versioned form before asking again. */
const FORM_MAX_AGE_S = 300;

async function summary(ctx: AppContext, d: DeploymentRow): Promise<Deployment> {
  return {
    id: d.id,
    authorityId: d.authorityId,
    packId: d.packId,
    packVersion: d.packVersion,
    serviceId: d.serviceId,
    municipalities: await deploymentMunicipalityCodes(ctx, d.id),
    respondWithinDays: d.respondWithinDays,
    estimate: await estimateFor(ctx, d.serviceId, d.authorityId, d),
    contactText: d.contactText,
    privacyNotice: privacyNoticeOf(d),
    appeal: appealSettings(d),
    active: d.active,
    createdAt: d.createdAt,
    withdrawnAt: d.withdrawnAt,
  };
}

export function deploymentRoutes(ctx: AppContext): Router {
  const router = Router();

  /** The deployment `id` if this admin may manage it (404 otherwise, so ids reveal nothing). */
  async function ownDeployment(req: Request, id: number): Promise<DeploymentRow> {
    const d = await getDeployment(ctx, id);
    if (!d || !mayManageDeployment(staffOf(req), d)) throw notFound('No such deployment');
    return d;
  }

  on(router, API.admin.deployments, async (req, res) => {
    const authorityId = ownAuthorityOf(req);
    const rows = await ctx.repos.deployments.ofAuthority(authorityId);
    res.json(await Promise.all(rows.map((d) => summary(ctx, d))));
  });

  on(router, API.admin.deploy, async (req, res, { body }) => {
    const authorityId = ownAuthorityOf(req);
    const id = await createDeployment(ctx, { ...body, authorityId }, staffActor(req));
    res.status(201).json({ id });
  });

  on(router, API.admin.deployment, async (req, res, { params }) => {
    res.json(await summary(ctx, await ownDeployment(req, params.id)));
  });

  on(router, API.admin.settings, async (req, res, { params, body }) => {
    const d = await ownDeployment(req, params.id);
    if (Object.keys(body).length === 0)
      throw unprocessable('Nothing to change', [{ path: 'respondWithinDays', message: 'Give respondWithinDays, contactText or appeal' }]);
    await updateDeploymentSettings(ctx, d, body, staffActor(req));
    const updated = await getDeployment(ctx, d.id);
    if (!updated) throw notFound('No such deployment');
    res.json(await summary(ctx, updated));
  });

  on(router, API.admin.upgrade, async (req, res, { params, body }) => {
    const d = await ownDeployment(req, params.id);
    await upgradeDeployment(ctx, d, body.version, staffActor(req));
    const updated = await getDeployment(ctx, d.id);
    if (!updated) throw notFound('No such deployment');
    res.json(await summary(ctx, updated));
  });

  on(router, API.admin.withdraw, async (req, res, { params }) => {
    await withdrawDeployment(ctx, await ownDeployment(req, params.id), staffActor(req));
    res.status(204).end();
  });

  // Public: the compiled form of the version this deployment pins. Named with `version`, the answer
  // never changes (a deployment changes only by an upgrade, which changes the version, or by its
  // withdrawal, after which this answers 404), so browsers may keep it as they keep the check.
  on(router, API.reference.deploymentForm, async (req, res, { params, query }) => {
    const { lang = 'fi', version } = query;
    const d = await getDeployment(ctx, params.id);
    if (!d || !d.active) throw notFound('No such deployment');
    if (version !== undefined && version !== d.packVersion) throw notFound(`The deployment does not pin version ${version}`);
    const form = await deploymentForm(ctx, d.id, lang);
    if (!form) throw notFound('No such deployment');
    if (version === undefined) res.json(form);
    // The pack version never changes, but the deployment's settings in the answer (response time,
    // contact text, privacy notice, authority name) may: kept five minutes, then asked again with
    // the ETag (304 while unchanged).
    else sendImmutable(req, res, JSON.stringify(form), { type: 'application/json; charset=utf-8', scope: 'public', maxAgeSeconds: FORM_MAX_AGE_S });
  });

  return router;
}
