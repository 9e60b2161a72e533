/**
 * The second factor's routes: the second step of a sign-in, setting up an authenticator, new
 * recovery codes and turning it off. Every route that checks a code shares one limit of failed
 * attempts per person (10 in 15 minutes), counted in the database like the other limits.
 */
import { Router } from 'express';
import { API } from '../../../api-contract/routes';
import type { AppContext } from '../../context';
import { unauthenticated } from '../../http/errors';
import { on } from '../../http/contract-route';
import { appLimiter, limitRequests } from '../../limits/rate-limit';
import { signedInStaffOf } from '../guards';
import { staffMe } from '../routes';
import { beginEnrolment, confirmEnrolment, passSecondFactor, regenerateRecoveryCodes, turnOffSecondFactor } from './second-factor';

export const SECOND_FACTOR_ATTEMPTS = { limit: 10, windowMs: 15 * 60_000 };

export function secondFactorRoutes(ctx: AppContext): Router {
  const router = Router();

  const attemptLimiter = limitRequests(
    ctx,
    appLimiter(ctx, { name: 'second-factor', ...SECOND_FACTOR_ATTEMPTS, message: 'Too many attempts with a code; wait 15 minutes and try again' }),
    { who: (req) => String(signedInStaffOf(req).staff.id), failuresOnly: true },
  );

  on(router, API.auth.secondFactor, { before: [attemptLimiter] }, async (req, res, { body }) => {
    const { staff } = signedInStaffOf(req);
    await passSecondFactor(ctx, staff, body.code);
    const me = await staffMe(ctx, staff.id, 'none');
    if (!me) throw unauthenticated();
    res.json(me);
  });

  on(router, API.auth.totpEnrolment, async (req, res) => {
    res.json(await beginEnrolment(ctx, signedInStaffOf(req).staff));
  });

  on(router, API.auth.totpConfirm, { before: [attemptLimiter] }, async (req, res, { body }) => {
    res.json({ recoveryCodes: await confirmEnrolment(ctx, signedInStaffOf(req).staff, body.code) });
  });

  on(router, API.auth.recoveryCodes, { before: [attemptLimiter] }, async (req, res, { body }) => {
    res.json({ recoveryCodes: await regenerateRecoveryCodes(ctx, signedInStaffOf(req).staff, body.code) });
  });

  on(router, API.auth.totpDisable, { before: [attemptLimiter] }, async (req, res, { body }) => {
    await turnOffSecondFactor(ctx, signedInStaffOf(req).staff, body.code);
    res.status(204).end();
  });

  return router;
}
