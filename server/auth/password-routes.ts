/**
 * POST /api/auth/password { currentPassword, newPassword } → 204. Open to every signed-in staff
 * member, also one still holding a temporary password (the only thing besides /me and logout they
 * may do). Failed attempts are limited like sign-ins, per person.
 */
import { Router } from 'express';
import { API } from '../../api-contract/routes';
import type { AppContext } from '../context';
import { appLimiter, limitRequests } from '../limits/rate-limit';
import { on } from '../http/contract-route';
import { sessionStaffOf } from './guards';
import { changeOwnPassword } from './password-change';

export function passwordRoutes(ctx: AppContext): Router {
  const router = Router();

  const attemptLimiter = limitRequests(
    ctx,
    appLimiter(ctx, { name: 'password-change', limit: 10, windowMs: 60_000, message: 'Too many attempts; wait a minute and try again' }),
    { who: (req) => String(sessionStaffOf(req).staff.id), failuresOnly: true },
  );

  on(router, API.auth.changePassword, { before: [attemptLimiter] }, async (req, res, { body }) => {
    await changeOwnPassword(ctx, sessionStaffOf(req).staff, body);
    res.status(204).end();
  });

  return router;
}
