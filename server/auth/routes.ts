/** Staff sign-in: POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me (the second step: second-factor/routes.ts). */
import { Router } from 'express';
import type { StaffMe } from '../../api-contract';
import { API } from '../../api-contract/routes';
import type { AppContext } from '../context';
import { writeAudit } from '../audit/log';
import { unauthenticated } from '../http/errors';
import { appLimiter, clientAddress, limitRequests } from '../limits/rate-limit';
import { normalizeEmail } from '../../form-library/contact';
import { on } from '../http/contract-route';
import { namesOf } from '../reference/names';
import { signedInStaffOf } from './guards';
import { secondFactorRequired } from '../../permissions/permissions';
import { secondFactorStep, type SecondFactorStep } from './second-factor/second-factor-step';
import { UNUSABLE_HASH, verifyPassword } from './password';
import { createSession, destroySession, staffSessionIdToken } from './sessions';
import { requestLang } from '../cases/request-lang';
import { providerSignOutUrl } from '../staff-sso/staff-sign-out';

function emailOf(body: unknown): string {
  if (typeof body === 'object' && body !== null && 'email' in body && typeof body.email === 'string')
    return normalizeEmail(body.email).slice(0, 254);
  return '';
}

/** The signed-in person as the apps see them; `step` is what their session still owes of the second factor. */
export async function staffMe(ctx: AppContext, userId: number, step: SecondFactorStep): Promise<StaffMe | null> {
  const row = await ctx.repos.staff.withAuthority(userId);
  if (!row) return null;
  const { user, authority } = row;
  const enabled = Boolean((await ctx.repos.secondFactor.totp(user.id))?.confirmedAt);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    authority: authority ? { id: authority.id, name: namesOf(authority) } : null,
    mustChangePassword: user.mustChangePassword,
    twoFactor: { enabled, required: secondFactorRequired(user.role), step, recoveryCodesLeft: enabled ? await ctx.repos.secondFactor.unusedRecoveryCodes(user.id) : 0 },
  };
}

export function authRoutes(ctx: AppContext): Router {
  const router = Router();

  // Failed sign-ins only count toward the limit, per IP address and email.
  const loginLimiter = limitRequests(
    ctx,
    appLimiter(ctx, { name: 'staff-sign-in', limit: 10, windowMs: 60_000, message: 'Too many sign-in attempts; wait a minute and try again' }),
    { who: (req) => `${clientAddress(req)}|${emailOf(req.body)}`, failuresOnly: true },
  );

  on(router, API.auth.login, { before: [loginLimiter] }, async (req, res, { body }) => {
    const email = body.email.toLowerCase();
    const user = await ctx.repos.staff.byEmail(email);
    const valid = await verifyPassword(body.password, user?.passwordHash ?? UNUSABLE_HASH);
    if (!user || !valid || !user.active) throw unauthenticated('Wrong email or password');
    await createSession(ctx, { kind: 'staff', userId: user.id }, req, res);
    await writeAudit(ctx, { actor: { kind: 'staff', userId: user.id, email }, action: 'staff.login', targetType: 'user', targetId: user.id });
    // A new session has passed no second factor yet.
    const enrolled = Boolean((await ctx.repos.secondFactor.totp(user.id))?.confirmedAt);
    const me = await staffMe(ctx, user.id, secondFactorStep({ role: user.role, enrolled, passed: false }));
    if (!me) throw unauthenticated('Wrong email or password');
    res.json(me);
  });

  on(router, API.auth.logout, async (req, res, { body }) => {
    // Read before the session ends: whose provider, and the ID token that names the session there.
    const principal = req.staff ?? req.staffAwaitingSecondFactor?.principal ?? req.staffMustChangePassword;
    const idToken = await staffSessionIdToken(ctx, req);
    await destroySession(ctx, 'staff', req, res);
    const lang = body.lang ?? requestLang(req);
    res.json({ logoutUrl: await providerSignOutUrl(ctx, { authorityId: principal?.authorityId ?? null, idToken, app: body.app ?? 'desk', lang }) });
  });

  // Also answers a person who still has to replace a temporary password (see password-routes.ts) or owes the second factor.
  on(router, API.auth.me, async (req, res) => {
    const { staff, secondFactorStep: step } = signedInStaffOf(req);
    const me = await staffMe(ctx, staff.id, step);
    if (!me) throw unauthenticated();
    res.json(me);
  });

  return router;
}
