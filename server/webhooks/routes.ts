/**
 * The webhook routes, twice over the same domain functions (webhook-admin.ts): the authority
 * admin's in the builder (behind the CSRF check, as every staff route) and the case-management
 * system's with an API key of the scope `webhooks:manage` (before it: a key is no ambient
 * credential). Every use of a key is audited as such, done or refused.
 */
import { Router, type Request } from 'express';
import { API } from '../../api-contract/routes';
import { staffActor } from '../audit/log';
import type { AuditActor } from '../audit/audit-actor';
import { ownAuthorityOf } from '../auth/guards';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { HttpError } from '../http/errors';
import { apiKeyOf, loadApiKey } from '../integration/api-key-guard';
import {
  createEndpoint, deleteEndpoint, getEndpoint, listDeliveries, listEndpoints, redeliver, redeliverFailed, resumeEndpoint, rotateSecret, updateEndpoint,
} from './webhook-admin';

/** Who calls, for whose authority, and how a call is wrapped (the key's calls audited as uses). */
interface Caller {
  authorityId: string;
  actor: AuditActor;
  run<T>(action: string, targetId: string | number, call: () => Promise<T>): Promise<T>;
}

type Routes = typeof API.webhooks | typeof API.integrationWebhooks;

function register(ctx: AppContext, router: Router, routes: Routes, callerOf: (req: Request) => Caller): void {
  on(router, routes.list, async (req, res) => {
    const c = callerOf(req);
    res.json(await c.run('webhooks.list', c.authorityId, () => listEndpoints(ctx, c.authorityId)));
  });
  on(router, routes.create, async (req, res, { body }) => {
    const c = callerOf(req);
    res.status(201).json(await c.run('webhooks.create', c.authorityId, () => createEndpoint(ctx, c.authorityId, body, c.actor)));
  });
  on(router, routes.get, async (req, res, { params }) => {
    const c = callerOf(req);
    res.json(await c.run('webhooks.read', params.id, () => getEndpoint(ctx, c.authorityId, params.id)));
  });
  on(router, routes.update, async (req, res, { params, body }) => {
    const c = callerOf(req);
    res.json(await c.run('webhooks.update', params.id, () => updateEndpoint(ctx, c.authorityId, params.id, body, c.actor)));
  });
  on(router, routes.remove, async (req, res, { params }) => {
    const c = callerOf(req);
    await c.run('webhooks.delete', params.id, () => deleteEndpoint(ctx, c.authorityId, params.id, c.actor));
    res.status(204).end();
  });
  on(router, routes.rotateSecret, async (req, res, { params }) => {
    const c = callerOf(req);
    res.json(await c.run('webhooks.rotate_secret', params.id, () => rotateSecret(ctx, c.authorityId, params.id, c.actor)));
  });
  on(router, routes.resume, async (req, res, { params }) => {
    const c = callerOf(req);
    res.json(await c.run('webhooks.resume', params.id, () => resumeEndpoint(ctx, c.authorityId, params.id, c.actor)));
  });
  on(router, routes.deliveries, async (req, res, { params, query }) => {
    const c = callerOf(req);
    res.json(await c.run('webhooks.deliveries', params.id, () => listDeliveries(ctx, c.authorityId, params.id, query)));
  });
  on(router, routes.redeliver, async (req, res, { params }) => {
    const c = callerOf(req);
    res.json(await c.run('webhooks.redeliver', params.id, () => redeliver(ctx, c.authorityId, params.id, params.deliveryId, c.actor)));
  });
  on(router, routes.redeliverFailed, async (req, res, { params }) => {
    const c = callerOf(req);
    res.json(await c.run('webhooks.redeliver_failed', params.id, () => redeliverFailed(ctx, c.authorityId, params.id, c.actor)));
  });
}

/** The authority admin's endpoints and delivery console (builder). */
export function webhookAdminRoutes(ctx: AppContext): Router {
  const router = Router();
  register(ctx, router, API.webhooks, (req) => ({ authorityId: ownAuthorityOf(req), actor: staffActor(req), run: (_action, _target, call) => call() }));
  return router;
}

/** The same for the case-management system, with its API key. */
export function webhookIntegrationRoutes(ctx: AppContext): Router {
  const router = Router();
  router.use('/integration/v1/webhooks', loadApiKey(ctx));
  register(ctx, router, API.integrationWebhooks, (req) => {
    const key = apiKeyOf(req);
    return {
      authorityId: key.authorityId,
      actor: { kind: 'apiKey', keyId: key.id },
      async run(action, targetId, call) {
        const targetType = typeof targetId === 'number' ? 'webhook_endpoint' : 'authority';
        try {
          const result = await call();
          await key.audit(`integration.${action}`, targetType, targetId, { outcome: 'done' });
          return result;
        } catch (err) {
          await key.audit(`integration.${action}`, targetType, targetId, { outcome: 'refused', status: err instanceof HttpError ? err.status : 500 });
          throw err;
        }
      },
    };
  });
  return router;
}
