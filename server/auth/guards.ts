/** Route guards: 401 when nobody is signed in, 403 when the signed-in staff member has another role. */
import type { Request, RequestHandler } from 'express';
import { forbidden, passwordChangeRequired, secondFactorRequired, unauthenticated } from '../http/errors';
import type { SecondFactorStep } from './second-factor/second-factor-step';
import type { StaffRole } from '../../permissions/permissions';
import type { CustomerPrincipal, StaffPrincipal } from './principals';

export function requireStaff(...roles: StaffRole[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.staff) return next(notYetStaff(req));
    if (roles.length > 0 && !roles.includes(req.staff.role)) return next(forbidden(`Requires role: ${roles.join(' or ')}`));
    next();
  };
}

/** Why a request without a fully signed-in staff member is refused: the step still owed, or no sign-in. */
function notYetStaff(req: Request) {
  if (req.staffAwaitingSecondFactor) return secondFactorRequired(req.staffAwaitingSecondFactor.step);
  if (req.staffMustChangePassword) return passwordChangeRequired();
  return unauthenticated('Staff sign-in required');
}

/** Any signed-in staff member, also one who still has to replace a temporary password (password change, the second factor's settings). */
export function requireStaffSession(): RequestHandler {
  return (req, _res, next) => {
    if (!req.staff && !req.staffMustChangePassword) return next(notYetStaff(req));
    next();
  };
}

/** Anyone past the password, also one still owing the second factor (me, the second step, setting up an authenticator). */
export function requireStaffSignIn(): RequestHandler {
  return (req, _res, next) => {
    if (!req.staff && !req.staffMustChangePassword && !req.staffAwaitingSecondFactor) return next(unauthenticated('Staff sign-in required'));
    next();
  };
}

/** The staff member of a request that passed requireStaffSignIn, and the second-factor step their session still owes. */
export function signedInStaffOf(req: Request): { staff: StaffPrincipal; secondFactorStep: SecondFactorStep } {
  if (req.staffAwaitingSecondFactor) return { staff: req.staffAwaitingSecondFactor.principal, secondFactorStep: req.staffAwaitingSecondFactor.step };
  return { staff: sessionStaffOf(req).staff, secondFactorStep: 'none' };
}

/** The staff member of a request that passed requireStaffSession, and whether their password is temporary. */
export function sessionStaffOf(req: Request): { staff: StaffPrincipal; mustChangePassword: boolean } {
  if (req.staff) return { staff: req.staff, mustChangePassword: false };
  if (req.staffMustChangePassword) return { staff: req.staffMustChangePassword, mustChangePassword: true };
  throw unauthenticated('Staff sign-in required');
}

/** A customer signed in by e-mail code, or a person identified strongly (each route then asks what they may see). */
export function requireCustomer(): RequestHandler {
  return (req, _res, next) => {
    if (!req.customer && !req.person) return next(unauthenticated('Customer sign-in required'));
    next();
  };
}

/** The staff member of a request that passed requireStaff (throws otherwise, as a programming error). */
export function staffOf(req: Request): StaffPrincipal {
  if (!req.staff) throw unauthenticated('Staff sign-in required');
  return req.staff;
}

/**
 * The authority a staff member acts for. Admin routes need one: coordinators are global
 * (authorityId null) and so are refused here with 403 rather than shown everyone's rows.
 */
export function ownAuthorityOf(req: Request): string {
  const authorityId = staffOf(req).authorityId;
  if (!authorityId) throw forbidden('You belong to no authority');
  return authorityId;
}

export function customerOf(req: Request): CustomerPrincipal {
  if (!req.customer) throw unauthenticated('Customer sign-in required');
  return req.customer;
}
