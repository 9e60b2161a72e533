/**
 * /api/staff (authority admin, own authority only; another authority's person is 404):
 * GET list, POST add (→ one-time temporary password in the response), POST :id/reset-password
 * (→ a new one-time temporary password in the response, shown once by the admin's screen; not
 * sent by email, so it never sits in the outbox), POST :id/reset-second-factor (also a coordinator,
 * for anyone), POST :id/deactivate, POST :id/reactivate.
 */
import { Router } from 'express';
import { API } from '../../api-contract/routes';
import { staffActor } from '../audit/log';
import { ownAuthorityOf, staffOf } from '../auth/guards';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { resetSecondFactor, resettableAuthenticators } from '../auth/second-factor/second-factor-reset';
import { addStaff, deactivateStaff, listStaff, ownStaffMember, reactivateStaff, resetPassword } from './staff';

export function staffRoutes(ctx: AppContext): Router {
  const router = Router();

  on(router, API.admin.staff, async (req, res) => {
    res.json(await listStaff(ctx, ownAuthorityOf(req)));
  });

  on(router, API.admin.addStaff, async (req, res, { body }) => {
    const { member, temporaryPassword } = await addStaff(ctx, ownAuthorityOf(req), body, staffActor(req));
    res.status(201).json({ ...member, temporaryPassword });
  });

  on(router, API.admin.resetPassword, async (req, res, { params }) => {
    const member = await ownStaffMember(ctx, ownAuthorityOf(req), params.id);
    const temporaryPassword = await resetPassword(ctx, member, staffActor(req));
    res.json({ id: member.id, temporaryPassword });
  });

  on(router, API.admin.authenticators, async (req, res) => {
    res.json(await resettableAuthenticators(ctx, staffOf(req)));
  });

  // An authority admin for their own staff, a coordinator for anyone (no ownAuthorityOf here: the rule is in permissions/).
  on(router, API.admin.resetSecondFactor, async (req, res, { params }) => {
    await resetSecondFactor(ctx, staffOf(req), params.id, staffActor(req));
    res.json({ id: params.id, twoFactorEnabled: false as const });
  });

  on(router, API.admin.deactivate, async (req, res, { params }) => {
    const member = await ownStaffMember(ctx, ownAuthorityOf(req), params.id);
    res.json(await deactivateStaff(ctx, member, staffOf(req).id, staffActor(req)));
  });

  on(router, API.admin.reactivate, async (req, res, { params }) => {
    res.json(await reactivateStaff(ctx, await ownStaffMember(ctx, ownAuthorityOf(req), params.id), staffActor(req)));
  });

  return router;
}
