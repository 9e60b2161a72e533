/**
 * /api/staff (authority admin, own authority only; another authority's person is 404):
 * GET list, POST add (→ one-time temporary password in the response), POST :id/reset-password
 * (→ a new one-time temporary password in the response, shown once by the admin's screen; not
 * sent by email, so it never sits in the outbox), POST :id/deactivate, POST :id/reactivate.
 */
import { Router } from 'express';
import { staffActor } from '../audit/log';
import { ownAuthorityOf, requireStaff, staffOf } from '../auth/guards';
import type { AppContext } from '../context';
import { idParam } from '../http/params';
import { parseBody, v } from '../http/validate';
import { addStaff, deactivateStaff, listStaff, MANAGED_ROLES, ownStaffMember, reactivateStaff, resetPassword } from './staff';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const AddBody = v.object({
  email: v.string({ min: 3, max: 254, controls: 'line', pattern: EMAIL, patternMessage: 'Must be an email address' }),
  name: v.string({ min: 1, max: 200, controls: 'line' }),
  role: v.oneOf(MANAGED_ROLES),
});

export function staffRoutes(ctx: AppContext): Router {
  const router = Router();
  const admin = requireStaff('admin');

  router.get('/staff', admin, (req, res) => {
    res.json(listStaff(ctx, ownAuthorityOf(req)));
  });

  router.post('/staff', admin, async (req, res) => {
    const authorityId = ownAuthorityOf(req);
    const body = parseBody(AddBody, req.body);
    const { member, temporaryPassword } = await addStaff(ctx, authorityId, body, staffActor(req));
    res.status(201).json({ ...member, temporaryPassword });
  });

  router.post('/staff/:id/reset-password', admin, async (req, res) => {
    const member = ownStaffMember(ctx, ownAuthorityOf(req), idParam(req.params.id, 'No such staff member'));
    const temporaryPassword = await resetPassword(ctx, member, staffActor(req));
    res.json({ id: member.id, temporaryPassword });
  });

  router.post('/staff/:id/deactivate', admin, (req, res) => {
    const me = staffOf(req);
    const member = ownStaffMember(ctx, ownAuthorityOf(req), idParam(req.params.id, 'No such staff member'));
    res.json(deactivateStaff(ctx, member, me.id, staffActor(req)));
  });

  router.post('/staff/:id/reactivate', admin, (req, res) => {
    const member = ownStaffMember(ctx, ownAuthorityOf(req), idParam(req.params.id, 'No such staff member'));
    res.json(reactivateStaff(ctx, member, staffActor(req)));
  });

  return router;
}
