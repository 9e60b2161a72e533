/**
 * POST /api/auth/password { currentPassword, newPassword } → 204. Open to every signed-in staff
 * member, also one still holding a temporary password (the only thing besides /me and logout they
 * may do). Failed attempts are limited like sign-ins, per person.
 */
import { Router } from 'express';
import type { AppContext } from '../context';
import { appLimiter, limitRequests } from '../limits/rate-limit';
import { parseBody, v } from '../http/validate';
import { requireStaffSession, sessionStaffOf } from './guards';
import { changeOwnPassword, MAX_PASSWORD_LENGTH } from './password-change';

const PasswordBody = v.object({
  currentPassword: v.string({ min: 1, max: MAX_PASSWORD_LENGTH, trim: false, controls: 'any' }),
  // The length rule is the domain's (password-change.ts), so it names the same limit everywhere.
  newPassword: v.string({ trim: false, controls: 'any' }),
});

export function passwordRoutes(ctx: AppContext): Router {
  const router = Router();

  const attemptLimiter = limitRequests(
    ctx,
    appLimiter(ctx, { name: 'password-change', limit: 10, windowMs: 60_000, message: 'Too many attempts; wait a minute and try again' }),
    { who: (req) => String(sessionStaffOf(req).staff.id), failuresOnly: true },
  );

  router.post('/password', requireStaffSession(), attemptLimiter, async (req, res) => {
    const body = parseBody(PasswordBody, req.body);
    await changeOwnPassword(ctx, sessionStaffOf(req).staff, body);
    res.status(204).end();
  });

  return router;
}
