/** Staff single sign-on's routes (api-contract/staff-sso.ts): providers, start, complete, the admin's group mappings. */
import { Router } from 'express';
import { API } from '../../api-contract/routes';
import { staffActor } from '../audit/log';
import { ownAuthorityOf } from '../auth/guards';
import { createSession } from '../auth/sessions';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { appLimiter, clientAddress, limitRequests } from '../limits/rate-limit';
import { namesOf } from '../reference/names';
import { mappingsOf, removeMapping, setMapping } from './group-mappings';
import { beginStaffSignIn, completeStaffSignIn } from './staff-sign-in';

export function staffSsoRoutes(ctx: AppContext): Router {
  const router = Router();
  const limiter = limitRequests(ctx, appLimiter(ctx, { name: 'staff-sso', limit: 30, windowMs: 15 * 60_000, message: 'Too many sign-in attempts; wait a while and try again' }), {
    who: (req) => clientAddress(req),
  });

  on(router, API.staffSso.providers, async (_req, res) => {
    const ids = [...(ctx.staffSso?.providers.keys() ?? [])];
    const found = await Promise.all(ids.map((id) => ctx.repos.reference.authority(id)));
    const authorities = ids.flatMap((id, i) => {
      const authority = found[i];
      return authority ? [{ authorityId: id, name: namesOf(authority) }] : [];
    });
    res.json(authorities);
  });

  on(router, API.staffSso.start, { before: [limiter] }, async (req, res, { body }) => {
    res.json({ authorizationUrl: await beginStaffSignIn(ctx, req, res, body) });
  });

  on(router, API.staffSso.complete, { before: [limiter] }, async (req, res, { body }) => {
    const done = await completeStaffSignIn(ctx, req, res, body.query);
    await createSession(ctx, { kind: 'staff', userId: done.userId, singleSignOn: true, ...(done.idToken ? { idToken: done.idToken } : {}) }, req, res);
    res.json({ returnTo: done.returnTo, lang: done.lang });
  });

  on(router, API.staffSso.mappings, async (req, res) => {
    res.json(await mappingsOf(ctx, ownAuthorityOf(req)));
  });

  on(router, API.staffSso.setMapping, async (req, res, { body }) => {
    res.json(await setMapping(ctx, ownAuthorityOf(req), body, staffActor(req)));
  });

  on(router, API.staffSso.removeMapping, async (req, res, { query }) => {
    res.json(await removeMapping(ctx, ownAuthorityOf(req), query.group, staffActor(req)));
  });

  return router;
}
