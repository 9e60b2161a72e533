/** /api/deployments (authority admin) and the public form of a deployment. */
import { eq } from 'drizzle-orm';
import { Router, type Request } from 'express';
import { localize } from '../../form-library/format/localize';
import { staffActor } from '../audit/log';
import { ownAuthorityOf, requireStaff, staffOf } from '../auth/guards';
import type { AppContext } from '../context';
import { authorities, deployments } from '../db/schema';
import { notFound } from '../http/errors';
import { sendImmutable } from '../http/immutable';
import { idParam } from '../http/params';
import { parseBody, parseQuery, v } from '../http/validate';
import { compiledServiceForm, serviceOfVersion } from '../routing/pack-content';
import { authorityName } from '../routing/routing';
import { createDeployment, deploymentMunicipalityCodes, getDeployment, upgradeDeployment, withdrawDeployment, type DeploymentRow } from './deployments';

const MUNICIPALITY_CODE = /^\d{3}$/;

const CreateBody = v.object({
  packId: v.integer({ min: 1 }),
  version: v.integer({ min: 1 }),
  serviceId: v.string({ min: 1, max: 100 }),
  municipalities: v.optional(v.array(v.string({ pattern: MUNICIPALITY_CODE, patternMessage: 'Must be a 3-digit municipality code' }), { min: 1, max: 400 })),
  respondWithinDays: v.optional(v.nullable(v.integer({ min: 1, max: 365 }))),
  contactText: v.optional(v.nullable(v.string({ max: 2000 }))),
});
const UpgradeBody = v.object({ version: v.integer({ min: 1 }) });
const FormQuery = v.object({ lang: v.optional(v.oneOf(['fi', 'sv', 'en'] as const)), version: v.optional(v.intString({ min: 1 })) });

function summary(ctx: AppContext, d: DeploymentRow) {
  return {
    id: d.id,
    authorityId: d.authorityId,
    packId: d.packId,
    packVersion: d.packVersion,
    serviceId: d.serviceId,
    municipalities: deploymentMunicipalityCodes(ctx, d.id),
    respondWithinDays: d.respondWithinDays,
    contactText: d.contactText,
    active: d.active,
    createdAt: d.createdAt,
    withdrawnAt: d.withdrawnAt,
  };
}

export function deploymentRoutes(ctx: AppContext): Router {
  const router = Router();
  const admin = requireStaff('admin');

  /** The deployment of `:id` if it belongs to this admin's authority (404 otherwise). */
  function ownDeployment(req: Request): DeploymentRow {
    const d = getDeployment(ctx, idParam(req.params.id, 'No such deployment'));
    if (!d || d.authorityId !== staffOf(req).authorityId) throw notFound('No such deployment');
    return d;
  }

  router.get('/deployments', admin, (req, res) => {
    const authorityId = ownAuthorityOf(req);
    const rows = ctx.db.select().from(deployments).where(eq(deployments.authorityId, authorityId)).all();
    res.json(rows.map((d) => summary(ctx, d)));
  });

  router.post('/deployments', admin, (req, res) => {
    const authorityId = ownAuthorityOf(req);
    const body = parseBody(CreateBody, req.body);
    const id = createDeployment(ctx, { ...body, authorityId }, staffActor(req));
    res.status(201).json({ id });
  });

  router.get('/deployments/:id', admin, (req, res) => {
    res.json(summary(ctx, ownDeployment(req)));
  });

  router.post('/deployments/:id/upgrade', admin, (req, res) => {
    const d = ownDeployment(req);
    const body = parseBody(UpgradeBody, req.body);
    upgradeDeployment(ctx, d, body.version, staffActor(req));
    const updated = getDeployment(ctx, d.id);
    res.json(updated ? summary(ctx, updated) : null);
  });

  router.delete('/deployments/:id', admin, (req, res) => {
    const d = ownDeployment(req);
    withdrawDeployment(ctx, d, staffActor(req));
    res.status(204).end();
  });

  // Public: the compiled form of the version this deployment pins. Named with `version`, the answer
  // never changes (a deployment changes only by an upgrade, which changes the version, or by its
  // withdrawal, after which this answers 404), so browsers may keep it as they keep the check.
  router.get('/deployments/:id/form', (req, res) => {
    const { lang = 'fi', version } = parseQuery(FormQuery, req.query);
    const d = getDeployment(ctx, idParam(req.params.id, 'No such deployment'));
    if (!d || !d.active) throw notFound('No such deployment');
    if (version !== undefined && version !== d.packVersion) throw notFound(`The deployment does not pin version ${version}`);
    const service = serviceOfVersion(ctx, d.packId, d.packVersion, d.serviceId);
    const authority = ctx.db.select().from(authorities).where(eq(authorities.id, d.authorityId)).get();
    if (!service || !authority) throw notFound('No such deployment');
    const form = {
      deploymentId: d.id,
      service: { id: service.id, kind: service.kind, name: localize(service.name, lang), description: localize(service.description, lang) },
      authority: { id: authority.id, name: authorityName(authority, lang) },
      packVersion: d.packVersion,
      municipalities: deploymentMunicipalityCodes(ctx, d.id),
      respondWithinDays: d.respondWithinDays,
      contactText: d.contactText,
      definition: service.form,
      compiled: compiledServiceForm(ctx, d.packId, d.packVersion, service, lang),
    };
    if (version === undefined) res.json(form);
    else sendImmutable(req, res, JSON.stringify(form), { type: 'application/json; charset=utf-8', scope: 'public' });
  });

  return router;
}
